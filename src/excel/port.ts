import { WorkbookModel } from "../engine/sheet";
import { CheckConfig, Finding } from "../engine/rule";
import { WorkbookResult } from "../engine/check";

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
}

export interface ExcelPort {
  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<ReadResult>;
  /** Re-read one sheet only (after an edit). */
  readSheet(sheet: string): Promise<ReadResult>;
  /** Mark the findings' cells; replaces the marks of an earlier apply on the same sheets. */
  applyHighlights(findings: Finding[], sheets?: string[]): Promise<HighlightResult>;
  /** Restore every cell the add-in marked to exactly what it was (fill, "no fill", notes). */
  clearHighlights(sheets?: string[]): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<CheckConfig | undefined>;
  saveSettings(config: CheckConfig): Promise<void>;
  /** Call back (debounced by the caller) when the user edits a cell; returns an unsubscribe. */
  watchChanges(onChange: (c: TableChange) => void): Promise<() => Promise<void>>;
  /** Write a report sheet with a link to each finding's cell; returns the sheet's name. */
  writeReport(result: WorkbookResult): Promise<string>;
}
