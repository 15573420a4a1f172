/**
 * The ExcelPort over Office.js: the pane's only way into Excel. Each method is one Excel.run in a
 * module of its own (read-workbook, highlights, watch-changes, write-report, config-settings,
 * select-cell); this file only wires them together and holds what they share:
 *   - the WriteGuard, so the change watcher ignores the add-in's own writes on Excel below 1.14;
 *   - the worksheet id → name cache, refreshed by reads and used by the watcher.
 * Nothing else is kept in memory: the highlight record lives in the workbook, so a new port (a
 * reopened file, a reloaded pane) clears what an old one marked.
 */

import type { CheckConfig, Finding } from "../engine/rule";
import type { WorkbookResult } from "../engine/check";
import type {
  AddDropdownsResult,
  ExcelPort,
  FillCellsResult,
  HighlightResult,
  InsertRowsResult,
  ReadProgress,
  ReadResult,
  TableChange,
  WritePlanResult,
} from "./port";
import type { RowInsert } from "../engine/fill-rows";
import type { PlanCell, PlanValidation, SheetPlan } from "../engine/sheet-plan";
import { ReadOptions, readSheet, readWorkbook } from "./read-workbook";
import { applyHighlights, clearHighlights } from "./highlights";
import { watchChanges } from "./watch-changes";
import { existingReport, writeReport } from "./write-report";
import { loadSettings, saveSettings } from "./config-settings";
import { activateFirstOf, selectCell } from "./select-cell";
import { SheetIdCache } from "./sheet-ids";
import { WriteGuard } from "./write-guard";
import { fillCells, insertRows, updateCells, writePlans } from "./write-plan";
import { addDropdowns } from "./add-dropdowns";
import { loadDraft, saveDraft } from "./draft-settings";
import { activeSheetName, sheetNames } from "./sheet-list";

export interface OfficePortOptions {
  /** Reading: payload budget, first per-cell guess, cell limit, hidden sheets (see ReadOptions). */
  read?: ReadOptions;
  /** At most this many cells marked per apply (default: every finding's cell). */
  maxHighlightCells?: number;
  /** After a write, how long events without triggerSource (Excel below 1.14) count as ours. Default 300 ms. */
  eventGraceMs?: number;
  /** Clock for the report's time stamp. */
  now?: () => Date;
}

export function createOfficePort(options: OfficePortOptions = {}): ExcelPort {
  const guard = new WriteGuard(options.eventGraceMs ?? 300);
  const ids = new SheetIdCache();
  const read = options.read ?? {};
  const highlight = { guard, maxCells: options.maxHighlightCells, budgetBytes: read.budgetBytes };

  return {
    readWorkbook: (onProgress?: (p: ReadProgress) => void): Promise<ReadResult> => readWorkbook(read, onProgress, ids),
    readSheet: (sheet: string, o?: { formulas?: boolean }): Promise<ReadResult> => readSheet(sheet, { ...read, ...o }, ids),
    applyHighlights: (findings: Finding[], sheets?: string[]): Promise<HighlightResult> => applyHighlights(findings, sheets, highlight),
    clearHighlights: (sheets?: string[]): Promise<void> => clearHighlights(sheets, highlight),
    select: (sheet: string, cell: string): Promise<void> => selectCell(sheet, cell),
    activateFirstOf: (sheets: string[]): Promise<string | null> => activateFirstOf(sheets),
    loadSettings: (): Promise<CheckConfig | undefined> => loadSettings(),
    saveSettings: (config: CheckConfig): Promise<void> => guard.around(() => saveSettings(config)),
    watchChanges: (onChange: (c: TableChange) => void): Promise<() => Promise<void>> => watchChanges(onChange, ids, guard),
    writeReport: (result: WorkbookResult, o?: { replace?: string }): Promise<string> => writeReport(result, { guard, now: options.now, replace: o?.replace }),
    existingReport: (): Promise<string | null> => existingReport(),
    writePlan: async (plan: SheetPlan): Promise<WritePlanResult> => (await writePlans([plan], { guard }))[0],
    writePlans: (plans: SheetPlan[]): Promise<WritePlanResult[]> => writePlans(plans, { guard }),
    fillCells: (sheet: string, writes: PlanCell[]): Promise<FillCellsResult> => fillCells(sheet, writes, { guard }),
    updateCells: (sheet: string, writes: PlanCell[]): Promise<FillCellsResult> => updateCells(sheet, writes, { guard }),
    addDropdowns: (sheet: string, validations: PlanValidation[]): Promise<AddDropdownsResult> => addDropdowns(sheet, validations, { guard }),
    insertRows: (sheet: string, inserts: RowInsert[]): Promise<InsertRowsResult> => insertRows(sheet, inserts, { guard }),
    loadDraft: (): Promise<unknown> => loadDraft(),
    saveDraft: (draft: unknown): Promise<void> => guard.around(() => saveDraft(draft)),
    activeSheetName: (): Promise<string> => activeSheetName(),
    sheetNames: (): Promise<string[]> => sheetNames(),
  };
}
