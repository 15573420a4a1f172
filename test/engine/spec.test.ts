import * as fc from "fast-check";
import { validateSpec, specFindings, specFromTable, normalizeSpec, ProjectSpec } from "../../src/engine/spec";
import { layoutSpec, planToSheetModel } from "../../src/engine/layout";
import { checkWorkbook } from "../../src/engine/check";
import { summarizeTable } from "../../src/engine/summary";
import { safeSheetName, sheetNameProblem } from "../../src/engine/sheet-names";
import { specArb, SEED_SPEC, CLEAN_SPEC } from "../helpers/spec-arb";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("validateSpec", () => {
  it("accepts cli.md's example and fills the defaults", () => {
    const raw = clone(SEED_SPEC) as Partial<ProjectSpec>;
    delete raw.title;
    delete (raw.budget as { total?: number }).total;
    const v = validateSpec(raw);
    expect(v.errors).toEqual([]);
    expect(v.spec!.title).toBe("招商引资项目绩效目标表");
    expect(v.spec!.budget.total).toBe(50);
    expect(v.spec!.department).toBeNull();
    expect(v.spec!.implementer).toBeNull();
    // synonyms put in their canonical names
    expect(v.spec!.indicators[4].level1).toBe("效益指标");
  });

  it("names every bad field with its path, several at once", () => {
    const raw = clone(SEED_SPEC) as unknown as Record<string, unknown>;
    raw.year = "2023";
    raw.unit = "千元";
    raw.framework = "2020";
    raw.extra = true;
    (raw.budget as { parts: unknown[] }).parts = [{ label: "财政资金", amount: 50 }, { label: "其他资金", amount: "三十" }, { label: "财政资金", amount: 1 }, { label: "好多钱", amount: 2 }];
    (raw.plan as unknown[])[2] = { label: "十月份", percent: "0%" };
    (raw.goals as unknown[])[1] = null;
    const inds = raw.indicators as Record<string, unknown>[];
    inds[3].value = 1;
    delete inds[0].name;
    inds[5].level1 = "结果指标";
    inds[2].basis = 7;
    const v = validateSpec(raw);
    expect(v.spec).toBeUndefined();
    const paths = v.errors.map((e) => e.path).sort();
    expect(paths).toEqual(
      [
        "extra",
        "year",
        "unit",
        "framework",
        "budget.parts[1].amount",
        "budget.parts[2].label",
        "budget.parts[3].label",
        "plan[2].label",
        "plan[2].percent",
        "goals[1]",
        "indicators[0].name",
        "indicators[2].basis",
        "indicators[3].value",
      ].sort(),
    );
    const msg = (p: string) => v.errors.find((e) => e.path === p)!.message;
    expect(msg("indicators[3].value")).toMatch(/文字/);
    expect(msg("budget.parts[2].label")).toMatch(/budget\.parts\[0\]\.label/);
    expect(msg("year")).toMatch(/四位年份/);
  });

  it("speaks English on request", () => {
    const v = validateSpec({ year: 2023, name: "", budget: {}, plan: [], goals: "x", indicators: [{ level1: "产出指标" }] }, "en");
    const byPath = Object.fromEntries(v.errors.map((e) => [e.path, e.message]));
    expect(byPath).toMatchObject({
      name: "must not be empty",
      "budget.parts": "is required",
      plan: expect.stringMatching(/at least one milestone/),
      goals: expect.stringMatching(/array/),
      "indicators[0].level2": "is required",
      "indicators[0].name": "is required",
      "indicators[0].value": "is required",
    });
    expect(validateSpec(null, "en").errors).toEqual([{ path: "", message: expect.stringMatching(/JSON object/) }]);
  });

  it("checks the 一级 against the framework and the title's year", () => {
    const raw = { ...clone(SEED_SPEC), title: "2022年招商引资项目绩效目标表" };
    raw.indicators[0] = { ...raw.indicators[0], level1: "成本指标" };
    const v = validateSpec(raw);
    expect(v.errors.map((e) => e.path)).toEqual(["title", "indicators[0].level1"]);
    expect(validateSpec({ ...clone(SEED_SPEC), title: "招商引资" }).errors.map((e) => e.path)).toEqual(["title"]);
  });
});

describe("specFindings", () => {
  it("the source document's table gets exactly the source document's findings, mapped to spec paths", () => {
    const f = specFindings(SEED_SPEC);
    expect(f.map((x) => [x.rule, x.path])).toEqual([
      ["plan/back-loaded", "plan[0].percent"],
      ["indicator/cost-not-monetary", "indicators[3].value"],
    ]);
  });

  it("a clean spec gets none", () => {
    expect(specFindings(CLEAN_SPEC)).toEqual([]);
  });

  it("handmade defects get exactly their findings, at their fields", () => {
    const s = clone(CLEAN_SPEC);
    s.budget = { total: 60, parts: [{ label: "财政资金", amount: 50 }, { label: "其他资金", amount: 5 }] };
    s.plan[1].percent = 10;
    s.plan[3].percent = 90;
    s.purpose = "";
    s.goals = [];
    s.indicators[0].value = "";
    s.indicators[2].value = "2022年12月31日前";
    s.indicators[5].value = "≥70%";
    s.indicators.splice(1, 1); // no 质量指标
    const got = specFindings(s).map((x) => [x.rule, x.path]);
    expect(got).toEqual(
      expect.arrayContaining([
        ["budget/sum-mismatch", "budget.total"],
        ["budget/purpose-empty", "purpose"],
        ["plan/decreasing", "plan[1].percent"],
        ["plan/final-not-100", "plan[3].percent"],
        ["goal/empty", "goals"],
        ["indicator/missing-level2", "indicators[0].level1"],
        ["indicator/value-empty", "indicators[0].value"],
        ["indicator/deadline-year", "indicators[1].value"],
        ["indicator/satisfaction-low", "indicators[4].value"],
      ]),
    );
    expect(got).toHaveLength(9);
  });

  it("is fast enough to run as the user types (< 20 ms for a typical spec)", () => {
    const spec = normalizeSpec(SEED_SPEC);
    specFindings(spec);
    const t0 = performance.now();
    const n = 50;
    for (let i = 0; i < n; i++) specFindings(spec);
    expect((performance.now() - t0) / n).toBeLessThan(20);
  });
});

describe("round trip: spec → layout → sheet model → parse → spec", () => {
  it("holds for random valid specs, which check clean", () => {
    fc.assert(
      fc.property(specArb, (raw) => {
        const v = validateSpec(raw);
        expect(v.errors).toEqual([]);
        const spec = v.spec!;
        const plan = layoutSpec(spec);
        const result = checkWorkbook({ sheets: [planToSheetModel(plan)] });
        expect(result.findings.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
        expect(result.tables).toHaveLength(1);
        expect(specFromTable(result.tables[0])).toEqual(spec);
        // and through the command line's JSON view (plain part names there)
        const summary = summarizeTable(result.tables[0], undefined as never, {}, spec.year);
        const back = specFromTable(summary);
        expect({ ...back, department: spec.department, implementer: spec.implementer }).toEqual(spec);
      }),
      { numRuns: 150 },
    );
  });

  it("holds at an offset on the sheet, under other content", () => {
    const spec = normalizeSpec(CLEAN_SPEC);
    const plan = layoutSpec(spec, { top: 5, left: 2 });
    expect(plan.range).toEqual({ top: 5, left: 2, bottom: plan.range.bottom, right: 8 });
    const sheet = planToSheetModel(plan);
    const result = checkWorkbook({ sheets: [sheet] });
    expect(result.findings).toEqual([]);
    expect(result.summaries[0].range).toBe(`C6:I${plan.range.bottom + 1}`);
    expect(specFromTable(result.tables[0])).toEqual(spec);
  });

  it("a 2021 spec without any 成本指标 reads back as legacy (the layout cannot say otherwise), and deserves indicator/missing-level1", () => {
    const s = { ...clone(CLEAN_SPEC), framework: "2021" as const };
    s.indicators = s.indicators.filter((i) => i.level2 !== "成本指标");
    expect(specFindings(s).map((f) => [f.rule, f.path])).toEqual([["indicator/missing-level1", "indicators"]]);
  });
});

describe("sheet names", () => {
  it("follows Excel's rules", () => {
    expect(safeSheetName("招商引资", [])).toBe("招商引资");
    expect(safeSheetName("招商引资", ["招商引资"])).toBe("招商引资 (2)");
    expect(safeSheetName("Abc", ["abc", "ABC (2)"])).toBe("Abc (3)");
    expect(safeSheetName("a/b:c*d?e[f]g\\h", [])).toBe("a_b_c_d_e_f_g_h");
    expect(safeSheetName("'引号'", [])).toBe("引号");
    expect(safeSheetName("   ", [])).toBe("绩效目标表");
    expect(safeSheetName("History", [])).toBe("History (2)");
    const long = "城乡社区建设教育卫生文化体育农业水利交通科技环保养老就业扶持补助服务管理";
    const one = safeSheetName(long, []);
    expect([...one]).toHaveLength(31);
    const two = safeSheetName(long, [one]);
    expect([...two]).toHaveLength(31);
    expect(two.endsWith(" (2)")).toBe(true);
    for (const n of [one, two, "招商引资 (2)"]) expect(sheetNameProblem(n, [])).toBeNull();
    expect(sheetNameProblem("a]b")).toBe("forbidden-character");
    expect(sheetNameProblem("ABC", ["abc"])).toBe("taken");
    expect(sheetNameProblem("history")).toBe("reserved");
  });

  it("always gives a valid, unused name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 31 }), { maxLength: 5 }), (name, existing) => {
        const n = safeSheetName(name, existing);
        expect(sheetNameProblem(n, existing)).toBeNull();
      }),
    );
  });
});
