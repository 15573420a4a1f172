import { WorkbookModel, SheetGrid } from "./sheet";
import { TableModel } from "./model";
import { findTables } from "./detect";
import { Finding, CheckConfig } from "./rule";
import { TableSummary } from "./summary-types";
import { runRules } from "./runner";
import { summarizeTable } from "./summary";
import { resolveYear } from "./year";

export interface WorkbookResult {
  name?: string;
  tables: TableModel[];
  summaries: TableSummary[];
  findings: Finding[];
}

export interface CheckOptions {
  /** Compare goals across every workbook of the batch, not only within one (`--across-files`). */
  acrossFiles?: boolean;
}

export interface ParsedWorkbook {
  workbook: WorkbookModel;
  grids: Map<string, SheetGrid>;
  tables: TableModel[];
}

/** Detect and parse every table of a workbook; no checking. */
export function parseWorkbook(workbook: WorkbookModel): ParsedWorkbook {
  const grids = new Map<string, SheetGrid>();
  const tables: TableModel[] = [];
  for (const sheet of workbook.sheets) {
    const grid = new SheetGrid(sheet);
    grids.set(sheet.name, grid);
    for (const t of findTables(grid)) tables.push({ ...t, index: tables.length });
  }
  return { workbook, grids, tables };
}

/** Check one workbook: every table, plus the workbook-wide rules among its tables. */
export function checkWorkbook(workbook: WorkbookModel, config: CheckConfig = {}): WorkbookResult {
  return checkWorkbooks([workbook], config)[0];
}

/** Check several workbooks in one run; workbook-wide rules span them all when acrossFiles. */
export function checkWorkbooks(workbooks: WorkbookModel[], config: CheckConfig = {}, options: CheckOptions = {}): WorkbookResult[] {
  const parsed = workbooks.map(parseWorkbook);
  const findings = runRules(parsed, config, !!options.acrossFiles);
  return parsed.map((p, i) => {
    const result = { name: p.workbook.name, tables: p.tables, findings: findings[i] } as WorkbookResult;
    // The JSON view of each table is needed for --format json and the wizard, not for a check:
    // computed on first use.
    let summaries: TableSummary[] | undefined;
    Object.defineProperty(result, "summaries", {
      enumerable: true,
      get: () => (summaries ??= p.tables.map((t) => summarizeTable(t, p.grids.get(t.sheet)!, config, resolveYear(t, p.workbook, config)))),
    });
    return result;
  });
}
