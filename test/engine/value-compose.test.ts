import { composeValue, defaultComparison } from "../../src/engine/value-compose";
import { specFindings } from "../../src/engine/spec";
import { CLEAN_SPEC } from "../helpers/spec-arb";

describe("the value helper's starting comparison", () => {
  test.each([
    ["产出指标", "成本指标", "≤"],
    ["成本指标", "经济成本指标", "≤"],
    ["产出指标", "时效指标", "≤"],
    ["产出指标", "数量指标", "≥"],
    ["满意度指标", "服务对象满意度指标", "≥"],
  ])("%s / %s starts at %s", (l1, l2, want) => {
    expect(defaultComparison(l1, l2)).toBe(want);
  });

  test("what it composes for a cost by default is what the checker accepts", () => {
    const i = CLEAN_SPEC.indicators.findIndex((x) => x.level2 === "成本指标");
    const value = composeValue({ comparison: defaultComparison("产出指标", "成本指标"), number: "50", unit: "万元" });
    const spec = { ...CLEAN_SPEC, indicators: CLEAN_SPEC.indicators.map((x, k) => (k === i ? { ...x, value } : x)) };
    expect(specFindings(spec).map((f) => f.rule)).toEqual([]);
    const lower = { ...spec, indicators: spec.indicators.map((x, k) => (k === i ? { ...x, value: "≥50万元" } : x)) };
    expect(specFindings(lower).map((f) => f.rule)).toContain("indicator/cost-lower-bound");
  });
});
