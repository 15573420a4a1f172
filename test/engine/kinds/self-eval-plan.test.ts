import { checkWorkbook, parseWorkbook } from "../../../src/engine/check";
import { planToSheetModel } from "../../../src/engine/layout";
import { selfEvalAfter, selfEvalPlan, indicatorWeights, selfEvalPlanFromSpec } from "../../../src/engine/kinds/self-eval-plan";
import { specFromTable } from "../../../src/engine/spec";
import { buildStacked, buildTable, workbook, SEED_INDICATORS } from "../../helpers/layout";

/** 生成自评表 in the engine alone: the plan read back as a sheet, checked by the real rules. */

function projectTable(spec = {}) {
  const parsed = parseWorkbook(workbook(buildTable(spec).sheet));
  expect(parsed.tables).toHaveLength(1);
  return parsed.tables[0];
}

test("the generated 自评表 is recognised as one and deserves only its blanks' findings", () => {
  const plan = selfEvalPlan(projectTable());
  const res = checkWorkbook({ name: "自评.xlsx", sheets: [planToSheetModel(plan)] });
  expect(res.tables.map((t) => t.kind)).toEqual(["self-evaluation"]);
  const t = res.tables[0];
  expect(t.name?.cell.text).toBe("招商引资");
  expect(t.indicators.map((i) => i.name.cell.text)).toEqual(SEED_INDICATORS.map((i) => i.name));
  expect(t.selfEvaluation?.money?.rows.map((r) => r.label)).toEqual(["年度资金总额", "其中：财政资金", "其他资金"]);
  expect(t.selfEvaluation?.goals?.expected?.cell.text).toMatch(/^1\. 瞄准重点区域/);
  // one actual-empty per indicator, nothing else at any severity
  expect(res.findings.map((f) => f.rule)).toEqual(SEED_INDICATORS.map(() => "selfeval/actual-empty"));
  expect(res.findings.map((f) => f.cell)).toEqual(t.selfEvaluation!.scores.map((s) => `${String.fromCharCode(65 + s.actual!.col)}${s.actual!.row + 1}`));
});

test("分值: money 10, then 产出 50, 效益 30, 满意度 10 split evenly; the 总分 row's 分值 is 100", () => {
  const t = projectTable();
  const w = indicatorWeights(specFromTable(t), t, {});
  // 4 产出 (50), 1 效益 (30), 1 满意度 (10)
  expect(w).toEqual([12.5, 12.5, 12.5, 12.5, 30, 10]);
  const plan = selfEvalPlan(t);
  const total = plan.cells.find((c) => c.formula?.startsWith("SUM(") && c.value === 100);
  expect(total).toBeDefined();
});

test("a missing 一级's points go to the others; weights in labels (产出指标(60分)) are kept", () => {
  const noSatisfaction = projectTable({ indicators: SEED_INDICATORS.slice(0, 5) });
  const w = indicatorWeights(specFromTable(noSatisfaction), noSatisfaction, {});
  expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(90, 9);
  const labelled = projectTable({
    indicators: SEED_INDICATORS.map((x) => ({
      ...x,
      l1: x.l1.startsWith("产出") ? "产出指标(60分)" : x.l1.startsWith("效果") ? "效益指标(20分)" : "满意度指标(10分)",
    })),
  });
  expect(indicatorWeights(specFromTable(labelled), labelled, {})).toEqual([15, 15, 15, 15, 20, 10]);
  expect(indicatorWeights(specFromTable(labelled), labelled, { moneyWeight: 20, weights: [10, 10, 10, 10, 20, 20] })).toEqual([10, 10, 10, 10, 20, 20]);
});

test("得分 formulas only where the target is a number; 执行率 and the money score are live", () => {
  const plan = selfEvalPlanFromSpec(specFromTable(projectTable()), { moneyWeight: 20 });
  const formulas = plan.cells.filter((c) => c.formula).map((c) => c.formula!);
  expect(formulas.some((f) => /MIN\(F\d+\/20,1\)/.test(f))).toBe(true); // ≥20人
  expect(formulas.some((f) => /F\d+<=50/.test(f))).toBe(true); // ≤50万元
  expect(formulas.some((f) => /MIN\(F\d+\/0\.9,1\)/.test(f))).toBe(true); // ≥90%
  expect(formulas.some((f) => /^IF\(OR\(G\d+="",N\(F\d+\)=0\),"",G\d+\/F\d+\)$/.test(f))).toBe(true);
  expect(plan.cells.find((c) => c.value === 20 && c.col === 7)).toBeDefined();
  expect(plan.print).toMatchObject({ paperSize: "A4", fitToWidth: 1, fitToHeight: 0 });
});

describe("分值 from the target table's 权重/分值 column (the 一体化 export layout)", () => {
  const HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据", "分值"];
  const weighted = (weights: (number | string | null)[]) =>
    projectTable({ header: HEADER, indicators: SEED_INDICATORS.map((x, i) => ({ ...x, weight: weights[i] })) });
  const weightCells = (plan: ReturnType<typeof selfEvalPlan>) => {
    const sheet = planToSheetModel(plan);
    const t = parseWorkbook({ name: "自评.xlsx", sheets: [sheet] }).tables[0];
    return t.selfEvaluation!.scores.map((s) => s.weight!.cell.value);
  };

  test("the column is read as the target table's weights", () => {
    const t = weighted([20, 20, 10, 10, 20, 20]);
    expect(t.indicators.map((i) => i.weight?.cell.value)).toEqual([20, 20, 10, 10, 20, 20]);
  });

  test("weights adding up to 100 keep their proportions within the 90 the money line leaves", () => {
    const t = weighted([20, 20, 10, 10, 20, 20]);
    expect(indicatorWeights(specFromTable(t), t, {})).toEqual([18, 18, 9, 9, 18, 18]);
    // the generated sheet carries them, and its 分值 add up to 100 (no selfeval/weights-sum)
    const plan = selfEvalPlan(t);
    expect(weightCells(plan)).toEqual([18, 18, 9, 9, 18, 18]);
    const res = checkWorkbook({ name: "自评.xlsx", sheets: [planToSheetModel(plan)] });
    expect(res.findings.map((f) => f.rule)).toEqual(SEED_INDICATORS.map(() => "selfeval/actual-empty"));
  });

  test('weights that already make 100 with the money line are taken as they are; text weights ("15分") read', () => {
    const t = weighted([15, "15分", 10, 10, 30, 10]);
    expect(indicatorWeights(specFromTable(t), t, {})).toEqual([15, 15, 10, 10, 30, 10]);
    expect(indicatorWeights(specFromTable(t), t, { moneyWeight: 20 })).toEqual([13.33, 13.33, 8.89, 8.89, 26.67, 8.89]);
    expect(indicatorWeights(specFromTable(t), t, { moneyWeight: 20 }).reduce((s, w) => s + w, 0)).toBeCloseTo(80, 9);
  });

  test("the column wins over the common split and over 一级 label weights", () => {
    const t = projectTable({
      header: HEADER,
      indicators: SEED_INDICATORS.map((x, i) => ({ ...x, l1: x.l1.startsWith("产出") ? "产出指标(60分)" : x.l1, weight: [30, 10, 10, 10, 20, 10][i] })),
    });
    expect(indicatorWeights(specFromTable(t), t, {})).toEqual([30, 10, 10, 10, 20, 10]);
  });

  test("a row without a weight: the common split, as for a table without the column", () => {
    const t = weighted([20, 20, null, 10, 20, 20]);
    expect(indicatorWeights(specFromTable(t), t, {})).toEqual([12.5, 12.5, 12.5, 12.5, 30, 10]);
  });
});

test("a weight merged down over several 三级 (a 二级's) is split among them", () => {
  const HEADER = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据", "分值"];
  const rows = SEED_INDICATORS.map((x, i) => ({ ...x, weight: [40, null, 10, 10, 20, 20][i] }));
  const built = buildTable({ header: HEADER, indicators: rows });
  const first = built.at.values[0].replace(/^E/, "G");
  const second = built.at.values[1].replace(/^E/, "G");
  const t = parseWorkbook(workbook(buildTable({ header: HEADER, indicators: rows }, "Sheet1", { merges: [`${first}:${second}`] }).sheet)).tables[0];
  expect(indicatorWeights(specFromTable(t), t, {})).toEqual([18, 18, 9, 9, 18, 18]);
});

describe("selfEvalAfter: where the next 自评表 from a sheet goes", () => {
  const LONG = "某某市某某区二〇二三年度农村人居环境整治提升专项资金项目（第二批）"; // its 自评表 name is cut to 31 characters
  const source = buildStacked([{ name: "招商引资" }, { name: LONG }], "目标表").sheet;
  const other = buildTable({ name: "会议培训" }, "其他目标表").sheet;
  const parsed = checkWorkbook(workbook(source, other));
  const [first, second, elsewhere] = parsed.tables;

  test("right after the source sheet when nothing was generated from it yet", () => {
    expect(selfEvalAfter(second, ["目标表", "其他目标表"], parsed.tables)).toBe("目标表");
  });

  test("past the 自评表 of the sheet's tables that follow it, by the names selfEvalPlan gives (Excel's counter and case included)", () => {
    const firstName = selfEvalPlan(first).sheetName;
    const longName = selfEvalPlan(second).sheetName;
    expect([...longName].length).toBe(31);
    const counted = selfEvalPlan(second, { existingSheets: [longName] }).sheetName; // the stem cut for " (2)"
    expect(counted).toMatch(/ \(2\)$/);
    const sheets = ["目标表", firstName.toUpperCase(), longName, counted, "说明", `${firstName} (3)`, "其他目标表"];
    expect(selfEvalAfter(first, sheets, parsed.tables)).toBe(counted);
    expect(selfEvalAfter(second, sheets, parsed.tables)).toBe(counted);
  });

  test("a sheet of the user's, or another sheet's 自评表, directly after the source ends the run", () => {
    const othersName = selfEvalPlan(elsewhere).sheetName;
    expect(selfEvalAfter(first, ["目标表", othersName, selfEvalPlan(second).sheetName], parsed.tables)).toBe("目标表");
    expect(selfEvalAfter(first, ["目标表", "招商引资自评说明", "招商引资自评"], parsed.tables)).toBe("目标表");
  });

  test("a 自评表 renamed since still counts when the check read it as one of the sheet's projects'", () => {
    const renamed = { ...planToSheetModel(selfEvalPlan(first)), name: "年终自评" };
    const again = checkWorkbook(workbook(source, renamed, other));
    expect(again.tables.map((t) => t.kind)).toEqual(["project", "project", "self-evaluation", "project"]);
    expect(selfEvalAfter(again.tables[1], ["目标表", "年终自评", "其他目标表"], again.tables)).toBe("年终自评");
    // the same sheet read as another project's 自评表 does not
    const foreign = { ...planToSheetModel(selfEvalPlan(elsewhere)), name: "年终自评" };
    const third = checkWorkbook(workbook(source, foreign, other));
    expect(selfEvalAfter(third.tables[1], ["目标表", "年终自评", "其他目标表"], third.tables)).toBe("目标表");
  });

  test("a source sheet not among the sheets (hidden, say): the source itself, as before", () => {
    expect(selfEvalAfter(first, ["其他目标表"], parsed.tables)).toBe("目标表");
  });
});
