import rule from "../../../src/engine/rules/plan-decreasing";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, TableSpecForTest, workbook } from "../../helpers/layout";
import { checkWorkbook } from "../../../src/engine/check";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);
const plan = (values: TableSpecForTest["plan"], extra: TableSpecForTest = {}) => wb({ plan: values, ...extra });

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout", workbook: wb(CLEAN) },
    { name: "equal values are not decreasing: 0%, 0%, 0%, 100%", workbook: plan(["0%", "0%", "0%", "100%"]) },
    { name: "numbers with a 0% format", workbook: plan([[0.1, "0%"], [0.4, "0%"], [0.4, "0%"], [1, "0%"]]) },
    { name: "text and numbers mixed", workbook: plan(["10%", [0.4, "0%"], 70, "１００％"]) },
    { name: "bare fractions under a label without %", workbook: plan([0.3, 0.6, 0.9, 1], { planLabel: "资金支出计划" }) },
    { name: "a blank milestone is skipped", workbook: plan(["10%", null, "40%", "100%"]) },
    { name: "an out-of-range milestone is skipped: 40% compares with 10%", workbook: plan(["10%", "150%", "40%", "100%"]) },
    { name: "an unreadable milestone is skipped", workbook: plan(["10%", "七成", "40%", "100%"]) },
  ],
  invalid: [
    { name: "10%, 50%, 30%, 100%", workbook: plan(["10%", "50%", "30%", "100%"]), errors: [{ cell: "D6", severity: "error" }] },
    { name: "compared with the last valid value before a blank", workbook: plan(["50%", null, "30%", "100%"]), errors: [{ cell: "D6" }] },
    { name: "compared with the last valid value before an out-of-range one", workbook: plan(["60%", "-5%", "30%", "100%"]), errors: [{ cell: "D6" }] },
    { name: "each valid value with the one just before it: 10%, 50%, 30%, 40%", workbook: plan(["10%", "50%", "30%", "40%"]), errors: [{ cell: "D6" }] },
    { name: "two drops", workbook: plan(["50%", "40%", "30%", "100%"]), errors: [{ cell: "C6" }, { cell: "D6" }] },
    { name: "a 0% formatted number below a text value", workbook: plan(["50%", [0.4, "0%"], "70%", "100%"]), errors: [{ cell: "C6" }] },
    { name: "bare numbers under a（%）label", workbook: plan([10, 60, 50, 100]), errors: [{ cell: "D6" }] },
    { name: "bare fractions under a label without %", workbook: plan([0.3, 0.6, 0.5, 1], { planLabel: "资金支出计划" }), errors: [{ cell: "D6" }] },
    { name: "the last milestone lower", workbook: plan(["10%", "40%", "70%", "60%"]), errors: [{ cell: "E6" }] },
  ],
});

test("plan/decreasing message", () => {
  const res = checkWorkbook(plan(["10%", "50%", "30%", "100%"]), onlyRule(rule.meta.id));
  expect(res.findings.map((f) => f.message)).toEqual(["资金支出计划是累计进度，10月底（30%）低于前一节点6月底（50%）"]);
});
