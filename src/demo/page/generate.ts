/**
 * Big workbooks for the browser bench: one sheet's table repeated, `perSheet` tables stacked per
 * sheet with blank rows between (as bench/workbooks.ts does for the engine bench), formats, merges
 * and row heights included. The project name is numbered so every copy is its own project.
 */
import type { CellModel, SheetModel, WorkbookModel } from "../host/model";
import { cellKey, formatRect, parseCellKey, parseRect } from "../host/a1";

export function replicateSheet(unit: SheetModel, tables: number, perSheet = 20, projectName?: string): WorkbookModel {
  let height = 0;
  for (const k of Object.keys(unit.cells)) height = Math.max(height, parseCellKey(k).row + 1);
  for (const m of unit.merges ?? []) height = Math.max(height, parseRect(m)!.bottom + 1);
  const step = height + 3;
  const sheets: SheetModel[] = [];
  for (let done = 0, si = 0; done < tables; si++) {
    const n = Math.min(perSheet, tables - done);
    const cells: Record<string, CellModel> = {};
    const merges: string[] = [];
    const rowHeights: Record<string, number> = {};
    for (let k = 0; k < n; k++) {
      const top = k * step;
      const index = done + k + 1;
      for (const [key, c] of Object.entries(unit.cells)) {
        const p = parseCellKey(key);
        const copy: CellModel = JSON.parse(JSON.stringify(c));
        if (projectName && copy.value === projectName) copy.value = `${projectName}${index}`;
        cells[cellKey(p.row + top, p.col)] = copy;
      }
      for (const m of unit.merges ?? []) {
        const r = parseRect(m)!;
        merges.push(formatRect({ top: r.top + top, bottom: r.bottom + top, left: r.left, right: r.right }));
      }
      for (const [row, h] of Object.entries(unit.rowHeights ?? {})) rowHeights[String(Number(row) + top)] = h;
    }
    sheets.push({ name: `表${si + 1}`, cells, merges, rowHeights, columnWidths: { ...(unit.columnWidths ?? {}) } });
    done += n;
  }
  return { name: `生成-${tables}张表.xlsx`, sheets, activeSheet: sheets[0]?.name, settings: {} };
}
