import type { Field, TableModel } from "../../model";
import { moneyCell } from "../../kinds/types";
import { totalRow } from "./kinds";

/** Every 分值 / 得分 pair of a 自评表: the money line's first, then one per indicator. */
export interface ScoredLine {
  weight?: Field;
  score?: Field;
}

export function scoredLines(t: TableModel): ScoredLine[] {
  const se = t.selfEvaluation;
  if (!se) return [];
  const out: ScoredLine[] = [];
  const money = se.money;
  const total = totalRow(money);
  if (money && total && (money.columns.weight !== undefined || money.columns.score !== undefined)) {
    out.push({ weight: moneyCell(money, total, "weight"), score: moneyCell(money, total, "score") });
  }
  for (const s of se.scores) out.push({ weight: s.weight, score: s.score });
  return out;
}
