import { checkWithTestRules, noTableWorkbook, sampleWorkbook } from "./fixtures";

/** The pane's tests rely on these fixtures; pin what the engine makes of them. */
describe("task-pane fixtures", () => {
  test("the sample workbook has three tables and findings of every severity", () => {
    const r = checkWithTestRules(sampleWorkbook());
    expect(r.tables.map((t) => t.sheet)).toEqual(["商务局", "商务局", "财政局"]);
    expect(r.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} [${f.table}] ${f.message}`)).toMatchInlineSnapshot(`
     [
       "error test/name-empty 商务局!D2 [2023年招商引资项目绩效目标表] 项目名称为空。",
       "warning test/basis-empty 商务局!F12 [2023年招商引资项目绩效目标表] “开展招商活动”的指标值确定依据为空。",
       "info test/value-long 商务局!E32 [展会] 指标值有 15 个字，超过 8 个。",
       "warning test/basis-empty 财政局!F12 [财政监督] “开展招商活动”的指标值确定依据为空。",
     ]
    `);
  });
  test("the no-table workbook has no table", () => {
    expect(checkWithTestRules(noTableWorkbook()).tables).toEqual([]);
  });
});
