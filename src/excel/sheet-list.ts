import { runExcel } from "./excel-run";

/** The active worksheet's name (one sync). */
export async function activeSheetName(): Promise<string> {
  return runExcel(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    return ws.name;
  });
}

/** The visible worksheets' names in tab order (one sync). Hidden sheets are not offered to the user. */
export async function sheetNames(): Promise<string[]> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    return sheets.items.filter((s) => String(s.visibility) === "Visible").map((s) => s.name);
  });
}
