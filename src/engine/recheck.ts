import { SheetGrid, WorkbookModel } from "./sheet";
import { TableModel } from "./model";
import { findTables } from "./detect";
import { CheckConfig, Finding, Rule } from "./rule";
import { Rect, parseRange } from "./address";
import { combine, runRules } from "./runner";
import { rules as registry } from "./rules";
import { summarizeTable } from "./summary";
import { resolveYear } from "./year";
import type { WorkbookResult } from "./check";

/** A cell range the user edited ("C7", "B2:D9"), as Excel reports it. */
export interface Change {
  sheet: string;
  address: string;
}

export interface RecheckResult extends WorkbookResult {
  /** Indices (in the new result) of the tables whose table rules ran again. */
  rechecked: number[];
}

const sameRect = (a: Rect, b: Rect) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
const meets = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function rectOf(address: string): Rect | undefined {
  try {
    return parseRange(address);
  } catch {
    return undefined; // whole rows or columns ("3:3", "C:C"): treat as touching every table of the sheet
  }
}

/**
 * After an edit: re-detect the edited sheets only, run the table rules again on the tables the
 * edit touched (or that changed shape), keep every other table's findings as they were, and run
 * the workbook-wide rules (goals copied between tables) over everything. Gives the same findings
 * as checking the whole workbook again, for a fraction of the work on large workbooks.
 */
export function recheckWorkbook(
  previous: WorkbookResult,
  workbook: WorkbookModel,
  changes: Change[],
  config: CheckConfig = {},
  all: Rule[] = registry,
): RecheckResult {
  const changedSheets = new Set(changes.map((c) => c.sheet));
  const grids = new Map<string, SheetGrid>();
  const tables: TableModel[] = [];
  /** new table → its index in the previous result, when it is the same table unchanged */
  const carriedFrom = new Map<TableModel, number>();
  for (const sheet of workbook.sheets) {
    const grid = new SheetGrid(sheet);
    grids.set(sheet.name, grid);
    const before = previous.tables.filter((t) => t.sheet === sheet.name);
    if (!changedSheets.has(sheet.name)) {
      for (const t of before) {
        const moved = { ...t, index: tables.length };
        carriedFrom.set(moved, t.index);
        tables.push(moved);
      }
      continue;
    }
    const rects = changes.filter((c) => c.sheet === sheet.name).map((c) => rectOf(c.address));
    for (const found of findTables(grid)) {
      const t = { ...found, index: tables.length };
      tables.push(t);
      const same = before.find((b) => sameRect(b.range, t.range));
      const touched = rects.some((r) => !r || meets(r, t.range));
      if (same && !touched) carriedFrom.set(t, same.index);
    }
  }

  const only = new Set(tables.filter((t) => !carriedFrom.has(t)));
  const parsed = { workbook, grids, tables };
  const fresh = runRules([parsed], config, false, all, { only })[0];

  const workbookRules = new Set(all.filter((r) => r.scope === "workbook").map((r) => r.meta.id));
  const byPrevious = new Map<number, TableModel>();
  for (const [t, i] of carriedFrom) byPrevious.set(i, t);
  const carried: Finding[] = [];
  for (const f of previous.findings) {
    const t = byPrevious.get(f.tableIndex);
    if (!t || workbookRules.has(f.rule)) continue;
    carried.push({ ...f, tableIndex: t.index });
  }

  return {
    name: workbook.name ?? previous.name,
    tables,
    summaries: tables.map((t) => {
      const from = carriedFrom.get(t);
      if (from !== undefined && previous.summaries[from]) return previous.summaries[from];
      return summarizeTable(t, grids.get(t.sheet)!, config, resolveYear(t, workbook, config));
    }),
    findings: combine([...carried, ...fresh]),
    rechecked: [...only].map((t) => t.index),
  };
}
