/**
 * One line saying why a file could not be read or written, in the user's language: never the
 * library's or the runtime's own words ("Invalid string length", temp-file paths, zip internals).
 */
import type { Lang } from "../engine/rule";
import { ReadError } from "../file/read-xlsx";
import { strings } from "./messages";

/** Why reading failed. */
export function readReason(e: unknown, lang: Lang | undefined): string {
  const t = strings(lang);
  if (e instanceof ReadError) {
    if (e.problem === "too-big" && e.tooBig) return t.tooBig(e.tooBig);
    return t.readProblem[e.problem];
  }
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code) return fsReason(code, lang) ?? t.readProblem.unparsable;
  // an exception inside a library while reading: the file's structure is what it could not take
  return t.readProblem.unparsable;
}

/** A file-system error code in words (undefined: not one we know). */
export function fsReason(code: string | undefined, lang: Lang | undefined): string | undefined {
  const t = strings(lang);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return t.readProblem.missing;
    case "EACCES":
    case "EPERM":
      return t.readProblem.permission;
    case "EISDIR":
      return t.fsProblem.isDirectory;
    case "ENOSPC":
      return t.fsProblem.noSpace;
    case "EROFS":
      return t.fsProblem.readOnly;
    case "EMFILE":
    case "ENFILE":
      return t.fsProblem.tooManyOpen;
    case "ENAMETOOLONG":
      return t.fsProblem.nameTooLong;
    default:
      return undefined;
  }
}

/** Why writing `file` failed. */
export function writeReason(e: unknown, lang: Lang | undefined): string {
  const t = strings(lang);
  const code = (e as NodeJS.ErrnoException)?.code;
  return fsReason(code, lang) ?? t.fsProblem.writeFailed;
}
