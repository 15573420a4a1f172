import rule from "../../../src/engine/rules/plan-out-of-range";
import { runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, TableSpecForTest, workbook } from "../../helpers/layout";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);
const plan = (values: TableSpecForTest["plan"], extra: TableSpecForTest = {}) => wb({ plan: values, ...extra });

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout", workbook: wb(CLEAN) },
    { name: "0% and 100% are inside", workbook: plan(["0%", "0%", "0%", "100%"]) },
    { name: "numbers with a 0% format", workbook: plan([[0, "0%"], [0.5, "0%"], [0.8, "0%"], [1, "0%"]]) },
    { name: "full-width １００％", workbook: plan(["１０％", "４０％", "７０％", "１００％"]) },
    { name: "bare numbers under a（%）label", workbook: plan([10, 40, 70, 100]) },
    { name: "bare fractions under a label without %", workbook: plan([0.1, 0.4, 0.7, 1], { planLabel: "资金支出计划" }) },
    { name: "blank or unreadable is plan/not-percent's business", workbook: plan([null, "七成", "70%", "100%"]) },
  ],
  invalid: [
    { name: "above 100%", workbook: plan(["10%", "40%", "70%", "120%"]), errors: [{ cell: "E6", severity: "error" }] },
    { name: "negative", workbook: plan(["-10%", "40%", "70%", "100%"]), errors: [{ cell: "B6" }] },
    { name: "a number with a 0% format above 100%", workbook: plan([[0.1, "0%"], [1.5, "0%"], [0.7, "0%"], [1, "0%"]]), errors: [{ cell: "C6" }] },
    { name: "a bare 150 under a（%）label", workbook: plan([10, 40, 150, 100]), errors: [{ cell: "D6" }] },
    { name: "several", workbook: plan(["-1%", "40%", "101%", "200%"]), errors: [{ cell: "B6" }, { cell: "D6" }, { cell: "E6" }] },
  ],
});
