import rule from "../../../src/engine/rules/goal-duplicate-across-tables";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { buildStacked, buildTable, CLEAN, SEED_GOALS, TableSpecForTest, workbook } from "../../helpers/layout";
import { checkWorkbook, checkWorkbooks } from "../../../src/engine/check";

const SUPPORT: TableSpecForTest = {
  title: "项目扶持资金绩效目标表",
  name: "项目扶持资金",
  total: "2200万元",
  parts: [
    { label: "其中：财政资金", value: "2200万元" },
    { label: "其他资金", value: null },
  ],
  purpose: "主要用于兑现招商引资扶持政策。",
};
const OWN_GOALS = ["兑现招商引资优惠政策，支持落户企业发展。", "按协议及时拨付扶持资金。"];

const sheet = (spec: TableSpecForTest, name: string) => buildTable(spec, name).sheet;
const stacked = (...specs: TableSpecForTest[]) => buildStacked(specs);
const threeStacked = stacked(
  CLEAN,
  { ...SUPPORT, goals: OWN_GOALS },
  { ...SUPPORT, name: "第三个项目", title: "第三个项目绩效目标表", goals: [OWN_GOALS[0], SEED_GOALS[1]] },
);
const twoStacked = stacked(CLEAN, { ...SUPPORT, goals: SEED_GOALS });
const punct = stacked(CLEAN, {
  ...SUPPORT,
  goals: ["瞄准重点区域 重点客商和商务机构 加强企业对接、园区对接、项目对接,宣传推介高新区投资环境", OWN_GOALS[1]],
});

runRuleTests(rule, {
  valid: [
    { name: "one table", workbook: workbook(sheet(CLEAN, "招商引资")) },
    { name: "two tables with their own goals", workbook: workbook(sheet(CLEAN, "招商引资"), sheet({ ...SUPPORT, goals: OWN_GOALS }, "项目扶持资金")) },
    { name: "the same goal twice in one table is not across tables", workbook: workbook(sheet({ goals: [SEED_GOALS[0], SEED_GOALS[0]] }, "招商引资")) },
    {
      name: "blank goals in both tables",
      workbook: workbook(sheet({ goals: [null, SEED_GOALS[1]] }, "A"), sheet({ ...SUPPORT, goals: [null, OWN_GOALS[1]] }, "B")),
    },
    {
      name: "dashes in both tables are blank",
      workbook: workbook(sheet({ goals: ["——", SEED_GOALS[1]] }, "A"), sheet({ ...SUPPORT, goals: ["——", OWN_GOALS[1]] }, "B")),
    },
    {
      name: "similar is not identical",
      workbook: workbook(sheet(CLEAN, "A"), sheet({ ...SUPPORT, goals: [SEED_GOALS[0].replace("高新区", "开发区"), OWN_GOALS[1]] }, "B")),
    },
  ],
  invalid: [
    {
      name: "the source document: both goals copied, one table per sheet",
      workbook: workbook(sheet(CLEAN, "招商引资"), sheet({ ...SUPPORT, goals: SEED_GOALS }, "项目扶持资金")),
      errors: [
        { cell: "C7", sheet: "项目扶持资金", severity: "warning" },
        { cell: "C8", sheet: "项目扶持资金" },
      ],
    },
    {
      name: "the source document stacked on one sheet: the later table's cells",
      workbook: workbook(twoStacked.sheet),
      errors: twoStacked.at[1].goals.map((cell) => ({ cell })),
    },
    {
      name: "different whitespace and punctuation",
      workbook: workbook(punct.sheet),
      errors: [{ cell: punct.at[1].goals[0] }],
    },
    {
      name: "a third table copying from the first and the second",
      workbook: workbook(threeStacked.sheet),
      errors: threeStacked.at[2].goals.map((cell) => ({ cell })),
    },
    {
      name: "reading order is workbook order: the table on the later sheet is reported",
      workbook: workbook(sheet({ ...SUPPORT, goals: SEED_GOALS }, "项目扶持资金"), sheet(CLEAN, "招商引资")),
      errors: [
        { cell: "C7", sheet: "招商引资" },
        { cell: "C8", sheet: "招商引资" },
      ],
    },
    {
      name: "an unlabelled 年度绩效目标 text copied",
      workbook: workbook(
        sheet({ goalsLabel: "年度绩效目标", goalItems: false, goals: ["完成全年招商引资任务。"] }, "A"),
        sheet({ ...SUPPORT, goalsLabel: "年度绩效目标", goalItems: false, goals: ["完成全年招商引资任务"] }, "B"),
      ),
      errors: [{ cell: "B7", sheet: "B" }],
    },
  ],
});

describe("goal/duplicate-across-tables", () => {
  test("names the earlier table and goal", () => {
    const res = checkWorkbook(workbook(sheet(CLEAN, "招商引资"), sheet({ ...SUPPORT, goals: SEED_GOALS }, "项目扶持资金")), onlyRule(rule.meta.id));
    expect(res.findings.map((f) => f.message)).toEqual([
      "目标1与“招商引资”（工作表招商引资）的目标1相同，请按本项目的实际内容填写绩效目标",
      "目标2与“招商引资”（工作表招商引资）的目标2相同，请按本项目的实际内容填写绩效目标",
    ]);
  });

  test("across files only when asked", () => {
    const a = { ...workbook(sheet(CLEAN, "招商引资")), name: "a.xlsx" };
    const b = { ...workbook(sheet({ ...SUPPORT, goals: SEED_GOALS }, "项目扶持资金")), name: "b.xlsx" };
    const config = onlyRule(rule.meta.id);
    expect(checkWorkbooks([a, b], config).flatMap((r) => r.findings)).toEqual([]);
    const across = checkWorkbooks([a, b], config, { acrossFiles: true });
    expect(across[0].findings).toEqual([]);
    expect(across[1].findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["项目扶持资金!C7", "项目扶持资金!C8"]);
    // the other table is in another file: the message names it
    for (const f of across[1].findings) expect(f.message).toContain("a.xlsx");
  });
});
