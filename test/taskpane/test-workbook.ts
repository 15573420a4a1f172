import { CellValue } from "../../src/engine/sheet";
import { ExcelPort } from "../../src/excel/port";
import { CheckConfig } from "../../src/engine/rule";

/** What a pane test needs of a workbook behind the pane: the port, and the state to assert on. */
export interface TestWorkbook {
  port: ExcelPort;
  /** The selected cell (the active sheet and its selected range); null until something is selected. */
  selection(): { sheet: string; cell: string } | null;
  /** Cells the add-in has marked on a sheet, sorted by address. */
  marked(sheet: string): string[];
  /** The settings saved in the document, or undefined. */
  savedSettings(): CheckConfig | undefined;
  /** The active sheet's name. */
  activeSheet(): string | undefined;
  /** Sheet names, in order (report sheets included). */
  sheetNames(): string[];
  /** Values of a sheet's cells by address ("A1" → value), non-empty cells only. */
  cells(sheet: string): Record<string, CellValue>;
  /** A cell's list dropdown (data validation): its source, or undefined when the cell has none. */
  dropdown(sheet: string, cell: string): string | undefined;
  /**
   * A user's edit: sets one cell and fires the change event (unless `silent`: a change no event
   * reports). Resolves once the event handlers have run (the host's userEdit is asynchronous).
   */
  edit(sheet: string, cell: string, value: CellValue, opts?: { silent?: boolean }): Promise<void>;
  /** Holds full reads after the first sheet (as a slow host would) until `release()`. */
  holdReads(): { release(): void };
}

export interface TestWorkbookOptions {
  /** Protected sheets: read and checked, never written. */
  protectedSheets?: string[];
  /** Settings already saved in the document. */
  settings?: CheckConfig;
  /** Whether the host has notes (ExcelApi 1.18); default true. */
  notes?: boolean;
}
