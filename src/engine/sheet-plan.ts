import type { Rect } from "./address";
import type { CellValue } from "./sheet";

/**
 * A sheet plan: how the engine says "write this" (architecture.md). Host-neutral and plain data
 * (JSON-serialisable): the command line applies it through exceljs (src/file/write-plan.ts), the
 * add-in through Office.js, tests turn it into a SheetModel (planToSheetModel). Neither shell
 * decides anything about 绩效目标表: every value, merge, width, format and validation is here.
 *
 * Coordinates are zero-based and absolute (row 0 = Excel row 1, col 0 = column A), as everywhere
 * in the engine. Units are Excel's: column widths in characters of the default font, row heights
 * in points.
 */

export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "middle" | "bottom";

/** A named cell style. Every cell of a plan names one; the plan's `styles` holds them. */
export interface PlanStyle {
  font: { name: string; size: number; bold?: boolean };
  horizontal: HorizontalAlign;
  vertical: VerticalAlign;
  wrap: boolean;
  /** Indent from the aligned edge, in Excel's indent steps (numbers keep off the right border). */
  indent?: number;
  /** Thin black borders on all four sides (the bordered block); none for the title rows. */
  border: "thin" | "none";
}

export interface PlanCell {
  row: number;
  col: number;
  /**
   * The value to write; for a formula, its result (write it as the cached result, so that a
   * reader that does not calculate, and the checker, see the same number Excel will show).
   * null writes nothing (a styled blank cell of the bordered block).
   */
  value: CellValue;
  /** A formula without the leading "=", in A1 notation, English function names: "SUM(E4,G4)". */
  formula?: string;
  /** Excel number format code; absent means leave/General. Percentages: "0%" or "0.0%". */
  numberFormat?: string;
  /**
   * The value is text and must stay text even if it looks like a number, a date or a formula
   * ("≥20人", "=100%", "2023年12月31日前"). Office.js: write it with numberFormat "@" or a leading
   * apostrophe; exceljs writes strings as text anyway.
   */
  asText?: boolean;
  /** Key into SheetPlan.styles; absent for writes into an existing template (planFill). */
  style?: string;
  /**
   * planFill only: the template placeholder the cell holds now ("XX人"), which the write replaces.
   * Absent: the cell is blank. A host writes only when the cell still holds exactly this.
   */
  replaces?: string;
  /**
   * planFill with `overwrite` only: what the cell showed when the update was planned (its displayed
   * text). The host writes it only if the cell still shows exactly that (a co-author's edit wins).
   */
  was?: string;
  /**
   * planFill with `overwrite` only: the formula the user wrote in the cell ("=B5*0.3"), which this
   * write would replace by a constant. Written only when the user chose to replace formulas, and a
   * host writes it only while the cell still holds exactly that formula.
   */
  overFormula?: string;
  /**
   * planFill only: the merged area the cell anchors (absent: the cell alone). A host that knows the
   * template's column widths and row heights grows rows the text would overflow (fillRowHeights).
   */
  area?: Rect;
  /** The project spec field this cell shows ("name", "budget.parts[1].amount", "indicators[3].value"). */
  path?: string;
  /** A note (Excel's yellow cell note) to attach, where the host has notes; already carries NOTE_MARKER. */
  note?: string;
}

/** A list dropdown (data validation) on a set of cells. */
export interface PlanValidation {
  /** The cells it applies to (each a rectangle, zero-based). */
  ranges: Rect[];
  type: "list";
  /** The allowed values, in order. */
  values: string[];
  /**
   * The same as Excel wants it for a literal list: comma-separated, no quotes. Always at most 255
   * characters (Excel's limit for a list literal); layoutSpec never emits a longer one.
   */
  source: string;
  allowBlank: boolean;
  /** "warning": other text may still be typed after a warning (synonyms such as 效果指标). */
  errorStyle: "stop" | "warning" | "information";
  promptTitle?: string;
  prompt?: string;
  errorTitle?: string;
  error?: string;
}

export interface PrintSetup {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** Fit to one page wide, as many pages tall as needed (fitToHeight 0). */
  fitToWidth: number;
  fitToHeight: number;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  horizontalCentered: boolean;
  /** The area to print: the table. */
  printArea: Rect;
  /** Rows repeated at the top of every printed page (the title and year line), zero-based, inclusive. */
  titleRows?: { top: number; bottom: number };
}

export interface SheetPlan {
  /** The sheet to write to (for a new sheet: already a valid, unique Excel sheet name). */
  sheetName: string;
  /** The table's range: from the title cell to the block's bottom-right cell. */
  range: Rect;
  /** Every cell of the table, blanks of the bordered block included (they carry borders). */
  cells: PlanCell[];
  merges: Rect[];
  /** Column widths in Excel character units. */
  columns: { col: number; width: number }[];
  /** Row heights in points, for rows that need more than the default (wrapped text, the title). */
  rows: { row: number; height: number }[];
  styles: Record<string, PlanStyle>;
  validations: PlanValidation[];
  print: PrintSetup;
  /** A new sheet goes right after this sheet when the workbook has it (a 自评表 beside its target table); else at the end. */
  after?: string;
}

/** Excel's limit on a data-validation list written as a literal ("a,b,c"). */
export const LIST_LITERAL_LIMIT = 255;

/** The print setup of a table the engine writes: A4 portrait, one page wide, centred, the table as print area. */
export function a4FitToWidth(printArea: Rect): PrintSetup {
  return {
    paperSize: "A4",
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
    printArea,
  };
}
