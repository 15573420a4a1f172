import { runExcel } from "./excel-run";

/**
 * Shows a finding's cell: activates its sheet and selects the cell, in one sync
 * (Worksheet.activate and Range.select are ExcelApi 1.1). With several workbooks open on Windows or
 * Mac, Excel throws GeneralException when focus moved to another workbook; the error reaches the pane.
 */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/**
 * Unless the active sheet is one of `sheets`, activates the first of them that is visible (a hidden
 * sheet cannot be activated). Returns the sheet activated, or null when nothing changed. Two syncs
 * at most (the active sheet and visibility; the activation).
 */
export async function activateFirstOf(sheets: string[]): Promise<string | null> {
  if (sheets.length === 0) return null;
  return runExcel(async (context) => {
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    const all = context.workbook.worksheets;
    all.load("items/name,items/visibility");
    await context.sync();
    const lower = (s: string) => s.toLowerCase();
    if (sheets.some((s) => lower(s) === lower(active.name))) return null;
    const visible = new Map(all.items.filter((s) => String(s.visibility) === "Visible").map((s) => [lower(s.name), s]));
    const target = sheets.map((s) => visible.get(lower(s))).find((s) => s !== undefined);
    if (!target) return null;
    target.activate();
    await context.sync();
    return target.name;
  });
}
