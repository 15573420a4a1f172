/**
 * Excel's rules for worksheet names, for the sheets the wizard and `jixiao new` add: at most 31
 * characters, none of [ ] : * ? / \, not blank, not "History" (reserved), no apostrophe at either
 * end, and unique in the workbook ignoring case. Host-neutral (the add-in uses the same rules).
 */

const FORBIDDEN = /[[\]:*?/\\]/g;
export const MAX_SHEET_NAME = 31;

/** Why Excel would refuse `name` as a new sheet's name among `existing`, or null. */
export function sheetNameProblem(
  name: string,
  existing: Iterable<string> = [],
): "blank" | "too-long" | "forbidden-character" | "apostrophe" | "reserved" | "taken" | null {
  if (name.trim() === "") return "blank";
  if ([...name].length > MAX_SHEET_NAME) return "too-long";
  if (/[[\]:*?/\\]/.test(name)) return "forbidden-character";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (name.toLowerCase() === "history") return "reserved";
  const lower = name.toLowerCase();
  for (const e of existing) if (e.toLowerCase() === lower) return "taken";
  return null;
}

function cut(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : chars.slice(0, n).join("");
}

/**
 * A valid sheet name as close to `name` as possible: forbidden characters become "_", apostrophes
 * at the ends and surrounding spaces go, a blank name becomes `fallback`, and a name taken (ignoring
 * case) or reserved gets " (2)", " (3)", … with the stem cut so the whole stays within 31 characters.
 */
export function safeSheetName(name: string, existing: Iterable<string> = [], fallback = "绩效目标表"): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  let base = name
    .replace(FORBIDDEN, "_")
    .replace(/[\r\n\t]+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (base === "") base = fallback;
  base = cut(base, MAX_SHEET_NAME).replace(/'+$/, "").trim() || fallback;
  const free = (n: string) => !taken.has(n.toLowerCase()) && n.toLowerCase() !== "history";
  if (free(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const stem = cut(base, MAX_SHEET_NAME - suffix.length)
      .replace(/'+$/, "")
      .trimEnd();
    const candidate = stem + suffix;
    if (free(candidate)) return candidate;
  }
}
