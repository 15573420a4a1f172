import * as ExcelJS from "exceljs";
import { SheetModel, WorkbookModel, CellValue } from "../src/engine/sheet";
import { Rect } from "../src/engine/address";

/**
 * Benchmark workbooks: the sample's tables repeated, `perSheet` stacked per sheet with blank rows
 * between, as many sheets as needed for `tables` tables. Values vary per copy so no work is shared.
 */
export function replicate(unit: SheetModel, tables: number, perSheet = 20): WorkbookModel {
  const height = unit.values.length + 3;
  const sheets: SheetModel[] = [];
  for (let done = 0, si = 0; done < tables; si++) {
    const n = Math.min(perSheet, tables - done);
    const values: CellValue[][] = [];
    const merges: Rect[] = [];
    for (let k = 0; k < n; k++) {
      const top = k * height;
      unit.values.forEach((row, r) => {
        values[top + r] = row.map((v) => (typeof v === "string" && v === "招商引资" ? `招商引资${done + k}` : v));
      });
      for (let r = unit.values.length; r < height; r++) values[top + r] = [];
      for (const m of unit.merges) merges.push({ top: m.top + top, bottom: m.bottom + top, left: m.left, right: m.right });
    }
    sheets.push({ name: `表${si + 1}`, originRow: 0, originCol: 0, values, merges });
    done += n;
  }
  return { name: `bench-${tables}.xlsx`, sheets };
}

export async function writeXlsx(model: WorkbookModel, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of model.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) => {
      if (!row || row.length === 0) return;
      const xr = ws.getRow(r + 1 + s.originRow);
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) xr.getCell(c + 1 + s.originCol).value = v as ExcelJS.CellValue;
      });
    });
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
}
