import rule from "../../../src/engine/rules/monitor-behind-schedule";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, monitorSheet } from "../../helpers/kind-tables";

const at = (executed: number, month = 7) =>
  monitorSheet({ month, money: [{ label: "年度资金总额：", initial: 100, adjusted: 100, executed, rate: [executed / 100, "0.00%"], forecast: 100 }] });

runRuleTests(rule, {
  valid: [
    { name: "70% by July (time share 58.3%)", workbook: book(at(70).sheet) },
    {
      name: "month unknown (1-X月): no light",
      workbook: book(
        monitorSheet({ month: "X", money: [{ label: "年度资金总额：", initial: 100, adjusted: 100, executed: 5, rate: [0.05, "0.00%"], forecast: 100 }] })
          .sheet,
      ),
    },
  ],
  invalid: [
    { name: "30% by July: below 60% of 58.3% (red)", workbook: book(at(30).sheet), errors: [{ cell: at(30).at.rates[0], severity: "warning" }] },
    { name: "40% by July: 69% of the time share (yellow, info)", workbook: book(at(40).sheet), errors: [{ cell: at(40).at.rates[0], severity: "info" }] },
    { name: "20% by June (1-6月)", workbook: book(at(20, 6).sheet), errors: [{ cell: at(20, 6).at.rates[0], severity: "warning" }] },
  ],
});
