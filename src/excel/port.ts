import { WorkbookModel } from "../engine/sheet";
import { CheckConfig, Finding } from "../engine/rule";
import { WorkbookResult } from "../engine/check";
import type { PlanCell, PlanValidation, SheetPlan } from "../engine/sheet-plan";
import type { RowInsert } from "../engine/fill-rows";

/**
 * Everything the task pane asks of Excel, as one interface. The Office.js adapter implements it
 * (src/excel/office-workbook.ts); components receive it as a prop and never touch Office.js.
 */
export interface ReadProgress {
  sheetsDone: number;
  sheetsTotal: number;
}

export interface ReadResult {
  workbook: WorkbookModel;
  /** Sheets that could not be read in full (past Excel's 5-million-cell read limit, …). */
  skipped: { sheet: string; reason: string }[];
  /** Sheets that are protected: read and checked, never written. */
  protectedSheets: string[];
}

export interface HighlightResult {
  /** Cells highlighted. */
  cells: number;
  /** Protected sheets left unmarked (their findings are still listed in the pane). */
  skippedSheets: string[];
  /** Whether notes (ExcelApi 1.18) carried the messages, or only the pane does. */
  notes: boolean;
}

export interface TableChange {
  sheet: string;
  /** The changed address as Excel reported it ("C7", "B2:D9"). */
  address: string;
  /** "Remote": a co-author's edit. The pane re-checks it, and never writes because of it. */
  source?: "Local" | "Remote";
}

/** Parts of a sheet plan some Excel builds do not take; a new sheet is complete without them. */
export type PlanFeature = "indent" | "dropdown" | "dropdownMessages" | "print" | "notes";

export interface WritePlanResult {
  /** The new sheet's name: the plan's, made unique among the workbook's sheets (" (2)", …). */
  sheet: string;
  /** Parts of the plan this Excel did not take (an API it lacks or refused). */
  skipped: PlanFeature[];
}

/**
 * What filling a template in place did. Anything but "written" wrote nothing at all:
 * "protected" the sheet is protected; "missing" the sheet is gone; "changed" target cells are no
 * longer blank (someone typed there since the fill was planned): they are listed.
 */
export type FillCellsResult =
  | { status: "written"; sheet: string; cells: number }
  | { status: "protected"; sheet: string }
  | { status: "missing"; sheet: string }
  | { status: "changed"; sheet: string; cells: { cell: string; text: string }[] };

export type AddDropdownsResult =
  | { status: "written"; sheet: string; skipped: PlanFeature[] }
  | { status: "protected"; sheet: string }
  | { status: "missing"; sheet: string }
  /** Excel below ExcelApi 1.8 has no data validation. */
  | { status: "unsupported"; sheet: string };

/** What inserting a template's missing rows did; anything but "inserted" changed nothing. */
export type InsertRowsResult =
  { status: "inserted"; sheet: string; rows: number } | { status: "protected"; sheet: string } | { status: "missing"; sheet: string };

export interface ExcelPort {
  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<ReadResult>;
  /**
   * Re-read one sheet only (after an edit). `formulas`: the model also holds the cells' formulas,
   * in the same syncs (更新当前表 keeps a user's formula unless told otherwise).
   */
  readSheet(sheet: string, options?: { formulas?: boolean }): Promise<ReadResult>;
  /** Mark the findings' cells; replaces the marks of an earlier apply on the same sheets. */
  applyHighlights(findings: Finding[], sheets?: string[]): Promise<HighlightResult>;
  /** Restore every cell the add-in marked to exactly what it was (fill, "no fill", notes). */
  clearHighlights(sheets?: string[]): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Unless the active sheet is one of `sheets`, activates the first visible one of them; returns it,
   * or null when nothing changed. Optional: a port without it leaves the active sheet alone.
   */
  activateFirstOf?(sheets: string[]): Promise<string | null>;
  loadSettings(): Promise<CheckConfig | undefined>;
  saveSettings(config: CheckConfig): Promise<void>;
  /** Call back (debounced by the caller) when the user edits a cell; returns an unsubscribe. */
  watchChanges(onChange: (c: TableChange) => void): Promise<() => Promise<void>>;
  /**
   * Write a report sheet with a link to each finding's cell; returns the sheet's name. `replace`: the
   * earlier report (existingReport) whose content is replaced in place, same sheet, same position.
   */
  writeReport(result: WorkbookResult, options?: { replace?: string }): Promise<string>;
  /** The add-in's earlier report sheet, if any (asked before a second export replaces it); optional. */
  existingReport?(): Promise<string | null>;
  /** Write a sheet plan to a NEW sheet (its name made unique), activate it. Two syncs. */
  writePlan(plan: SheetPlan): Promise<WritePlanResult>;
  /** Several plans, one new sheet each (batch generation); two syncs for a usual batch. */
  writePlans(plans: SheetPlan[]): Promise<WritePlanResult[]>;
  /**
   * Write planFill's writes into `sheet`, into blank cells only: re-reads the target cells first and
   * writes nothing if any is no longer blank, or if the sheet is protected. Two syncs.
   */
  fillCells(sheet: string, writes: PlanCell[]): Promise<FillCellsResult>;
  /**
   * Write planFill's `overwrite` writes into `sheet` (更新当前表): re-reads the target cells in the
   * same run and writes nothing unless each replaced cell still shows what the plan saw (`was`) and
   * each other target is still blank ("changed" lists the cells), or if the sheet is protected. Two syncs.
   */
  updateCells(sheet: string, writes: PlanCell[]): Promise<FillCellsResult>;
  /** Add list dropdowns to cells of an existing sheet (data validation only; replaces theirs). Two syncs. */
  addDropdowns(sheet: string, validations: PlanValidation[]): Promise<AddDropdownsResult>;
  /**
   * Insert the rows a template lacks (planRowInserts) in its style: whole rows inserted with shift
   * down (formats from the row above, as Excel's insert does), that row's height, its one-row
   * merges, the block's merged labels extended over them. Two syncs.
   */
  insertRows(sheet: string, inserts: RowInsert[]): Promise<InsertRowsResult>;
  /** The wizard's saved draft (workbook settings), if any; optional: a port without it keeps none. */
  loadDraft?(): Promise<unknown>;
  /** Keep the wizard's draft in the workbook; null removes it. */
  saveDraft?(draft: unknown): Promise<void>;
  /** The active worksheet's name. One sync. */
  activeSheetName(): Promise<string>;
  /** The visible worksheets' names, in tab order. One sync. */
  sheetNames(): Promise<string[]>;
}
