import { TableRule } from "../rule";
import { isBlankField } from "./utils/kinds";

/** selfeval/actual-empty: an indicator with a target and no 实际完成值. */
const rule: TableRule = {
  meta: {
    id: "selfeval/actual-empty",
    severity: "error",
    kinds: ["self-evaluation"],
    name: { zh: "实际完成值未填", en: "Actual value empty" },
    docs: {
      zh: "自评表中有年度指标值的指标都应填写实际完成值。",
      en: "Every indicator of a 自评表 that has a target must have its actual value (实际完成值) filled in.",
    },
    messages: {
      zh: { empty: "“{{name}}”的实际完成值未填写" },
      en: { empty: 'The actual value of "{{name}}" is empty' },
    },
    defaultOptions: {},
  },
  check(ctx) {
    const se = ctx.table.selfEvaluation;
    if (!se || se.columns.actual === undefined) return;
    ctx.table.indicators.forEach((ind, i) => {
      const actual = se.scores[i]?.actual;
      if (!actual || isBlankField(ind.value) || !isBlankField(actual)) return;
      ctx.report({ row: actual.row, col: actual.col, messageId: "empty", data: { name: ind.name.cell.text.trim() || ind.value.cell.text.trim() } });
    });
  },
};

export default rule;
