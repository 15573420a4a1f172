import { TableRule } from "../rule";
import { numberIn } from "./utils/kinds";
import { scoredLines } from "./utils/scores";
import { quote } from "./utils/text";

/** selfeval/score-over-weight: a 得分 above its 分值, or negative. */
const rule: TableRule = {
  meta: {
    id: "selfeval/score-over-weight",
    severity: "error",
    kinds: ["self-evaluation"],
    name: { zh: "得分超过分值", en: "Score above weight" },
    docs: {
      zh: "自评表每项得分应在0到该项分值之间。",
      en: "Every score of a 自评表 must lie between 0 and that line's weight (分值).",
    },
    messages: {
      zh: { over: "得分“{{score}}”超过分值{{weight}}", negative: "得分“{{score}}”为负数" },
      en: { over: 'Score "{{score}}" is above its weight {{weight}}', negative: 'Score "{{score}}" is negative' },
    },
    defaultOptions: {},
  },
  check(ctx) {
    for (const line of scoredLines(ctx.table)) {
      const score = numberIn(line.score);
      if (!line.score || score === undefined) continue;
      const weight = numberIn(line.weight);
      const { row, col } = line.score;
      if (score < 0) ctx.report({ row, col, messageId: "negative", data: { score: quote(line.score) } });
      else if (weight !== undefined && score > weight + 1e-9)
        ctx.report({ row, col, messageId: "over", data: { score: quote(line.score), weight: quote(line.weight!) } });
    }
  },
};

export default rule;
