import type { CellModel, SheetModel as HostSheet, WorkbookModel as HostWorkbook } from "./model";
import type { SheetModel, WorkbookModel } from "../../engine/sheet";
import { toA1 } from "../../engine/address";

/**
 * The engine's SheetModel (what the .xlsx readers give) as the host's cells, so a workbook read
 * from a file can be opened in the in-memory Excel: each cell keeps the displayed text the reader
 * computed, and values under a merge other than its top-left are dropped, as Excel keeps none there.
 */
export function hostSheetFromModel(s: SheetModel, name = s.name): HostSheet {
  const covered = new Set<string>();
  for (const m of s.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(toA1(r, c));
  }
  const cells: Record<string, CellModel> = {};
  s.values.forEach((row, i) => {
    if (!row) return;
    row.forEach((v, j) => {
      if (v === null || v === undefined || v === "") return;
      const address = toA1(s.originRow + i, s.originCol + j);
      if (covered.has(address)) return;
      const cell: CellModel = { value: v };
      const text = s.text?.[i]?.[j];
      if (text !== undefined && text !== String(v)) cell.text = text;
      const f = s.numberFormats?.[i]?.[j];
      if (f && f !== "General") cell.numberFormat = f;
      cells[address] = cell;
    });
  });
  const merges = s.merges.filter((m) => m.top !== m.bottom || m.left !== m.right).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  return { name, cells, merges };
}

export function hostWorkbookFromModel(wb: WorkbookModel): HostWorkbook {
  return { name: wb.name, sheets: wb.sheets.map((s) => hostSheetFromModel(s)), settings: {} };
}
