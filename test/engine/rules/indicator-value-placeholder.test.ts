import rule from "../../../src/engine/rules/indicator-value-placeholder";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, seedWith, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const invalid = (name: string, index: number, value: string) => ({
  name,
  workbook: tableWith(seedValue(index, value)).workbook,
  errors: [{ cell: at.values[index], severity: "error" }],
});

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document: 举办/参加活动场次 is a name; ———— under 项目编码 is no indicator)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document: 实际支出资金/已到位资金 is a description)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework", workbook: tableWith(INDICATORS_2021).workbook },
    { name: "a slash inside a value", workbook: tableWith(seedValue(ROW.cost, "≤200元/人")).workbook },
    { name: "a range is a value", workbook: tableWith(seedValue(ROW.satisfaction, "90-95%")).workbook },
    { name: "a placeholder in the description or basis is not this rule's", workbook: tableWith(seedWith({ 0: { desc: "XX", basis: "/" } })).workbook },
  ],
  invalid: [
    invalid("≥**%", ROW.satisfaction, "≥**%"),
    invalid("**月**日前", ROW.timeliness, "**月**日前"),
    invalid("XX人", ROW.quantity, "XX人"),
    invalid("lower-case xx", ROW.quantity, "≥xx人"),
    invalid("××", ROW.cost, "≤××万元"),
    invalid("待定", ROW.quality, "待定"),
    invalid("only /", ROW.benefit, "/"),
    invalid("only a full-width ／", ROW.benefit, "／"),
    invalid("only dashes (——)", ROW.quality, "——"),
    invalid("only -", ROW.quantity, "-"),
    invalid("only --", ROW.timeliness, "--"),
    invalid("only _", ROW.cost, "_"),
    invalid("only —", ROW.satisfaction, "—"),
    { name: "三级 only —", workbook: tableWith(seedWith({ 2: { name: "————" } })).workbook, errors: [{ cell: at.names[2] }] },
    { name: "三级 XX", workbook: tableWith(seedWith({ 1: { name: "XX" } })).workbook, errors: [{ cell: at.names[1] }] },
    { name: "三级 only /", workbook: tableWith(seedWith({ 1: { name: "/" } })).workbook, errors: [{ cell: at.names[1] }] },
    {
      name: "name and value of one row",
      workbook: tableWith(seedWith({ 0: { name: "XX指标", value: "≥XX人" } })).workbook,
      errors: [{ cell: at.names[0] }, { cell: at.values[0] }],
    },
    {
      name: "2021: 经济成本 ≤**万元",
      workbook: tableWith(seedValue(0, "≤**万元", INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.values[0] }],
    },
  ],
});

describe("indicator/value-placeholder with every rule on", () => {
  test("replaces every other finding on its cell", () => {
    const { workbook } = tableWith(seedWith({ 5: { value: "≥**%" }, 0: { name: "/", value: "XX" } }));
    const got = checkWorkbook(workbook).findings.filter((f) => f.rule.startsWith("indicator/"));
    expect(got.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      `indicator/value-placeholder ${at.names[0]}`,
      `indicator/value-placeholder ${at.values[0]}`,
      `indicator/value-placeholder ${at.values[5]}`,
    ]);
  });
  test("messages", () => {
    const { workbook } = tableWith(seedWith({ 0: { name: "XX" } }));
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings[0].message).toBe("三级指标“XX”是模板占位符，请填写实际指标名称");
    const { workbook: wb2 } = tableWith(seedValue(ROW.satisfaction, "≥**%"));
    expect(checkWorkbook(wb2, onlyRule(rule.meta.id, { lang: "en" })).findings[0].message).toBe(
      'Target value "≥**%" is a template placeholder; fill in the actual target',
    );
  });
});
