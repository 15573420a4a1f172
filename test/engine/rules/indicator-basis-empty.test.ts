import rule from "../../../src/engine/rules/indicator-basis-empty";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, SEED_FUCHI, SEED_ZHAOSHANG, seedWith, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const noBasisColumn = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"];

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework", workbook: tableWith(INDICATORS_2021).workbook },
    { name: "a table without the 依据 column", workbook: tableWith(SEED_INDICATORS, { header: noBasisColumn }).workbook },
    {
      name: "the column headed 依据",
      workbook: tableWith(SEED_INDICATORS, { header: ["一级指标", "二级指标", "三级指标", "指标解释", "年度指标值", "依据"] }).workbook,
    },
  ],
  invalid: [
    { name: "blank basis", workbook: tableWith(seedWith({ 0: { basis: undefined } })).workbook, errors: [{ cell: at.bases[0], severity: "warning" }] },
    { name: "\"/\" and 无 say nothing", workbook: tableWith(seedWith({ 1: { basis: "/" }, 4: { basis: "无" } })).workbook, errors: [{ cell: at.bases[1] }, { cell: at.bases[4] }] },
    { name: "dashes", workbook: tableWith(seedWith({ 5: { basis: "——" } })).workbook, errors: [{ cell: at.bases[5] }] },
    {
      name: "a row holding only a 二级 label gets it too (name-empty and value-empty report their own cells)",
      workbook: tableWith(seedWith({ 3: { name: "", desc: undefined, value: null, basis: undefined } })).workbook,
      errors: [{ cell: at.bases[3] }],
    },
    {
      name: "2021: blank basis under 社会成本指标",
      workbook: tableWith(seedWith({ 1: { basis: undefined } }, INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.bases[1] }],
    },
  ],
});

describe("indicator/basis-empty messages", () => {
  test("names the indicator", () => {
    const { workbook } = tableWith(seedWith({ 0: { basis: undefined } }));
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings[0].message).toBe("“接待客商人数”的指标值确定依据未填写（如“工作计划”“历史标准”“行业标准”）");
  });
});
