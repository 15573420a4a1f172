import rule from "../../../src/engine/rules/indicator-missing-level1";
import { checkWorkbook } from "../../../src/engine/check";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, SEED_FUCHI, SEED_ZHAOSHANG, seedWith, tableWith } from "../../helpers/indicator-tables";

const withoutSatisfaction = SEED_INDICATORS.slice(0, 5);
const outputOnly = SEED_INDICATORS.slice(0, 4);
const header = tableWith(SEED_INDICATORS).at.header;

runRuleTests(rule, {
  valid: [
    { name: "招商引资 (source document)", workbook: tableWith(SEED_ZHAOSHANG).workbook },
    { name: "项目扶持资金 (source document)", workbook: tableWith(SEED_FUCHI).workbook },
    { name: "clean legacy block: 产出, 效果 (for 效益), 满意度; legacy needs no 成本", workbook: tableWith(SEED_INDICATORS).workbook },
    { name: "2021 framework with 成本指标", workbook: tableWith(INDICATORS_2021).workbook },
    {
      name: "一级 with weights and numbering: 产出指标(50分), 效益指标（30分）, 满意度指标 10分",
      workbook: tableWith(
        seedWith({
          0: { l1: "产出指标(50分)" },
          1: { l1: "产出指标(50分)" },
          2: { l1: "产出指标(50分)" },
          3: { l1: "产出指标(50分)" },
          4: { l1: "效益指标（30分）" },
          5: { l1: "满意度指标10分" },
        }),
      ).workbook,
    },
    { name: "no indicator header at all: table/missing-field's business", workbook: tableWith(SEED_INDICATORS, { omit: ["header"] }).workbook },
  ],
  invalid: [
    { name: "an indicator header with no indicator rows", workbook: tableWith([]).workbook, errors: [{ cell: header }] },
    { name: "no 满意度指标", workbook: tableWith(withoutSatisfaction).workbook, errors: [{ cell: header, severity: "error" }] },
    { name: "only 产出指标: one finding naming 效益 and 满意度", workbook: tableWith(outputOnly).workbook, errors: [{ cell: header }] },
    {
      name: "an unrecognised 一级 (其他指标) does not stand for 效益",
      workbook: tableWith(seedWith({ 4: { l1: "其他指标" } })).workbook,
      errors: [{ cell: header }],
    },
    {
      name: "2021 framework forced by configuration on a legacy table: 成本指标 is missing",
      workbook: tableWith(SEED_INDICATORS).workbook,
      config: { framework: "2021" },
      errors: [{ cell: header }],
    },
    {
      name: "2021 framework without 满意度指标",
      workbook: tableWith(INDICATORS_2021.slice(0, 6)).workbook,
      errors: [{ cell: header }],
    },
  ],
});

describe("indicator/missing-level1 messages", () => {
  test("names every missing 一级 once, in both languages", () => {
    const { workbook } = tableWith(outputOnly);
    const zh = checkWorkbook(workbook, onlyRule(rule.meta.id)).findings;
    expect(zh.map((f) => f.message)).toEqual(["缺少一级指标：效益指标、满意度指标（应包含产出指标、效益指标、满意度指标）"]);
    const en = checkWorkbook(workbook, onlyRule(rule.meta.id, { lang: "en" })).findings;
    expect(en[0].message).toBe(
      "Level-1 indicator missing: 效益指标、满意度指标 (required: 产出指标、效益指标、满意度指标)",
    );
  });

  test("2021 framework asks for 成本指标 too", () => {
    const { workbook } = tableWith(SEED_INDICATORS);
    expect(checkWorkbook(workbook, onlyRule(rule.meta.id, { framework: "2021" })).findings.map((f) => f.message)).toEqual([
      "缺少一级指标：成本指标（应包含成本指标、产出指标、效益指标、满意度指标）",
    ]);
  });
});
