import rule from "../../../src/engine/rules/indicator-satisfaction-low";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, seedWith, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const threshold = (n: number) => ({ rules: { "indicator/satisfaction-low": { options: { threshold: n } } } });

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document: ≥90%)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework", workbook: tableWith(INDICATORS_2021).workbook },
    { name: "exactly 80%", workbook: tableWith(seedValue(ROW.satisfaction, "≥80%")).workbook },
    { name: "option threshold 70 with ≥75%", workbook: tableWith(seedValue(ROW.satisfaction, "≥75%")).workbook, config: threshold(70) },
    {
      name: "a 效益 indicator named …满意度 is not a 满意度 indicator",
      workbook: tableWith(seedWith({ 4: { name: "群众满意度", value: "≥60%" } })).workbook,
    },
    { name: "below 0% is percent-out-of-range's", workbook: tableWith(seedValue(ROW.satisfaction, "-10%")).workbook },
    { name: "no percentage is value-format's", workbook: tableWith(seedValue(ROW.satisfaction, "70")).workbook },
    { name: "a low rate that is no 满意度", workbook: tableWith(seedWith({ 1: { name: "验收合格率", value: "≥60%" } })).workbook },
  ],
  invalid: [
    { name: "≥70%", workbook: tableWith(seedValue(ROW.satisfaction, "≥70%")).workbook, errors: [{ cell: at.values[5], severity: "warning" }] },
    { name: "75% as a number format", workbook: tableWith(seedValue(ROW.satisfaction, [0.75, "0%"])).workbook, errors: [{ cell: at.values[5] }] },
    { name: "option threshold 95 with ≥90%", workbook: tableWith(SEED_INDICATORS).workbook, config: threshold(95), errors: [{ cell: at.values[5] }] },
    {
      name: "满意度 二级 written as 社会公众或服务对象满意度指标",
      workbook: tableWith(seedWith({ 5: { l2: "社会公众或服务对象满意度指标", value: "达到60%" } })).workbook,
      errors: [{ cell: at.values[5] }],
    },
    {
      name: "2021 framework",
      workbook: tableWith(seedValue(6, "≥60%", INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.values[6] }],
    },
  ],
});

describe("indicator/satisfaction-low messages", () => {
  test("quotes the value and the threshold", () => {
    const { workbook } = tableWith(seedValue(ROW.satisfaction, "≥70%"));
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings[0].message).toBe("满意度指标值“≥70%”低于80%，一般应不低于80%");
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id, { lang: "en", ...threshold(85) })).findings[0].message).toBe(
      'Satisfaction target "≥70%" is below 85%; it should normally be at least 85%',
    );
  });
});
