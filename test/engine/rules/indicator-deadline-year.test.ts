import rule from "../../../src/engine/rules/indicator-deadline-year";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const noYearTitle = { title: "招商引资项目绩效目标表" };
/** Excel serial of 2024-12-31. */
const DEC_31_2024 = 45657;

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document: 12月31日前 names no year)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework (2023年12月31日前 in a 2023 table)", workbook: tableWith(INDICATORS_2021).workbook },
    { name: "年底前 names no year", workbook: tableWith(seedValue(ROW.timeliness, "年底前")).workbook },
    { name: "a duration", workbook: tableWith(seedValue(ROW.timeliness, "≤12个月")).workbook },
    { name: "the budget year's own date", workbook: tableWith(seedValue(ROW.timeliness, "2023年底前")).workbook },
    {
      name: "no budget year known anywhere",
      workbook: tableWith(seedValue(ROW.timeliness, "2022年12月31日前"), noYearTitle, { sheet: "Sheet1", file: "绩效目标.xlsx" }).workbook,
    },
    { name: "configuration's year", workbook: tableWith(seedValue(ROW.timeliness, "2024年12月31日前")).workbook, config: { year: 2024 } },
    { name: "a year in a 质量 value is not a 时效 date", workbook: tableWith(seedValue(ROW.quality, "2022年12月31日前")).workbook },
    { name: "an unreadable 时效 value is value-format's", workbook: tableWith(seedValue(ROW.timeliness, "2022年2月30日前")).workbook },
  ],
  invalid: [
    {
      name: "2022 deadline in a 2023 table (title)",
      workbook: tableWith(seedValue(ROW.timeliness, "2022年12月31日前")).workbook,
      errors: [{ cell: at.values[2], severity: "error" }],
    },
    {
      name: "a real Excel date in 2024",
      workbook: tableWith(seedValue(ROW.timeliness, [DEC_31_2024, "yyyy-mm-dd"])).workbook,
      errors: [{ cell: at.values[2] }],
    },
    {
      name: "configuration's year wins over the title",
      workbook: tableWith(SEED_INDICATORS.map((x, i) => (i === ROW.timeliness ? { ...x, value: "2023年12月31日前" } : x))).workbook,
      config: { year: 2024 },
      errors: [{ cell: at.values[2] }],
    },
    {
      name: "year from the sheet name",
      workbook: tableWith(seedValue(ROW.timeliness, "2023年底前"), noYearTitle, { sheet: "2024年项目" }).workbook,
      errors: [{ cell: at.values[2] }],
    },
    {
      name: "year from the file name",
      workbook: tableWith(seedValue(ROW.timeliness, "2023.12.31前"), noYearTitle, { file: "2024年预算绩效.xlsx" }).workbook,
      errors: [{ cell: at.values[2] }],
    },
    {
      name: "2021 framework",
      workbook: tableWith(seedValue(4, "2022年12月31日前", INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.values[4] }],
    },
  ],
});

describe("indicator/deadline-year messages", () => {
  test("names both years", () => {
    const { workbook } = tableWith(seedValue(ROW.timeliness, "2022年12月31日前"));
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings[0].message).toBe("时效指标值“2022年12月31日前”的年份是2022年，与预算年度2023年不一致");
  });
});
