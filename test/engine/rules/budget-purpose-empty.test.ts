import rule from "../../../src/engine/rules/budget-purpose-empty";
import { runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, workbook } from "../../helpers/layout";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout", workbook: wb(CLEAN) },
    { name: "a short usage text", workbook: wb({ purpose: "招商活动经费" }) },
    { name: "no budget block (table/missing-field's business)", workbook: wb({ omit: ["budget"] }) },
  ],
  invalid: [
    { name: "blank", workbook: wb({ purpose: null }), errors: [{ cell: "B4", severity: "warning" }] },
    { name: "spaces and line breaks only", workbook: wb({ purpose: " \n " }), errors: [{ cell: "B4" }] },
    { name: "template dashes", workbook: wb({ purpose: "——" }), errors: [{ cell: "B4" }] },
    { name: "无", workbook: wb({ purpose: "无" }), errors: [{ cell: "B4" }] },
    { name: "blank, without a title row", workbook: wb({ title: null, purpose: null }), errors: [{ cell: "B3" }] },
  ],
});
