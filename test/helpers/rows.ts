import { CellValue, SheetModel } from "../../src/engine/sheet";
import { parseRange } from "../../src/engine/address";

/** A sheet from literal rows (top-left at A1 unless origin given) and merges as "A1:C1" strings. */
export function sheetFromRows(
  name: string,
  rows: CellValue[][],
  merges: string[] = [],
  formats: Record<string, string> = {},
): SheetModel {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
  const numberFormats = values.map((r) => r.map(() => "General"));
  for (const [addr, fmt] of Object.entries(formats)) {
    const p = parseRange(addr);
    numberFormats[p.top][p.left] = fmt;
  }
  const text = values.map((r, ri) =>
    r.map((v, ci) => {
      if (v === null) return "";
      const f = numberFormats[ri][ci];
      if (typeof v === "number" && /%/.test(f)) return `${Math.round(v * 100)}%`;
      return String(v);
    }),
  );
  return { name, originRow: 0, originCol: 0, values, numberFormats, text, merges: merges.map(parseRange) };
}
