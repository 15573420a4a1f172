import type { PageLayoutModel } from "./page-layout";
/**
 * The plain-data workbook behind the fake Excel host. Everything here is JSON: a test builds a
 * workbook from it, the host mutates it only inside `context.sync()` (or through the test helpers),
 * and `snapshotWorkbook` returns a canonical deep copy for before/after comparisons.
 *
 * Cells are keyed by A1 address ("B3"). A missing cell, or a cell without `value`, is empty.
 * Absent format fields mean Excel's defaults (see DEFAULTS).
 */

import { cellKey, parseCellKey, parseRect, formatRect, Rect, rectWithin } from "./a1";

export type CellValue = string | number | boolean;

export type FillPattern =
  | "None"
  | "Solid"
  | "Gray50"
  | "Gray75"
  | "Gray25"
  | "Horizontal"
  | "Vertical"
  | "Down"
  | "Up"
  | "Checker"
  | "SemiGray75"
  | "LightHorizontal"
  | "LightVertical"
  | "LightDown"
  | "LightUp"
  | "Grid"
  | "CrissCross"
  | "Gray16"
  | "Gray8"
  | "LinearGradient"
  | "RectangularGradient";

/** A real fill. "No fill" is represented by the absence of `fill`. */
export interface FillModel {
  /** "#RRGGBB", upper case. */
  color: string;
  /** Default "Solid". */
  pattern?: FillPattern;
  /** Default 0. */
  tintAndShade?: number;
}

export interface FontModel {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB". */
  color?: string;
  name?: string;
  size?: number;
  underline?: "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant";
  strikethrough?: boolean;
}

export type BorderStyle = "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot";
export type BorderWeight = "Hairline" | "Thin" | "Medium" | "Thick";

export interface BorderModel {
  style: BorderStyle;
  weight?: BorderWeight;
  color?: string;
}

export type EdgeName = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";

export type HorizontalAlignment = "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";
export type VerticalAlignment = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";

/** A data-validation rule as Excel's `DataValidationRule` JSON (only one criterion key). */
export type DataValidationRuleModel = Record<string, unknown>;

export interface CellModel {
  /** Raw value; "" or absent = empty. For formula cells, the cached result. */
  value?: CellValue;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  /** Displayed text as Excel showed it; overrides the computed display. Dropped when the add-in writes the cell. */
  text?: string;
  /** Default "General". */
  numberFormat?: string;
  fill?: FillModel;
  font?: FontModel;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  wrapText?: boolean;
  borders?: Partial<Record<EdgeName, BorderModel>>;
  dataValidation?: { rule: DataValidationRuleModel; ignoreBlanks?: boolean };
  /** Excel's RangeHyperlink JSON (ExcelApi 1.7). */
  hyperlink?: HyperlinkModel;
  /** `false`: the cell is unlocked (Format Cells → Protection), editable on a protected sheet. Excel's default is locked. */
  locked?: false;
}

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface NoteModel {
  content: string;
  authorName?: string;
}

export interface CommentModel {
  id: string;
  /** Cell key, "B3". */
  cell: string;
  content: string;
  authorName?: string;
  authorEmail?: string;
  /** ISO date-time. */
  creationDate?: string;
  resolved?: boolean;
}

/**
 * A conditional format (ExcelApi 1.6; on RangeAreas 1.9). Only the custom (formula) kind is
 * modelled. `ranges` is its "Applies to", A1 rectangles; Excel moves them with the cells.
 */
export interface ConditionalFormatModel {
  id: string;
  type: "Custom";
  ranges: string[];
  /** "=…", in English (the rule's `formula`). */
  formula: string;
  /** Fill colour "#RRGGBB" shown while the rule holds. */
  fill?: string;
  fontColor?: string;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetModel {
  name: string;
  /** Stable id; the host assigns "{00000000-0001-0000-0000-000000000000}"-style ids when absent. */
  id?: string;
  visibility?: SheetVisibility;
  cells: Record<string, CellModel>;
  /** Merged areas, "A1:C1". */
  merges?: string[];
  protected?: boolean;
  /**
   * The file's own protection settings (<sheetProtection>: password hash, what users may still do),
   * carried unchanged from an opened .xlsx to its download; the host itself only reads `protected`.
   */
  protectionOptions?: Record<string, string | number | boolean>;
  /** Column widths in points, keyed by column letters ("A"). Default DEFAULTS.columnWidth. */
  columnWidths?: Record<string, number>;
  /** Row heights in points, keyed by 1-based row number ("3"). Default DEFAULTS.rowHeight. */
  rowHeights?: Record<string, number>;
  /** Notes (ExcelApi 1.18), keyed by cell ("B3"). */
  notes?: Record<string, NoteModel>;
  /** Threaded comments (ExcelApi 1.10). */
  comments?: CommentModel[];
  /** The sheet's selected range ("A1" when absent). */
  selection?: string;
  tabColor?: string;
  frozenRows?: number;
  frozenColumns?: number;
  /** In priority order (first wins). */
  conditionalFormats?: ConditionalFormatModel[];
  /** Print setup (ExcelApi 1.9 Worksheet.pageLayout; src/demo/host/page-layout.ts). */
  pageLayout?: PageLayoutModel;
}

export interface CustomXmlPartModel {
  id: string;
  xml: string;
}

export interface WorkbookModel {
  /** File name reported by `workbook.name`. */
  name?: string;
  sheets: SheetModel[];
  /** Name of the active sheet (first visible sheet when absent). */
  activeSheet?: string;
  /** Workbook settings (`workbook.settings`), JSON values. */
  settings?: Record<string, unknown>;
  customXmlParts?: CustomXmlPartModel[];
}

/** Excel's defaults, as the host reports them for cells and sheets without explicit formats. */
export const DEFAULTS = {
  numberFormat: "General",
  fontName: "Calibri",
  fontSize: 11,
  fontColor: "#000000",
  /** Default column width in points (8.43 characters of Calibri 11 = 64 px). */
  columnWidth: 48,
  /** Default row height in points (20 px). */
  rowHeight: 15,
  horizontalAlignment: "General" as HorizontalAlignment,
  verticalAlignment: "Bottom" as VerticalAlignment,
  borderColor: "#000000",
};

// ---------------------------------------------------------------------------------------------
// Building a workbook

/**
 * Cells from rows of values, starting at `origin` (default "A1"). `null`/`undefined`/"" leave a cell empty.
 *   cellsFromRows([["项目名称", "x"], [null, 0.25]]) → { A1: {value:"项目名称"}, B1: {value:"x"}, B2: {value:0.25} }
 */
export function cellsFromRows(rows: ReadonlyArray<ReadonlyArray<CellValue | null | undefined>>, origin = "A1"): Record<string, CellModel> {
  const o = parseCellKey(origin);
  const cells: Record<string, CellModel> = {};
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      cells[cellKey(o.row + r, o.col + c)] = { value: v };
    }),
  );
  return cells;
}

/** A one-sheet-or-more workbook from plain rows: `workbookFromRows({ Sheet1: [[1, 2], [3, 4]] })`. */
export function workbookFromRows(sheets: Record<string, ReadonlyArray<ReadonlyArray<CellValue | null | undefined>>>): WorkbookModel {
  return { sheets: Object.entries(sheets).map(([name, rows]) => ({ name, cells: cellsFromRows(rows) })) };
}

// ---------------------------------------------------------------------------------------------
// Snapshots

function isEmptyCell(c: CellModel): boolean {
  return Object.keys(c).length === 0 || Object.values(c).every((v) => v === undefined);
}

function clean<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    out[k] = v;
  }
  return out as T;
}

function sortedCells(cells: Record<string, CellModel>): Record<string, CellModel> {
  const keys = Object.keys(cells).filter((k) => !isEmptyCell(cells[k]));
  const pos = new Map(keys.map((k) => [k, parseCellKey(k)]));
  keys.sort((a, b) => {
    const pa = pos.get(a)!;
    const pb = pos.get(b)!;
    return pa.row - pb.row || pa.col - pb.col;
  });
  const out: Record<string, CellModel> = {};
  for (const k of keys) out[k] = JSON.parse(JSON.stringify(clean(cells[k])));
  return out;
}

/**
 * A canonical deep copy: empty cells dropped, cells in row-major order, merges sorted, undefined fields
 * removed. Two workbooks with the same content produce `toEqual` snapshots.
 */
export function snapshotWorkbook(wb: WorkbookModel): WorkbookModel {
  const copy: WorkbookModel = JSON.parse(JSON.stringify(wb));
  copy.sheets = copy.sheets.map((s) => {
    const out: SheetModel = { ...s, cells: sortedCells(s.cells) };
    if (out.merges) out.merges = [...out.merges].sort();
    if (out.notes && Object.keys(out.notes).length === 0) delete out.notes;
    if (out.comments && out.comments.length === 0) delete out.comments;
    if (out.merges && out.merges.length === 0) delete out.merges;
    if (out.conditionalFormats && out.conditionalFormats.length === 0) delete out.conditionalFormats;
    return out;
  });
  if (copy.customXmlParts && copy.customXmlParts.length === 0) delete copy.customXmlParts;
  return copy;
}

/** Plain copy of every non-empty cell's value (2-D, from A1 to the last used cell) — handy in tests. */
export function sheetValues(sheet: SheetModel): CellValue[][] {
  let rows = 0;
  let cols = 0;
  for (const [k, c] of Object.entries(sheet.cells)) {
    if (c.value === undefined || c.value === "") continue;
    const p = parseCellKey(k);
    rows = Math.max(rows, p.row + 1);
    cols = Math.max(cols, p.col + 1);
  }
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) row.push(sheet.cells[cellKey(r, c)]?.value ?? "");
    out.push(row);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Validation of input models (test fixtures): throws plain Errors that name the problem.

export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string") return "a sheet name must be a string";
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > 31) return "a sheet name cannot be longer than 31 characters";
  if (/[[\]:*?/\\]/.test(name)) return "a sheet name cannot contain : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is a reserved sheet name';
  return null;
}

export function parseMerge(text: string): Rect {
  const r = parseRect(text);
  if (!r) throw new Error(`Bad merged area: ${text}`);
  return r;
}

/** Checks and canonicalises an input model in place (ids, keys, colours). Throws on bad fixtures. */
export function normalizeWorkbook(wb: WorkbookModel, newId: () => string): WorkbookModel {
  const seen = new Set<string>();
  const ids = new Set<string>();
  if (!Array.isArray(wb.sheets)) throw new Error("workbook.sheets must be an array");
  for (const s of wb.sheets) {
    const problem = sheetNameProblem(s.name);
    if (problem) throw new Error(`Bad sheet name ${JSON.stringify(s.name)}: ${problem}`);
    const lower = s.name.toLowerCase();
    if (seen.has(lower)) throw new Error(`Duplicate sheet name ${s.name}`);
    seen.add(lower);
    if (!s.id) s.id = newId();
    if (ids.has(s.id)) throw new Error(`Duplicate sheet id ${s.id}`);
    ids.add(s.id);
    s.cells = s.cells ?? {};
    const cells: Record<string, CellModel> = {};
    for (const [k, c] of Object.entries(s.cells)) {
      const p = parseCellKey(k.replace(/\$/g, "").toUpperCase());
      const cell: CellModel = { ...c };
      if (cell.fill) cell.fill = { ...cell.fill, color: cell.fill.color.toUpperCase() };
      if (cell.font?.color) cell.font = { ...cell.font, color: cell.font.color.toUpperCase() };
      cells[cellKey(p.row, p.col)] = cell;
    }
    s.cells = cells;
    if (s.merges) {
      const rects = s.merges.map(parseMerge);
      rects.forEach((a, i) =>
        rects.forEach((b, j) => {
          if (i < j && !(a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left))
            throw new Error(`Overlapping merged areas ${formatRect(a)} and ${formatRect(b)} on ${s.name}`);
        }),
      );
      s.merges = rects.filter((r) => r.top !== r.bottom || r.left !== r.right).map(formatRect);
      // Excel keeps only the top-left value of a merged area.
      for (const r of rects) {
        for (const k of Object.keys(s.cells)) {
          const p = parseCellKey(k);
          if (rectWithin({ top: p.row, left: p.col, bottom: p.row, right: p.col }, r) && (p.row !== r.top || p.col !== r.left)) {
            const c = s.cells[k];
            if (c.value !== undefined && c.value !== "") throw new Error(`${s.name}!${k} holds a value but is inside merged area ${formatRect(r)}`);
          }
        }
      }
    }
  }
  if (wb.activeSheet !== undefined && !wb.sheets.some((s) => s.name === wb.activeSheet)) throw new Error(`activeSheet ${wb.activeSheet} is not a sheet`);
  return wb;
}
