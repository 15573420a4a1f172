import * as fs from "fs";
import * as path from "path";
import { SheetGrid } from "../../src/engine/sheet";
import type { SheetModel } from "../../src/engine/sheet";
import { findTables } from "../../src/engine/detect";
import { checkWorkbook, parseWorkbook } from "../../src/engine/check";
import { planFill } from "../../src/engine/fill";
import { RowInsert, planRowInserts } from "../../src/engine/fill-rows";
import { readWorkbook } from "../../src/file/read-xlsx";
import type { ProjectSpec } from "../../src/engine/spec";
import type { TableModel } from "../../src/engine/model";
import { REPEATED_LABELS, SPLIT_TWO_ROW, specFor, templateSheet, applyWrites } from "../helpers/templates";

function tableOf(sheet: SheetModel) {
  const grid = new SheetGrid(sheet);
  const table = { ...findTables(grid)[0], index: 0 } as TableModel;
  return { grid, table };
}

/** Rows inserted into a sheet model as a host does it: rows below move, the new rows copy `after`'s merges. */
function insertRows(sheet: SheetModel, inserts: RowInsert[]): SheetModel {
  let s = sheet;
  for (const ins of inserts) {
    const at = ins.after + 1;
    const blank = () => s.values[ins.after].map(() => null);
    const values = [...s.values.slice(0, at), ...Array.from({ length: ins.count }, blank), ...s.values.slice(at)];
    const numberFormats = values.map((r) => r.map(() => "General"));
    type R = { top: number; left: number; bottom: number; right: number };
    const same = (a: R, b: R) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
    const grows = (m: R) => ins.extend.some((e) => same(e, m));
    const merges = s.merges.map((m) => ({
      ...m,
      top: m.top > ins.after ? m.top + ins.count : m.top,
      bottom: m.bottom > ins.after || grows(m) ? m.bottom + ins.count : m.bottom,
    }));
    for (const e of ins.extend) if (!s.merges.some((m) => same(m, e))) merges.push({ ...e, bottom: e.bottom + ins.count });
    for (let k = 1; k <= ins.count; k++) for (const r of ins.repeat) values[ins.after + k][r.col] = r.text;
    for (let k = 1; k <= ins.count; k++) for (const m of ins.rowMerges) merges.push({ top: ins.after + k, bottom: ins.after + k, ...m });
    s = { ...s, values, numberFormats, merges };
  }
  return s;
}

/** The rows inserted, the fill planned again on the result: it has no conflict left; the filled table's check. */
function insertAndFill(sheet: SheetModel, inserts: RowInsert[], spec: ProjectSpec) {
  const filled = insertRows(sheet, inserts);
  const again = tableOf(filled);
  const refill = planFill(again.grid, again.table, spec);
  expect(refill.conflicts).toEqual([]);
  const result = checkWorkbook({ sheets: [applyWrites(filled, refill.writes)] }, { year: spec.year });
  expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  return { refill, result };
}

describe("planRowInserts (issue 11)", () => {
  it("the sample template and 会议培训.json: one row below the 产出 block, its 一级 merge extended, F:G repeated; then it fills clean", async () => {
    const wb = await readWorkbook(path.join(__dirname, "../../samples/空白模板.xlsx"));
    const parsed = parseWorkbook(wb);
    const table = parsed.tables[0];
    const grid = parsed.grids.get(table.sheet)!;
    const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../samples/会议培训.json"), "utf8")) as ProjectSpec;
    const fill = planFill(grid, table, spec);
    const inserts = planRowInserts(grid, table, fill.conflicts)!;
    expect(inserts).toEqual([{ after: 13, count: 1, extend: [{ top: 10, left: 0, bottom: 13, right: 0 }], repeat: [], rowMerges: [{ left: 5, right: 6 }] }]);

    const sheet = insertRows(
      wb.sheets.find((s) => s.name === table.sheet)!,
      inserts,
    );
    const again = tableOf(sheet);
    const refill = planFill(again.grid, again.table, spec);
    expect(refill.conflicts).toEqual([]);
    expect(refill.writes.filter((w) => w.row === 14).map((w) => w.value)).toEqual([
      "成本指标",
      "培训总成本",
      "师资、场地和资料费用合计",
      "≤20万元",
      "预算标准",
    ]);
  });

  it("several groups short of rows: each gets its rows at the end of its own 二级/一级 run, listed bottom-up", () => {
    const spec = specFor(SPLIT_TWO_ROW);
    const quantity = spec.indicators[0];
    const sat = spec.indicators[5];
    spec.indicators = [...spec.indicators, { ...quantity, name: "第二个数量" }, { ...quantity, name: "第三个数量" }, { ...sat, name: "第二个满意度" }];
    const sheet = templateSheet(SPLIT_TWO_ROW);
    const { grid, table } = tableOf(sheet);
    const inserts = planRowInserts(grid, table, planFill(grid, table, spec).conflicts)!;
    // 数量指标 is row 11 (index 10), 满意度 row 16 (index 15); the 产出 merge A11:A14 ends below 数量, so it is not "extended"
    // but grows as rows go inside it; the one-row 数量指标, 满意度指标 and 服务对象满意度指标 labels are merged over their new rows
    // (the template merges its 一级 labels)
    expect(inserts.map((i) => [i.after, i.count, i.extend.map((e) => `${e.left}:${e.top}-${e.bottom}`)])).toEqual([
      [15, 1, ["0:15-15", "1:15-15"]],
      [10, 2, ["1:10-10"]],
    ]);
    const { result } = insertAndFill(sheet, inserts, spec);
    expect(result.tables[0].indicators.map((i) => i.name.cell.text)).toEqual([
      "接待客商人数",
      "第二个数量",
      "第三个数量",
      "开展招商活动（次）",
      "项目完成时效",
      "活动经费",
      "区域营商环境",
      "受益人满意度",
      "第二个满意度",
    ]);
  });

  it("offers nothing when something else has no place (a milestone), or when nothing is missing", () => {
    const spec = specFor(REPEATED_LABELS);
    const sheet = templateSheet(REPEATED_LABELS);
    const { grid, table } = tableOf(sheet);
    expect(planRowInserts(grid, table, planFill(grid, table, spec).conflicts)).toBeUndefined();
    spec.indicators = [...spec.indicators, { ...spec.indicators[0], name: "第二个数量" }];
    spec.plan = [...spec.plan!.slice(0, 3), { label: "11月底", percent: 90 }, { label: "12月底", percent: 100 }];
    expect(planRowInserts(grid, table, planFill(grid, table, spec).conflicts)).toBeUndefined();
  });

  it("repeated labels (no merges): the row goes below its 二级's last row and repeats its labels, nothing merged", () => {
    const spec = specFor(REPEATED_LABELS);
    spec.indicators = [...spec.indicators, { ...spec.indicators[1], name: "第二个质量" }];
    const sheet = templateSheet(REPEATED_LABELS);
    const { grid, table } = tableOf(sheet);
    const inserts = planRowInserts(grid, table, planFill(grid, table, spec).conflicts)!;
    expect(inserts).toEqual([
      {
        after: 10,
        count: 1,
        extend: [],
        repeat: [
          { col: 0, text: "产出指标" },
          { col: 1, text: "质量指标" },
        ],
        rowMerges: [],
      },
    ]);
    insertAndFill(sheet, inserts, spec);
  });
});
