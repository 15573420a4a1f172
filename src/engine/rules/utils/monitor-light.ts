import type { TableModel } from "../../model";
import { moneyCell } from "../../kinds/types";
import type { Field } from "../../model";
import { baseCell, rateOf, statedRate, totalRow } from "./kinds";

/**
 * The 监控表's lights (bgttracewarn): spending to date ÷ the time share N/12, in percent; below
 * `red` (60) red, below `yellow` (80) yellow.
 */
export interface Light {
  /** The 执行率 cell (else the 执行数 cell) the light is reported at. */
  cell: Field;
  rate: number;
  share: number;
  light: number;
}

export function spendingLight(t: TableModel): Light | undefined {
  const m = t.monitoring;
  const row = totalRow(m?.money);
  if (!m?.money || !row || !m.month) return undefined;
  const rateCell = moneyCell(m.money, row, "rate");
  const executed = moneyCell(m.money, row, "executed");
  const rate = rateOf(executed, baseCell(m.money, row, ["adjusted", "initial"])) ?? statedRate(rateCell);
  const cell = rateCell ?? executed;
  if (rate === undefined || !cell) return undefined;
  const share = (m.month / 12) * 100;
  return { cell, rate, share, light: (rate / share) * 100 };
}
