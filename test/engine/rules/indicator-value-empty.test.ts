import rule from "../../../src/engine/rules/indicator-value-empty";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, seedWith, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const level2Only = seedWith({ 3: { name: "", desc: undefined, value: null, basis: undefined } });

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework", workbook: tableWith(INDICATORS_2021).workbook },
    { name: 'a value of only "/" is a placeholder (indicator/value-placeholder)', workbook: tableWith(seedValue(ROW.quality, "/")).workbook },
    { name: "dashes only (——) are a placeholder (indicator/value-placeholder)", workbook: tableWith(seedValue(ROW.satisfaction, "——")).workbook },
    { name: "a number 0 is a value", workbook: tableWith(seedValue(ROW.quantity, 0)).workbook },
    { name: "无 is a (qualitative) value", workbook: tableWith(seedWith({ 1: { value: "无" } }, INDICATORS_2021)).workbook },
    {
      name: "a value merged over two rows covers both",
      workbook: tableWith(seedValue(ROW.cost, null), {}, { merges: [`${at.values[2]}:${at.values[3]}`] }).workbook,
    },
  ],
  invalid: [
    { name: "blank 数量 value", workbook: tableWith(seedValue(ROW.quantity, null)).workbook, errors: [{ cell: at.values[0], severity: "error" }] },
    { name: "whitespace only", workbook: tableWith(seedValue(ROW.timeliness, "  ")).workbook, errors: [{ cell: at.values[2] }] },
    { name: "invisible characters only", workbook: tableWith(seedValue(ROW.timeliness, "\u200b\ufeff")).workbook, errors: [{ cell: at.values[2] }] },
    { name: "招商引资 with its 成本 value blank", workbook: tableWith(seedValue(ROW.cost, null, SEED_ZHAOSHANG)).workbook, errors: [{ cell: at.values[3] }] },
    { name: "a row holding only a 二级 label", workbook: tableWith(level2Only).workbook, errors: [{ cell: at.values[3] }] },
    {
      name: "2021: blank 经济成本 value",
      workbook: tableWith(seedValue(0, null, INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.values[0] }],
    },
  ],
});

describe("indicator/value-empty messages", () => {
  test("names the indicator", () => {
    const { workbook } = tableWith(seedValue(ROW.quantity, null));
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings[0].message).toBe("“接待客商人数”的指标值未填写");
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id, { lang: "en" })).findings[0].message).toBe('The target value of "接待客商人数" is blank');
  });
});
