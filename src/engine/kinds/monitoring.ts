import type { SheetGrid } from "../sheet";
import type { TableModel } from "../model";
import type { Likelihood, MoneyRole, MonitorRow, MonitoringData } from "./types";
import { fieldAt, headerKey, isBlankField } from "./cells";
import { readMatrix } from "./matrix";
import { closingRow, dropIndicatorRows, findColumn, indicatorHeaders, repointValues, subHeaderRow } from "./indicator-columns";
import { ColumnHeader } from "./cells";

/**
 * The 项目绩效运行监控表 (table-kinds.md): money 年初预算数 | 调整后预算数 | 1–N月执行数 |
 * 1–N月执行率 | 全年预计执行数; indicators 年度指标值 | 1–N月执行情况 | 全年预计完成情况 |
 * 偏差原因 (one text column, or 经费保障 … 其他 | 原因说明) | 完成目标可能性 (one column, or
 * 确定能 | 有可能 | 完全不可能 ticked) | 备注.
 */

export function monitorMoneyRole(key: string): MoneyRole | undefined {
  if (/^年初预算数?$|^预算数$/.test(key)) return "initial";
  if (/^调整(后)?预算数?$|^全年预算数?$/.test(key)) return "adjusted";
  if (/预计(执行|支出)数?$/.test(key)) return "forecast";
  if (/执行率$/.test(key)) return "rate";
  if (/执行数$|^实际支出数?$/.test(key)) return "executed";
  return undefined;
}

/** N of "1-7月执行数", "1—7月执行情况", "截至7月底执行数". */
export function monthIn(text: string): number | undefined {
  const s = headerKey(text);
  const m = /(?:^|[^\d])1[-—–~～至到](\d{1,2})月/.exec(s) ?? /^1?[-—–~～]?(\d{1,2})月/.exec(s) ?? /截[至止](\d{1,2})月/.exec(s);
  if (!m) return undefined;
  const n = parseInt(m[1], 10);
  return n >= 1 && n <= 12 ? n : undefined;
}

const PROGRESS = /执行情况$|^截[至止].*完成(情况|值)$|月完成(情况|值)$/;
const FORECAST = /预计完成(情况|值)?$/;
const REASON_GROUP = /偏差原因/;
const EXPLANATION = /原因说明$|^说明$/;
const LIKELIHOOD = /^完成目标可能性/;
const TICK = /^[√✓✔☑■●是yY1]$/;

/** Columns under a header cell merged across (the group "偏差原因分析" over its sub-columns). */
function groupColumns(grid: SheetGrid, headers: ColumnHeader[], row: number, pattern: RegExp): ColumnHeader[] {
  const g = headers.find((h) => pattern.test(headerKey(h.top)));
  if (!g) return [];
  const right = grid.rightEdge(row, g.col);
  const inside = headers.filter((h) => h.col >= g.col && h.col <= right);
  const subs = inside.filter((h) => h.sub !== "");
  // anchors only: a sub-header merged over two columns is one column
  return subs.length > 0 ? subs.filter((h) => grid.anchor(row + 1, h.col).col === h.col) : [g];
}

function likelihoodOf(text: string): Likelihood | undefined {
  const s = headerKey(text);
  if (/不可能|不能/.test(s)) return "impossible";
  if (/有可能|可能/.test(s)) return "maybe";
  if (/确定能|^能$|确定|肯定/.test(s)) return "sure";
  return undefined;
}

export function readMonitoring(grid: SheetGrid, input: Omit<TableModel, "index">): Omit<TableModel, "index"> {
  let t = input;
  const headers = indicatorHeaders(grid, t);
  if (t.header && t.header.columns.value === undefined) {
    const target = findColumn(headers, /^(年度)?(指标|目标)值$/);
    if (target !== undefined) t = repointValues(grid, t, target);
  }
  const sub = subHeaderRow(grid, t);
  t = dropIndicatorRows(t, closingRow(grid, t), sub !== undefined ? [sub] : []);
  const hr = t.header?.row ?? t.range.top;
  const reasonCols = groupColumns(grid, headers, hr, REASON_GROUP);
  const likelyCols = groupColumns(grid, headers, hr, LIKELIHOOD);
  const explanation = reasonCols.find((h) => EXPLANATION.test(headerKey(h.sub)));
  const columns: MonitoringData["columns"] = {
    progress: findColumn(headers, PROGRESS),
    forecast: findColumn(headers, FORECAST),
    reasons: reasonCols.map((h) => h.col),
    likelihood: likelyCols.map((h) => h.col),
  };
  const rows: MonitorRow[] = t.indicators.map((i) => {
    const at = (c: number | undefined) => (c === undefined ? undefined : fieldAt(grid, i.row, c));
    let likelihood: Likelihood | undefined;
    const likelihoodCell = likelyCols.length === 1 ? at(likelyCols[0].col) : undefined;
    if (likelihoodCell) likelihood = likelihoodOf(likelihoodCell.cell.text);
    else
      for (const h of likelyCols) {
        const f = at(h.col)!;
        if (!isBlankField(f) && TICK.test(headerKey(f.cell.text))) likelihood ??= likelihoodOf(h.sub);
      }
    const reasons = reasonCols.map((h) => at(h.col)!);
    return {
      progress: at(columns.progress),
      forecast: at(columns.forecast),
      likelihood,
      likelihoodCell,
      reasons,
      reasonCell: at(explanation?.col) ?? reasons[0],
    };
  });

  const stop = t.header?.row ?? t.range.bottom + 1;
  const money = readMatrix(grid, { top: t.range.top, stop, left: t.range.left, right: t.range.right }, monitorMoneyRole);
  let month: number | undefined;
  for (const text of [...(money ? [...money.headers.values()] : []), ...headers.map((h) => h.top)]) {
    if (!/执行|完成/.test(text)) continue;
    month ??= monthIn(text);
  }
  return { ...t, monitoring: { month, money, columns, rows } };
}
