import rule from "../../../src/engine/rules/indicator-unit-missing";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const valid = (name: string, index: number, value: Parameters<typeof seedValue>[1]) => ({ name, workbook: tableWith(seedValue(index, value)).workbook });

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document: ≥20人, ≥1场)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document: ≥3家, ≥95%)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework", workbook: tableWith(INDICATORS_2021).workbook },
    valid("万 counts as a unit", ROW.cost, "≥50万"),
    valid("人次", ROW.quantity, "≥200人次"),
    valid("a unit in the number format", ROW.quantity, [20, '0"人"']),
    valid("a percentage by number format", ROW.quantity, [1, "0%"]),
    valid("qualitative 数量 is value-format's", ROW.quantity, "提升"),
    valid("a bare number under 质量 is not checked", ROW.quality, "≥10"),
    valid("a bare number under 满意度 is value-format's", ROW.satisfaction, "90"),
    valid("a duration has its unit", ROW.quantity, "≥3天"),
    { name: "2021: 社会成本 qualitative", workbook: tableWith(seedValue(1, "无明显影响", INDICATORS_2021)).workbook },
    valid("a bare number under 效益 is not checked", ROW.benefit, "≥5"),
  ],
  invalid: [
    { name: "数量 ≥20", workbook: tableWith(seedValue(ROW.quantity, "≥20")).workbook, errors: [{ cell: at.values[0], severity: "warning" }] },
    { name: "数量 a bare number cell", workbook: tableWith(seedValue(ROW.quantity, 600)).workbook, errors: [{ cell: at.values[0] }] },
    { name: "成本 ≤50 (not cost-not-monetary)", workbook: tableWith(seedValue(ROW.cost, "≤50")).workbook, errors: [{ cell: at.values[3] }] },
    { name: "数量 in words", workbook: tableWith(seedValue(ROW.quantity, "不少于3")).workbook, errors: [{ cell: at.values[0] }] },
    {
      name: "2021: 经济成本 ≤50",
      workbook: tableWith(seedValue(0, "≤50", INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.values[0] }],
    },
    {
      name: "2021: 社会成本 ≤2 is a 成本 value too",
      workbook: tableWith(seedValue(1, "≤2", INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.values[1] }],
    },
  ],
});

describe("indicator/unit-missing messages", () => {
  test("quotes the value", () => {
    const { workbook } = tableWith(seedValue(ROW.quantity, "≥20"));
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings[0].message).toBe("指标值“≥20”的数字后没有计量单位，应写明单位（如“人”“次”“万元”“%”）");
  });
});
