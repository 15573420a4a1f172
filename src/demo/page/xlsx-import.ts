/**
 * .xlsx bytes → the Excel host's workbook model (src/demo/host/model.ts), in the browser.
 *
 * Values and displayed text come from the engine's own exceljs reader (src/file/exceljs-model.ts:
 * rich text flattened, formulas as their cached result, dates as serial numbers, text through
 * numfmt), so the demo's Excel holds exactly what the command line would read. Everything a person
 * sees on top of that is taken from exceljs's cell styles: fills, fonts, borders, alignment, number
 * formats, notes, hyperlinks, data validations, column widths, row heights, frozen panes, hidden
 * sheets, the active sheet and each sheet's selected cell. Sheet protection and each cell's Locked
 * come along, so the pane and the grid meet a protected sheet as in Excel, and so do formula
 * conditional formats, the add-in's marks among them, so a downloaded file's marks can be cleared.
 *
 * The host's model is strict (src/demo/host/model.ts normalizeWorkbook); what it would refuse in a
 * damaged file (overlapping merges) is dropped here with a warning instead.
 */
import type * as ExcelJS from "exceljs";
import { READ_IGNORE_NODES, convertExcelJSWorkbook, prepareExcelJSReader } from "../../file/exceljs-model";
import type { SheetModel as EngineSheet } from "../../engine/sheet";
import type {
  BorderModel,
  CellModel,
  ConditionalFormatModel,
  EdgeName,
  FillModel,
  FillPattern,
  FontModel,
  HorizontalAlignment,
  NoteModel,
  SheetModel,
  VerticalAlignment,
  WorkbookModel,
} from "../host/model";
import { cellKey, columnLetters, formatRect, parseRect, Rect } from "../host/a1";
import { DEFAULTS, sheetNameProblem } from "../host/model";
import { hostSheetFromModel } from "../host";
import { XlsxColor, hexFromXlsx } from "./colors";

export type ExcelJSModule = typeof ExcelJS;

export interface ImportResult {
  workbook: WorkbookModel;
  /** Things in the file the demo could not keep (shown to the user, not fatal). */
  warnings: string[];
}

/** What a file that is not a readable .xlsx gives: a message for people, in Chinese and English. */
export class XlsxImportError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly detail?: string,
  ) {
    super(en + (detail ? ` (${detail})` : ""));
    this.name = "XlsxImportError";
  }
}

/**
 * The worksheet parts the demo keeps that the checker skips: data validations, and conditional
 * formats (the add-in's marks in a downloaded file are conditional formats, which 清除标记 must find).
 */
const IGNORE_NODES = READ_IGNORE_NODES.filter((n) => n !== "dataValidations" && n !== "conditionalFormatting");

// ---------------------------------------------------------------------------------------------
// Units

/** Excel column width in characters (Calibri 11, 7 px per digit) → points. */
export function charsToPoints(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return Math.round(px * 0.75 * 100) / 100;
}

/** Points → Excel column width as .xlsx files store it (the inverse of charsToPoints). */
export function pointsToChars(points: number): number {
  const px = Math.round(points / 0.75);
  return Math.max(0, Math.round((Math.trunc((px / 7) * 256) / 256) * 100) / 100);
}

// ---------------------------------------------------------------------------------------------
// Styles

const PATTERNS: Record<string, FillPattern> = {
  solid: "Solid",
  darkGray: "Gray75",
  mediumGray: "Gray50",
  lightGray: "Gray25",
  gray125: "Gray16",
  gray0625: "Gray8",
  darkHorizontal: "Horizontal",
  darkVertical: "Vertical",
  darkDown: "Down",
  darkUp: "Up",
  darkGrid: "Checker",
  darkTrellis: "SemiGray75",
  lightHorizontal: "LightHorizontal",
  lightVertical: "LightVertical",
  lightDown: "LightDown",
  lightUp: "LightUp",
  lightGrid: "Grid",
  lightTrellis: "CrissCross",
};
export const XLSX_PATTERNS: Record<string, string> = Object.fromEntries(Object.entries(PATTERNS).map(([k, v]) => [v, k]));

function fillOf(f: ExcelJS.Fill | undefined): FillModel | undefined {
  if (!f) return undefined;
  if (f.type === "pattern") {
    if (!f.pattern || f.pattern === "none") return undefined;
    const color = hexFromXlsx(f.fgColor as XlsxColor | undefined) ?? hexFromXlsx(f.bgColor as XlsxColor | undefined);
    if (!color) return f.pattern === "solid" ? undefined : { color: "#000000", pattern: PATTERNS[f.pattern] ?? "Solid" };
    const pattern = PATTERNS[f.pattern] ?? "Solid";
    return pattern === "Solid" ? { color } : { color, pattern };
  }
  if (f.type === "gradient") {
    // Shown (and saved back) as the first stop's colour: the host keeps one colour per fill.
    const color = hexFromXlsx(f.stops?.[0]?.color as XlsxColor | undefined);
    return color ? { color } : undefined;
  }
  return undefined;
}

const UNDERLINES: Record<string, FontModel["underline"]> = {
  single: "Single",
  double: "Double",
  singleAccounting: "SingleAccountant",
  doubleAccounting: "DoubleAccountant",
};

function fontOf(f: Partial<ExcelJS.Font> | undefined): FontModel | undefined {
  if (!f) return undefined;
  const out: FontModel = {};
  if (f.name) out.name = f.name;
  if (typeof f.size === "number") out.size = f.size;
  if (f.bold) out.bold = true;
  if (f.italic) out.italic = true;
  if (f.strike) out.strikethrough = true;
  if (f.underline === true) out.underline = "Single";
  else if (typeof f.underline === "string" && UNDERLINES[f.underline]) out.underline = UNDERLINES[f.underline];
  const color = hexFromXlsx(f.color as XlsxColor | undefined);
  if (color && color !== "#000000") out.color = color;
  // Excel's default font (what exceljs writes for a cell with any style) is no font of its own.
  if (out.name === DEFAULTS.fontName && out.size === DEFAULTS.fontSize) {
    delete out.name;
    delete out.size;
  }
  return Object.keys(out).length ? out : undefined;
}

const BORDER_STYLES: Record<string, BorderModel> = {
  thin: { style: "Continuous", weight: "Thin" },
  hair: { style: "Continuous", weight: "Hairline" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  double: { style: "Double", weight: "Thick" },
  dotted: { style: "Dot", weight: "Thin" },
  dashed: { style: "Dash", weight: "Thin" },
  dashDot: { style: "DashDot", weight: "Thin" },
  dashDotDot: { style: "DashDotDot", weight: "Thin" },
  mediumDashed: { style: "Dash", weight: "Medium" },
  mediumDashDot: { style: "DashDot", weight: "Medium" },
  mediumDashDotDot: { style: "DashDotDot", weight: "Medium" },
  slantDashDot: { style: "SlantDashDot", weight: "Medium" },
};

/** Host border → the exceljs style name that draws it. */
export function xlsxBorderStyle(b: BorderModel): ExcelJS.BorderStyle | undefined {
  if (b.style === "None") return undefined;
  const w = b.weight ?? "Thin";
  switch (b.style) {
    case "Continuous":
      return w === "Hairline" ? "hair" : w === "Medium" ? "medium" : w === "Thick" ? "thick" : "thin";
    case "Double":
      return "double";
    case "Dot":
      return "dotted";
    case "Dash":
      return w === "Medium" || w === "Thick" ? "mediumDashed" : "dashed";
    case "DashDot":
      return w === "Medium" || w === "Thick" ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return w === "Medium" || w === "Thick" ? "mediumDashDotDot" : "dashDotDot";
    case "SlantDashDot":
      return "slantDashDot";
    default:
      return "thin";
  }
}

function bordersOf(b: Partial<ExcelJS.Borders> | undefined): CellModel["borders"] {
  if (!b) return undefined;
  const out: Partial<Record<EdgeName, BorderModel>> = {};
  const sides: [keyof ExcelJS.Borders, EdgeName][] = [
    ["top", "EdgeTop"],
    ["bottom", "EdgeBottom"],
    ["left", "EdgeLeft"],
    ["right", "EdgeRight"],
  ];
  for (const [side, edge] of sides) {
    const s = b[side] as Partial<ExcelJS.Border> | undefined;
    if (!s?.style || !BORDER_STYLES[s.style]) continue;
    const color = hexFromXlsx(s.color as XlsxColor | undefined);
    out[edge] = color && color !== "#000000" ? { ...BORDER_STYLES[s.style], color } : { ...BORDER_STYLES[s.style] };
  }
  return Object.keys(out).length ? out : undefined;
}

const H_ALIGN: Record<string, HorizontalAlignment> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const V_ALIGN: Record<string, VerticalAlignment> = { top: "Top", middle: "Center", bottom: "Bottom", distributed: "Distributed", justify: "Justify" };
export const XLSX_H_ALIGN: Record<string, string> = Object.fromEntries(Object.entries(H_ALIGN).map(([k, v]) => [v, k]));
export const XLSX_V_ALIGN: Record<string, string> = Object.fromEntries(Object.entries(V_ALIGN).map(([k, v]) => [v, k]));

// ---------------------------------------------------------------------------------------------
// Data validation: exceljs's model → Excel's DataValidationRule JSON (what the host stores)

const OPERATORS: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};
export const XLSX_OPERATORS: Record<string, string> = Object.fromEntries(Object.entries(OPERATORS).map(([k, v]) => [v, k]));

function formulaText(f: unknown): string {
  if (f instanceof Date) return f.toISOString().slice(0, 10);
  return String(f ?? "");
}

function validationOf(dv: ExcelJS.DataValidation | undefined): CellModel["dataValidation"] {
  if (!dv || !dv.type) return undefined;
  const formulae = (dv.formulae ?? []).map(formulaText);
  let rule: Record<string, unknown> | undefined;
  if (dv.type === "list") {
    const f = formulae[0] ?? "";
    // A literal list is stored quoted ("a,b,c"); anything else is a range or a formula.
    const source = /^".*"$/.test(f) ? f.slice(1, -1) : f.startsWith("=") ? f : `=${f}`;
    if (source.trim() === "" || source === "=") return undefined;
    rule = { list: { inCellDropDown: !(dv as { showDropDown?: boolean }).showDropDown, source } };
  } else {
    const key = { whole: "wholeNumber", decimal: "decimal", date: "date", textLength: "textLength", custom: "custom", time: "time" }[dv.type as string];
    if (!key) return undefined;
    if (key === "custom") rule = { custom: { formula: formulae[0]?.startsWith("=") ? formulae[0] : `=${formulae[0] ?? ""}` } };
    else {
      const body: Record<string, unknown> = { operator: OPERATORS[dv.operator ?? "between"] ?? "Between", formula1: formulae[0] ?? "" };
      if (formulae[1] !== undefined) body.formula2 = formulae[1];
      rule = { [key]: body };
    }
  }
  return dv.allowBlank === false ? { rule, ignoreBlanks: false } : { rule };
}

// ---------------------------------------------------------------------------------------------
// Cells

interface RawCell {
  type: number;
  value: unknown;
  style?: Partial<ExcelJS.Style>;
  note?: string | { texts?: { text?: string }[] };
  hyperlink?: string;
  formula?: string;
  address: string;
}
interface RawRow {
  _cells?: (RawCell | undefined)[];
  height?: number;
  hidden?: boolean;
}

/** Formula cells in exceljs (ValueType.Formula). */
const T_FORMULA = 6;

function rowsOf(ws: ExcelJS.Worksheet): (RawRow | undefined)[] {
  const internal = (ws as unknown as { _rows?: (RawRow | undefined)[] })._rows;
  if (Array.isArray(internal)) return internal;
  const out: (RawRow | undefined)[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: (RawCell | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cell as unknown as RawCell;
    });
    out[n - 1] = { _cells: cells, height: row.height, hidden: row.hidden };
  });
  return out;
}

function noteOf(note: RawCell["note"]): NoteModel | undefined {
  if (!note) return undefined;
  const content = typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text ?? "").join("");
  return content ? { content } : undefined;
}

function hyperlinkOf(link: string | undefined): CellModel["hyperlink"] {
  if (!link) return undefined;
  if (link.startsWith("#")) return { documentReference: link.slice(1) };
  // An internal link as exceljs reads it back: "Sheet!A1" or "'My sheet'!A1", no scheme.
  if (/^[^:/\\]+![A-Za-z]{1,3}\d+(:[A-Za-z]{1,3}\d+)?$/.test(link)) return { documentReference: link };
  return { address: link };
}

function isBlankStyle(c: CellModel): boolean {
  return Object.values(c).every((v) => v === undefined);
}

function dropOverlaps(rects: Rect[], sheet: string, warnings: string[]): Rect[] {
  const kept: Rect[] = [];
  for (const r of rects) {
    if (r.top === r.bottom && r.left === r.right) continue;
    const clash = kept.find((k) => !(r.bottom < k.top || k.bottom < r.top || r.right < k.left || k.right < r.left));
    if (clash) warnings.push(`${sheet}!${formatRect(r)}`);
    else kept.push(r);
  }
  return kept;
}

interface RawConditionalFormatting {
  ref: string;
  rules: { type: string; priority?: number; formulae?: unknown[]; style?: { fill?: ExcelJS.Fill; font?: Partial<ExcelJS.Font> } }[];
}

/**
 * The sheet's formula ("expression") conditional formats, in priority order: the kind the host
 * models, and the kind the add-in marks with. Other kinds (data bars, colour scales…) are left out.
 */
function conditionalFormatsOf(ws: ExcelJS.Worksheet, sheetIndex: number): ConditionalFormatModel[] {
  const blocks = (ws as unknown as { conditionalFormattings?: RawConditionalFormatting[] }).conditionalFormattings ?? [];
  const found: { cf: ConditionalFormatModel; priority: number }[] = [];
  for (const block of blocks)
    for (const rule of block.rules ?? []) {
      const formula = rule.formulae?.[0];
      if (rule.type !== "expression" || typeof formula !== "string" || formula === "") continue;
      const ranges = String(block.ref ?? "")
        .split(/[\s,]+/)
        .map((a) => parseRect(a))
        .filter((r): r is Rect => !!r)
        .map(formatRect);
      if (ranges.length === 0) continue;
      const cf: ConditionalFormatModel = {
        id: `{CF-${sheetIndex}-${found.length}}`,
        type: "Custom",
        ranges,
        formula: formula.startsWith("=") ? formula : `=${formula}`,
      };
      const fill = rule.style?.fill;
      // A format's solid fill is its background colour (bgColor), as Excel writes dxf fills.
      const fillColor =
        fill?.type === "pattern" ? (hexFromXlsx(fill.bgColor as XlsxColor | undefined) ?? hexFromXlsx(fill.fgColor as XlsxColor | undefined)) : undefined;
      if (fillColor) cf.fill = fillColor;
      const fontColor = hexFromXlsx(rule.style?.font?.color as XlsxColor | undefined);
      if (fontColor) cf.fontColor = fontColor;
      found.push({ cf, priority: rule.priority ?? Infinity });
    }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.cf);
}

function sheetFrom(ws: ExcelJS.Worksheet, sheetIndex: number, values: EngineSheet, warnings: string[]): SheetModel {
  const mergeWarnings: string[] = [];
  const merges = dropOverlaps(values.merges, ws.name, mergeWarnings);
  if (mergeWarnings.length) warnings.push(`重叠的合并单元格已忽略 overlapping merges ignored: ${mergeWarnings.join(", ")}`);
  // Values and displayed text as the engine reads them, as host cells (src/demo/host/from-sheet-models.ts).
  const base = hostSheetFromModel({ ...values, merges });
  const cells: Record<string, CellModel> = base.cells;

  const notes: Record<string, NoteModel> = {};
  const rowHeights: Record<string, number> = {};
  const rows = rowsOf(ws);
  const dvModel = ((ws as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } }).dataValidations?.model ?? {}) as Record<
    string,
    ExcelJS.DataValidation
  >;

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    if (typeof row.height === "number" && row.height > 0) rowHeights[String(r + 1)] = row.height;
    const rc = row._cells;
    if (!rc) continue;
    for (let c = 0; c < rc.length; c++) {
      const cell = rc[c];
      if (!cell) continue;
      const key = cellKey(r, c);
      const st = cell.style ?? {};
      // A merged area's other cells hold no value (the base has none there); their borders count.
      const next: CellModel = { ...(cells[key] ?? {}) };
      if (st.numFmt && st.numFmt !== "General") next.numberFormat = st.numFmt;
      next.fill = fillOf(st.fill as ExcelJS.Fill | undefined);
      next.font = fontOf(st.font);
      next.borders = bordersOf(st.border);
      const al = st.alignment;
      if (al?.horizontal && H_ALIGN[al.horizontal]) next.horizontalAlignment = H_ALIGN[al.horizontal];
      if (al?.vertical && V_ALIGN[al.vertical]) next.verticalAlignment = V_ALIGN[al.vertical];
      if (al?.wrapText) next.wrapText = true;
      if (st.protection?.locked === false) next.locked = false;
      if (cell.type === T_FORMULA && typeof cell.formula === "string" && cell.formula !== "" && next.value !== undefined && next.value !== `=${cell.formula}`) {
        next.formula = `=${cell.formula}`;
      }
      const link = hyperlinkOf(typeof cell.hyperlink === "string" ? cell.hyperlink : undefined);
      if (link && next.value !== undefined) next.hyperlink = link;
      const dv = validationOf(dvModel[cell.address]);
      if (dv) next.dataValidation = dv;
      for (const k of Object.keys(next) as (keyof CellModel)[]) if (next[k] === undefined) delete next[k];
      if (isBlankStyle(next)) delete cells[key];
      else cells[key] = next;
      const note = noteOf(cell.note);
      if (note) notes[key] = note;
    }
  }
  // Validations on cells exceljs holds no cell for (a whole column's dropdown, say).
  for (const [address, dv] of Object.entries(dvModel)) {
    const rect = parseRect(address);
    if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) continue;
    const key = cellKey(rect.top, rect.left);
    if (cells[key]?.dataValidation) continue;
    const v = validationOf(dv);
    if (v) cells[key] = { ...(cells[key] ?? {}), dataValidation: v };
  }

  const columnWidths: Record<string, number> = {};
  const cols = (ws as unknown as { _columns?: ({ width?: number; hidden?: boolean } | undefined)[] })._columns ?? [];
  cols.forEach((col, i) => {
    if (col && typeof col.width === "number" && col.width > 0) columnWidths[columnLetters(i)] = charsToPoints(col.width);
  });

  const sheet: SheetModel = { name: ws.name, cells };
  if (base.merges?.length) sheet.merges = base.merges;
  if (Object.keys(notes).length) sheet.notes = notes;
  if (Object.keys(columnWidths).length) sheet.columnWidths = columnWidths;
  if (Object.keys(rowHeights).length) sheet.rowHeights = rowHeights;
  if (ws.state === "hidden") sheet.visibility = "Hidden";
  else if (ws.state === "veryHidden") sheet.visibility = "VeryHidden";
  const view = (ws.views ?? [])[0] as Partial<ExcelJS.WorksheetView> | undefined;
  if (view) {
    const active = view.activeCell && parseRect(view.activeCell) ? formatRect(parseRect(view.activeCell)!) : undefined;
    if (active) sheet.selection = active;
    if (view.state === "frozen") {
      const fz = view as Partial<ExcelJS.WorksheetViewFrozen>;
      if (fz.ySplit) sheet.frozenRows = fz.ySplit;
      if (fz.xSplit) sheet.frozenColumns = fz.xSplit;
    }
  }
  // Protected as Excel protects it (<sheetProtection sheet="1">): its locked cells refuse edits.
  const protection = (ws as unknown as { sheetProtection?: Record<string, string | number | boolean> | null }).sheetProtection;
  if (protection?.sheet) {
    sheet.protected = true;
    const { sheet: _on, ...options } = protection;
    if (Object.keys(options).length) sheet.protectionOptions = options;
  }
  const conditionalFormats = conditionalFormatsOf(ws, sheetIndex);
  if (conditionalFormats.length) sheet.conditionalFormats = conditionalFormats;
  const tab = hexFromXlsx((ws.properties as { tabColor?: XlsxColor } | undefined)?.tabColor);
  if (tab) sheet.tabColor = tab;
  return sheet;
}

/**
 * A loaded exceljs workbook → the host's model. `name` is the file name (the engine reads the
 * budget year from it when nothing else names one).
 */
export function hostWorkbookFromExcelJS(wb: ExcelJS.Workbook, name?: string): ImportResult {
  const warnings: string[] = [];
  const conv = convertExcelJSWorkbook(wb, name);
  const sheets: SheetModel[] = [];
  wb.worksheets.forEach((ws, i) => {
    const problem = sheetNameProblem(ws.name);
    if (problem)
      throw new XlsxImportError(`工作表名“${ws.name}”在 Excel 中无效（${problem}）。`, `Sheet name "${ws.name}" is not valid in Excel (${problem}).`);
    sheets.push(sheetFrom(ws, i, conv.workbook.sheets[i], warnings));
  });
  if (sheets.length === 0) throw new XlsxImportError("文件中没有工作表。", "The file holds no worksheet.");
  const visible = sheets.filter((s) => !s.visibility || s.visibility === "Visible");
  if (visible.length === 0) sheets[0].visibility = undefined;
  const activeTab = (wb.views ?? [])[0]?.activeTab;
  let active = typeof activeTab === "number" ? sheets[activeTab] : undefined;
  if (!active || (active.visibility && active.visibility !== "Visible")) active = sheets.find((s) => !s.visibility || s.visibility === "Visible");
  const workbook: WorkbookModel = { sheets, activeSheet: active?.name, settings: {} };
  if (name) workbook.name = name;
  return { workbook, warnings };
}

/** The first bytes of every .xlsx (a zip file). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

/** Reads .xlsx bytes with exceljs (the checker's reader setup) and converts them for the host. */
export async function readXlsx(exceljs: ExcelJSModule, data: ArrayBuffer | Uint8Array, name?: string): Promise<ImportResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new XlsxImportError("文件是空的。", "The file is empty.");
  if (!looksLikeZip(bytes)) {
    const oldExcel = bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    if (oldExcel)
      throw new XlsxImportError(
        "这是旧版 Excel 文件（.xls）或加密的工作簿。请在 Excel 中另存为 .xlsx 后再打开。",
        "This is an old Excel file (.xls) or an encrypted workbook. Save it as .xlsx in Excel, then open it.",
      );
    throw new XlsxImportError("这不是 .xlsx 工作簿文件。", "This is not an .xlsx workbook.");
  }
  const wb = new exceljs.Workbook();
  prepareExcelJSReader(wb);
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORE_NODES } as unknown as Partial<ExcelJS.XlsxReadOptions>);
  } catch (e) {
    throw new XlsxImportError(
      "无法读取这个 .xlsx 文件：文件可能已损坏。",
      "Could not read this .xlsx file: it may be damaged.",
      e instanceof Error ? e.message : String(e),
    );
  }
  try {
    return hostWorkbookFromExcelJS(wb, name);
  } catch (e) {
    if (e instanceof XlsxImportError) throw e;
    throw new XlsxImportError("无法转换这个工作簿。", "Could not convert this workbook.", e instanceof Error ? e.message : String(e));
  }
}
