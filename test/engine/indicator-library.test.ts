import { INDICATOR_LIBRARY, PROJECT_CLASSES, indicatorFromEntry, libraryFor, placeOf } from "../../src/engine/indicator-library";
import { specFindings, normalizeSpec, ProjectSpec, SpecIndicator } from "../../src/engine/spec";
import { composeValue, splitValue, TYPICAL_UNITS, VALUE_COMPARISONS } from "../../src/engine/value-compose";
import { readIndicatorValue } from "../../src/engine/values";
import type { FrameworkId } from "../../src/engine/model";
import { CLEAN_SPEC } from "../helpers/spec-arb";

/** A clean project whose own indicators have names no library entry uses. */
function base(framework: FrameworkId): ProjectSpec {
  const inds: SpecIndicator[] = [
    { level1: "产出指标", level2: "数量指标", name: "基础数量甲", description: "基础数量", value: "≥3项", basis: "工作计划" },
    { level1: "产出指标", level2: "质量指标", name: "基础质量乙", description: "基础质量", value: "≥98%", basis: "工作计划" },
    { level1: "产出指标", level2: "时效指标", name: "基础时效丙", description: "基础时效", value: "12月31日前", basis: "工作计划" },
    { level1: "效益指标", level2: "社会效益指标", name: "基础效益丁", description: "基础效益", value: "有所提升", basis: "工作计划" },
    { level1: "满意度指标", level2: "服务对象满意度指标", name: "基础满意度戊", description: "基础满意度", value: "≥85%", basis: "工作计划" },
  ];
  if (framework === "2021")
    inds.unshift({ level1: "成本指标", level2: "经济成本指标", name: "基础成本己", description: "基础成本", value: "≤40万元", basis: "部门预算批复" });
  return { ...JSON.parse(JSON.stringify(CLEAN_SPEC)), year: 2024, title: undefined, framework, indicators: inds };
}

describe("the indicator library", () => {
  it("every entry checks clean when used, in each framework it has a place in", () => {
    let used = 0;
    for (const framework of ["legacy", "2021"] as const) {
      expect(specFindings(normalizeSpec(base(framework)))).toEqual([]);
      for (const e of INDICATOR_LIBRARY) {
        if (e.framework && e.framework !== framework) continue;
        const spec = base(framework);
        const ind = indicatorFromEntry(e, framework, spec.year);
        // after the others of its 一级, as the wizard's tree keeps them
        const at = spec.indicators.map((i) => i.level1).lastIndexOf(ind.level1);
        spec.indicators.splice(at < 0 ? spec.indicators.length : at + 1, 0, ind);
        const findings = specFindings(normalizeSpec(spec));
        expect([framework, e.id, findings.map((f) => `${f.rule}: ${f.message}`)]).toEqual([framework, e.id, []]);
        used++;
      }
    }
    expect(used).toBeGreaterThan(100);
  });

  it("has common entries for every 二级 of both frameworks, and several per project class", () => {
    for (const framework of ["legacy", "2021"] as const) {
      const common = libraryFor(framework).filter((e) => e.classes.length === 0);
      const covered = new Set(common.map((e) => `${e.level1}/${e.level2}`));
      const tree = {
        legacy: [
          "产出指标/数量指标",
          "产出指标/质量指标",
          "产出指标/时效指标",
          "产出指标/成本指标",
          "效益指标/经济效益指标",
          "效益指标/社会效益指标",
          "效益指标/生态效益指标",
          "效益指标/可持续影响指标",
          "满意度指标/服务对象满意度指标",
        ],
        "2021": [
          "成本指标/经济成本指标",
          "成本指标/社会成本指标",
          "成本指标/生态环境成本指标",
          "产出指标/数量指标",
          "产出指标/质量指标",
          "产出指标/时效指标",
          "效益指标/经济效益指标",
          "效益指标/社会效益指标",
          "效益指标/生态效益指标",
          "效益指标/可持续影响指标",
          "满意度指标/服务对象满意度指标",
        ],
      }[framework];
      expect([...covered].sort()).toEqual([...tree].sort());
    }
    for (const c of PROJECT_CLASSES) {
      const own = INDICATOR_LIBRARY.filter((e) => e.classes.includes(c.id));
      expect([c.zh, own.length >= 6]).toEqual([c.zh, true]);
      // a class covers 数量, 质量, 时效, 成本 and 满意度
      expect([c.zh, [...new Set(own.map((e) => e.slot))].filter((s) => ["数量", "质量", "时效", "成本", "服务对象满意度"].includes(s)).sort()]).toEqual([
        c.zh,
        ["质量", "成本", "数量", "时效", "服务对象满意度"].sort(),
      ]);
    }
    expect(new Set(INDICATOR_LIBRARY.map((e) => e.id)).size).toBe(INDICATOR_LIBRARY.length);
  });

  it("the unit of each entry is what its value says", () => {
    for (const e of INDICATOR_LIBRARY) {
      const text = e.value.replace("{year}", "2024");
      const v = readIndicatorValue({ row: 0, col: 0, value: text, text, numberFormat: "General" });
      const unit = v.kind === "quantity" || v.kind === "duration" ? v.unit : "";
      expect([e.id, unit]).toEqual([e.id, e.unit.normalize("NFKC")]); // the reader folds full-width brackets
    }
  });

  it("places 成本 where the framework keeps it; narrows to a 二级 and a project class", () => {
    expect(placeOf("成本", "legacy")).toEqual({ level1: "产出指标", level2: "成本指标" });
    expect(placeOf("成本", "2021")).toEqual({ level1: "成本指标", level2: "经济成本指标" });
    expect(placeOf("社会成本", "legacy")).toBeUndefined();
    const training = libraryFor("legacy", { level2: "数量指标", projectClass: "meeting" });
    expect(training.map((e) => e.id)).toEqual(["meeting.sessions", "meeting.trainees", "meeting.meetings", "common.tasks", "common.coverage"]);
    expect(libraryFor("2021", { level2: "经济成本指标", projectClass: "it" }).map((e) => e.id)).toEqual(["it.cost", "common.costControl"]);
    expect(
      indicatorFromEntry(
        INDICATOR_LIBRARY.find((e) => e.id === "common.deadline")!,
        "legacy",
        2025,
      ).value,
    ).toBe("2025年12月31日前");
  });
});

describe("the 指标值 helper", () => {
  it("composes comparison, number and unit into what the checker reads back", () => {
    expect(composeValue({ comparison: "≥", number: "20", unit: "人" })).toBe("≥20人");
    expect(composeValue({ comparison: "不少于", number: "3", unit: "家" })).toBe("不少于3家");
    expect(composeValue({ comparison: "", number: "100", unit: "%" })).toBe("100%");
    expect(composeValue({ comparison: "≤", number: "50.50", unit: " 万元 " })).toBe("≤50.5万元");
    expect(composeValue({ comparison: "≥", number: "二十", unit: "人" })).toBe("");
    expect(composeValue({ comparison: "≥", number: "", unit: "人" })).toBe("");
    for (const comparison of VALUE_COMPARISONS) {
      const text = composeValue({ comparison, number: "12", unit: "场" });
      const v = readIndicatorValue({ row: 0, col: 0, value: text, text, numberFormat: "General" });
      expect([text, v.kind, v.kind === "quantity" ? [v.value, v.unit] : null]).toEqual([text, "quantity", [12, "场"]]);
      expect(splitValue(text)).toEqual({ comparison, number: "12", unit: "场" });
    }
  });

  it("splits typed values for the helper; not quantities give nothing", () => {
    expect(splitValue("≥90%")).toEqual({ comparison: "≥", number: "90", unit: "%" });
    expect(splitValue(">=20人")).toEqual({ comparison: "≥", number: "20", unit: "人" });
    expect(splitValue("≤30个工作日")).toEqual({ comparison: "≤", number: "30", unit: "个工作日" });
    expect(splitValue("提升")).toBeUndefined();
    expect(splitValue("12月31日前")).toBeUndefined();
  });

  it("offers typical units for every 二级 of both frameworks", () => {
    for (const l2 of [
      "数量",
      "质量",
      "时效",
      "成本",
      "经济成本",
      "社会成本",
      "生态环境成本",
      "经济效益",
      "社会效益",
      "生态效益",
      "可持续影响",
      "服务对象满意度",
    ])
      expect(TYPICAL_UNITS[l2]?.length).toBeGreaterThan(0);
  });
});
