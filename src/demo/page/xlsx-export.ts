/**
 * The Excel host's workbook → .xlsx bytes, with exceljs in the browser: what the user downloads.
 * Values (and formulas with their cached results), number formats, merges, fills, fonts, borders,
 * alignment, notes, hyperlinks (internal ones as #Sheet!A1), data validations, column widths, row
 * heights, frozen panes, tab colours, hidden sheets, sheet protection with the unlocked cells, and
 * custom conditional formats. So the add-in's
 * marks (its conditional formats, which a later check or 清除标记 in Excel finds again by their
 * formula), its notes and the sheets it wrote (检查报告, new project sheets) are all in the file.
 *
 * Not saved: the add-in's workbook settings (its rule settings). Excel keeps those in the add-in's
 * own part of the file, which exceljs cannot write.
 */
import type * as ExcelJS from "exceljs";
import type { CellModel, SheetModel, WorkbookModel } from "../host/model";
import { parseRect } from "../host/a1";
import { xlsxFromHex } from "./colors";
import { ExcelJSModule, XLSX_H_ALIGN, XLSX_OPERATORS, XLSX_PATTERNS, XLSX_V_ALIGN, pointsToChars, xlsxBorderStyle } from "./xlsx-import";

const UNDERLINE: Record<string, ExcelJS.Font["underline"]> = {
  Single: "single",
  Double: "double",
  SingleAccountant: "singleAccounting",
  DoubleAccountant: "doubleAccounting",
};

function styleOf(c: CellModel): Partial<ExcelJS.Style> {
  const st: Partial<ExcelJS.Style> = {};
  if (c.numberFormat && c.numberFormat !== "General") st.numFmt = c.numberFormat;
  if (c.fill) {
    const pattern = (XLSX_PATTERNS[c.fill.pattern ?? "Solid"] ?? "solid") as ExcelJS.FillPatterns;
    st.fill = { type: "pattern", pattern, fgColor: xlsxFromHex(c.fill.color) };
  }
  if (c.font) {
    const f: Partial<ExcelJS.Font> = {};
    if (c.font.name) f.name = c.font.name;
    if (c.font.size) f.size = c.font.size;
    if (c.font.bold) f.bold = true;
    if (c.font.italic) f.italic = true;
    if (c.font.strikethrough) f.strike = true;
    if (c.font.underline && c.font.underline !== "None") f.underline = UNDERLINE[c.font.underline];
    if (c.font.color) f.color = xlsxFromHex(c.font.color);
    st.font = f;
  }
  if (c.borders) {
    const b: Partial<ExcelJS.Borders> = {};
    const sides: [keyof NonNullable<CellModel["borders"]>, "top" | "bottom" | "left" | "right"][] = [
      ["EdgeTop", "top"],
      ["EdgeBottom", "bottom"],
      ["EdgeLeft", "left"],
      ["EdgeRight", "right"],
    ];
    for (const [edge, side] of sides) {
      const e = c.borders[edge];
      const style = e && xlsxBorderStyle(e);
      if (e && style) b[side] = { style, color: xlsxFromHex(e.color ?? "#000000") };
    }
    if (Object.keys(b).length) st.border = b;
  }
  const al: Partial<ExcelJS.Alignment> = {};
  if (c.horizontalAlignment && XLSX_H_ALIGN[c.horizontalAlignment]) al.horizontal = XLSX_H_ALIGN[c.horizontalAlignment] as ExcelJS.Alignment["horizontal"];
  if (c.verticalAlignment && XLSX_V_ALIGN[c.verticalAlignment]) al.vertical = XLSX_V_ALIGN[c.verticalAlignment] as ExcelJS.Alignment["vertical"];
  if (c.wrapText) al.wrapText = true;
  if (Object.keys(al).length) st.alignment = al;
  if (c.locked === false) st.protection = { locked: false };
  return st;
}

function valueOf(c: CellModel): ExcelJS.CellValue {
  const v = c.value;
  if (c.formula) {
    const result = v === undefined || v === "" ? undefined : v;
    return { formula: c.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  }
  if (c.hyperlink && (c.hyperlink.address || c.hyperlink.documentReference) && v !== undefined && v !== "") {
    // exceljs writes "Sheet!A1" (no #) as an internal link (the hyperlink's location).
    const target = c.hyperlink.address ?? String(c.hyperlink.documentReference).replace(/^#/, "");
    return { text: String(c.text ?? v), hyperlink: target, tooltip: c.hyperlink.screenTip } as ExcelJS.CellHyperlinkValue;
  }
  if (v === undefined || v === "") return null;
  return v;
}

function validationOf(dv: NonNullable<CellModel["dataValidation"]>): ExcelJS.DataValidation | undefined {
  const [kind, body] = Object.entries(dv.rule)[0] ?? [];
  if (!kind || !body || typeof body !== "object") return undefined;
  const b = body as Record<string, unknown>;
  const allowBlank = dv.ignoreBlanks !== false;
  const formula = (x: unknown) => String(x ?? "").replace(/^=/, "");
  if (kind === "list") {
    const source = String(b.source ?? "");
    const formulae = [source.startsWith("=") ? source.slice(1) : `"${source}"`];
    return { type: "list", allowBlank, formulae, showDropDown: b.inCellDropDown === false ? true : undefined } as ExcelJS.DataValidation;
  }
  if (kind === "custom") return { type: "custom", allowBlank, formulae: [formula(b.formula)] };
  const type = ({ wholeNumber: "whole", decimal: "decimal", date: "date", textLength: "textLength", time: "time" } as Record<string, string>)[kind];
  if (!type) return undefined;
  const formulae = [formula(b.formula1)];
  if (b.formula2 !== undefined) formulae.push(formula(b.formula2));
  return {
    type: type as ExcelJS.DataValidation["type"],
    allowBlank,
    operator: (XLSX_OPERATORS[String(b.operator)] ?? "between") as ExcelJS.DataValidationOperator,
    formulae,
  };
}

function addSheet(wb: ExcelJS.Workbook, s: SheetModel, active: boolean): void {
  const state = s.visibility === "Hidden" ? "hidden" : s.visibility === "VeryHidden" ? "veryHidden" : "visible";
  const view: Partial<ExcelJS.WorksheetView> =
    s.frozenRows || s.frozenColumns ? { state: "frozen", xSplit: s.frozenColumns ?? 0, ySplit: s.frozenRows ?? 0 } : { state: "normal" };
  if (s.selection) view.activeCell = s.selection.split(":")[0];
  const ws = wb.addWorksheet(s.name, {
    state,
    views: [{ ...view, tabSelected: active } as unknown as Partial<ExcelJS.WorksheetView>],
    properties: s.tabColor ? { tabColor: xlsxFromHex(s.tabColor) } : undefined,
  } as Partial<ExcelJS.AddWorksheetOptions>);

  for (const [letters, pt] of Object.entries(s.columnWidths ?? {})) ws.getColumn(letters).width = pointsToChars(pt);
  for (const [row, pt] of Object.entries(s.rowHeights ?? {})) ws.getRow(Number(row)).height = pt;

  // Merge first: exceljs gives a merged area's cells the top-left cell's style, and each cell's own
  // style (its borders, on the area's edges) is set after.
  for (const m of s.merges ?? []) ws.mergeCells(m);
  for (const [key, c] of Object.entries(s.cells)) {
    const cell = ws.getCell(key);
    const value = valueOf(c);
    if (value !== null) cell.value = value;
    // A fresh object per cell: exceljs shares style objects between cells it merged.
    cell.style = styleOf(c) as ExcelJS.Style;
    if (c.dataValidation) {
      const dv = validationOf(c.dataValidation);
      if (dv) cell.dataValidation = dv;
    }
  }
  // As the file had it (password hash and allowed actions included), or plain protection for a sheet protected in the demo.
  if (s.protected) (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection = { ...(s.protectionOptions ?? {}), sheet: true };
  for (const [key, note] of Object.entries(s.notes ?? {})) {
    if (parseRect(key)) ws.getCell(key).note = note.content;
  }
  (s.conditionalFormats ?? []).forEach((cf, i) => {
    if (cf.ranges.length === 0) return;
    const style: Partial<ExcelJS.Style> = {};
    if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: xlsxFromHex(cf.fill) };
    if (cf.fontColor) style.font = { color: xlsxFromHex(cf.fontColor) };
    ws.addConditionalFormatting({
      ref: cf.ranges.join(" "),
      rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula.replace(/^=/, "")], style }],
    });
  });
}

/** The workbook as .xlsx bytes. */
export async function writeXlsx(exceljs: ExcelJSModule, model: WorkbookModel): Promise<Uint8Array> {
  const wb = new exceljs.Workbook();
  wb.creator = "绩效目标表助手 演示环境";
  wb.created = new Date();
  const active = model.activeSheet ?? model.sheets.find((s) => !s.visibility || s.visibility === "Visible")?.name;
  for (const s of model.sheets) addSheet(wb, s, s.name === active);
  const activeIndex = Math.max(
    0,
    model.sheets.findIndex((s) => s.name === active),
  );
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: activeIndex, visibility: "visible" }];
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
