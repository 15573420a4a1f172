import rule from "../../../src/engine/rules/budget-purpose-empty";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { checkWorkbook } from "../../../src/engine/check";
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

/**
 * Parser bug (src/engine/parse.ts parseBudget → groupRows): when 预算规模及资金用途 is written once
 * in A3 without being merged over A4 (table-format.md: "a label written only once with blank cells
 * below"), and the usage cell B4:G4 (still merged) is blank, the whole row counts as blank, the
 * group stops at row 3 and budget.purpose is undefined: the blank usage text goes unreported.
 * Input: the clean table with purpose null and the A3:A4 merge removed.
 */
test("parser: a blank usage cell under an unmerged group label is still the usage slot", () => {
  const { sheet } = buildTable({ purpose: null });
  sheet.merges = sheet.merges.filter((m) => !(m.top === 2 && m.left === 0));
  const res = checkWorkbook(workbook(sheet), onlyRule(rule.meta.id));
  expect(res.findings.map((f) => f.cell)).toEqual(["B4"]);
});
