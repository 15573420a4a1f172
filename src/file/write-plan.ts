/**
 * Apply a sheet plan (src/engine/sheet-plan.ts) to an exceljs workbook, faithfully: values,
 * formulas with their cached results, merges, fonts, alignment, borders, column widths, row
 * heights, number formats, list dropdowns and print setup. Nothing is decided here.
 *
 * Only types are imported from exceljs, so the browser bundle could reuse this module too.
 */
import type * as ExcelJS from "exceljs";
import { rangeA1, toA1 } from "../engine/address";
import type { PlanCell, PlanStyle, SheetPlan } from "../engine/sheet-plan";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

function fontOf(s: PlanStyle): Partial<ExcelJS.Font> {
  return { name: s.font.name, size: s.font.size, bold: !!s.font.bold, charset: 134 };
}

function alignmentOf(s: PlanStyle): Partial<ExcelJS.Alignment> {
  return { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap, ...(s.indent ? { indent: s.indent } : {}) };
}

function cellValue(c: PlanCell): ExcelJS.CellValue {
  if (c.formula) return { formula: c.formula, result: c.value === null ? undefined : (c.value as number | string | boolean) } as ExcelJS.CellFormulaValue;
  return c.value as ExcelJS.CellValue;
}

/**
 * Write one cell of a plan. A cell with a style gets that style whole (a new style object: exceljs
 * may share one style object between cells loaded from a file); a cell without one (a write into a
 * template) keeps its style and only changes its number format when the plan gives one.
 */
export function writePlanCell(ws: ExcelJS.Worksheet, c: PlanCell, styles: Record<string, PlanStyle> = {}): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  const style = c.style ? styles[c.style] : undefined;
  if (style) {
    const next: Partial<ExcelJS.Style> = { font: fontOf(style), alignment: alignmentOf(style) };
    if (style.border === "thin") next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    if (c.numberFormat) next.numFmt = c.numberFormat;
    cell.style = next;
  } else if (c.numberFormat) {
    // eslint-disable-next-line office-addins/call-sync-before-read -- an exceljs cell, not an Office.js proxy
    cell.style = { ...cell.style, numFmt: c.numberFormat };
  }
  if (c.value !== null || c.formula) cell.value = cellValue(c);
  else if (style) cell.value = null;
  if (c.note) cell.note = c.note;
}

/**
 * Moves a sheet right after the sheet `after` (named ignoring case, as Excel does), when `wb` has
 * it. exceljs writes the sheets in the order of their orderNo (not in its typings).
 */
function placeAfter(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, after: string): void {
  const order = wb.worksheets.filter((x) => x !== ws);
  const at = order.findIndex((x) => x.name.toLowerCase() === after.toLowerCase());
  if (at < 0) return;
  order.splice(at + 1, 0, ws);
  order.forEach((x, i) => ((x as ExcelJS.Worksheet & { orderNo: number }).orderNo = i + 1));
}

/**
 * Write a plan into `wb`: onto the sheet named plan.sheetName (added when missing). Returns the
 * worksheet. The caller chooses the sheet name (layoutSpec makes it valid and unique).
 */
export function writePlanToWorkbook(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const existing = wb.getWorksheet(plan.sheetName);
  const ws = existing ?? wb.addWorksheet(plan.sheetName);
  if (!existing && plan.after !== undefined) placeAfter(wb, ws, plan.after);

  for (const col of plan.columns) ws.getColumn(col.col + 1).width = col.width;
  for (const row of plan.rows) ws.getRow(row.row + 1).height = row.height;

  for (const c of plan.cells) writePlanCell(ws, c, plan.styles);
  // merges after the cells: exceljs copies the top-left cell's style over the area, which is the
  // plan's own style for every cell of it anyway
  for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  for (const v of plan.validations) {
    const validation: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: v.allowBlank,
      formulae: [`"${v.source}"`],
      showErrorMessage: true,
      errorStyle: v.errorStyle,
      showInputMessage: !!v.prompt,
      ...(v.errorTitle ? { errorTitle: v.errorTitle } : {}),
      ...(v.error ? { error: v.error } : {}),
      ...(v.promptTitle ? { promptTitle: v.promptTitle } : {}),
      ...(v.prompt ? { prompt: v.prompt } : {}),
    };
    for (const r of v.ranges) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) ws.getCell(toA1(row, col)).dataValidation = { ...validation, formulae: [...validation.formulae] };
      }
    }
  }

  const p = plan.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: p.horizontalCentered,
    margins: { ...p.margins },
    printArea: rangeA1(p.printArea),
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.top + 1}:${p.titleRows.bottom + 1}` } : {}),
  };
  return ws;
}
