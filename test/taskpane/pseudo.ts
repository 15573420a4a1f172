import { Strings } from "../../src/taskpane/i18n";

/**
 * Pseudo-localisation (after Script Lab's fake strings): every string `factor` times as long, with
 * its {{placeholders}} kept once, so that layouts meet text much longer than the real one.
 */
export function pseudoLocalize(strings: Strings, factor = 3): Strings {
  const out = {} as Strings;
  for (const [key, value] of Object.entries(strings) as [keyof Strings, string][]) {
    const placeholders = value.match(/\{\{\s*\w+\s*\}\}/g) ?? [];
    const text = value.replace(/\{\{\s*\w+\s*\}\}/g, "");
    out[key] = `［${Array.from({ length: factor }, () => text).join("")}${placeholders.join(" ")}］`;
  }
  return out;
}
