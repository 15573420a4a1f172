import rule from "../../../src/engine/rules/monitor-execution-rate";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, monitorSheet } from "../../helpers/kind-tables";

const line = (o: object) => ({
  label: "年度资金总额：",
  initial: 100,
  adjusted: 120,
  executed: 60,
  rate: [0.5, "0.00%"] as [number, string],
  forecast: 120,
  ...o,
});
const ofInitial = monitorSheet({ money: [line({ rate: [0.6, "0.00%"] })] });

runRuleTests(rule, {
  valid: [
    { name: "70 of 100: 70%", workbook: book(monitorSheet().sheet) },
    { name: "the adjusted budget is the base: 60 of 120 = 50%", workbook: book(monitorSheet({ money: [line({})] }).sheet) },
    {
      name: "no adjusted budget: the initial one (ticked layout, text likelihood)",
      workbook: book(monitorSheet({ likelihood: "text", money: [line({ adjusted: null, rate: 0.6 })] }).sheet),
    },
  ],
  invalid: [
    { name: "60% taken of the initial budget though it was adjusted to 120", workbook: book(ofInitial.sheet), errors: [{ cell: ofInitial.at.rates[0] }] },
  ],
});
