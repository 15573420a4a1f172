import rule from "../../../src/engine/rules/table-missing-field";
import { runRuleTests, onlyRule } from "../../helpers/rule-tester";
import { buildStacked, buildTable, CLEAN, workbook } from "../../helpers/layout";
import { checkWorkbook } from "../../../src/engine/check";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);
const stacked = buildStacked([CLEAN, { ...CLEAN, title: "项目扶持资金项目绩效目标表", name: "项目扶持资金", omit: ["goals"] }]);

runRuleTests(rule, {
  valid: [
    { name: "the clean source layout", workbook: wb(CLEAN) },
    { name: "no title row", workbook: wb({ title: null }) },
    { name: "资金总额 instead of 预算数", workbook: wb({ totalLabel: "资金总额" }) },
    {
      name: "预算数 with its unit in the label",
      workbook: wb({
        totalLabel: "预算数（万元）",
        total: 50,
        parts: [
          { label: "其中：财政资金", value: 50 },
          { label: "其他资金", value: null },
        ],
      }),
    },
    { name: "年度绩效目标 as one unlabelled text", workbook: wb({ goalsLabel: "年度绩效目标", goalItems: false, goals: ["完成全年招商引资任务。"] }) },
    { name: "no 资金支出计划: plan/missing's (a warning), not a missing required part", workbook: wb({ omit: ["plan"] }) },
    {
      name: "the parts option can drop a part",
      workbook: wb({ omit: ["goals"] }),
      config: { rules: { "table/missing-field": { options: { parts: ["name", "total", "header"] } } } },
    },
    { name: "blank values are other rules' business", workbook: wb({ name: null, total: null, plan: [null, null, null, null], goals: [null, null] }) },
  ],
  invalid: [
    { name: "no 项目名称", workbook: wb({ omit: ["name"] }), errors: [{ cell: "A1", severity: "error" }] },
    { name: "no budget block", workbook: wb({ omit: ["budget"] }), errors: [{ cell: "A1" }] },
    {
      name: "no 资金支出计划 when the parts option asks for it",
      workbook: wb({ omit: ["plan"] }),
      config: { rules: { "table/missing-field": { options: { parts: ["name", "total", "plan", "goals", "header"] } } } },
      errors: [{ cell: "A1" }],
    },
    {
      name: "parts named as the sheet names them",
      workbook: wb({ omit: ["plan"] }),
      config: { rules: { "table/missing-field": { options: { parts: ["项目名称", "资金支出计划"] } } } },
      errors: [{ cell: "A1" }],
    },
    { name: "a 资金支出计划 label without milestones", workbook: wb({ milestones: [], plan: [] }), errors: [{ cell: "A1" }] },
    { name: "no 绩效目标", workbook: wb({ omit: ["goals"] }), errors: [{ cell: "A1" }] },
    { name: "no indicator header", workbook: wb({ omit: ["header"] }), errors: [{ cell: "A1" }] },
    { name: "several parts missing: one finding", workbook: wb({ omit: ["name", "plan", "goals"] }), errors: [{ cell: "A1" }] },
    {
      name: "without a title, at the block's top-left cell",
      workbook: wb({ title: null, omit: ["goals"] }, "Sheet1", { top: 2, left: 1 }),
      errors: [{ cell: "B3" }],
    },
    {
      name: "the second of two stacked tables, at its own title",
      workbook: workbook(stacked.sheet),
      errors: [{ cell: stacked.at[1].first }],
    },
  ],
});

describe("table/missing-field messages", () => {
  test("one message names every missing part", () => {
    const res = checkWorkbook(wb({ omit: ["name", "plan", "goals"] }), onlyRule(rule.meta.id));
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0].message).toBe("绩效目标表缺少项目名称、绩效目标，请按模板补齐");
  });

  test("English", () => {
    const res = checkWorkbook(wb({ omit: ["budget"] }), onlyRule(rule.meta.id, { lang: "en" }));
    expect(res.findings[0].message).toBe("The table lacks: 预算数（或资金总额）; add them as in the template");
  });

  test("a table lacking its goal part gets table/missing-field only, not goal/empty", () => {
    const res = checkWorkbook(wb({ omit: ["goals"] }));
    expect(res.findings.map((f) => `${f.rule}@${f.cell}`).filter((x) => /^(table|goal)\//.test(x))).toEqual(["table/missing-field@A1"]);
  });
});
