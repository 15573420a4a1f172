import type { SheetGrid } from "../sheet";
import type { TableKind, TableModel } from "../model";
import { headerKey, ownCells } from "./cells";
import { PROJECT_TITLE } from "./titles";

/**
 * Which kind a table is, from its title and its labels (table-kinds.md). The title decides when
 * it names a kind; otherwise the column headers do: a 自评表 has 实际完成值 / 全年执行数 / 得分, a
 * 监控表 has 1–N月执行数 / 完成目标可能性 / 全年预计执行数, a 部门整体目标表 is named by its
 * 部门（单位）名称 and has no 项目名称.
 */

// A title names its kind at its end, after the project's own name: "大气环境监测项目绩效目标表" is a
// project table and "绩效评价体系建设项目绩效目标表" too, so only the words before 表 count.
const SELF_TITLE = /(自评|自我评价|绩效评价)[^表]{0,8}表$/;
const MONITOR_TITLE = /(监控|监测|跟踪)[^表]{0,8}表$/;
const DEPT_TITLE = /部门整体|单位整体|部门\(单位\)整体|整体支出绩效|部门绩效目标/;
const SELF_LABEL = /^(实际完成值|全年实际值|年度实际完成值|实际完成情况|年度实际完成情况|全年执行数|自评得分|得分|自评结论)$/;
const MONITOR_LABEL = /月执行(情况|数|率)$|月指标执行情况$|^完成目标可能性|^全年预计(完成情况|执行数)$|^确定能$|^有可能$|^完全不可能$|^监控时点$/;
/** "部门（单位）名称", "部门名称及代码", "填报部门（单位）" once "（单位）" is stripped. */
export const DEPT_NAME_LABEL = /^(填报)?部门(单位)?(名称)?(及代码)?$|^部门单位名称$/;

export function recogniseKind(grid: SheetGrid, t: Omit<TableModel, "index">): TableKind {
  const title = headerKey(t.title?.cell.text ?? "").replace(/[(（][^)）]*[)）]$/, "");
  if (PROJECT_TITLE.test(title) && !DEPT_TITLE.test(title)) return "project";
  if (SELF_TITLE.test(title)) return "self-evaluation";
  if (MONITOR_TITLE.test(title)) return "monitoring";
  let self = 0;
  let monitor = 0;
  let deptName = false;
  const { top, bottom, left, right } = t.range;
  for (let r = top; r <= bottom; r++) {
    for (const c of ownCells(grid, r, left, right)) {
      const key = headerKey(c.text);
      if (key.length > 20) continue;
      if (SELF_LABEL.test(key)) self++;
      if (MONITOR_LABEL.test(key)) monitor++;
      if (DEPT_NAME_LABEL.test(key)) deptName = true;
    }
  }
  if (monitor >= 2 && monitor > self) return "monitoring";
  if (self >= 2) return "self-evaluation";
  if (DEPT_TITLE.test(title) || (deptName && !t.name)) return "department";
  return "project";
}
