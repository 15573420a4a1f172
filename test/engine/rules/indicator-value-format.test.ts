import rule from "../../../src/engine/rules/indicator-value-format";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const valid = (name: string, index: number, value: Parameters<typeof seedValue>[1]) => ({ name, workbook: tableWith(seedValue(index, value)).workbook });
const invalid = (name: string, index: number, value: Parameters<typeof seedValue>[1]) => ({
  name,
  workbook: tableWith(seedValue(index, value)).workbook,
  errors: [{ cell: at.values[index], severity: "error" }],
});

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document: 12月31日前, 提升, ≥90%; ≥1场 is a cost)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document: 是 for 质量 and 效益)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework (无明显影响 for 社会成本)", workbook: tableWith(INDICATORS_2021).workbook },
    valid("数量 as a duration", ROW.quantity, "≥3天"),
    valid("数量 as a range with digits", ROW.quantity, "1-2场"),
    valid("数量 as a percentage", ROW.quantity, "100%"),
    valid("数量 as a bare number (unit-missing's business)", ROW.quantity, 20),
    valid("数量 in words with a comparison", ROW.quantity, "不少于3家"),
    valid("质量 qualitative", ROW.quality, "合格"),
    valid("质量 anything (no format is asked of 质量)", ROW.quality, "按规定执行"),
    valid("效益 qualitative", ROW.benefit, "明显提升"),
    valid("满意度 as a percentage number format", ROW.satisfaction, [0.9, "0%"]),
    valid("满意度 with its name repeated", ROW.satisfaction, "满意度≥90%"),
    valid("满意度 as a percentage range", ROW.satisfaction, "90%-95%"),
    valid("数量 in Chinese numerals", ROW.quantity, "三场"),
    valid("满意度 in Chinese numerals", ROW.satisfaction, "百分之九十五"),
    valid("时效 in Chinese numerals", ROW.timeliness, "十二月底前"),
    valid("时效 as a duration in Chinese numerals", ROW.timeliness, "十二个月"),
    valid("满意度 in full-width digits", ROW.satisfaction, "≥９５％"),
    valid("时效 deadline with a year", ROW.timeliness, "2023年12月31日前"),
    valid("时效 year words", ROW.timeliness, "年底前"),
    valid("时效 duration", ROW.timeliness, "≤30个工作日"),
    valid("时效 as a real Excel date", ROW.timeliness, [45291, "yyyy-mm-dd"]),
    valid("时效 recurring monthly", ROW.timeliness, "每月15日前"),
    valid("时效 recurring quarterly", ROW.timeliness, "每季度首月25日前"),
    valid("时效 recurring, with its verb", ROW.timeliness, "每月10日前完成"),
    valid("成本 formats are cost-not-monetary's", ROW.cost, "按预算执行"),
    valid("a blank value is value-empty's only", ROW.satisfaction, null),
    valid("a placeholder is value-placeholder's only", ROW.satisfaction, "≥**%"),
  ],
  invalid: [
    invalid("数量 qualitative", ROW.quantity, "提升"),
    invalid("数量 in words without a number", ROW.quantity, "若干场"),
    invalid("数量 as a deadline", ROW.quantity, "12月31日前"),
    invalid("满意度 qualitative", ROW.satisfaction, "满意"),
    invalid("满意度 as a bare number", ROW.satisfaction, "≥90"),
    invalid("满意度 as a fraction without % format", ROW.satisfaction, 0.9),
    invalid("满意度 in points", ROW.satisfaction, "90分"),
    invalid("时效 qualitative", ROW.timeliness, "按期完成"),
    invalid("时效 impossible date", ROW.timeliness, "2月30日前"),
    invalid("时效 a count", ROW.timeliness, "≥1次"),
    invalid("时效 a period that names no day", ROW.timeliness, "每月"),
    invalid("时效 a recurring day that does not exist", ROW.timeliness, "每月32日前"),
    {
      name: "2021: 满意度 qualitative",
      workbook: tableWith(seedValue(6, "较好", INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.values[6] }],
    },
  ],
});

describe("indicator/value-format messages", () => {
  test("by kind", () => {
    const msg = (index: number, value: string, lang: "zh" | "en" = "zh") =>
      checkWorkbook(tableWith(seedValue(index, value)).workbook, onlyRule(rule.meta.id, { lang })).findings[0].message;
    expect(msg(ROW.quantity, "提升")).toBe("数量指标值“提升”中没有数字，应写明目标数量（如“≥20人”）");
    expect(msg(ROW.satisfaction, "满意")).toBe("满意度指标值“满意”不是百分比，应写作如“≥90%”");
    expect(msg(ROW.timeliness, "按期完成")).toBe("时效指标值“按期完成”不是有效的日期、期限或时长，应写作如“12月31日前”或“≤30个工作日”");
    expect(msg(ROW.timeliness, "按期完成", "en")).toContain('"按期完成" is not a valid date');
  });
});
