import { layoutSpec, planToSheetModel, percentFormat, formatPlanNumber } from "../../src/engine/layout";
import { normalizeSpec, specFromTable } from "../../src/engine/spec";
import { checkWorkbook } from "../../src/engine/check";
import { rangeA1 } from "../../src/engine/address";
import { LIST_LITERAL_LIMIT } from "../../src/engine/sheet-plan";
import { textWidth, wrappedLines } from "../../src/engine/column-widths";
import { SEED_SPEC, CLEAN_SPEC } from "../helpers/spec-arb";

const cellAt = (plan: ReturnType<typeof layoutSpec>, a1: string) =>
  plan.cells.find((c) => rangeA1({ top: c.row, left: c.col, bottom: c.row, right: c.col }) === a1);

describe("layoutSpec", () => {
  const plan = layoutSpec(SEED_SPEC);

  it("lays the source document's table out as table-format.md shows it", () => {
    expect(plan.sheetName).toBe("招商引资");
    expect(rangeA1(plan.range)).toBe("A1:G16");
    const merges = plan.merges.map(rangeA1);
    expect(merges).toEqual(
      expect.arrayContaining(["A1:G1", "A2:G2", "D3:G3", "A4:A5", "B5:G5", "A6:A7", "A8:A9", "C8:G8", "C9:G9", "F10:G10", "A11:A14", "F11:G11"]),
    );
    expect(cellAt(plan, "A1")).toMatchObject({ value: "招商引资项目绩效目标表", style: "title" });
    expect(cellAt(plan, "A2")).toMatchObject({ value: "（2023年度）" });
    expect(cellAt(plan, "B4")).toMatchObject({ value: "预算数（万元）" });
    expect(cellAt(plan, "C4")).toMatchObject({ value: 50, formula: "SUM(E4,G4)", numberFormat: "#,##0.00", path: "budget.total" });
    expect(cellAt(plan, "D4")).toMatchObject({ value: "其中：财政资金" });
    expect(cellAt(plan, "G4")).toMatchObject({ value: null, path: "budget.parts[1].amount" });
    expect(cellAt(plan, "E7")).toMatchObject({ value: 1, numberFormat: "0%", path: "plan[3].percent" });
    expect(cellAt(plan, "E11")).toMatchObject({ value: "≥20人", asText: true, path: "indicators[0].value" });
    expect(cellAt(plan, "A15")).toMatchObject({ value: "效益指标" });
  });

  it("borders the whole block, blank cells included", () => {
    for (let r = 2; r <= plan.range.bottom; r++)
      for (let c = 0; c < 7; c++) {
        const cell = plan.cells.find((x) => x.row === r && x.col === c);
        expect(cell && plan.styles[cell.style!].border).toBe("thin");
      }
    expect(plan.styles[cellAt(plan, "A1")!.style!].border).toBe("none");
  });

  it("gives a 二级 dropdown per 一级 from the framework's tree, within Excel's 255-character list limit", () => {
    const byList = Object.fromEntries(plan.validations.map((v) => [v.values.join("|"), v.ranges.map(rangeA1)]));
    expect(byList).toEqual({
      "数量指标|质量指标|时效指标|成本指标": ["B11:B14"],
      "经济效益指标|社会效益指标|生态效益指标|可持续影响指标": ["B15"],
      服务对象满意度指标: ["B16"],
    });
    for (const v of plan.validations) {
      expect(v.source).toBe(v.values.join(","));
      expect(v.source.length).toBeLessThanOrEqual(LIST_LITERAL_LIMIT);
    }
    const p2021 = layoutSpec({
      ...CLEAN_SPEC,
      framework: "2021",
      indicators: [
        { level1: "成本指标", level2: "经济成本指标", name: "成本", value: "≤50万元", basis: "预算" },
        ...CLEAN_SPEC.indicators.filter((i) => i.level2 !== "成本指标"),
      ],
    });
    expect(p2021.validations[0].values).toEqual(["经济成本指标", "社会成本指标", "生态环境成本指标"]);
  });

  it("fits widths to Chinese text and heights to wrapped text; prints on A4 portrait, one page wide", () => {
    const widths = plan.columns.map((c) => c.width);
    expect(widths).toHaveLength(7);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(108);
    // 服务对象满意度指标 (9 CJK) fits column B on one line
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth("服务对象满意度指标"));
    const goalRow = plan.rows.find((r) => r.row === 7)!;
    expect(goalRow.height).toBeGreaterThan(25); // the long goal wraps to two lines
    expect(plan.print).toMatchObject({ paperSize: "A4", orientation: "portrait", fitToWidth: 1, fitToHeight: 0, printArea: plan.range });
    expect(textWidth("≥20人")).toBe(6); // ≥ is drawn wide in CJK fonts
    expect(wrappedLines("一二三四五", 8)).toBe(2);
  });

  it("more than two parts and more than six milestones continue on further rows; 主管部门/实施单位 get their row", () => {
    const spec = normalizeSpec({
      ...CLEAN_SPEC,
      department: "某某区商务局",
      implementer: null,
      budget: {
        parts: [
          { label: "财政资金", amount: 10 },
          { label: "上年结转", amount: 2.5 },
          { label: "其他资金（体彩公益金）", amount: 0.1234 },
        ],
      },
      plan: Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月`, percent: i === 11 ? 100 : Math.round(((i + 1) / 12) * 1000) / 10 })),
    });
    const p = layoutSpec(spec);
    expect(cellAt(p, "A4")).toMatchObject({ value: "主管部门" });
    expect(cellAt(p, "C5")).toMatchObject({ formula: "SUM(E5,G5,E6)", value: 12.6234, numberFormat: "#,##0.00##" });
    expect(cellAt(p, "E6")).toMatchObject({ value: 0.1234, numberFormat: "#,##0.00##" });
    expect(p.merges.map(rangeA1)).toEqual(expect.arrayContaining(["A5:A7", "B5:B6", "C5:C6", "A8:A11"]));
    expect(cellAt(p, "B10")).toMatchObject({ value: "7月" });
    expect(cellAt(p, "B9")).toMatchObject({ value: 0.083, numberFormat: "0.0%" });
    const result = checkWorkbook({ sheets: [planToSheetModel(p)] });
    expect(result.findings).toEqual([]);
    expect(specFromTable(result.tables[0])).toEqual(spec);
  });

  it("a total that is not the sum of the parts is written as a number (and checked as such)", () => {
    const p = layoutSpec({ ...CLEAN_SPEC, budget: { total: 60, parts: CLEAN_SPEC.budget.parts } });
    expect(cellAt(p, "C4")!.formula).toBeUndefined();
    expect(cellAt(p, "C4")!.value).toBe(60);
  });

  it("number formats", () => {
    expect(percentFormat(30)).toBe("0%");
    expect(percentFormat(33.3)).toBe("0.0%");
    expect(percentFormat(12.25)).toBe("0.00%");
    expect(formatPlanNumber(0.333, "0.0%")).toBe("33.3%");
    expect(formatPlanNumber(2200, "#,##0.00")).toBe("2,200.00");
    expect(formatPlanNumber(12.3, "#,##0.00##")).toBe("12.30");
    expect(formatPlanNumber(0.1234, "#,##0.00##")).toBe("0.1234");
  });
});

describe("layoutSpec, the 一体化导出格式 (issue 9): 指标值 split into 符号 | 指标值 | 计量单位", () => {
  const spec = normalizeSpec(CLEAN_SPEC);
  const plan = layoutSpec(spec, { style: "integrated" });
  const sheet = planToSheetModel(plan);
  const headerRow = sheet.values.findIndex((r) => r[0] === "一级指标");

  it("writes the split header and each value as symbol, number and unit", () => {
    expect(sheet.values[headerRow]).toEqual(["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位", "指标值确定依据"]);
    const rows = spec.indicators.map((x, i) => sheet.values[headerRow + 1 + i].slice(2, 6));
    spec.indicators.forEach((x, i) => {
      const [name, symbol, value, unit] = rows[i];
      expect(name).toBe(x.name);
      const back = symbol === "定性" ? String(value) : `${symbol}${value}${unit ?? ""}`;
      // the split reads back as the value entered ("不低于" is written as its symbol)
      expect(back.replace(/^=/, "")).toBe(
        x.value
          .replace(/^不低于|^不少于|^达到/, "≥")
          .replace(/^不高于|^不超过/, "≤")
          .replace(/^=/, ""),
      );
    });
    expect(plan.merges.some((m) => m.top > headerRow && m.left === 5)).toBe(false); // no 依据 merge over the unit column
  });

  it("reads back as the spec entered: no findings, the same values", () => {
    const result = checkWorkbook({ sheets: [sheet] }, { year: spec.year });
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    const back = specFromTable(result.tables[0], { year: spec.year });
    expect(back.indicators.map((i) => [i.name, i.value])).toEqual(spec.indicators.map((i) => [i.name, i.value]));
  });
});
