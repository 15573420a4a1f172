/**
 * Test helpers: the engine's SheetModel (what the .xlsx reader gives) → the fake host's workbook
 * model, so the Office.js adapter can be run over a real sample file; and fixtures built from it.
 */

import type { CellModel, SheetModel as HostSheet, WorkbookModel as HostWorkbook } from "../../src/demo/host";
import { createExcelHost, ExcelHost, HostOptions } from "../../src/demo/host";
import type { SheetModel, WorkbookModel } from "../../src/engine/sheet";
import { contains, toA1 } from "../../src/engine/address";
import { readWorkbook as readXlsx } from "../../src/cli/read-xlsx";
import * as path from "path";

export const SAMPLE = path.join(__dirname, "../../samples/商务局2023.xlsx");

/**
 * One engine sheet as host cells. Each cell carries the displayed text the file reader computed
 * (or String(value)), so the host shows exactly what the reader saw; values under a merge other than
 * its top-left are dropped, as Excel keeps none there.
 */
export function hostSheet(s: SheetModel, name = s.name): HostSheet {
  const cells: Record<string, CellModel> = {};
  s.values.forEach((row, i) => {
    if (!row) return;
    row.forEach((v, j) => {
      const r = s.originRow + i;
      const c = s.originCol + j;
      if (v === null || v === undefined || v === "") return;
      const m = s.merges.find((x) => contains(x, r, c));
      if (m && (m.top !== r || m.left !== c)) return;
      const cell: CellModel = { value: v, text: s.text?.[i]?.[j] ?? String(v) };
      const f = s.numberFormats?.[i]?.[j];
      if (f && f !== "General") cell.numberFormat = f;
      cells[toA1(r, c)] = cell;
    });
  });
  const merges = s.merges.map((m) => (m.top === m.bottom && m.left === m.right ? null : `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`)).filter((x): x is string => !!x);
  return { name, cells, merges };
}

export function hostFromSheets(wb: WorkbookModel): HostWorkbook {
  return { name: wb.name, sheets: wb.sheets.map((s) => hostSheet(s)), settings: {} };
}

let sample: Promise<WorkbookModel> | undefined;

/** The two-table sample as the .xlsx reader sees it (read once per test file). */
export function sampleWorkbook(): Promise<WorkbookModel> {
  return (sample ??= readXlsx(SAMPLE));
}

/** A workbook of `n` sheets, each a copy of the sample's first table sheet ("招商引资"). */
export async function manyTables(n: number): Promise<HostWorkbook> {
  const wb = await sampleWorkbook();
  const table = wb.sheets.find((s) => s.name === "招商引资")!;
  const sheets = Array.from({ length: n }, (_, i) => hostSheet(table, `表${i + 1}`));
  return { name: "many.xlsx", sheets, settings: {} };
}

/** Creates a host over `model` and installs its globals; call the returned uninstall in afterEach. */
export function install(model: HostWorkbook, options?: HostOptions): { host: ExcelHost; uninstall: () => void } {
  const host = createExcelHost(model, options);
  return { host, uninstall: host.install() };
}
