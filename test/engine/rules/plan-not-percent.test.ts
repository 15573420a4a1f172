import rule from "../../../src/engine/rules/plan-not-percent";
import { runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, TableSpecForTest, workbook } from "../../helpers/layout";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);
const plan = (values: TableSpecForTest["plan"], extra: TableSpecForTest = {}) => wb({ plan: values, ...extra });

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout", workbook: wb(CLEAN) },
    { name: "the source document: 0%, 0%, 0%, 100%", workbook: plan(["0%", "0%", "0%", "100%"]) },
    { name: "numbers with a 0% format", workbook: plan([[0.1, "0%"], [0.4, "0%"], [0.7, "0%"], [1, "0%"]]) },
    { name: "full-width １００％", workbook: plan(["１０％", "４０％", "７０％", "１００％"]) },
    { name: "bare numbers under a（%）label", workbook: plan([10, 40, 70, 100]) },
    { name: "bare fractions under a label without %", workbook: plan([0.1, 0.4, 0.7, 1], { planLabel: "资金支出计划" }) },
    { name: "percent text with spaces and decimals", workbook: plan(["10 %", "40.5%", "70%", "100%"]) },
    { name: "out of range is plan/out-of-range's business", workbook: plan(["10%", "40%", "-5%", "120%"]) },
  ],
  invalid: [
    { name: "a blank milestone", workbook: plan(["10%", null, "70%", "100%"]), errors: [{ cell: "C6", severity: "error" }] },
    { name: "dashes are blank", workbook: plan(["—", "40%", "70%", "100%"]), errors: [{ cell: "B6" }] },
    { name: "words", workbook: plan(["10%", "40%", "七成", "100%"]), errors: [{ cell: "D6" }] },
    { name: "a placeholder", workbook: plan(["**%", "40%", "70%", "100%"]), errors: [{ cell: "B6" }] },
    { name: "an amount instead of a share", workbook: plan(["10%", "20万元", "70%", "100%"]), errors: [{ cell: "C6" }] },
    { name: "every milestone blank", workbook: plan([null, null, null, null]), errors: [{ cell: "B6" }, { cell: "C6" }, { cell: "D6" }, { cell: "E6" }] },
    { name: "the last one blank", workbook: plan(["10%", "40%", "70%", null]), errors: [{ cell: "E6" }] },
  ],
});
