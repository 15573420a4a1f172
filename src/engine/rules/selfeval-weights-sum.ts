import { TableRule } from "../rule";
import { numberOption } from "./utils/indicators";
import { columnSum, differ, show2 } from "./utils/kinds";
import { scoredLines } from "./utils/scores";

/** selfeval/weights-sum: the 分值 do not add up to 100 (option `total`). */
const rule: TableRule = {
  meta: {
    id: "selfeval/weights-sum",
    severity: "error",
    kinds: ["self-evaluation"],
    name: { zh: "分值合计不为100", en: "Weights not 100" },
    docs: {
      zh: "自评表中预算执行与各项指标的分值合计应为100分。",
      en: "The weights of the budget line and of every indicator add up to 100.",
    },
    messages: {
      zh: { sum: "分值合计为{{sum}}，应为{{total}}" },
      en: { sum: "The weights add up to {{sum}}, not {{total}}" },
    },
    defaultOptions: { total: 100 },
  },
  check(ctx) {
    const lines = scoredLines(ctx.table);
    const sum = columnSum(lines.map((l) => l.weight));
    const total = numberOption(ctx.options, "total", 100);
    if (sum === undefined || !differ(sum, total, 0.01)) return;
    const at = ctx.table.selfEvaluation?.total?.weight ?? lines.find((l) => l.weight)?.weight;
    if (!at) return;
    ctx.report({ row: at.row, col: at.col, messageId: "sum", data: { sum: show2(sum), total: show2(total) } });
  },
};

export default rule;
