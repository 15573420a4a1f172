import rule from "../../../src/engine/rules/goal-empty";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { checkWorkbook } from "../../../src/engine/check";
import { buildTable, CLEAN, workbook } from "../../helpers/layout";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout", workbook: wb(CLEAN) },
    { name: "one labelled goal", workbook: wb({ goals: ["完成全年招商引资任务。"] }) },
    { name: "年度绩效目标 as one unlabelled text", workbook: wb({ goalsLabel: "年度绩效目标", goalItems: false, goals: ["完成全年招商引资任务。"] }) },
    { name: "no goal part at all (table/missing-field's business)", workbook: wb({ omit: ["goals"] }) },
  ],
  invalid: [
    { name: "目标1 blank", workbook: wb({ goals: [null, "接待客商来访考察。"] }), errors: [{ cell: "C7", severity: "error" }] },
    { name: "目标2 only spaces", workbook: wb({ goals: ["接待客商来访考察。", "  \n "] }), errors: [{ cell: "C8" }] },
    { name: "目标2 template dashes", workbook: wb({ goals: ["接待客商来访考察。", "——"] }), errors: [{ cell: "C8" }] },
    { name: "every labelled goal blank: each text cell", workbook: wb({ goals: [null, null] }), errors: [{ cell: "C7" }, { cell: "C8" }] },
    {
      name: "no goal text at all: the unlabelled text cell",
      workbook: wb({ goalsLabel: "年度绩效目标", goalItems: false, goals: [null] }),
      errors: [{ cell: "B7" }],
    },
  ],
});

/**
 * Parser bug (src/engine/parse.ts parseGoals, "skip blank cells before the content" is not done):
 * goal texts written in C7 and C8 (merged C:G) beside a blank column B — no 目标N labels — are
 * lost; the model holds one blank goal at B7, so goal/empty reports B7 although both goals are
 * filled in (and goal/duplicate-across-tables cannot see them). Input: the clean table with
 * B7 and B8 (目标1, 目标2) emptied.
 */
test("parser: goal texts beside a blank label column are read (no goal/empty)", () => {
  const { sheet } = buildTable(CLEAN, "Sheet1", { cells: { B7: null, B8: null } });
  const res = checkWorkbook(workbook(sheet), onlyRule(rule.meta.id));
  expect(res.findings.map((f) => f.cell)).toEqual([]);
});
