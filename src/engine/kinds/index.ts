import type { SheetGrid } from "../sheet";
import type { TableKind, TableModel } from "../model";
import { recogniseKind } from "./recognise";
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

export function applyKind(grid: SheetGrid, t: Omit<TableModel, "index">): Omit<TableModel, "index"> {
  const kind = recogniseKind(grid, t);
  if (kind === "project") return t.kind === "project" ? t : { ...t, kind };
  return READERS[kind](grid, withUnitName(grid, { ...t, kind }));
}

export { isKindTitle } from "./titles";
