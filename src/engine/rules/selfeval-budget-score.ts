import { TableRule } from "../rule";
import { moneyCell } from "../kinds/types";
import { numberOption } from "./utils/indicators";
import { baseCell, differ, numberIn, rateOf, show2, statedRate, totalRow } from "./utils/kinds";
import { quote } from "./utils/text";

/** A stepped scheme's band: from this 执行率 (percent) up, this share of the weight. */
export interface ScoreBand {
  from: number;
  share: number;
}

/** 江西's steps: 100% → full, 80–100% → 70%, 60–80% → 50%, below 60% → nothing. */
export const STEPPED_BANDS: ScoreBand[] = [
  { from: 100, share: 1 },
  { from: 80, share: 0.7 },
  { from: 60, share: 0.5 },
  { from: 0, share: 0 },
];

/** The money score a scheme gives: linear min(rate, 100%) × weight, or the stepped bands. */
export function moneyScore(rate: number, weight: number, scheme: string, bands: ScoreBand[]): number {
  if (scheme === "stepped") {
    const band = [...bands].sort((a, b) => b.from - a.from).find((b) => rate >= b.from - 1e-9);
    return (band?.share ?? 0) * weight;
  }
  return (Math.max(0, Math.min(rate, 100)) / 100) * weight;
}

function bandsOption(v: unknown): ScoreBand[] {
  return Array.isArray(v) && v.every((b) => typeof b?.from === "number" && typeof b?.share === "number") ? (v as ScoreBand[]) : STEPPED_BANDS;
}

/**
 * selfeval/budget-score: the money 得分 is not what the scheme gives for the 执行率. The weight
 * is the money line's 分值 (10, or 20 in 湖北) or option `weight`; `scheme` "linear" or "stepped".
 */
const rule: TableRule = {
  meta: {
    id: "selfeval/budget-score",
    severity: "warning",
    kinds: ["self-evaluation"],
    name: { zh: "预算执行得分不符", en: "Budget score off" },
    docs: {
      zh: "预算执行得分应按执行率和分值计算（默认执行率×分值，最高满分；也可在设置中改为分档计分）。",
      en: "The budget score follows the execution rate and its weight (rate × weight by default, at most full marks; bands can be set).",
    },
    messages: {
      zh: { wrong: "预算执行得分“{{score}}”与执行率{{rate}}%应得的{{expected}}分不符" },
      en: { wrong: 'Budget score "{{score}}" is not the {{expected}} points an execution rate of {{rate}}% earns' },
    },
    defaultOptions: { scheme: "linear", weight: 10, bands: STEPPED_BANDS, tolerance: 0.05 },
  },
  check(ctx) {
    const money = ctx.table.selfEvaluation?.money;
    const row = totalRow(money);
    if (!money || !row) return;
    const scoreCell = moneyCell(money, row, "score");
    const score = numberIn(scoreCell);
    if (!scoreCell || score === undefined) return;
    const rate = rateOf(moneyCell(money, row, "executed"), baseCell(money, row, ["annual", "initial"])) ?? statedRate(moneyCell(money, row, "rate"));
    if (rate === undefined) return;
    const weight = numberIn(moneyCell(money, row, "weight")) ?? numberOption(ctx.options, "weight", 10);
    const scheme = ctx.options.scheme === "stepped" ? "stepped" : "linear";
    const expected = moneyScore(rate, weight, scheme, bandsOption(ctx.options.bands));
    if (!differ(score, expected, numberOption(ctx.options, "tolerance", 0.05))) return;
    ctx.report({ row: scoreCell.row, col: scoreCell.col, messageId: "wrong", data: { score: quote(scoreCell), rate: show2(rate), expected: show2(expected) } });
  },
};

export default rule;
