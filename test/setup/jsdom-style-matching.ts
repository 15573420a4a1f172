/** Jest setup for every test file: under jsdom, style matching that keeps every selector compiled (see the helper). */
import { spreadStyleMatching } from "../helpers/style-matching";

if (typeof document !== "undefined") spreadStyleMatching(document, window);
