import rule from "../../../src/engine/rules/indicator-percent-out-of-range";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, seedWith, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const at2021 = tableWith(INDICATORS_2021).at;

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document: ≥95% 支出实现率)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework (≥95% 活动达标率)", workbook: tableWith(INDICATORS_2021).workbook },
    { name: "满意度 of exactly 100%", workbook: tableWith(seedValue(ROW.satisfaction, "=100%")).workbook },
    { name: "满意度 of 100% as a number format", workbook: tableWith(seedValue(ROW.satisfaction, [1, "0%"])).workbook },
    {
      name: "a growth rate may exceed 100%",
      workbook: tableWith(seedWith({ 4: { name: "营业收入增长率", value: "≥150%" } })).workbook,
    },
    { name: "a 数量 percentage over 100% whose name is no bounded rate", workbook: tableWith(seedValue(ROW.quantity, "120%")).workbook },
    { name: "a bare 110 under 满意度 is no percentage (value-format's)", workbook: tableWith(seedValue(ROW.satisfaction, "110")).workbook },
    { name: "0% is in range", workbook: tableWith(seedWith({ 1: { name: "投诉率", value: "0%" } })).workbook },
  ],
  invalid: [
    { name: "满意度 above 100%", workbook: tableWith(seedValue(ROW.satisfaction, "≥110%")).workbook, errors: [{ cell: at.values[5], severity: "error" }] },
    { name: "满意度 above 100% as a number format", workbook: tableWith(seedValue(ROW.satisfaction, [1.2, "0%"])).workbook, errors: [{ cell: at.values[5] }] },
    {
      name: "a bounded rate from the 三级 name (验收合格率) under 质量",
      workbook: tableWith(seedWith({ 1: { name: "验收合格率", value: "120%" } })).workbook,
      errors: [{ cell: at.values[1] }],
    },
    {
      name: "支出实现率 above 100% as a 成本 (source document's 项目扶持资金)",
      workbook: tableWith(seedValue(ROW.cost, "≥105%", SEED_FUCHI)).workbook,
      errors: [{ cell: at.values[3] }],
    },
    { name: "any percentage below 0%", workbook: tableWith(seedValue(ROW.quantity, "-5%")).workbook, errors: [{ cell: at.values[0] }] },
    { name: "a negative 满意度 gets this, not satisfaction-low", workbook: tableWith(seedValue(ROW.satisfaction, "-10%")).workbook, errors: [{ cell: at.values[5] }] },
    {
      name: "2021: 活动达标率 above 100%",
      workbook: tableWith(seedValue(3, "110%", INDICATORS_2021)).workbook,
      errors: [{ cell: at2021.values[3] }],
    },
  ],
});

describe("indicator/percent-out-of-range messages", () => {
  test("above and below", () => {
    const msg = (index: number, value: string) => checkWorkbook(tableWith(seedValue(index, value)).workbook, onlyRule(rule.meta.id)).findings[0].message;
    expect(msg(ROW.satisfaction, "≥110%")).toBe("“受益人满意度”的指标值“≥110%”超过100%，该比率不可能超过100%");
    expect(msg(ROW.quantity, "-5%")).toBe("指标值“-5%”低于0%");
  });
});
