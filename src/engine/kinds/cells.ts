import type { SheetGrid } from "../sheet";
import type { Field } from "../model";
import { normalizeLabel } from "../normalize";
import { stripQualifier } from "../labels";

/** Small readers the kinds share: a cell as a Field, a header text as compared. */

export function fieldAt(grid: SheetGrid, row: number, col: number): Field {
  const a = grid.anchor(row, col);
  return { row: a.row, col: a.col, cell: grid.cell(a.row, a.col) };
}

/** A header text as compared: NFKC, no whitespace, no "（A）" qualifiers, no "其中：". */
export function headerKey(raw: string): string {
  return stripQualifier(normalizeLabel(raw))
    .replace(/^其中[:：]?/, "")
    .replace(/[:：]+$/, "");
}

/** The text of the cell whose merge starts at (row, col); "" for a continuation or a blank. */
export function ownText(grid: SheetGrid, row: number, col: number): string {
  if (grid.isMergeContinuation(row, col)) return "";
  return grid.isBlank(row, col) ? "" : grid.text(row, col).trim();
}

/** Anchored, non-blank cells of a row between two columns, left to right. */
export function ownCells(grid: SheetGrid, row: number, left: number, right: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = left; c <= right; c = grid.rightEdge(row, c) + 1) {
    const t = ownText(grid, row, c);
    if (t) out.push({ col: c, text: t });
  }
  return out;
}

/**
 * The header text over each column of a header that may have a second row (a group "偏差原因分析"
 * over 经费保障 | … | 原因说明): the top text, and the sub-row's text when there is one.
 */
export interface ColumnHeader {
  col: number;
  top: string;
  sub: string;
}

export function columnHeaders(grid: SheetGrid, row: number, left: number, right: number, subRow: number | undefined): ColumnHeader[] {
  const out: ColumnHeader[] = [];
  for (let c = left; c <= right; c++) {
    const a = grid.anchor(row, c);
    const top = a.row === row ? grid.text(a.row, a.col).trim() : "";
    let sub = "";
    if (subRow !== undefined) {
      const s = grid.anchor(subRow, c);
      if (s.row === subRow) sub = grid.text(s.row, s.col).trim();
    }
    out.push({ col: c, top: a.col === c || sub ? top : "", sub });
  }
  return out;
}

/** A number in a cell: a number, or a text that is only a number (with % or 分). */
export function numberIn(f: Field | undefined): number | undefined {
  if (!f) return undefined;
  const v = f.cell.value;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const s = normalizeLabel(v).replace(/,/g, "");
  const m = /^([-+]?\d+(?:\.\d+)?)(分|万元|元)?$/.exec(s);
  return m ? parseFloat(m[1]) : undefined;
}

/** A percentage on the 0–100 scale: 0.95 under a % format, "95%", or a bare 95. */
export function percentIn(f: Field | undefined): number | undefined {
  if (!f) return undefined;
  const v = f.cell.value;
  if (typeof v === "number") return /%/.test(f.cell.numberFormat) && !/"%"/.test(f.cell.numberFormat) ? v * 100 : v;
  if (typeof v !== "string") return undefined;
  const m = /^([-+]?\d+(?:\.\d+)?)%?$/.exec(normalizeLabel(v).replace(/,/g, ""));
  return m ? parseFloat(m[1]) : undefined;
}

export function isBlankField(f: Field | undefined): boolean {
  if (!f) return true;
  const v = f.cell.value;
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** The text cell a label names: right of it, else below it when the right one is another label. */
export function textBeside(grid: SheetGrid, row: number, col: number, right: number, isLabel: (t: string) => boolean): Field | undefined {
  const rc = grid.rightEdge(row, col) + 1;
  if (rc <= right) {
    const f = fieldAt(grid, row, rc);
    if (!isLabel(f.cell.text)) return f;
  }
  const br = grid.bottomEdge(row, col) + 1;
  if (br < grid.rowCount) {
    const f = fieldAt(grid, br, col);
    if (!isLabel(f.cell.text)) return f;
  }
  return undefined;
}
