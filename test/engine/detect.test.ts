import { checkWorkbook, parseWorkbook } from "../../src/engine/check";
import { buildStacked, buildTable, CLEAN, workbook } from "../helpers/layout";
import { rangeA1, toA1 } from "../../src/engine/address";

describe("detection on the source layout", () => {
  test("finds the one table with its range and fields", () => {
    const { sheet, at } = buildTable(CLEAN);
    const p = parseWorkbook(workbook(sheet));
    expect(p.tables).toHaveLength(1);
    const t = p.tables[0];
    expect(rangeA1(t.range)).toBe(`A1:G${at.bottom + 1}`);
    expect(t.name?.cell.text).toBe("招商引资");
    expect(toA1(t.budget!.total!.row, t.budget!.total!.col)).toBe(at.total);
    expect(t.budget!.parts.map((p) => p.name)).toEqual(["财政资金", "其他资金"]);
    expect(toA1(t.budget!.purpose!.row, t.budget!.purpose!.col)).toBe(at.purpose);
    expect(t.plan!.milestones.map((m) => toA1(m.value.row, m.value.col))).toEqual(at.plan);
    expect(t.goals!.goals.map((g) => toA1(g.text.row, g.text.col))).toEqual(at.goals);
    expect(t.indicators.map((i) => toA1(i.value.row, i.value.col))).toEqual(at.values);
    expect(t.indicators.map((i) => i.level2)).toEqual(["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "服务对象满意度指标"]);
    expect(t.detectedFramework).toBe("legacy");
  });

  test("stacked tables are separate", () => {
    const { sheet, at } = buildStacked([CLEAN, { ...CLEAN, name: "项目扶持资金", title: "项目扶持资金绩效目标表" }]);
    const p = parseWorkbook(workbook(sheet));
    expect(p.tables.map((t) => rangeA1(t.range))).toEqual([`A1:G${at[0].bottom + 1}`, `A${at[1].first.slice(1)}:G${at[1].bottom + 1}`]);
    expect(p.tables.map((t) => t.name?.cell.text)).toEqual(["招商引资", "项目扶持资金"]);
  });

  test("a summary is produced for JSON", () => {
    const { sheet } = buildTable(CLEAN);
    const res = checkWorkbook(workbook(sheet));
    expect(res.summaries[0].budget).toEqual({ unit: "万元", total: 50, parts: { 财政资金: 50, 其他资金: null }, purpose: CLEAN.purpose });
    expect(res.summaries[0].plan.map((p) => p.percent)).toEqual([10, 40, 70, 100]);
    expect(res.summaries[0].year).toBe(2023);
  });
});
