import { CellValue, SheetGrid, SheetModel } from "../../src/engine/sheet";
import { formatValue } from "../../src/engine/values/display-text";
import { findTables } from "../../src/engine/detect";
import { checkWorkbook } from "../../src/engine/check";
import * as fs from "fs";
import * as path from "path";
import { fillRowHeights, isBlocking, planFill } from "../../src/engine/fill";
import { parseWorkbook } from "../../src/engine/check";
import { readWorkbook } from "../../src/file/read-xlsx";
import { ProjectSpec, normalizeSpec, specFromTable } from "../../src/engine/spec";
import { CLEAN_SPEC } from "../helpers/spec-arb";
import type { TableModel } from "../../src/engine/model";
import {
  TEMPLATES,
  SOURCE_BLANK,
  REPEATED_LABELS,
  ANNUAL_GOAL,
  SPLIT_TEMPLATES,
  SPLIT_YUAN,
  SPLIT_TWO_ROW,
  Template,
  specFor,
  templateSheet,
  applyWrites,
} from "../helpers/templates";

const _x = null;

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
    expect(goal.value).toBe(
      specFor(ANNUAL_GOAL)
        .goals.map((g, i) => `${i + 1}. ${g}`)
        .join("\n"),
    );
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
    // the 成本 indicator then finds no 产出 row: none is added beside the merged 产出 block
    expect(fill.conflicts.filter(isBlocking).map((c) => [c.kind, c.path])).toEqual([["no-room", "indicators[3]"]]);
    expect(fill.conflicts).toHaveLength(3);
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
    spec.plan = [
      { label: "6月底", percent: 50 },
      { label: "10月底", percent: 70 },
      { label: "12月底", percent: 100 },
    ];
    spec.department = "某某局";
    const { fill } = fillOf(REPEATED_LABELS, spec);
    // 10月底 has no place; the template's 3月底 and 9月底 would stay blank (an error once filled)
    expect(fill.conflicts.map((c) => [c.kind, c.path, c.wants])).toEqual([
      ["no-room", "plan[1]", "10月底 70%"],
      ["unfilled", "plan", "3月底"],
      ["unfilled", "plan", "9月底"],
    ]);
    expect(fill.skipped).toEqual([{ path: "department", what: "某某局" }]);
  });
});

describe("planFill reads the template before filling (issue 11)", () => {
  const samplePath = path.join(__dirname, "../../samples/空白模板.xlsx");
  const meeting = JSON.parse(fs.readFileSync(path.join(__dirname, "../../samples/会议培训.json"), "utf8")) as ProjectSpec;

  async function sampleTemplate() {
    const wb = await readWorkbook(samplePath);
    const sheet = wb.sheets.find((s) => parseWorkbook({ sheets: [s] }).tables.length > 0)!;
    const parsed = parseWorkbook({ sheets: [sheet] });
    const table = parsed.tables[0];
    return { sheet, table, grid: parsed.grids.get(sheet.name)! };
  }

  it("the sample template: the spacer row stays blank, no second 产出指标 label, the 5th 产出 indicator has no place (blocking)", async () => {
    const { grid, table } = await sampleTemplate();
    const fill = planFill(grid, table, meeting);
    expect(fill.template).toEqual({ milestones: ["3月底", "6月底", "10月底", "12月底"] });
    expect(fill.writes.filter((w) => w.row === 9)).toEqual([]); // row 10: the blank row under the header
    expect(fill.writes.filter((w) => w.col === 0)).toEqual([]); // 一级 labels are the template's
    const blocking = fill.conflicts.filter(isBlocking);
    expect(blocking.map((c) => [c.kind, c.path, c.wants])).toEqual([["no-room", "indicators[4]", "产出指标/成本指标/培训总成本"]]);
  });

  it("the sample template with four 产出 indicators: filled exactly, and the checker finds nothing", async () => {
    const { sheet, grid, table } = await sampleTemplate();
    const spec = { ...meeting, indicators: meeting.indicators.filter((i) => i.level2 !== "成本指标") };
    const fill = planFill(grid, table, spec);
    expect(fill.conflicts.map((c) => `${c.kind} ${c.path}`)).toEqual([]);
    const filled = applyWrites(sheet, fill.writes);
    const result = checkWorkbook({ sheets: [filled] }, { year: spec.year });
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    const back = specFromTable(result.tables[0], { year: spec.year });
    expect(back.indicators.map((i) => i.name)).toEqual(spec.indicators.map((i) => i.name));
  });

  const t2023: Template = { ...SOURCE_BLANK, name: "2023", rows: [["2023年度项目支出绩效目标表"], ...SOURCE_BLANK.rows.slice(1)] };

  it("a 2023 template with 9月底: the year clash and the milestones are named, nothing is guessed", () => {
    const spec = { ...specFor(SOURCE_BLANK), year: 2024, plan: CLEAN_SPEC.plan }; // 3/6/10/12月底
    const { fill } = fillOf(t2023, spec);
    expect(fill.template).toEqual({ year: 2023, milestones: ["3月底", "6月底", "9月底", "12月底"] });
    expect(fill.conflicts.filter(isBlocking).map((c) => [c.kind, c.wants])).toEqual([
      ["year", "2024"],
      ["no-room", "10月底 80%"],
      ["unfilled", "9月底"],
    ]);
  });

  it("the same template, the wizard's plan on the template's milestones and its year: clean", () => {
    const spec = { ...specFor(SOURCE_BLANK), year: 2023 };
    const { sheet, fill } = fillOf(t2023, spec);
    expect(fill.conflicts).toEqual([]);
    const result = checkWorkbook({ sheets: [applyWrites(sheet, fill.writes)] });
    expect(result.findings.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
    expect(result.tables[0].plan?.milestones.map((m) => m.value.cell.text)).toEqual(["25%", "55%", "80%", "100%"]);
  });

  it("a half-filled template: placeholders (XX人, ≥**%, 待定) are blanks; each write names the placeholder it replaces", () => {
    const t: Template = { ...REPEATED_LABELS, rows: REPEATED_LABELS.rows.map((r) => [...r]) };
    t.rows[9][4] = "≥XX人";
    t.rows[10][4] = "≥**%";
    t.rows[11][2] = "待定";
    const spec = specFor(REPEATED_LABELS);
    const { sheet, fill } = fillOf(t, spec);
    expect(fill.conflicts).toEqual([]);
    expect(fill.writes.filter((w) => w.replaces).map((w) => [w.path, w.replaces])).toEqual([
      ["indicators[0].value", "≥XX人"],
      ["indicators[1].value", "≥**%"],
      ["indicators[2].name", "待定"],
    ]);
    const result = checkWorkbook({ sheets: [applyWrites(sheet, fill.writes)] }, { year: spec.year });
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  });

  it("a labelled indicator row the spec leaves empty is named, not left as an error", () => {
    const spec = specFor(REPEATED_LABELS);
    spec.indicators = spec.indicators.filter((i) => i.level2 !== "质量指标");
    const { fill } = fillOf(REPEATED_LABELS, spec);
    expect(fill.conflicts.map((c) => [c.kind, c.cell, c.wants])).toEqual([["unfilled", "C11", "产出指标／质量指标"]]);
  });

  it("a blank row below a merged 一级 block does not get that 一级 again", () => {
    const spec = specFor(SOURCE_BLANK);
    // five 产出 indicators for a four-row merged 产出 block: the fifth has no place (rows 17/18 are below 满意度)
    spec.indicators = [
      ...spec.indicators.filter((i) => i.level1 === "产出指标"),
      { ...spec.indicators[0], name: "第五个产出" },
      ...spec.indicators.filter((i) => i.level1 !== "产出指标"),
    ];
    const { fill } = fillOf(SOURCE_BLANK, spec);
    const a = fill.writes.filter((w) => w.col === 0).map((w) => w.value);
    expect(a).not.toContain("产出指标");
    expect(fill.conflicts.map((c) => [c.kind, c.path])).toEqual([["no-room", "indicators[4]"]]);
  });
});

describe("fillRowHeights", () => {
  const widths = (c: number) => [14, 14, 20, 34, 13, 13, 10][c] ?? 8.43;
  it("grows a fixed 21-point row that a long usage text merged over B:G would overflow; one-line texts leave rows alone", async () => {
    const long = {
      row: 3,
      col: 1,
      value: "用于组织全局干部开展外贸、招商和营商环境业务培训，支付师资、场地和资料费用，以及培训教材印制和场地租赁等其他费用。",
      area: { top: 3, left: 1, bottom: 3, right: 6 },
    };
    const short = { row: 6, col: 2, value: "短目标", area: { top: 6, left: 2, bottom: 6, right: 6 } };
    const got = fillRowHeights([long, short], widths, () => 21);
    expect(got).toHaveLength(1);
    expect(got[0].row).toBe(3);
    expect(got[0].height).toBeGreaterThanOrEqual(38);
  });
  it("a text merged over two rows shares them; the extra goes to the last", () => {
    const text = "很长的文字".repeat(12);
    const got = fillRowHeights([{ row: 10, col: 3, value: text, area: { top: 10, left: 3, bottom: 11, right: 3 } }], widths, () => 21);
    expect(got.map((r) => r.row)).toEqual([11]);
    expect(got[0].height).toBeGreaterThan(21);
  });
  it("the sample template's fill with a longer 资金用途: its row grows", async () => {
    const wb = await readWorkbook(path.join(__dirname, "../../samples/空白模板.xlsx"));
    const parsed = parseWorkbook(wb);
    const t = parsed.tables[0];
    const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../samples/会议培训.json"), "utf8")) as ProjectSpec;
    spec.purpose = spec.purpose.repeat(2);
    const fill = planFill(parsed.grids.get(t.sheet)!, t, spec);
    const purpose = fill.writes.find((w) => w.path === "purpose")!;
    expect(purpose.area).toEqual({ top: 3, left: 1, bottom: 3, right: 6 });
    // the template's own row heights (points)
    const heights = [32, 51, 21, 21, 21, 21, 36, 21, 51, 21, 36, 51, 21, 21, 51, 36];
    const rows = fillRowHeights(fill.writes, widths, (r) => heights[r] ?? 15);
    // the 资金用途 (two lines), and "2024年11月30日前" in the 13-wide 指标值 column of a 21-point row
    expect(rows.map((r) => r.row)).toEqual([3, 13]);
  });
});

describe("planFill on blank 一体化 templates (split 符号 | 值 | 计量单位 columns, issue 9)", () => {
  it.each(SPLIT_TEMPLATES.map((t) => [t.name, t] as const))("%s: each 指标值 goes into its three cells; the filled table reads back as entered", (_name, t) => {
    const spec = specFor(t);
    const { sheet, fill } = fillOf(t, spec);
    expect(fill.conflicts).toEqual([]);
    for (const w of fill.writes) if (!w.replaces) expect(sheet.values[w.row]?.[w.col] ?? null).toBeNull();
    const filled = applyWrites(sheet, fill.writes);
    const result = checkWorkbook({ sheets: [filled] }, { year: spec.year });
    // a template without 资金支出计划 deserves that finding, and only that one
    const deserved = t.rows.some((r) => r.some((c) => typeof c === "string" && c.startsWith("资金支出计划"))) ? [] : ["plan/missing"];
    expect(result.findings.map((f) => f.rule)).toEqual(deserved);
    const back = specFromTable(result.tables[0], { year: spec.year });
    const n = normalizeSpec(spec);
    expect(back.indicators.map((i) => [i.level2, i.name, i.value])).toEqual(n.indicators.map((i) => [i.level2, i.name, i.value]));
    // the same money, in the template's unit
    expect(back.unit).toBe(t === SPLIT_YUAN ? "元" : "万元");
    expect(back.budget.total! / (back.unit === "元" ? 10000 : 1)).toBe(n.budget.total);
  });

  it("one-row header in 元: sign, number and unit in their own cells, 定性 for text and deadlines, amounts in 元", () => {
    const { fill } = fillOf(SPLIT_YUAN);
    const row = (r: number) => fill.writes.filter((w) => w.row === r && w.col >= 3 && w.col <= 5).map((w) => [w.col, w.value]);
    expect(row(6)).toEqual([
      [3, "≥"],
      [4, 20],
      [5, "人"],
    ]);
    expect(row(8)).toEqual([
      [3, "定性"],
      [4, "12月31日前"],
    ]);
    expect(row(9)).toEqual([
      [3, "≤"],
      [4, 50],
      [5, "万元"],
    ]);
    expect(row(10)).toEqual([
      [3, "定性"],
      [4, "有所提升"],
    ]);
    expect(fill.writes.find((w) => w.path === "budget.total")?.value).toBe(500000);
    expect(fill.writes.find((w) => w.path === "budget.parts[0].amount")?.value).toBe(500000);
  });

  it("two-row header: the rows start under 符号 | 值 | 计量单位; placeholders are replaced, the 权重 column left alone", () => {
    const { fill } = fillOf(SPLIT_TWO_ROW);
    expect(Math.min(...fill.writes.filter((w) => w.path?.startsWith("indicators")).map((w) => w.row))).toBe(10);
    expect(fill.writes.filter((w) => w.replaces).map((w) => [w.row, w.col, w.replaces, w.value])).toEqual([
      [10, 3, "/", "≥"],
      [10, 4, "/", 20],
      [10, 5, "/", "人"],
      [11, 3, "—", "≥"],
    ]);
    expect(fill.writes.some((w) => w.col === 6 && w.row >= 10)).toBe(false);
  });

  it("a split cell holding something else is listed and nothing is written there", () => {
    const t: Template = { ...SPLIT_YUAN, rows: SPLIT_YUAN.rows.map((r) => [...r]) };
    t.rows[6] = ["产出指标(50分)", "数量指标", _x, "≤", 30, "人"];
    const { fill } = fillOf(t);
    expect(fill.conflicts.map((c) => [c.kind, c.cell, c.has, c.wants])).toEqual([
      ["differs", "D7", "≤", "≥"],
      ["differs", "E7", "30", "20"],
    ]);
    expect(fill.writes.filter((w) => w.row === 6 && w.col >= 3 && w.col <= 5)).toEqual([]);
  });
});

describe("planFill with overwrite (更新当前表)", () => {
  /** A table filled from the spec, then parsed again: what 从当前工作表载入 finds. */
  function filledTable(spec: ProjectSpec) {
    const { sheet, fill } = fillOf(SOURCE_BLANK, spec);
    const filled = applyWrites(sheet, fill.writes);
    const grid = new SheetGrid(filled);
    const table = { ...findTables(grid)[0], index: 0 } as TableModel;
    return { filled, grid, table };
  }
  const a1 = (w: { row: number; col: number }) => `${String.fromCharCode(65 + w.col)}${w.row + 1}`;

  it("plans a write for each cell the form changed, carrying what it showed; the rest is not written; the result reads back as the form", () => {
    const spec = specFor(SOURCE_BLANK);
    const { filled, grid, table } = filledTable(spec);
    const edited: ProjectSpec = {
      ...spec,
      purpose: "新的资金用途说明，用于园区招商推介。",
      plan: spec.plan.map((m) => (m.label === "6月底" ? { ...m, percent: 60 } : m)),
      indicators: spec.indicators.map((x, i) => (i === 0 ? { ...x, value: "≥12次" } : x)),
    };
    const old = filledTable(spec).table.indicators[0];
    const update = planFill(grid, table, edited, { overwrite: true });
    expect(update.conflicts.every((c) => c.kind === "differs")).toBe(true);
    const changed = update.writes.filter((w) => w.was !== undefined);
    expect(changed.map((w) => w.path).sort()).toEqual(["indicators[0].value", "plan[1].percent", "purpose"]);
    // each change names the cell, what it showed and what it becomes; the write carries the old text
    const valueCell = a1(old.value);
    const v = update.conflicts.find((c) => c.path === "indicators[0].value")!;
    expect([v.cell, v.has, v.wants]).toEqual([valueCell, old.value.cell.text, "≥12次"]);
    expect(changed.find((w) => w.path === "indicators[0].value")).toMatchObject({ value: "≥12次", was: old.value.cell.text });
    // nothing else: the cells that already say what the form says are not written
    expect(update.writes).toHaveLength(changed.length);

    const back = specFromTable(checkWorkbook({ sheets: [applyWrites(filled, update.writes)] }, { year: spec.year }).tables[0], { year: spec.year });
    const want = normalizeSpec(edited);
    expect(back.purpose).toBe(want.purpose);
    expect(back.plan).toEqual(want.plan);
    expect(new Set(back.indicators.map((i) => JSON.stringify(i)))).toEqual(new Set(want.indicators.map((i) => JSON.stringify(i))));
  });

  it("without the option the same differences are conflicts only, never writes", () => {
    const spec = specFor(SOURCE_BLANK);
    const { grid, table } = filledTable(spec);
    const edited = { ...spec, purpose: "另一段资金用途说明文字。" };
    const fill = planFill(grid, table, edited);
    expect(fill.conflicts.map((c) => [c.kind, c.path])).toEqual([["differs", "purpose"]]);
    expect(fill.writes).toEqual([]);
    expect(planFill(grid, table, edited, { overwrite: true }).writes.map((w) => w.path)).toEqual(["purpose"]);
  });

  it("an indicator moved to another 二级 in the form is never silently left under its old one: the update is refused", () => {
    const spec = specFor(SOURCE_BLANK);
    const { grid, table } = filledTable(spec);
    const i = spec.indicators.findIndex((x) => x.level2 === "数量指标");
    const moved = { ...spec, indicators: spec.indicators.map((x, j) => (j === i ? { ...x, level2: "质量指标" } : x)) };
    const update = planFill(grid, table, moved, { overwrite: true });
    const blocking = update.conflicts.filter(isBlocking);
    expect(blocking.map((c) => c.kind).sort()).toEqual(["no-room", "unfilled"]);
    expect(blocking.find((c) => c.kind === "unfilled")!.wants).toContain(spec.indicators[i].name);
    expect(blocking.find((c) => c.kind === "no-room")!.wants).toContain("质量指标");
  });

  /** The model with `formulas` at some cells ("B7" → "=…"), their values and formats as given. */
  function withFormulas(model: SheetModel, cells: { row: number; col: number; formula: string; value?: CellValue; numberFormat?: string }[]): SheetModel {
    const values = model.values.map((r) => [...r]);
    const numberFormats = (model.numberFormats ?? []).map((r) => [...(r ?? [])]);
    const text = (model.text ?? []).map((r) => [...(r ?? [])]);
    const formulas: string[][] = [];
    for (const c of cells) {
      const i = c.row - model.originRow;
      const j = c.col - model.originCol;
      (formulas[i] ??= [])[j] = c.formula;
      if (c.value !== undefined) values[i][j] = c.value;
      if (c.numberFormat) (numberFormats[i] ??= [])[j] = c.numberFormat;
      (text[i] ??= [])[j] = formatValue(values[i][j], numberFormats[i]?.[j]);
    }
    return { ...model, values, numberFormats, text, formulas };
  }

  it("a changed cell holding the user's formula is marked with it (conflict and write); the plan's own =SUM is not the user's; a formula already showing the new value is no change", () => {
    const spec = specFor(SOURCE_BLANK);
    const { filled, table } = filledTable(spec);
    const ms = table.plan!.milestones;
    const june = ms.find((m) => m.label.includes("6月"))!.value;
    const march = ms.find((m) => m.label.includes("3月"))!.value;
    const parts = table.budget!.parts;
    const total = table.budget!.total!;
    const model = withFormulas(filled, [
      { row: june.row, col: june.col, formula: "=0.25*2", value: 0.5, numberFormat: "0.0%" },
      { row: march.row, col: march.col, formula: "=C99" },
      { row: total.row, col: total.col, formula: `=SUM(${parts.map((p) => a1(p)).join(",")})` },
    ]);
    const grid = new SheetGrid(model);
    const part0 = spec.budget.parts[0].amount!;
    const edited: ProjectSpec = {
      ...spec,
      budget: { ...spec.budget, total: spec.budget.total! + 1, parts: spec.budget.parts.map((p, i) => (i === 0 ? { ...p, amount: part0 + 1 } : p)) },
      plan: spec.plan.map((m) => (m.label.includes("6月") ? { ...m, percent: 60 } : m)),
    };
    const update = planFill(grid, { ...findTables(grid)[0], index: 0 } as TableModel, edited, { overwrite: true });
    const byPath = (p: string) => update.conflicts.find((c) => c.path === p);
    const junePath = `plan[${spec.plan.findIndex((m) => m.label.includes("6月"))}].percent`;
    // both sides as the cell shows them, under its own "0.0%"; the user's formula named
    expect(byPath(junePath)).toMatchObject({ cell: a1(june), has: "50.0%", shows: "60.0%", formula: "=0.25*2" });
    expect(update.writes.find((w) => w.path === junePath)).toMatchObject({ overFormula: "=0.25*2", was: "50.0%" });
    // 3月底's formula already shows what the form says: not a change
    expect(update.conflicts.some((c) => c.cell === a1(march))).toBe(false);
    // the total's =SUM is what the plan writes there again: a plain change
    expect(byPath("budget.total")).toMatchObject({ kind: "differs" });
    expect(update.writes.find((w) => w.path === "budget.total")?.formula).toMatch(/^SUM\(/);
    expect(byPath("budget.total")?.formula).toBeUndefined();
    expect(update.writes.find((w) => w.path === "budget.total")).not.toHaveProperty("overFormula");
    expect(update.writes.filter((w) => w.overFormula !== undefined).map((w) => w.path)).toEqual([junePath]);
  });

  it("an indicator the form dropped is an unfilled row, which refuses the update", () => {
    const spec = specFor(SOURCE_BLANK);
    const { grid, table } = filledTable(spec);
    const dropped = { ...spec, indicators: spec.indicators.slice(1) };
    const update = planFill(grid, table, dropped, { overwrite: true });
    const blocking = update.conflicts.filter(isBlocking);
    expect(blocking.map((c) => c.kind)).toEqual(["unfilled"]);
    // named by its row's labels and the indicator's own name
    expect(blocking[0].wants).toContain(spec.indicators[0].name);
    expect(update.writes.some((w) => w.row === Number(blocking[0].cell.replace(/\D/g, "")) - 1)).toBe(false);
  });
});
