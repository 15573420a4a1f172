import { checkWorkbook } from "../../src/engine/check";
import { recheckWorkbook } from "../../src/engine/recheck";
import { CellValue, SheetModel, WorkbookModel } from "../../src/engine/sheet";
import { parseA1 } from "../../src/engine/address";
import { buildStacked, buildTable, CLEAN, workbook } from "../helpers/layout";

function edit(wb: WorkbookModel, sheet: string, address: string, value: CellValue): WorkbookModel {
  const p = parseA1(address);
  return {
    ...wb,
    sheets: wb.sheets.map((s): SheetModel => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => [...r]);
      const text = s.text?.map((r) => [...r]);
      const r = p.row - s.originRow;
      (values[r] ??= [])[p.col - s.originCol] = value;
      if (text) (text[r] ??= [])[p.col - s.originCol] = value === null ? "" : String(value);
      return { ...s, values, text };
    }),
  };
}

const key = (r: { findings: { rule: string; sheet: string; cell: string; tableIndex: number }[] }) =>
  r.findings.map((f) => `${f.tableIndex} ${f.sheet}!${f.cell} ${f.rule}`);

describe("re-checking after an edit", () => {
  const stacked = buildStacked([CLEAN, { ...CLEAN, name: "项目扶持资金", title: "项目扶持资金绩效目标表" }, { ...CLEAN, name: "第三个项目", title: "第三个项目绩效目标表" }], "一", 2);
  const other = buildTable({ ...CLEAN, name: "另一张表" }, "二");
  const base = workbook(stacked.sheet, other.sheet);
  const before = checkWorkbook(base);

  test("only the table holding the edited cell is re-checked, and the result equals a full check", () => {
    const cell = stacked.at[1].values[0];
    const after = edit(base, "一", cell, "");
    const re = recheckWorkbook(before, after, [{ sheet: "一", address: cell }]);
    expect(re.rechecked).toEqual([1]);
    expect(key(re)).toEqual(key(checkWorkbook(after)));
    expect(re.findings.map((f) => f.rule)).toContain("indicator/value-empty");
  });

  test("workbook-wide rules see the edit: a goal copied from another table", () => {
    const goalCell = stacked.at[2].goals[0];
    const otherGoal = "本项目自己的目标，与其他表不同。";
    const distinct = edit(base, "一", goalCell, otherGoal);
    const first = checkWorkbook(distinct);
    const copied = edit(distinct, "一", goalCell, CLEAN.goals![0]);
    const re = recheckWorkbook(first, copied, [{ sheet: "一", address: goalCell }]);
    expect(re.rechecked).toEqual([2]);
    expect(key(re)).toEqual(key(checkWorkbook(copied)));
  });

  test("an edit outside every table re-checks nothing, and findings stay", () => {
    const after = edit(base, "二", "K40", "备注");
    const re = recheckWorkbook(before, after, [{ sheet: "二", address: "K40" }]);
    expect(re.rechecked).toEqual([]);
    expect(key(re)).toEqual(key(before));
  });

  test("a whole-row change re-checks every table of that sheet", () => {
    const re = recheckWorkbook(before, base, [{ sheet: "一", address: "5:5" }]);
    expect(re.rechecked).toEqual([0, 1, 2]);
    expect(key(re)).toEqual(key(before));
  });
});
