/**
 * Rows inserted into a template with exceljs (`jixiao fill --insert-rows`), as Excel's own "insert
 * row" would leave the sheet: the rows below move down with their merges, formulas, dropdowns,
 * conditional formats and the print area; the new rows take the formats, height, single-row merges
 * and dropdowns of the block's last row; the block's merged 一级/二级 labels grow over them.
 * exceljs's spliceRows moves cells and defined names but not the sheet's merge list, dropdowns,
 * conditional formats or formulas: those are moved here.
 */
import type * as ExcelJS from "exceljs";
import { parseRange, rangeA1 } from "../engine/address";
import type { Rect } from "../engine/address";
import type { RowInsert } from "../engine/fill-rows";
import { printAreaAfterInsert, printAreaParts } from "../engine/print-area";

/** A1 references in a formula or a range list moved down by `count` when below Excel row `row` (1-based, the row the insert follows). */
export function shiftRowRefs(text: string, row: number, count: number): string {
  // a reference not preceded by a sheet name ("Sheet2!A5" is another sheet's) or part of a name
  return text.replace(/(?<![A-Za-z0-9_!.$'"])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (all, d1: string, col: string, d2: string, r: string) => {
    const n = Number(r);
    return n > row ? `${d1}${col}${d2}${n + count}` : all;
  });
}

interface SheetInternals {
  _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  conditionalFormattings?: { ref: string }[];
}

/** Apply `inserts` (planRowInserts: bottom-up) to the sheet. */
export function insertTemplateRows(ws: ExcelJS.Worksheet, inserts: RowInsert[]): void {
  const internal = ws as unknown as SheetInternals;
  for (const ins of inserts) {
    const R = ins.after + 1; // the Excel row the new rows follow
    const n = ins.count;
    const grow = (r: Rect): boolean =>
      ins.extend.some((e) => e.bottom > e.top && e.top + 1 === r.top && e.left + 1 === r.left && e.bottom + 1 === r.bottom && e.right + 1 === r.right);
    // merges touching row R or below come off before the splice and go back moved
    const merges = Object.values(internal._merges)
      .map((m) => ({ ...m.model }))
      .filter((m) => m.bottom >= R);
    for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
    const width = Math.max(ws.columnCount, ...merges.map((m) => m.right));
    ws.spliceRows(R + 1, 0, ...Array.from({ length: n }, () => []));
    const source = ws.getRow(R);
    for (let k = 1; k <= n; k++) {
      const row = ws.getRow(R + k);
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- an exceljs row, not an Office.js proxy
      if (source.height) row.height = source.height;
      for (let c = 1; c <= width; c++) row.getCell(c).style = structuredClone(source.getCell(c).style);
    }
    for (const m of merges) {
      const moved = {
        top: m.top > R ? m.top + n : m.top,
        left: m.left,
        bottom: m.bottom > R || grow({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }) ? m.bottom + n : m.bottom,
        right: m.right,
      };
      ws.mergeCells(moved.top, moved.left, moved.bottom, moved.right);
    }
    // a one-row label the block's merge is to cover from now on
    for (const e of ins.extend) if (e.top === e.bottom) ws.mergeCells(R, e.left + 1, R + n, e.right + 1);
    for (let k = 1; k <= n; k++) {
      for (const m of ins.rowMerges) ws.mergeCells(R + k, m.left + 1, R + k, m.right + 1);
      for (const r of ins.repeat) ws.getCell(R + k, r.col + 1).value = r.text;
    }

    // dropdowns are kept per cell by exceljs: move those below, copy row R's to the new rows
    const dv = internal.dataValidations.model;
    const next: Record<string, ExcelJS.DataValidation> = {};
    for (const [address, v] of Object.entries(dv)) {
      const r = parseRange(address);
      if (r.top + 1 > R) next[rangeA1({ ...r, top: r.top + n, bottom: r.bottom + n })] = v;
      else next[address] = v;
      if (r.top + 1 === R && r.bottom === r.top) for (let k = 1; k <= n; k++) next[rangeA1({ ...r, top: r.top + k, bottom: r.top + k })] = structuredClone(v);
    }
    internal.dataValidations.model = next;
    for (const cf of internal.conditionalFormattings ?? []) cf.ref = shiftRowRefs(cf.ref, R, n);

    // formulas of this sheet that refer to rows below
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v && typeof v.formula === "string") cell.value = { ...v, formula: shiftRowRefs(v.formula, R, n) };
      }),
    );

    // the print area grows when the rows go inside it (or right under its last row, the table's)
    const area = ws.pageSetup.printArea;
    if (area) ws.pageSetup.printArea = printAreaAfterInsert(printAreaParts(area), ins.after, n).parts.join("&&");
  }
}
