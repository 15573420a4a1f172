import type { Field } from "../model";

/**
 * The blocks the other table kinds have beside the indicator block every kind shares
 * (table-kinds.md). Coordinates are absolute and zero-based, as everywhere in the engine.
 */

/** What a column of a money matrix holds, from its header ("全年预算数（A）" → annual). */
export type MoneyRole =
  | "initial" // 年初预算数
  | "adjusted" // 调整后预算数
  | "annual" // 全年预算数
  | "executed" // 全年执行数, 1-N月执行数
  | "rate" // 执行率
  | "weight" // 分值
  | "score" // 得分
  | "forecast" // 全年预计执行数
  | "total" // a department task's 总额
  | "part"; // a department task's 财政拨款 / 其他资金 (several columns)

export interface MoneyRow {
  label: string;
  labelRow: number;
  labelCol: number;
  /** The 年度资金总额 / 金额合计 row. */
  isTotal: boolean;
  /** The row's cell in each money column, by column. */
  cells: Map<number, Field>;
}

export interface MoneyBlock {
  /** The first header row. */
  headerRow: number;
  /** Column of each single role (the first one when a header repeats). */
  columns: Partial<Record<MoneyRole, number>>;
  /** Columns whose role is "part", left to right. */
  parts: number[];
  /** The header text of each money column. */
  headers: Map<number, string>;
  rows: MoneyRow[];
}

/** A row's cell in one role's column. */
export function moneyCell(block: MoneyBlock, row: MoneyRow, role: MoneyRole): Field | undefined {
  const c = block.columns[role];
  return c === undefined ? undefined : row.cells.get(c);
}

/** The cells of one indicator row that only a 自评表 has; aligned with TableModel.indicators. */
export interface ScoreRow {
  actual?: Field;
  weight?: Field;
  score?: Field;
  reason?: Field;
}

export interface SelfEvaluationData {
  money?: MoneyBlock;
  /** 年度总体目标: 预期目标 and 实际完成情况. */
  goals?: { row: number; col: number; expected?: Field; actual?: Field };
  columns: { actual?: number; weight?: number; score?: number; reason?: number };
  scores: ScoreRow[];
  /** The 总分 row: its label cell and its 分值 / 得分 cells. */
  total?: { row: number; col: number; weight?: Field; score?: Field };
}

export type Likelihood = "sure" | "maybe" | "impossible";

export interface MonitorRow {
  progress?: Field;
  forecast?: Field;
  likelihood?: Likelihood;
  /** The 完成目标可能性 cell, when it is one text column (not 确定能 | 有可能 | 完全不可能 ticked). */
  likelihoodCell?: Field;
  /** Every cell of the 偏差原因 columns (经费保障 … 原因说明, or one text column). */
  reasons: Field[];
  /** Where a missing reason is reported: the 原因说明 cell, else the first reason cell. */
  reasonCell?: Field;
}

export interface MonitoringData {
  /** N of "1-N月": the month the monitoring runs to. */
  month?: number;
  money?: MoneyBlock;
  columns: { progress?: number; forecast?: number; reasons: number[]; likelihood: number[] };
  rows: MonitorRow[];
}

export interface DepartmentData {
  /** 年度主要任务 with their amounts, and the 金额合计 row. */
  tasks?: MoneyBlock;
  /** Each 年度总体目标 label and the cell its text belongs in. */
  goals: { row: number; col: number; text?: Field }[];
}
