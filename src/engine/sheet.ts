import { Rect, contains } from "./address";
import { isInvisible } from "./normalize";

/**
 * The host-neutral picture of one worksheet: what Excel would give an add-in reading its used
 * range. Both shells (Office.js and exceljs) build this; the engine reads nothing else.
 *
 * Dates are Excel serial numbers (as Office.js gives them), never Date objects, so that both
 * shells feed the engine the same thing. `text` is what Excel displays (number format applied).
 */
export type CellValue = string | number | boolean | null;

export interface SheetModel {
  name: string;
  /** Zero-based position of values[0][0] on the sheet (the used range need not start at A1). */
  originRow: number;
  originCol: number;
  values: CellValue[][];
  /** Displayed text, same shape as values. Missing rows or cells mean "same as String(value)". */
  text?: string[][];
  /** Number format codes ("General", "0%", "#,##0.00"), same shape as values; missing means General. */
  numberFormats?: string[][];
  /** Merged areas, absolute coordinates. In a merged area only the top-left cell holds a value. */
  merges: Rect[];
  /**
   * Formulas ("=B5*0.3"), same shape as values, only where a cell holds one. Read only when asked
   * (更新当前表 must not replace a user's formula unasked); absent means "not read", not "none".
   */
  formulas?: string[][];
}

export interface WorkbookModel {
  /** File name or document title; used for the budget year when nothing else names it. */
  name?: string;
  sheets: SheetModel[];
}

export interface CellInfo {
  row: number;
  col: number;
  value: CellValue;
  text: string;
  numberFormat: string;
}

/**
 * Fast random access over a SheetModel: absolute coordinates, merge lookup, blank tests.
 * Built once per sheet; every detector and rule goes through it.
 */
export class SheetGrid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeIndex = new Map<number, Rect>();
  /** Per row (relative to originRow): one past the rightmost column a merge covers. */
  private readonly mergeEnd: number[] = [];

  constructor(readonly model: SheetModel) {
    this.name = model.name;
    this.rowCount = model.originRow + model.values.length;
    this.colCount = model.originCol + model.values.reduce((m, r) => Math.max(m, r.length), 0);
    for (const m of model.merges) {
      // Large accidental merges (whole rows) would blow up the index; cap the cells indexed.
      const bottom = Math.min(m.bottom, this.rowCount);
      const right = Math.min(m.right, this.colCount);
      for (let r = m.top; r <= bottom; r++) {
        for (let c = m.left; c <= right; c++) this.mergeIndex.set(this.key(r, c), m);
        const i = r - model.originRow;
        if (i >= 0) this.mergeEnd[i] = Math.max(this.mergeEnd[i] ?? 0, right + 1);
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  get firstRow(): number {
    return this.model.originRow;
  }

  get firstCol(): number {
    return this.model.originCol;
  }

  value(row: number, col: number): CellValue {
    const r = this.model.values[row - this.model.originRow];
    if (!r) return null;
    const v = r[col - this.model.originCol];
    if (v === undefined || v === "" || v === null) return null;
    // As in Excel, only the top-left cell of a merged area holds a value; a host that repeats it
    // (or stale content under a merge) must not make labels appear twice.
    if (this.mergeIndex.size > 0) {
      const m = this.mergeIndex.get(this.key(row, col));
      if (m && (m.top !== row || m.left !== col)) return null;
    }
    return v;
  }

  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return "";
    const t = this.model.text?.[row - this.model.originRow]?.[col - this.model.originCol];
    return t !== undefined && t !== null ? t : String(v);
  }

  /** The formula the cell holds ("=B5*0.3"), when the host read formulas; undefined otherwise. */
  formula(row: number, col: number): string | undefined {
    const f = this.model.formulas?.[row - this.model.originRow]?.[col - this.model.originCol];
    return typeof f === "string" && f.startsWith("=") ? f : undefined;
  }

  numberFormat(row: number, col: number): string {
    return this.model.numberFormats?.[row - this.model.originRow]?.[col - this.model.originCol] || "General";
  }

  cell(row: number, col: number): CellInfo {
    return {
      row,
      col,
      value: this.value(row, col),
      text: this.text(row, col),
      numberFormat: this.numberFormat(row, col),
    };
  }

  /** True when the cell holds nothing visible (whitespace-only strings count as blank). */
  isBlank(row: number, col: number): boolean {
    const v = this.value(row, col);
    if (v === null) return true;
    return typeof v === "string" && isInvisible(v);
  }

  mergeAt(row: number, col: number): Rect | undefined {
    return this.mergeIndex.get(this.key(row, col));
  }

  /** The top-left cell of the merged area holding (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Rightmost column covered by the cell at (row, col), following its merge. */
  rightEdge(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m ? m.right : col;
  }

  bottomEdge(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m ? m.bottom : row;
  }

  /** Is (row, col) covered by a merge but not its top-left cell? */
  isMergeContinuation(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && !(m.top === row && m.left === col);
  }

  /**
   * One past the last column of this row holding a cell or covered by a merge. Loops over a row
   * stop here: a sheet with one stray value at XFD1048576 must not cost 16,384 columns per row.
   */
  rowEnd(row: number): number {
    const i = row - this.model.originRow;
    const len = this.model.values[i]?.length ?? 0;
    return Math.max(len > 0 ? this.model.originCol + len : 0, this.mergeEnd[i] ?? 0);
  }

  /** Absolute numbers of the rows holding a cell or a merge, ascending (holes skipped cheaply). */
  occupiedRows(): number[] {
    const rows = new Set<number>();
    this.model.values.forEach((r, i) => {
      if (r && r.length > 0) rows.add(i + this.model.originRow);
    });
    this.mergeEnd.forEach((_, i) => rows.add(i + this.model.originRow));
    return [...rows].sort((a, b) => a - b);
  }

  rowIsBlank(row: number, left: number, right: number): boolean {
    const end = Math.min(right, this.rowEnd(row) - 1);
    for (let c = left; c <= end; c++) if (!this.isBlank(row, c)) return false;
    return true;
  }

  mergesInside(r: Rect): Rect[] {
    return this.model.merges.filter((m) => contains(r, m.top, m.left));
  }
}
