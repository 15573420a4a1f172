/**
 * Rows a template lacks, to insert before filling (issue 11): when planFill finds no row for some
 * indicators, the rows that would hold them, each inside the 一级/二级 block it belongs to and in
 * that block's style. Pure: the fill's conflicts and the template's grid in, plain row inserts out;
 * the hosts insert the rows (exceljs on the command line, the range API in Excel), read the sheet
 * again and plan the fill anew, so the new rows are filled exactly as the template's own.
 */
import type { Rect } from "./address";
import type { SheetGrid } from "./sheet";
import type { TableModel } from "./model";
import type { FillConflict } from "./fill";

export interface RowInsert {
  /** Zero-based row the new rows go below: the last row of the block; they copy its formats and height. */
  after: number;
  count: number;
  /**
   * 一级/二级 label cells ending on `after`, to cover the new rows too (their new bottom: after + count):
   * the block's merged labels, and a one-row 一级 label of a template that merges its 一级 labels.
   */
  extend: Rect[];
  /** Labels a template repeats down its rows instead of merging them (产出指标 on every row): written on each new row. */
  repeat: { col: number; text: string }[];
  /** Single-row merges of row `after` (指标值确定依据 over F:G), repeated on each new row: columns only. */
  rowMerges: { left: number; right: number }[];
}

/**
 * The inserts that give every indicator without a row one, or undefined when something else has no
 * place (a milestone, a goal, a year clash): inserting rows would not make that fill possible.
 * Listed bottom-up, so that applying them in order leaves the rows of the next one where they were.
 */
export function planRowInserts(grid: SheetGrid, table: TableModel, conflicts: FillConflict[]): RowInsert[] | undefined {
  const blocking = conflicts.filter((c) => c.kind !== "differs");
  if (blocking.length === 0 || blocking.some((c) => c.kind !== "no-room" || c.below === undefined)) return undefined;
  const counts = new Map<number, number>();
  for (const c of blocking) counts.set(c.below!, (counts.get(c.below!) ?? 0) + 1);
  // the new rows stand under the block's 二级 label only when every one of them is of that 二级
  const ownLevel2 = (after: number) => blocking.every((c) => c.below !== after || c.belowLevel2);
  const cols = table.header?.columns ?? {};
  const labelCols = [cols.level1, cols.level2].filter((c): c is number => c !== undefined);
  const left = table.range.left;
  const right = table.range.right;
  const l1 = cols.level1;
  // a template that merges some 一级 label over its rows merges a one-row label too when it grows
  const rows = table.indicators.map((i) => i.row);
  const mergesLevel1 = l1 !== undefined && rows.some((r) => (grid.mergeAt(r, l1)?.bottom ?? r) > (grid.mergeAt(r, l1)?.top ?? r));
  return [...counts.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([after, count]) => {
      const extend: Rect[] = [];
      const repeat: RowInsert["repeat"] = [];
      for (const c of labelCols) {
        if (c !== l1 && !ownLevel2(after)) continue;
        const m = grid.mergeAt(after, c);
        if (m && m.bottom === after && m.bottom > m.top) extend.push({ ...m });
        else if (!m && !grid.isBlank(after, c)) {
          if (mergesLevel1) extend.push({ top: after, left: c, bottom: after, right: c });
          else repeat.push({ col: c, text: grid.text(after, c) });
        }
      }
      const rowMerges: RowInsert["rowMerges"] = [];
      for (let c = left; c <= right; c++) {
        const m = grid.mergeAt(after, c);
        if (m && m.left === c && m.top === after && m.bottom === after && m.right > m.left) rowMerges.push({ left: m.left, right: m.right });
      }
      return { after, count, extend, repeat, rowMerges };
    });
}

/** A row index once `inserts` are applied (rows below an insert move down by its count). */
export function shiftedRow(row: number, inserts: RowInsert[]): number {
  return row + inserts.filter((i) => row > i.after).reduce((s, i) => s + i.count, 0);
}
