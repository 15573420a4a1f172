import { TableRule } from "../rule";
import { numberOption } from "./utils/indicators";
import { columnSum, differ, numberIn, show2 } from "./utils/kinds";
import { scoredLines } from "./utils/scores";
import { quote } from "./utils/text";

/** selfeval/total-mismatch: 总分 is not the sum of every 得分 (money and indicators). */
const rule: TableRule = {
  meta: {
    id: "selfeval/total-mismatch",
    severity: "error",
    kinds: ["self-evaluation"],
    name: { zh: "总分不等于各项得分之和", en: "Total score wrong" },
    docs: {
      zh: "自评表的总分应等于预算执行得分与各指标得分之和（允许0.1分误差）。",
      en: "A 自评表's 总分 must be the budget score plus every indicator's score, within 0.1 points.",
    },
    messages: {
      zh: { mismatch: "总分“{{total}}”与各项得分之和{{sum}}不符" },
      en: { mismatch: 'Total score "{{total}}" is not the sum of the scores, {{sum}}' },
    },
    defaultOptions: { tolerance: 0.1 },
  },
  check(ctx) {
    const cell = ctx.table.selfEvaluation?.total?.score;
    const total = numberIn(cell);
    if (!cell || total === undefined) return;
    const sum = columnSum(scoredLines(ctx.table).map((l) => l.score));
    if (sum === undefined || !differ(total, sum, numberOption(ctx.options, "tolerance", 0.1))) return;
    ctx.report({ row: cell.row, col: cell.col, messageId: "mismatch", data: { total: quote(cell), sum: show2(sum) } });
  },
};

export default rule;
