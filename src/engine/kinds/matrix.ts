import type { SheetGrid } from "../sheet";
import type { Field } from "../model";
import type { MoneyBlock, MoneyRole, MoneyRow } from "./types";
import { fieldAt, headerKey, ownCells, ownText } from "./cells";

/**
 * Reads a money matrix: one or more header rows naming the columns (年初预算数 | 全年预算数 |
 * 全年执行数 | 分值 | 执行率 | 得分, or 总额 | 财政拨款 | 其他资金), then one row per source of funds
 * or per task, each with its label left of the money columns. The kinds differ only in which
 * headers they know (`roleOf`); the layout variants (headers on two rows, a group label merged
 * down the left, a 合计 row first or last) are read alike.
 */
export interface MatrixRegion {
  top: number;
  /** The first row that is no longer the matrix's (the indicator header, say). */
  stop: number;
  left: number;
  right: number;
}

const TOTAL_LABEL = /年度资金总额|资金总额|^合计$|金额合计|^总计$|^小计$|^资金合计$/;
/** Rows that end the matrix: the goals block, the indicator block, the department's lists. */
const STOP_LABEL = /^(年度|整体|部门)?(主要)?(总体|整体)?(绩效)?(总)?目标|^绩效指标|^部门(\(单位\))?职能|^年度(主要|工作)?任务完成|^项目支出情况/;

function isNumberText(t: string): boolean {
  return /^\d+$/.test(t.trim());
}

export function readMatrix(grid: SheetGrid, region: MatrixRegion, roleOf: (key: string) => MoneyRole | undefined, minRoles = 2): MoneyBlock | undefined {
  const { left, right, stop } = region;
  const roleCount = (row: number) => ownCells(grid, row, left, right).filter((c) => roleOf(headerKey(c.text))).length;
  let head = -1;
  for (let r = region.top; r < stop; r++) {
    if (roleCount(r) >= minRoles) {
      head = r;
      break;
    }
  }
  if (head < 0) return undefined;

  // Further header rows: sub-headers ("其中：财政拨款", "（A）") with no number anywhere.
  let zoneBottom = head;
  for (let r = head + 1; r < Math.min(stop, head + 3); r++) {
    const cells = ownCells(grid, r, left, right);
    if (cells.length === 0 || cells.some((c) => typeof grid.value(r, c.col) === "number")) break;
    const subLike = cells.every((c) => roleOf(headerKey(c.text)) !== undefined || headerKey(c.text) === "" || /^其中/.test(c.text.replace(/\s/g, "")));
    if (!subLike && roleCount(r) === 0) break;
    zoneBottom = r;
  }

  const columns: MoneyBlock["columns"] = {};
  const parts: number[] = [];
  const headers = new Map<number, string>();
  // every headed column, money or not (预计结转结余数): its cells are no text across the matrix
  const headed = new Set<number>();
  for (let c = left; c <= right; c++) {
    for (let r = zoneBottom; r >= head; r--) {
      if (grid.isMergeContinuation(r, c) && grid.anchor(r, c).col !== c) break;
      const t = ownText(grid, r, c);
      const key = headerKey(t);
      if (key === "") continue;
      headed.add(c);
      const role = roleOf(key);
      if (role) {
        headers.set(c, t);
        if (role === "part") parts.push(c);
        else if (columns[role] === undefined) columns[role] = c;
      }
      break;
    }
  }
  const moneyCols = [...headers.keys()].sort((a, b) => a - b);
  if (moneyCols.length === 0) return undefined;
  const firstMoney = moneyCols[0];

  const rows: MoneyRow[] = [];
  for (let r = zoneBottom + 1; r < stop; r++) {
    const labels = ownCells(grid, r, left, firstMoney - 1);
    const label = labels.find((c) => !isNumberText(c.text));
    if (label && STOP_LABEL.test(headerKey(label.text))) break;
    // a text merged across the money columns (a goal, a note) is no money row
    const across =
      labels.some((c) => grid.rightEdge(r, c.col) >= firstMoney) ||
      ownCells(grid, r, firstMoney, right).some((c) => !headed.has(c.col) && grid.rightEdge(r, c.col) > c.col);
    if (across) break;
    const cells = new Map<number, Field>();
    let any = false;
    for (const c of moneyCols) {
      const f = fieldAt(grid, r, c);
      cells.set(c, f);
      if (f.row === r && !grid.isBlank(f.row, f.col)) any = true;
    }
    if (!label && !any) {
      if (grid.rowIsBlank(r, left, right)) break;
      continue;
    }
    const text = label?.text ?? "";
    rows.push({ label: text, labelRow: r, labelCol: label?.col ?? left, isTotal: TOTAL_LABEL.test(headerKey(text)), cells });
  }
  return { headerRow: head, columns, parts, headers, rows };
}
