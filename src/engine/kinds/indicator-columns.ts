import type { SheetGrid } from "../sheet";
import type { IndicatorRow, TableModel } from "../model";
import { recogniseFramework } from "../frameworks";
import { ColumnHeader, columnHeaders, fieldAt, headerKey, ownCells } from "./cells";

/**
 * What the kinds share about the indicator block: the header's columns beyond the project
 * table's (实际完成值, 分值, 1–N月执行情况, …), and the rows that follow the indicators but are no
 * indicators (总分, 自评结论, a sub-header row), which are taken out of the indicator list.
 */

/** The indicator header's second row, when the header is two rows tall (a 一级指标 merged down). */
export function subHeaderRow(grid: SheetGrid, t: Omit<TableModel, "index">): number | undefined {
  const h = t.header;
  if (!h) return undefined;
  for (const c of Object.values(h.columns)) {
    if (c !== undefined && grid.bottomEdge(h.row, c) > h.row) return h.row + 1;
  }
  return undefined;
}

export function indicatorHeaders(grid: SheetGrid, t: Omit<TableModel, "index">): ColumnHeader[] {
  if (!t.header) return [];
  return columnHeaders(grid, t.header.row, t.range.left, t.range.right, subHeaderRow(grid, t));
}

/** The first column whose header (top row, or sub-row when `sub`) matches. */
export function findColumn(headers: ColumnHeader[], pattern: RegExp, sub = false): number | undefined {
  return headers.find((h) => pattern.test(headerKey(sub ? h.sub : h.top)))?.col;
}

const CLOSING = /^(总分|合计|总计|自评结论|评价结论|自评等级|偏差(大|或|原因)|不能完成|目标偏离|整改措施|改进措施|相关建议|其他需说明|填报人|联系人|审核意见)/;

/** The row closing the indicator rows (总分…), searched from the header to just below the table. */
export function closingRow(grid: SheetGrid, t: Omit<TableModel, "index">, pattern = CLOSING): number | undefined {
  if (!t.header) return undefined;
  const last = Math.min(t.range.bottom + 2, grid.rowCount - 1);
  // a header two rows tall: its second row (偏差原因分析 | 原因说明 under 偏差原因分析) closes nothing
  for (let r = (subHeaderRow(grid, t) ?? t.header.row) + 1; r <= last; r++) {
    const first = ownCells(grid, r, t.range.left, t.range.right)[0];
    if (first && pattern.test(headerKey(first.text))) return r;
  }
  return undefined;
}

/** The table without the indicator rows at and after `row`, and without the given rows. */
export function dropIndicatorRows(t: Omit<TableModel, "index">, from: number | undefined, rows: number[] = []): Omit<TableModel, "index"> {
  const keep = (i: IndicatorRow) => (from === undefined || i.row < from) && !rows.includes(i.row);
  if (t.indicators.every(keep)) return t;
  const indicators = t.indicators.filter(keep);
  return { ...t, indicators, detectedFramework: recogniseFramework(indicators.map((i) => i.level1)) };
}

/** Point every indicator's 指标值 at `col` (a header the project reader does not know: 年初目标值). */
export function repointValues(grid: SheetGrid, t: Omit<TableModel, "index">, col: number): Omit<TableModel, "index"> {
  if (!t.header) return t;
  return {
    ...t,
    header: { ...t.header, columns: { ...t.header.columns, value: col }, headers: { ...t.header.headers, value: grid.text(t.header.row, col) } },
    indicators: t.indicators.map((i) => ({ ...i, value: fieldAt(grid, i.row, col) })),
  };
}

/** The table's range grown to hold a row (a 总分 row just below what the detector took). */
export function growTo(t: Omit<TableModel, "index">, row: number): Omit<TableModel, "index"> {
  return row <= t.range.bottom ? t : { ...t, range: { ...t.range, bottom: row } };
}
