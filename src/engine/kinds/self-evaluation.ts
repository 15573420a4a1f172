import type { SheetGrid } from "../sheet";
import type { TableModel } from "../model";
import type { MoneyRole, SelfEvaluationData } from "./types";
import { fieldAt, headerKey, ownCells } from "./cells";
import { readMatrix } from "./matrix";
import { closingRow, dropIndicatorRows, findColumn, growTo, indicatorHeaders, repointValues } from "./indicator-columns";

/**
 * The 项目支出绩效自评表 (table-kinds.md): the money block (年初预算数 | 全年预算数 | 全年执行数 |
 * 分值 | 执行率 | 得分), 预期目标 | 实际完成情况, and indicator rows with 实际完成值 | 分值 | 得分 |
 * 偏差原因 up to a 总分 row.
 */

export function selfEvalMoneyRole(key: string): MoneyRole | undefined {
  if (/^年初(预算数?|预算金额)$|^预算数$/.test(key)) return "initial";
  if (/^全年预算数?$|^调整(后)?预算数?$|^全年预算金额$/.test(key)) return "annual";
  if (/预计/.test(key)) return undefined;
  if (/^(全年)?执行数$|^全年执行金额$|^实际支出数?$/.test(key)) return "executed";
  if (/执行率$/.test(key)) return "rate";
  if (/^(分值|权重)$/.test(key)) return "weight";
  if (/^得分$/.test(key)) return "score";
  return undefined;
}

const ACTUAL = /^(实际完成值|全年实际值|年度实际完成值|实际值|实际完成指标值|完成值|实际完成情况)$/;
const WEIGHT = /^(分值|权重|指标分值|指标权重)$/;
const SCORE = /^(得分|自评得分|指标得分|评分)$/;
const REASON = /偏差原因|原因分析|改进措施|得分说明/;
const TARGET = /^(年初)?(目标值|指标值)$|^年度(目标|指标)值$/;
const EXPECTED = /^(年初)?(预期|设定)目标$|^年初设定目标$/;
const ACHIEVED = /实际完成情况$|完成情况综述$|^实际完成$/;
const GOALS = /^(年度)?总体目标(完成情况)?$|^年度总体目标$/;

export function readSelfEvaluation(grid: SheetGrid, input: Omit<TableModel, "index">): Omit<TableModel, "index"> {
  let t = input;
  const headers = indicatorHeaders(grid, t);
  if (t.header && t.header.columns.value === undefined) {
    const target = findColumn(headers, TARGET);
    if (target !== undefined) t = repointValues(grid, t, target);
  }
  const total = closingRow(grid, t);
  t = dropIndicatorRows(t, total);
  if (total !== undefined) t = growTo(t, total);

  const columns: SelfEvaluationData["columns"] = {
    actual: findColumn(headers, ACTUAL),
    weight: findColumn(headers, WEIGHT),
    score: findColumn(headers, SCORE),
    reason: findColumn(headers, REASON),
  };
  const at = (row: number, col: number | undefined) => (col === undefined ? undefined : fieldAt(grid, row, col));
  const scores = t.indicators.map((i) => ({
    actual: at(i.row, columns.actual),
    weight: at(i.row, columns.weight),
    score: at(i.row, columns.score),
    reason: at(i.row, columns.reason),
  }));

  const stop = t.header?.row ?? t.range.bottom + 1;
  const money = readMatrix(grid, { top: t.range.top, stop, left: t.range.left, right: t.range.right }, selfEvalMoneyRole);
  const data: SelfEvaluationData = { money, columns, scores, goals: readGoals(grid, t, stop) };
  if (total !== undefined) {
    const label = ownCells(grid, total, t.range.left, t.range.right)[0];
    data.total = { row: total, col: label.col, weight: at(total, columns.weight), score: at(total, columns.score) };
  }
  return { ...t, selfEvaluation: data };
}

/** 年度总体目标 with its 预期目标 and 实际完成情况 sub-labels (texts below them), or a text beside it. */
function readGoals(grid: SheetGrid, t: Omit<TableModel, "index">, stop: number): SelfEvaluationData["goals"] {
  const { left, right } = t.range;
  for (let r = t.range.top; r < stop; r++) {
    const cells = ownCells(grid, r, left, right);
    const label = cells.find((c) => GOALS.test(headerKey(c.text)));
    if (!label) continue;
    const goals: NonNullable<SelfEvaluationData["goals"]> = { row: r, col: label.col };
    const below = (c: number) => fieldAt(grid, grid.bottomEdge(r, c) + 1, c);
    for (const c of cells) {
      const k = headerKey(c.text);
      if (EXPECTED.test(k)) goals.expected = below(c.col);
      else if (ACHIEVED.test(k)) goals.actual = below(c.col);
    }
    if (!goals.expected) {
      const next = cells.find((c) => c.col > label.col);
      goals.expected = fieldAt(grid, r, next ? next.col : grid.rightEdge(r, label.col) + 1);
    }
    return goals;
  }
  return undefined;
}
