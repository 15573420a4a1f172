import fc from "fast-check";
import { checkWorkbook } from "../../src/engine/check";
import { contains, parseA1 } from "../../src/engine/address";
import { CellValue, SheetModel } from "../../src/engine/sheet";
import { buildStacked, CLEAN } from "../helpers/layout";

/**
 * Detection and checking must survive anything a workbook can hold: random grids, and the
 * source layout with cells blanked, swapped, overwritten or shifted. They never throw, and every
 * finding lies inside the table it names.
 */
const LABELS = ["项目名称", "预算数", "资金总额", "其中：财政资金", "其他资金", "资金支出计划（%）", "3月底", "12月底", "绩效目标", "目标1", "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "成本指标", "满意度指标", "≥20人", "≤5万元", "**", "/", "50%", "100%", "XX项目绩效目标表"];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

function assertInside(sheets: SheetModel[]) {
  const res = checkWorkbook({ name: "p.xlsx", sheets });
  for (const f of res.findings) {
    const t = res.tables[f.tableIndex];
    expect(t).toBeDefined();
    expect(t.sheet).toBe(f.sheet);
    const p = parseA1(f.cell);
    expect(contains(t.range, p.row, p.col)).toBe(true);
  }
  return res;
}

describe("property: detection and checking never throw and stay inside their tables", () => {
  test("random grids", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellValue, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(8), fc.nat(3), fc.nat(3)), { maxLength: 6 }),
        (rows, mergeSeeds) => {
          const merges = mergeSeeds.map(([r, c, h, w]) => ({ top: r, left: c, bottom: r + h, right: c + w }));
          assertInside([{ name: "R", originRow: 0, originCol: 0, values: rows, merges }]);
        },
      ),
      { numRuns: 600 },
    );
  });

  test("mutated source layouts", () => {
    const base = buildStacked([CLEAN, { ...CLEAN, name: "项目扶持资金" }], "M", 2).sheet;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.values.length - 1), fc.nat(6), cellValue), { minLength: 1, maxLength: 25 }),
        fc.nat(3),
        (edits, shift) => {
          const values = base.values.map((r) => [...r]);
          for (const [r, c, v] of edits) values[r][c] = v;
          const sheet: SheetModel = { ...base, values, text: undefined, originRow: shift, merges: base.merges.map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift })) };
          assertInside([sheet]);
        },
      ),
      { numRuns: 600 },
    );
  });
});
