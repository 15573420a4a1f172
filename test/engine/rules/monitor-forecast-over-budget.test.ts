import rule from "../../../src/engine/rules/monitor-forecast-over-budget";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, monitorSheet } from "../../helpers/kind-tables";

const over = monitorSheet({
  money: [
    { label: "年度资金总额：", initial: 100, adjusted: 100, executed: 70, rate: [0.7, "0.00%"], forecast: 105 },
    { label: "其中：本年一般公共预算拨款", initial: 100, adjusted: 100, executed: 70, rate: [0.7, "0.00%"], forecast: 105 },
  ],
});

runRuleTests(rule, {
  valid: [
    { name: "forecast equal to the budget", workbook: book(monitorSheet().sheet) },
    {
      name: "the adjusted budget allows it",
      workbook: book(
        monitorSheet({ money: [{ label: "年度资金总额：", initial: 100, adjusted: 110, executed: 70, rate: [70 / 110, "0.00%"], forecast: 105 }] }).sheet,
      ),
    },
  ],
  invalid: [
    { name: "105 forecast of 100, on both lines", workbook: book(over.sheet), errors: [{ cell: over.at.forecasts[0] }, { cell: over.at.forecasts[1] }] },
  ],
});
