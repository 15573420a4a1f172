/**
 * Test helpers: the engine's SheetModel (what the .xlsx reader gives) → the fake host's workbook
 * model, so the Office.js adapter can be run over a real sample file; and fixtures built from it.
 */

import type { WorkbookModel as HostWorkbook } from "../../src/demo/host";
import { createExcelHost, ExcelHost, HostOptions, hostSheetFromModel, hostWorkbookFromModel } from "../../src/demo/host";
import type { WorkbookModel } from "../../src/engine/sheet";
import { readWorkbook as readXlsx } from "../../src/file/read-xlsx";
import * as path from "path";

export const SAMPLE = path.join(__dirname, "../../samples/商务局2023.xlsx");

/** One engine sheet as host cells (see src/demo/host/from-sheet-models.ts). */
export const hostSheet = hostSheetFromModel;
export const hostFromSheets = hostWorkbookFromModel;

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
