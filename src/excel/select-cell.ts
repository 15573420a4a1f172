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
