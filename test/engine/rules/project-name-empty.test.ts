import rule from "../../../src/engine/rules/project-name-empty";
import { runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, workbook } from "../../helpers/layout";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout", workbook: wb(CLEAN) },
    { name: "label with a trailing colon", workbook: wb(CLEAN, "Sheet1", { cells: { C2: "项目名称：" } }) },
    { name: "a name that is a number", workbook: wb({ name: 2023001 }) },
    { name: "no 项目名称 label at all (table/missing-field's business)", workbook: wb({ omit: ["name"] }) },
  ],
  invalid: [
    { name: "blank", workbook: wb({ name: null }), errors: [{ cell: "D2", severity: "error" }] },
    { name: "spaces only", workbook: wb({ name: "   " }), errors: [{ cell: "D2" }] },
    { name: "template dashes", workbook: wb({ name: "————" }), errors: [{ cell: "D2" }] },
    { name: "blank, without a title row", workbook: wb({ title: null, name: null }), errors: [{ cell: "D1" }] },
  ],
});
