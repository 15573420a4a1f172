/**
 * exceljs workbook → the engine's WorkbookModel (src/engine/sheet.ts).
 *
 * No Node APIs here: the browser demo reuses this module with exceljs's browser build. Only types
 * are imported from exceljs; the value types below are exceljs's `ValueType` numbers.
 *
 * What the engine gets, per sheet, is what Excel would give an add-in reading the used range:
 * - values: strings, numbers, booleans or null. Rich text is flattened, formulas give their cached
 *   result, hyperlinks their text, errors their code ("#N/A"), dates Excel serial numbers in the
 *   1900 date system (also for workbooks saved in the 1904 system), merge continuations null.
 * - text: what Excel displays, through numfmt, only where it differs from String(value) (the
 *   model allows missing cells; this keeps big sheets cheap).
 * - numberFormats: only where not General.
 * - merges as zero-based Rects; origin at the first row/column holding anything.
 */
import type * as ExcelJS from "exceljs";
import { numfmtFormat, isDateFormat } from "./numfmt";
import type { CellValue, SheetModel, WorkbookModel } from "../engine/sheet";
import type { Rect } from "../engine/address";

// exceljs ValueType (a declared enum in its typings; numbers here so nothing is imported at runtime)
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHARED_STRING = 7;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in the 1900 date system (exceljs's own constant). */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DAYS_1904 = 1462;
/** A merge bigger than this (whole rows or columns merged by accident) does not widen the grid. */
const MAX_MERGE_CELLS_FOR_BOUNDS = 10000;
/**
 * Above this many cells the grid is sparse: rows without values are left out (holes) and each row
 * ends at its last value, so one stray cell at XFD1048576 costs nothing. SheetGrid reads missing
 * rows and cells as blank. Below it (every real 绩效目标表 sheet) the grid is a full rectangle, as
 * Office.js gives it.
 */
const DENSE_LIMIT = 2_000_000;
/** Results cached per number format code (the same 0%, 100%, 50 recur across a thousand tables). */
const MAX_CACHED_RESULTS = 4096;

export interface ConvertOptions {
  /** Workbook uses the 1904 date system; default: read from the workbook's properties. */
  date1904?: boolean;
}

export interface ExcelJSConversion {
  workbook: WorkbookModel;
  /** Names of hidden and very hidden sheets (they are in the model too). */
  hiddenSheets: string[];
  date1904: boolean;
}

/** Convert a loaded exceljs workbook; `name` is the file name (the engine reads a year from it). */
export function workbookFromExcelJS(wb: ExcelJS.Workbook, name?: string, options: ConvertOptions = {}): WorkbookModel {
  return convertExcelJSWorkbook(wb, name, options).workbook;
}

/** As workbookFromExcelJS, also saying which sheets are hidden and which date system was in force. */
export function convertExcelJSWorkbook(wb: ExcelJS.Workbook, name?: string, options: ConvertOptions = {}): ExcelJSConversion {
  const date1904 = options.date1904 ?? !!(wb.properties && (wb.properties as { date1904?: boolean }).date1904);
  const formatter = new TextFormatter();
  const sheets: SheetModel[] = [];
  const hiddenSheets: string[] = [];
  // Only worksheets: exceljs does not load chart sheets (or dialog/macro sheets) at all.
  for (const ws of wb.worksheets) {
    sheets.push(sheetFromExcelJS(ws, { date1904, formatter }));
    if (ws.state === "hidden" || ws.state === "veryHidden") hiddenSheets.push(ws.name);
  }
  const workbook: WorkbookModel = name === undefined ? { sheets } : { name, sheets };
  return { workbook, hiddenSheets, date1904 };
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/**
 * Worksheet parts the checker never reads. Skipping them makes loading faster and survives
 * drawings exceljs cannot parse. Pass as `wb.xlsx.load(data, { ignoreNodes: READ_IGNORE_NODES })`.
 */
export const READ_IGNORE_NODES = ["drawing", "picture", "dataValidations", "conditionalFormatting", "extLst"];

/**
 * Make one exceljs workbook's reader skip drawings and images. exceljs 4.4 throws "Cannot read
 * properties of undefined (reading 'anchors')" on a workbook whose drawing it cannot parse (a chart
 * sheet, charts written by other tools); the checker needs none of it. Per instance, no global change.
 */
export function prepareExcelJSReader(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as Record<string, unknown>;
  if (typeof xlsx._processDrawingEntry === "function") {
    xlsx._processDrawingEntry = async (_entry: unknown, model: { drawings: Record<string, unknown> }, name: string) => {
      model.drawings[name] = { anchors: [] };
    };
  }
  if (typeof xlsx._processMediaEntry === "function") {
    xlsx._processMediaEntry = async () => undefined;
  }
}

/** Load .xlsx bytes into a fresh exceljs workbook the way the checker needs (see above). */
export async function loadExcelJS(Workbook: new () => ExcelJS.Workbook, data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  prepareExcelJSReader(wb);
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer, { ignoreNodes: READ_IGNORE_NODES });
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Display text
// ---------------------------------------------------------------------------------------------

interface FormatEntry {
  bad: boolean;
  isDate: boolean;
  results: Map<number, string>;
}

/**
 * numfmt with a cache per format code: whether it is a date format, whether it parses at all,
 * and the last few thousand results. Falls back to String(value) on any error.
 */
export class TextFormatter {
  private readonly entries = new Map<string, FormatEntry>();

  private entry(code: string): FormatEntry {
    let e = this.entries.get(code);
    if (!e) {
      let bad = false;
      let isDate = false;
      try {
        isDate = isDateFormat(code);
        numfmtFormat(code, 0);
      } catch {
        bad = true;
      }
      e = { bad, isDate, results: new Map() };
      this.entries.set(code, e);
    }
    return e;
  }

  isDate(code: string | undefined): boolean {
    if (!code || code === "General") return false;
    return this.entry(code).isDate;
  }

  /** What Excel shows for a number (or date serial) under `code`. */
  formatNumber(code: string | undefined, value: number): string {
    if (!code || code === "General" || code === "@") {
      // Excel's General shows integers of up to 11 digits as they are.
      if (Number.isInteger(value) && value > -1e11 && value < 1e11) return String(value);
      code = "General";
    }
    const e = this.entry(code);
    if (e.bad) return String(value);
    const cached = e.results.get(value);
    if (cached !== undefined) return cached;
    let out: string;
    try {
      out = numfmtFormat(code, value);
    } catch {
      out = String(value);
    }
    if (e.results.size < MAX_CACHED_RESULTS) e.results.set(value, out);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// One sheet
// ---------------------------------------------------------------------------------------------

/** The parts of exceljs's internals this module reads (stable across exceljs 4.x); the direct reader makes the same. */
export interface RawCell {
  type: number;
  value: unknown;
  result?: unknown;
  text: string;
  style?: { numFmt?: string };
}
export interface RawRow {
  _cells?: (RawCell | undefined)[];
}
interface RawRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface SheetContext {
  date1904: boolean;
  formatter: TextFormatter;
}

/** Convert one exceljs worksheet. */
export function sheetFromExcelJS(ws: ExcelJS.Worksheet, ctx: Partial<SheetContext> = {}): SheetModel {
  const date1904 = !!ctx.date1904;
  const formatter = ctx.formatter ?? new TextFormatter();
  const rows = rawRows(ws);
  const merges = rawMerges(ws);

  // Pass 1: the bounding box of everything that holds a value, and of the merges.
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]?._cells;
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell || !holdsSomething(cell)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  const rects: Rect[] = [];
  for (const m of merges) {
    const rect: Rect = { top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 };
    rects.push(rect);
    const big = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_MERGE_CELLS_FOR_BOUNDS;
    if (rect.top < top) top = rect.top;
    if (rect.left < left) left = rect.left;
    const b = big ? rect.top : rect.bottom;
    const rt = big ? rect.left : rect.right;
    if (b > bottom) bottom = b;
    if (rt > right) right = rt;
  }

  const sheet: SheetModel = { name: ws.name, originRow: 0, originCol: 0, values: [], merges: rects };
  if (bottom < 0) return sheet;
  sheet.originRow = top;
  sheet.originCol = left;
  const nRows = bottom - top + 1;
  const nCols = right - left + 1;

  const dense = nRows * nCols <= DENSE_LIMIT;
  const values: CellValue[][] = new Array(nRows);
  if (dense) for (let i = 0; i < nRows; i++) values[i] = new Array<CellValue>(nCols).fill(null);
  // Sparse: a row is created only when one of its cells needs a text or a number format.
  let text: string[][] | undefined;
  let numberFormats: string[][] | undefined;

  // Pass 2: values, display text, number formats.
  const lastRow = Math.min(bottom, rows.length - 1);
  for (let r = top; r <= lastRow; r++) {
    const cells = rows[r]?._cells;
    if (!cells) continue;
    const i = r - top;
    const lastCol = Math.min(right, cells.length - 1);
    for (let c = left; c <= lastCol; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const j = c - left;
      const type = cell.type;
      const code = cell.style?.numFmt;
      if (code && code !== "General") {
        if (!numberFormats) numberFormats = new Array(nRows);
        (numberFormats[i] ??= [])[j] = code;
      }
      if (type === T_NULL || type === T_MERGE) continue;

      let raw: unknown;
      switch (type) {
        case T_FORMULA:
          raw = typedFormula(cell) ?? cell.result ?? formulaText(cell);
          break;
        case T_STRING:
        case T_NUMBER:
        case T_DATE:
        case T_BOOLEAN:
        case T_RICH_TEXT: // { richText: [...] }
        case T_HYPERLINK: // { text, hyperlink }
        case T_ERROR: // { error: "#N/A" }
          raw = cell.value;
          break;
        case T_SHARED_STRING:
        default:
          raw = typeof cell.value === "string" ? cell.value : cell.text;
          break;
      }

      let value: CellValue;
      let shown: string | undefined;
      if (typeof raw === "string") {
        value = raw === "" ? null : raw;
      } else if (typeof raw === "number") {
        value = raw;
        // A number exceljs left alone under a format numfmt calls a date: shift 1904 serials.
        if (date1904 && code && formatter.isDate(code)) value = raw + DAYS_1904;
        shown = Number.isFinite(value) ? formatter.formatNumber(code, value) : "#NUM!";
      } else if (typeof raw === "boolean") {
        value = raw;
        shown = raw ? "TRUE" : "FALSE";
      } else if (raw instanceof Date) {
        const ms = raw.getTime();
        if (Number.isNaN(ms)) {
          value = null;
        } else {
          // exceljs made the Date as UTC from the serial (adding the 1904 offset itself); this is
          // its inverse in the 1900 system. Not a date format after all (per numfmt): give back the
          // stored number.
          value = UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
          if (date1904 && !(code && formatter.isDate(code))) value -= DAYS_1904;
          shown = formatter.formatNumber(code, value);
        }
      } else if (raw && typeof raw === "object") {
        value = objectValue(raw as Record<string, unknown>);
      } else {
        value = null;
      }
      if (dense) values[i][j] = value;
      else if (value !== null) (values[i] ??= [])[j] = value;
      if (shown !== undefined && shown !== String(value)) {
        if (!text) text = new Array(nRows);
        (text[i] ??= [])[j] = shown;
      }
    }
  }

  sheet.values = values;
  if (text) sheet.text = text;
  if (numberFormats) sheet.numberFormats = numberFormats;
  return sheet;
}

/** Rich text, hyperlink, error and other object values → their plain text. */
function objectValue(v: Record<string, unknown>): CellValue {
  if (Array.isArray(v.richText)) {
    const s = flattenRichText(v.richText);
    return s === "" ? null : s;
  }
  if ("error" in v) return typeof v.error === "string" ? v.error : "#VALUE!";
  if ("text" in v) {
    const t = v.text;
    if (typeof t === "string") return t === "" ? null : t;
    if (t && typeof t === "object") return objectValue(t as Record<string, unknown>);
    return null;
  }
  if ("result" in v) {
    const r = v.result;
    if (r === undefined || r === null) return null;
    if (typeof r === "string" || typeof r === "number" || typeof r === "boolean") return r;
    if (r instanceof Date) return UNIX_EPOCH_SERIAL + r.getTime() / MS_PER_DAY;
    return objectValue(r as Record<string, unknown>);
  }
  return null;
}

function flattenRichText(runs: unknown[]): string {
  let s = "";
  for (const run of runs) {
    const t = (run as { text?: unknown })?.text;
    if (typeof t === "string") s += t;
  }
  return s;
}

const NOT_BLANK = /[^\s\u00a0\u3000]/;

/**
 * A formula saved without its result (openpyxl writes any text starting with "=" as a formula and
 * computes nothing: a 指标值 "=100%" arrives so) is shown as the formula itself, which is what
 * the user typed, rather than as a blank cell.
 */
function formulaText(cell: RawCell): string | undefined {
  const f = (cell.value as { formula?: unknown } | null)?.formula;
  return typeof f === "string" && f !== "" ? `=${f}` : undefined;
}

/**
 * A 指标值 typed with a leading "=" ("=100%", "=12台") is a formula to a spreadsheet: LibreOffice
 * saves 1 or #NAME? for it, openpyxl nothing. What the user meant is the text typed, so a formula
 * that is only a percent literal, or whose result is an error and which names no cell or function,
 * reads as that text whichever program saved the file. ("=1/0" stays the error it is.)
 */
function typedFormula(cell: RawCell): string | undefined {
  const f = formulaText(cell);
  if (!f) return undefined;
  const body = f.slice(1).trim();
  if (/^[-+]?[0-9.]+\s*[%％]$/.test(body)) return f;
  const r = cell.result as { error?: unknown } | undefined;
  if (r && typeof r === "object" && "error" in r && !/[A-Za-z"']/.test(body) && /[\u0080-\uffff]/.test(body)) return f;
  return undefined;
}

function holdsSomething(cell: RawCell): boolean {
  const type = cell.type;
  if (type === T_NULL || type === T_MERGE) return false;
  // Whitespace alone does not widen the grid (a stray space far below the table).
  if (type === T_STRING) return typeof cell.value === "string" && NOT_BLANK.test(cell.value);
  if (type === T_FORMULA) {
    const r = cell.result;
    return (r !== undefined && r !== null && r !== "") || formulaText(cell) !== undefined;
  }
  return true;
}

function rawRows(ws: ExcelJS.Worksheet): (RawRow | undefined)[] {
  const internal = (ws as unknown as { _rows?: (RawRow | undefined)[] })._rows;
  if (Array.isArray(internal)) return internal;
  // Fallback through the public API (slower: builds the row list).
  const out: (RawRow | undefined)[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: (RawCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = cell as unknown as RawCell;
    });
    out[n - 1] = { _cells: cells };
  });
  return out;
}

function rawMerges(ws: ExcelJS.Worksheet): RawRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, RawRange | undefined> })._merges;
  if (internal && typeof internal === "object") {
    const out: RawRange[] = [];
    for (const key of Object.keys(internal)) {
      const m = internal[key];
      if (m) out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
    return out;
  }
  const ranges = (ws.model as { merges?: string[] }).merges ?? [];
  return ranges.map(parseRangeA1);
}

function parseRangeA1(range: string): RawRange {
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function parseCell(a1: string): { row: number; col: number } {
  const m = /^([A-Za-z]+)(\d+)$/.exec(a1.trim());
  if (!m) return { row: 1, col: 1 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
