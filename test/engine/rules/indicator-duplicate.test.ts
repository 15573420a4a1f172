import rule from "../../../src/engine/rules/indicator-duplicate";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, SEED_FUCHI, SEED_ZHAOSHANG, seedWith, tableWith } from "../../helpers/indicator-tables";
import { buildStacked, workbook } from "../../helpers/layout";

const at = tableWith(SEED_INDICATORS).at;

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework", workbook: tableWith(INDICATORS_2021).workbook },
    {
      name: "the same names in two tables of one sheet (项目完成时效 in both source tables)",
      workbook: workbook(buildStacked([{ indicators: SEED_ZHAOSHANG }, { name: "项目扶持资金", title: "2023年项目扶持资金绩效目标表", indicators: SEED_FUCHI }]).sheet),
    },
    { name: "blank names are name-empty's", workbook: tableWith(seedWith({ 0: { name: "" }, 1: { name: "" } })).workbook },
    { name: "placeholder names are value-placeholder's", workbook: tableWith(seedWith({ 0: { name: "XX" }, 1: { name: "XX" } })).workbook },
    {
      name: "one name cell merged over two rows",
      workbook: tableWith(seedWith({ 3: { name: "" } }), {}, { merges: [`${at.names[2]}:${at.names[3]}`] }).workbook,
    },
  ],
  invalid: [
    {
      name: "the same 三级 under 数量 and 质量: at the second",
      workbook: tableWith(seedWith({ 1: { name: "接待客商人数" } })).workbook,
      errors: [{ cell: at.names[1], severity: "warning" }],
    },
    {
      name: "three times: at the second and third",
      workbook: tableWith(seedWith({ 1: { name: "接待客商人数" }, 4: { name: "接待客商人数" } })).workbook,
      errors: [{ cell: at.names[1] }, { cell: at.names[4] }],
    },
    {
      name: "differences of width, space and line breaks do not matter",
      workbook: tableWith(seedWith({ 0: { name: "开展招商活动(次)" }, 1: { name: "开展招商\n活动（次）" } })).workbook,
      errors: [{ cell: at.names[1] }],
    },
    {
      name: "2021 framework",
      workbook: tableWith(seedWith({ 6: { name: "活动经费" } }, INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.names[6] }],
    },
  ],
});

describe("indicator/duplicate messages", () => {
  test("points back to the first occurrence", () => {
    const { workbook: wb } = tableWith(seedWith({ 1: { name: "接待客商人数" } }));
    expect(checkWorkbook(wb, onlyRule(rule.meta.id)).findings[0].message).toBe(`三级指标“接待客商人数”与${at.names[0]}重复`);
  });
});
