/**
 * A sheet's print area when rows are inserted into a template (插入行后填写). Excel keeps the print
 * area in the sheet's Print_Area name and adjusts it as it adjusts every reference: an area below
 * the insert moves down, one the new rows go inside grows, but one whose last row is the row the new
 * rows go under stays as it was. A table that ends the print area (the usual template) would then
 * print without its new last rows, so that area grows too. The same rule for the command line
 * (exceljs, which moves nothing by itself) and the task pane (Excel, which does all but the last).
 *
 * Areas keep the form they were written in: "A1:J30", "$A$1:$J$30", a cell "A5", whole rows "$1:$30";
 * whole columns ("A:J") have no rows to move.
 */

/** One end of an area: column letters (none for whole rows), then a row number (none for whole columns). */
const END = /^(\$?[A-Za-z]{0,3})(\$?)(\d*)$/;

/**
 * The areas of a print area's address without their sheet: Excel's RangeAreas address
 * ("Sheet1!$A$1:$J$30, 'Q1, Q2'!$A$40:$J$50": commas inside a quoted sheet name do not separate)
 * or exceljs's pageSetup.printArea ("A1:J30&&A40:J50").
 */
export function printAreaParts(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let part = "";
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted; // a doubled '' inside a name toggles twice
    if (!quoted && (ch === "," || address.startsWith("&&", i))) {
      parts.push(part);
      part = "";
      if (ch === "&") i++;
      continue;
    }
    part += ch;
  }
  parts.push(part);
  return parts.map((p) => p.slice(p.lastIndexOf("!") + 1).trim()).filter((p) => p !== "");
}

/**
 * The areas after `count` rows are inserted under zero-based row `after` (RowInsert's): moved or
 * grown as Excel moves them, and grown where the area ends on `after`, which Excel does not do
 * (`extended`: whether any did, so the print area has to be written).
 */
export function printAreaAfterInsert(parts: string[], after: number, count: number): { parts: string[]; extended: boolean } {
  const R = after + 1; // the new rows follow Excel row R
  let extended = false;
  const out = parts.map((part) => {
    const ends = part.split(":").map((e) => END.exec(e));
    if (ends.length > 2 || ends.some((m) => m === null || m[3] === "")) return part;
    const [a, b] = (ends.length === 2 ? ends : [ends[0], ends[0]]) as RegExpExecArray[];
    const top = Math.min(Number(a[3]), Number(b[3]));
    const bottom = Math.max(Number(a[3]), Number(b[3]));
    if (bottom < R) return part;
    if (bottom === R) extended = true;
    const newTop = top > R ? top + count : top;
    const newBottom = bottom + count;
    const end = (m: RegExpExecArray, row: number) => `${m[1]}${m[2]}${row}`;
    if (ends.length === 1 && newTop === newBottom) return end(a, newTop);
    return Number(a[3]) <= Number(b[3]) ? `${end(a, newTop)}:${end(b, newBottom)}` : `${end(a, newBottom)}:${end(b, newTop)}`;
  });
  return { parts: out, extended };
}
