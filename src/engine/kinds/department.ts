import type { SheetGrid } from "../sheet";
import type { TableModel } from "../model";
import type { DepartmentData, MoneyRole } from "./types";
import { fieldAt, headerKey, ownCells, textBeside } from "./cells";
import { readMatrix } from "./matrix";
import { DEPT_NAME_LABEL } from "./recognise";

/**
 * The 部门整体支出绩效目标表 (table-kinds.md): named by its 部门（单位）名称; 年度主要任务 with
 * 总额 | 财政拨款 | 其他资金 and a 金额合计 row; 年度总体目标; the indicator block of every kind.
 */

export function taskMoneyRole(key: string): MoneyRole | undefined {
  if (/^(预算)?(金额)?总额$|^预算金额$|^资金总额$|^金额合计$/.test(key)) return "total";
  if (/财政拨款|一般公共预算|财政资金|基本支出|^项目支出$|^其他资金$|^其他$|单位资金|自有资金|自筹|政府性基金|上年结转|财政专户/.test(key)) return "part";
  return undefined;
}

const GOAL_LABEL = /^(部门)?(年度)?(总体|整体)?(绩效)?(总)?目标$/;
const NOT_TEXT = /^(长期目标|年度目标|对应工作任务|序号|年度绩效指标)$/;

/** 部门（单位）名称 written as 单位名称 alone (湖北 部门整体自评表); only ever a name where no 项目名称 is. */
const UNIT_NAME_LABEL = /^单位名称$/;

/** A table without a 项目名称 is named by its 部门（单位）名称 (which labels.ts reads as a 主管部门). */
export function withUnitName(grid: SheetGrid, input: Omit<TableModel, "index">): Omit<TableModel, "index"> {
  let t = input;
  if (t.name) return t;
  const { top, left, right } = t.range;
  const stop = t.header?.row ?? t.range.bottom + 1;
  for (let r = top; r < stop; r++) {
    for (const c of ownCells(grid, r, left, right)) {
      const key = headerKey(c.text);
      if (!DEPT_NAME_LABEL.test(key) && !UNIT_NAME_LABEL.test(key)) continue;
      const v = fieldAt(grid, r, Math.min(grid.rightEdge(r, c.col) + 1, right));
      t = { ...t, name: { ...v, label: c.text, labelRow: r, labelCol: c.col } };
      if (t.department?.labelRow === r && t.department.labelCol === c.col) t = { ...t, department: undefined };
      return t;
    }
  }
  return t;
}

export function readDepartment(grid: SheetGrid, t: Omit<TableModel, "index">): Omit<TableModel, "index"> {
  const { top, left, right } = t.range;
  const stop = t.header?.row ?? t.range.bottom + 1;
  const goals: DepartmentData["goals"] = [];
  for (let r = top; r < stop; r++) {
    for (const c of ownCells(grid, r, left, right)) {
      if (!GOAL_LABEL.test(headerKey(c.text))) continue;
      goals.push({ row: r, col: c.col, text: textBeside(grid, r, c.col, right, (x) => NOT_TEXT.test(headerKey(x)) || GOAL_LABEL.test(headerKey(x))) });
    }
  }
  const tasks = readMatrix(grid, { top, stop, left, right }, taskMoneyRole);
  return { ...t, departmentData: { tasks, goals } };
}
