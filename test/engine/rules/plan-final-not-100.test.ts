import rule from "../../../src/engine/rules/plan-final-not-100";
import { runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, TableSpecForTest, workbook } from "../../helpers/layout";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);
const plan = (values: TableSpecForTest["plan"], extra: TableSpecForTest = {}) => wb({ plan: values, ...extra });

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout", workbook: wb(CLEAN) },
    { name: "the source document: 0%, 0%, 0%, 100%", workbook: plan(["0%", "0%", "0%", "100%"]) },
    { name: "full-width １００％", workbook: plan(["１０％", "４０％", "７０％", "１００％"]) },
    { name: "a number with a 0% format", workbook: plan([[0.1, "0%"], [0.4, "0%"], [0.7, "0%"], [1, "0%"]]) },
    { name: "a number with a 0.00% format", workbook: plan([[0.1, "0.00%"], [0.4, "0.00%"], [0.7, "0.00%"], [1, "0.00%"]]) },
    { name: "a bare 100 under a（%）label", workbook: plan([10, 40, 70, 100]) },
    { name: "a bare 1 among fractions under a label without %", workbook: plan([0.1, 0.4, 0.7, 1], { planLabel: "资金支出计划" }) },
    { name: "100.00%", workbook: plan(["10%", "40%", "70%", "100.00%"]) },
    { name: "last blank: plan/not-percent only", workbook: plan(["10%", "40%", "70%", null]) },
    { name: "last unreadable: plan/not-percent only", workbook: plan(["10%", "40%", "70%", "全部"]) },
    { name: "last out of range: plan/out-of-range only", workbook: plan(["10%", "40%", "70%", "120%"]) },
    { name: "two milestones", workbook: plan(["50%", "100%"], { milestones: ["6月底", "12月底"] }) },
  ],
  invalid: [
    { name: "ends at 90%", workbook: plan(["10%", "40%", "70%", "90%"]), errors: [{ cell: "E6", severity: "error" }] },
    { name: "nothing spent at all", workbook: plan(["0%", "0%", "0%", "0%"]), errors: [{ cell: "E6" }] },
    { name: "a number with a 0% format", workbook: plan([[0.1, "0%"], [0.4, "0%"], [0.7, "0%"], [0.9, "0%"]]), errors: [{ cell: "E6" }] },
    { name: "a bare 90 under a（%）label", workbook: plan([10, 40, 70, 90]), errors: [{ cell: "E6" }] },
    { name: "two milestones", workbook: plan(["50%", "80%"], { milestones: ["6月底", "12月底"] }), errors: [{ cell: "C6" }] },
    { name: "99.5%", workbook: plan(["10%", "40%", "70%", "99.5%"]), errors: [{ cell: "E6" }] },
  ],
});
