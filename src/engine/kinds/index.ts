import type { SheetGrid } from "../sheet";
import type { TableKind, TableModel } from "../model";
import { DEPT_NAME_LABEL, recogniseKind } from "./recognise";
import { fieldAt, headerKey, ownCells } from "./cells";
import { isTitle } from "../labels";
import { readSelfEvaluation } from "./self-evaluation";
import { readMonitoring } from "./monitoring";
import { readDepartment, withUnitName } from "./department";

/**
 * The detector's one hook for the other table kinds: a table read by parse.ts is recognised
 * (project, self-evaluation, monitoring, department) and, when it is not a project table, read
 * again for the blocks of its kind. A project table goes through untouched.
 */
const READERS: Record<Exclude<TableKind, "project">, (grid: SheetGrid, t: Omit<TableModel, "index">) => Omit<TableModel, "index">> = {
  "self-evaluation": readSelfEvaluation,
  monitoring: readMonitoring,
  department: readDepartment,
};

/**
 * A table the detector began below its title and its 部门（单位）及代码 line (labels the project
 * reader does not know): the few rows above it that hold them are taken back into the table.
 */
function withRowsAbove(grid: SheetGrid, t: Omit<TableModel, "index">): Omit<TableModel, "index"> {
  if (t.title || t.name) return t;
  let top = t.range.top;
  let left = t.range.left;
  let title: { row: number; col: number } | undefined;
  for (let r = t.range.top - 1; r >= Math.max(grid.firstRow, t.range.top - 4); r--) {
    for (const c of ownCells(grid, r, grid.firstCol, t.range.right)) {
      if (DEPT_NAME_LABEL.test(headerKey(c.text))) {
        top = Math.min(top, r);
        left = Math.min(left, c.col);
      } else if (isTitle(c.text) && !title) {
        title = { row: r, col: c.col };
      }
    }
  }
  if (title && top < t.range.top) {
    top = title.row;
    left = Math.min(left, title.col);
  }
  if (top === t.range.top) return t;
  const range = { ...t.range, top, left };
  return { ...t, range, first: title ?? { row: top, col: left }, ...(title ? { title: fieldAt(grid, title.row, title.col) } : {}) };
}

export function applyKind(grid: SheetGrid, input: Omit<TableModel, "index">): Omit<TableModel, "index"> {
  const t = withRowsAbove(grid, input);
  const kind = recogniseKind(grid, t);
  // a project table stays exactly as parse.ts read it
  if (kind === "project") return input;
  return READERS[kind](grid, withUnitName(grid, { ...t, kind }));
}

export { isKindTitle } from "./titles";

/**
 * A table of another kind whose indicator block the detector cut off as a table of its own (a
 * 天津 部门表 repeats "绩效目标" as the block's side label, which reads as a second goals field):
 * the headless, nameless table right below is its indicator block, joined back.
 */
export function joinKindParts(grid: SheetGrid, tables: Omit<TableModel, "index">[]): Omit<TableModel, "index">[] {
  const out: Omit<TableModel, "index">[] = [];
  for (const t of tables) {
    const prev = out[out.length - 1];
    const follows =
      prev && prev.kind !== "project" && !prev.header && t.sheet === prev.sheet && t.header && !t.name && !t.title && t.range.top <= prev.range.bottom + 2;
    if (!follows) {
      out.push(t);
      continue;
    }
    const joined: Omit<TableModel, "index"> = {
      ...prev,
      range: { top: prev.range.top, left: Math.min(prev.range.left, t.range.left), bottom: t.range.bottom, right: Math.max(prev.range.right, t.range.right) },
      header: t.header,
      indicators: t.indicators,
      detectedFramework: t.detectedFramework,
    };
    out[out.length - 1] = READERS[prev.kind as Exclude<TableKind, "project">](grid, joined);
  }
  return out;
}
