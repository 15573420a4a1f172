import rule from "../../../src/engine/rules/indicator-name-empty";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, SEED_FUCHI, SEED_ZHAOSHANG, seedWith, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const level2Only = seedWith({ 3: { name: "", desc: undefined, value: null, basis: undefined } });
const level1Only = [...SEED_INDICATORS.slice(0, 5), { l1: "效益指标", l2: "", name: "", value: null }, SEED_INDICATORS[5]];
const atLevel1Only = tableWith(level1Only).at;

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document; 举办/参加活动场次 is a name)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework", workbook: tableWith(INDICATORS_2021).workbook },
    { name: "a placeholder name (XX, /) is indicator/value-placeholder's", workbook: tableWith(seedWith({ 0: { name: "XX" }, 1: { name: "/" } })).workbook },
    {
      name: "a name merged over two rows covers both",
      workbook: tableWith(seedWith({ 3: { name: "" } }), {}, { merges: [`${at.names[2]}:${at.names[3]}`] }).workbook,
    },
  ],
  invalid: [
    { name: "blank 三级 with a value", workbook: tableWith(seedWith({ 0: { name: "" } })).workbook, errors: [{ cell: at.names[0], severity: "error" }] },
    { name: "only whitespace", workbook: tableWith(seedWith({ 1: { name: " \n " } })).workbook, errors: [{ cell: at.names[1] }] },
    { name: "a row holding only a 二级 label", workbook: tableWith(level2Only).workbook, errors: [{ cell: at.names[3] }] },
    { name: "a row holding only a 一级 label", workbook: tableWith(level1Only).workbook, errors: [{ cell: atLevel1Only.names[5] }] },
    {
      name: "2021: blank name under 社会成本指标",
      workbook: tableWith(seedWith({ 1: { name: "" } }, INDICATORS_2021)).workbook,
      errors: [{ cell: tableWith(INDICATORS_2021).at.names[1] }],
    },
  ],
});

describe("indicator/name-empty messages", () => {
  test("quotes the value when there is one", () => {
    const { workbook } = tableWith(seedWith({ 0: { name: "" } }));
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings[0].message).toBe("三级指标名称未填写（指标值为“≥20人”）");
    const { workbook: labelOnly } = tableWith(level2Only);
    expect(checkWorkbook(labelOnly, onlyRule(rule.meta.id, { lang: "en" })).findings[0].message).toBe("The level-3 indicator name is blank");
  });
});
