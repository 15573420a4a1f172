import rule from "../../../src/engine/rules/plan-missing";
import { runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, workbook } from "../../helpers/layout";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout", workbook: wb(CLEAN) },
    { name: "a plan with blank values is the other plan rules' business", workbook: wb({ plan: [null, null, null, null] }) },
    { name: "a plan label without milestones is table/missing-field's", workbook: wb({ milestones: [], plan: [] }) },
  ],
  invalid: [
    { name: "no 资金支出计划 at all, at the title", workbook: wb({ omit: ["plan"] }), errors: [{ cell: "A1", severity: "warning" }] },
    {
      name: "without a title, at the block's top-left cell",
      workbook: wb({ title: null, omit: ["plan"] }, "Sheet1", { top: 2, left: 1 }),
      errors: [{ cell: "B3" }],
    },
  ],
});
