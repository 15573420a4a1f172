import rule from "../../../src/engine/rules/indicator-unknown-level2";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, SEED_FUCHI, SEED_ZHAOSHANG, seedWith, tableWith } from "../../helpers/indicator-tables";

const at = tableWith(SEED_INDICATORS).at;
const at2021 = tableWith(INDICATORS_2021).at;
const legacyCostIn2021 = [
  ...INDICATORS_2021.slice(0, 5),
  { l1: "产出指标", l2: "成本指标", name: "人均接待成本", desc: "人均成本", value: "≤200元/人", basis: "预算标准" },
  ...INDICATORS_2021.slice(5),
];

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "2021 framework: 经济成本指标 and 社会成本指标 under 成本指标", workbook: tableWith(INDICATORS_2021).workbook },
    {
      name: "synonyms: 环境效益指标 under 效果, 社会公众或服务对象满意度指标 and plain 满意度指标 under 满意度, numbered 二级",
      workbook: tableWith(
        seedWith({ 0: { l2: "1.数量指标" }, 4: { l2: "环境效益指标" }, 5: { l2: "社会公众或服务对象满意度指标" } }),
      ).workbook,
    },
    { name: "plain 满意度指标 as the 二级", workbook: tableWith(seedWith({ 5: { l2: "满意度指标" } })).workbook },
    {
      name: "a 一级 label merged across the 一级 and 二级 columns has no 二级",
      workbook: tableWith(seedWith({ 4: { l2: "" } }), {}, { merges: [`${at.l1[4]}:${at.l2[4]}`] }).workbook,
    },
    {
      name: "under an unrecognised 一级, a 二级 the framework knows is not judged",
      workbook: tableWith(seedWith({ 4: { l1: "其他", l2: "经济效益指标" } })).workbook,
    },
    { name: "a blank 二级 is not reported", workbook: tableWith(seedWith({ 4: { l2: "" } })).workbook },
  ],
  invalid: [
    {
      name: "经济效益指标 under 产出指标",
      workbook: tableWith(seedWith({ 1: { l2: "经济效益指标" } })).workbook,
      errors: [{ cell: at.l2[1], severity: "error" }],
    },
    {
      name: "a 二级 merged over two rows is reported once",
      workbook: tableWith(seedWith({ 2: { l2: "经济效益指标" }, 3: { l2: "" } }), {}, { merges: [`${at.l2[2]}:${at.l2[3]}`] }).workbook,
      errors: [{ cell: at.l2[2] }],
    },
    {
      name: "a 二级 written once with blank cells below is reported once",
      workbook: tableWith(seedWith({ 2: { l2: "经济效益指标" }, 3: { l2: "" } })).workbook,
      errors: [{ cell: at.l2[2] }],
    },
    {
      name: "a 二级 no framework knows (其他指标)",
      workbook: tableWith(seedWith({ 1: { l2: "其他指标" } })).workbook,
      errors: [{ cell: at.l2[1] }],
    },
    {
      name: "2021 framework: 成本指标 under 产出指标 belongs to the legacy framework only",
      workbook: tableWith(legacyCostIn2021).workbook,
      errors: [{ cell: tableWith(legacyCostIn2021).at.l2[5] }],
    },
    {
      name: "legacy framework forced on a 2021 table: its 成本 二级 cells",
      workbook: tableWith(INDICATORS_2021).workbook,
      config: { framework: "legacy" },
      errors: [{ cell: at2021.l2[0] }, { cell: at2021.l2[1] }],
    },
    {
      name: "2021 二级 in a legacy table (经济成本指标 under 效果)",
      workbook: tableWith(seedWith({ 4: { l2: "经济成本指标" } })).workbook,
      errors: [{ cell: at.l2[4] }],
    },
    {
      name: "under an unrecognised 一级, a 二级 no framework knows",
      workbook: tableWith(seedWith({ 4: { l1: "其他", l2: "乱写指标" } })).workbook,
      errors: [{ cell: at.l2[4] }],
    },
  ],
});

describe("indicator/unknown-level2 messages", () => {
  test("says where the 二级 belongs", () => {
    const { workbook } = tableWith(seedWith({ 1: { l2: "经济效益指标" } }));
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id)).findings.map((f) => f.message)).toEqual([
      "二级指标“经济效益指标”不属于一级指标“产出指标”（该一级指标下应为：数量指标、质量指标、时效指标、成本指标）",
    ]);
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id, { lang: "en" })).findings[0].message).toBe(
      'Level-2 indicator "经济效益指标" does not belong under level-1 "产出指标" (which takes: 数量指标、质量指标、时效指标、成本指标)',
    );
  });
  test("a 一级 the framework lacks", () => {
    const { workbook } = tableWith(INDICATORS_2021);
    const msgs = checkWorkbook(workbook, onlyRule(rule.meta.id, { framework: "legacy" })).findings.map((f) => f.message);
    expect(msgs[0]).toBe("二级指标“经济成本指标”所在的一级指标“成本指标”不属于所用的指标框架");
  });
});
