import rule from "../../../src/engine/rules/indicator-cost-lower-bound";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const at2021 = tableWith(INDICATORS_2021).at;
const valid = (name: string, value: Parameters<typeof seedValue>[1]) => ({ name, workbook: tableWith(seedValue(ROW.cost, value)).workbook });
const invalid = (name: string, value: Parameters<typeof seedValue>[1]) => ({
  name,
  workbook: tableWith(seedValue(ROW.cost, value)).workbook,
  errors: [{ cell: at.values[3], severity: "warning" }],
});

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document: ≥1场 is a count, not money)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document: ≥95% is a ratio)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework", workbook: tableWith(INDICATORS_2021).workbook },
    valid("a ceiling", "≤50万元"),
    valid("a ceiling in words", "控制在50万元以内"),
    valid("an exact amount", "50万元"),
    valid("equal", "=50万元"),
    valid("a unitless floor is unit-missing's", "≥50"),
    valid("a floor on 万 alone is not money (cost-not-monetary's)", "≥50万"),
    { name: "a money floor under 数量 is no cost", workbook: tableWith(seedValue(ROW.quantity, "≥50万元")).workbook },
    { name: "2021: a floor under 社会成本 is not checked", workbook: tableWith(seedValue(1, "≥50万元", INDICATORS_2021)).workbook },
  ],
  invalid: [
    invalid("≥", "≥50万元"),
    invalid("full-width ＞", "＞30万元"),
    invalid("以上", "50万元以上"),
    invalid("不低于", "不低于50万元"),
    invalid("不少于 yuan", "不少于500000元"),
    invalid("a per-head floor", "≥200元/人"),
    { name: "2021: 经济成本 不少于", workbook: tableWith(seedValue(0, "不少于10万元", INDICATORS_2021)).workbook, errors: [{ cell: at2021.values[0] }] },
  ],
});

describe("indicator/cost-lower-bound messages", () => {
  test("suggests the ceiling", () => {
    const { workbook } = tableWith(seedValue(ROW.cost, "50万元以上"));
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings[0].message).toBe("成本指标值“50万元以上”只设了下限，成本应设上限（如“≤50万元”）");
  });
});
