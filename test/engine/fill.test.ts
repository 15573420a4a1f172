import { SheetGrid } from "../../src/engine/sheet";
import { findTables } from "../../src/engine/detect";
import { checkWorkbook } from "../../src/engine/check";
import { planFill } from "../../src/engine/fill";
import { normalizeSpec, specFromTable } from "../../src/engine/spec";
import type { TableModel } from "../../src/engine/model";
import { TEMPLATES, SOURCE_BLANK, REPEATED_LABELS, ANNUAL_GOAL, Template, specFor, templateSheet, applyWrites } from "../helpers/templates";

function fillOf(t: Template, spec = specFor(t)) {
  const sheet = templateSheet(t);
  const grid = new SheetGrid(sheet);
  const tables = findTables(grid);
  expect(tables).toHaveLength(1);
  const table = { ...tables[0], index: 0 } as TableModel;
  return { sheet, table, fill: planFill(grid, table, spec) };
}

describe("planFill on blank templates", () => {
  it.each(TEMPLATES.map((t) => [t.name, t] as const))("%s: fills only blank cells inside the table, then checks clean", (_name, t) => {
    const spec = specFor(t);
    const { sheet, table, fill } = fillOf(t, spec);
    expect(fill.conflicts).toEqual([]);
    for (const w of fill.writes) {
      expect(sheet.values[w.row]?.[w.col] ?? null).toBeNull();
      expect(w.row).toBeGreaterThanOrEqual(table.range.top);
      expect(w.col).toBeGreaterThanOrEqual(table.range.left);
      expect(w.col).toBeLessThanOrEqual(table.range.right);
      expect(w.row).toBeLessThanOrEqual(fill.range.bottom);
    }
    const filled = applyWrites(sheet, fill.writes);
    const result = checkWorkbook({ sheets: [filled] }, { year: spec.year });
    expect(result.findings.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
    expect(result.tables).toHaveLength(1);
    const back = specFromTable(result.tables[0], { year: spec.year });
    const n = normalizeSpec(spec);
    // every indicator arrived (in the template's row order), with its values
    expect(new Set(back.indicators.map((i) => JSON.stringify(i)))).toEqual(new Set(n.indicators.map((i) => JSON.stringify(i))));
    expect(back.plan).toEqual(n.plan);
    expect(back.name).toBe(n.name);
    expect(back.budget.total).toBe(n.budget.total);
    expect(back.purpose).toBe(n.purpose);
  });

  it("source layout: 成本指标 goes to the unnamed 产出 row, the extra 效益 indicator below the table, 预算数 as a SUM", () => {
    const { fill } = fillOf(SOURCE_BLANK);
    const at = (a: string) => fill.writes.find((w) => `${String.fromCharCode(65 + w.col)}${w.row + 1}` === a);
    expect(at("B14")?.value).toBe("成本指标");
    expect(at("A17")?.value).toBe("效益指标");
    expect(at("B17")?.value).toBe("经济效益指标");
    expect(at("C3")).toMatchObject({ value: 50, formula: "SUM(E3,G3)" });
    expect(at("B6")).toMatchObject({ value: 0.25, numberFormat: "0%" });
    expect(fill.writes.some((w) => w.row === 9)).toBe(false); // the blank row after the header stays blank
    expect(fill.unusedIndicatorRows).toEqual([9, 17]);
  });

  it("repeated labels: amounts carry their unit in the number format (no unit in the labels)", () => {
    const { fill } = fillOf(REPEATED_LABELS);
    const total = fill.writes.find((w) => w.path === "budget.total")!;
    expect(total.numberFormat).toBe('#,##0.00"万元"');
  });

  it("one 年度绩效目标 text takes every goal, numbered; 主管部门/实施单位 filled; percent formats kept", () => {
    const { fill } = fillOf(ANNUAL_GOAL);
    const goal = fill.writes.find((w) => w.path === "goals")!;
    expect(goal.value).toBe(specFor(ANNUAL_GOAL).goals.map((g, i) => `${i + 1}. ${g}`).join("\n"));
    expect(fill.writes.find((w) => w.path === "department")?.value).toBe("某某区商务局");
    expect(fill.writes.find((w) => w.path === "plan[0].percent")).toEqual({ row: 6, col: 1, value: 0.25, path: "plan[0].percent" });
    // indicators written into the blank rows in order, 一级 and 二级 on each row
    const l1 = fill.writes.filter((w) => w.path?.endsWith(".level1")).map((w) => w.row);
    expect(l1).toEqual([9, 10, 11, 12, 13, 14]);
  });

  it("a target cell holding something different is a conflict; the same thing is fine", () => {
    const t: Template = { ...SOURCE_BLANK, rows: SOURCE_BLANK.rows.map((r) => [...r]) };
    t.rows[1][3] = "招商引资"; // the spec's own name: fine
    t.rows[5][1] = "30%"; // the spec wants 25%
    t.rows[2][4] = 40; // the spec wants 50 (万元)
    t.rows[10][4] = "≥20人"; // same as the spec's
    t.rows[11][2] = "别的指标"; // a named 质量 row: the spec's 质量 indicator goes elsewhere
    const { fill } = fillOf(t);
    const got = fill.conflicts.map((c) => [c.kind, c.cell, c.has, c.wants]);
    expect(got).toEqual(
      expect.arrayContaining([
        ["differs", "E3", "40", "50万元"],
        ["differs", "B6", "30%", "25%"],
      ]),
    );
    expect(fill.conflicts).toHaveLength(2);
    // the 质量 indicator found its named row taken and went to the 产出 row without a 二级
    expect(fill.writes.find((w) => w.path === "indicators[1].level2")).toMatchObject({ row: 13, col: 1, value: "质量指标" });
  });

  it("more indicators than rows: each one without room is reported, not dropped", () => {
    const spec = specFor(REPEATED_LABELS);
    spec.indicators = [...spec.indicators, { ...spec.indicators[0], name: "第二个数量" }, { ...spec.indicators[0], name: "第三个数量" }];
    const { fill } = fillOf(REPEATED_LABELS, spec);
    expect(fill.conflicts.map((c) => [c.kind, c.path])).toEqual([
      ["no-room", "indicators[5]"],
      ["no-room", "indicators[6]"],
    ]);
  });

  it("a milestone the template lacks has no room; optional fields it lacks are skipped", () => {
    const spec = specFor(REPEATED_LABELS);
    spec.plan = [{ label: "6月底", percent: 50 }, { label: "10月底", percent: 70 }, { label: "12月底", percent: 100 }];
    spec.department = "某某局";
    const { fill } = fillOf(REPEATED_LABELS, spec);
    expect(fill.conflicts.map((c) => [c.kind, c.path])).toEqual([["no-room", "plan[1]"]]);
    expect(fill.skipped).toEqual([{ path: "department", what: "某某局" }]);
  });
});
