import { TableRule } from "../rule";
import { numberOption } from "./utils/indicators";
import { show2, wrongRates } from "./utils/kinds";
import { quote } from "./utils/text";

/** selfeval/execution-rate: a 执行率 that is not 全年执行数 ÷ 全年预算数. */
const rule: TableRule = {
  meta: {
    id: "selfeval/execution-rate",
    severity: "error",
    kinds: ["self-evaluation"],
    name: { zh: "自评表执行率算错", en: "Self-evaluation rate wrong" },
    docs: {
      zh: "自评表的执行率应等于全年执行数除以全年预算数。",
      en: "A self-evaluation's execution rate is the year's spending divided by the year's budget.",
    },
    messages: {
      zh: { wrong: "执行率“{{value}}”与全年执行数÷全年预算数（{{expected}}%）不符" },
      en: { wrong: 'Execution rate "{{value}}" is not 全年执行数 ÷ 全年预算数 ({{expected}}%)' },
    },
    defaultOptions: { tolerance: 0.05 },
  },
  check(ctx) {
    for (const { rate, expected } of wrongRates(ctx.table.selfEvaluation?.money, ["annual", "initial"], numberOption(ctx.options, "tolerance", 0.05))) {
      ctx.report({ row: rate.row, col: rate.col, messageId: "wrong", data: { value: quote(rate), expected: show2(expected) } });
    }
  },
};

export default rule;
