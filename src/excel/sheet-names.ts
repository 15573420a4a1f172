/** Excel's sheet-name rules, as the adapter needs them for references and for new sheets. */

/** Why Excel would refuse `name` as a sheet name, or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "blank";
  if (name.length > 31) return "longer than 31 characters";
  if (/[[\]:*?/\\]/.test(name)) return "contains one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

/**
 * `base`, or "base (2)", "base (3)", … — the first one no existing sheet holds. Excel compares sheet
 * names ignoring case, and caps them at 31 characters (the stem is cut, never the counter).
 */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const clean =
    base
      .replace(/[[\]:*?/\\]/g, "_")
      .replace(/^'+|'+$/g, "")
      .slice(0, 31) || "Sheet";
  if (!taken.has(clean.toLowerCase()) && !sheetNameProblem(clean)) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * A sheet name as a formula/hyperlink reference prefix: always quoted ('…', inner quotes doubled).
 * Quoting is always accepted; bare names are only sometimes (digits, spaces, CJK punctuation…).
 */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
