import { TableRule } from "../rule";
import { numberOption } from "./utils/indicators";
import { show2, wrongRates } from "./utils/kinds";
import { quote } from "./utils/text";

/** monitor/execution-rate: a 1–N月执行率 that is not 执行数 ÷ 调整后预算数 (else 年初预算数). */
const rule: TableRule = {
  meta: {
    id: "monitor/execution-rate",
    severity: "error",
    kinds: ["monitoring"],
    name: { zh: "监控表执行率算错", en: "Monitoring rate wrong" },
    docs: {
      zh: "监控表的执行率应等于截至当月的执行数除以调整后预算数（没有时按年初预算数）。",
      en: "A monitoring table's execution rate is the spending to date divided by the adjusted (else initial) budget.",
    },
    messages: {
      zh: { wrong: "执行率“{{value}}”与执行数÷预算数（{{expected}}%）不符" },
      en: { wrong: 'Execution rate "{{value}}" is not spending ÷ budget ({{expected}}%)' },
    },
    defaultOptions: { tolerance: 0.05 },
  },
  check(ctx) {
    for (const { rate, expected } of wrongRates(ctx.table.monitoring?.money, ["adjusted", "initial"], numberOption(ctx.options, "tolerance", 0.05))) {
      ctx.report({ row: rate.row, col: rate.col, messageId: "wrong", data: { value: quote(rate), expected: show2(expected) } });
    }
  },
};

export default rule;
