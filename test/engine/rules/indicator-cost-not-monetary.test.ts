import rule from "../../../src/engine/rules/indicator-cost-not-monetary";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const at2021 = tableWith(INDICATORS_2021).at;

runRuleTests(rule, {
  valid: [
    { name: "项目扶持资金 (source document: ≥95% 支出实现率 is a ratio)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "clean legacy (≤50万元)", workbook: tableWith(SEED_INDICATORS).workbook },
    { name: "2021 framework (≤50万元; 社会成本 无明显影响 is qualitative)", workbook: tableWith(INDICATORS_2021).workbook },
    { name: "a unit cost", workbook: tableWith(seedValue(ROW.cost, "≤200元/人")).workbook },
    { name: "yuan", workbook: tableWith(seedValue(ROW.cost, "≤500000元")).workbook },
    { name: "money by number format", workbook: tableWith(seedValue(ROW.cost, [50, '0.00"万元"'])).workbook },
    { name: "a ratio by number format", workbook: tableWith(seedValue(ROW.cost, [0.95, "0%"])).workbook },
    { name: "a number without unit is unit-missing's", workbook: tableWith(seedValue(ROW.cost, "≤50")).workbook },
    { name: "blank is value-empty's", workbook: tableWith(seedValue(ROW.cost, null)).workbook },
    { name: "placeholder is value-placeholder's", workbook: tableWith(seedValue(ROW.cost, "≤XX万元")).workbook },
    { name: "a count under 数量 is no cost", workbook: tableWith(seedValue(ROW.quantity, "≥1场")).workbook },
    { name: "2021: 社会成本 qualitative", workbook: tableWith(seedValue(1, "对周边交通有一定影响", INDICATORS_2021)).workbook },
    { name: "2021: 社会成本 a count (only 经济成本 is checked)", workbook: tableWith(seedValue(1, "≤2次", INDICATORS_2021)).workbook },
  ],
  invalid: [
    { name: "招商引资 (source document): ≥1场", workbook: tableWith(SEED_ZHAOSHANG).workbook, errors: [{ cell: at.values[3], severity: "warning" }] },
    { name: "qualitative", workbook: tableWith(seedValue(ROW.cost, "按预算执行")).workbook, errors: [{ cell: at.values[3] }] },
    { name: "万 alone is no currency", workbook: tableWith(seedValue(ROW.cost, "≤50万")).workbook, errors: [{ cell: at.values[3] }] },
    { name: "a deadline", workbook: tableWith(seedValue(ROW.cost, "12月31日前")).workbook, errors: [{ cell: at.values[3] }] },
    {
      name: "2021: a legacy 成本指标 left under 产出 is still a cost",
      workbook: tableWith([...INDICATORS_2021.slice(0, 5), { l1: "产出指标", l2: "成本指标", name: "举办/参加活动场次", value: "≥1场", basis: "工作经验" }, ...INDICATORS_2021.slice(5)]).workbook,
      errors: [{ cell: at2021.values[5] }],
    },
    { name: "2021: 经济成本 ≥1场", workbook: tableWith(seedValue(0, "≥1场", INDICATORS_2021)).workbook, errors: [{ cell: at2021.values[0] }] },
  ],
});

describe("indicator/cost-not-monetary messages", () => {
  test("the source document's finding", () => {
    const { workbook } = tableWith(SEED_ZHAOSHANG);
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings.map((f) => f.message)).toEqual([
      "成本指标值“≥1场”既不是金额也不是比率，应写明金额（如“≤50万元”）或比率（如“≥95%”）",
    ]);
  });
});
