import * as fs from "fs";
import * as path from "path";
import rule from "../../../src/engine/rules/indicator-generic-default";
import { checkWorkbook } from "../../../src/engine/check";
import { csvToSheet, readProjectList } from "../../../src/engine/project-list";
import { LayoutOptions, layoutSpec, planToSheetModel } from "../../../src/engine/layout";
import { GENERIC_NOTE, isGenericDefault } from "../../../src/engine/default-indicators";
import { NOTE_MARKER } from "../../../src/engine/marks";
import { FrameworkId } from "../../../src/engine/model";
import { SheetModel } from "../../../src/engine/sheet";
import { toA1 } from "../../../src/engine/address";
import { runRuleTests } from "../../helpers/rule-tester";
import { SEED_INDICATORS } from "../../helpers/layout";
import { tableWith } from "../../helpers/indicator-tables";

// The sample list has no indicator columns: every project gets the generated defaults.
const CSV = fs.readFileSync(path.join(__dirname, "../../../samples/项目清单.csv"), "utf8");

function generated(framework: FrameworkId, style: LayoutOptions["style"] = undefined) {
  const list = readProjectList(csvToSheet(CSV), { year: 2024, framework })!;
  const row = list.rows.find((r) => r.spec && r.defaultIndicators)!;
  const plan = layoutSpec(row.spec!, { style });
  return { spec: row.spec!, plan, sheet: planToSheetModel(plan) };
}

/** The sheet with one cell's value replaced (what a clerk's edit leaves). */
function edited(sheet: SheetModel, row: number, col: number, value: string): SheetModel {
  const values = sheet.values.map((r) => [...r]);
  values[row - sheet.originRow][col - sheet.originCol] = value;
  const text = sheet.text?.map((r) => [...r]);
  if (text?.[row - sheet.originRow]) text[row - sheet.originRow][col - sheet.originCol] = value;
  return { ...sheet, values, ...(text ? { text } : {}) };
}

const valueCells = (g: ReturnType<typeof generated>) =>
  g.plan.cells.filter((c) => /^indicators\[\d+\]\.value$/.test(c.path ?? "") && c.col === 4).map((c) => toA1(c.row, c.col));

describe.each([
  ["2021", undefined],
  ["legacy", undefined],
  ["2021", "integrated"],
] as [FrameworkId, LayoutOptions["style"]][])("a sheet generated from a list without indicators (%s, %s)", (framework, style) => {
  const g = generated(framework, style);
  const check = (sheet: SheetModel) => checkWorkbook({ sheets: [sheet] }, { year: 2024, framework });

  test("reports every generated indicator at its 指标值 cell, as info, and nothing else of the sheet is wrong", () => {
    const res = check(g.sheet);
    const mine = res.findings.filter((f) => f.rule === rule.meta.id);
    expect(mine.map((f) => f.cell)).toEqual(valueCells(g));
    expect(mine.length).toBe(g.spec.indicators.length);
    expect(mine.every((f) => f.severity === "info" && f.message.endsWith("请按项目实际修改"))).toBe(true);
    expect(res.findings.filter((f) => f.rule !== rule.meta.id && f.severity !== "info")).toEqual([]);
  });

  test("the plan puts the add-in's note on each generated 指标值 cell", () => {
    const noted = g.plan.cells.filter((c) => c.note).map((c) => toA1(c.row, c.col));
    expect(noted).toEqual(valueCells(g));
    expect(g.plan.cells.find((c) => c.note)!.note).toBe(NOTE_MARKER + GENERIC_NOTE);
  });

  test("editing the name or the value of one indicator makes it the clerk's", () => {
    const nameCell = g.plan.cells.find((c) => c.path === "indicators[1].name")!;
    const valueCell = g.plan.cells.find((c) => c.path === "indicators[2].value" && c.col === 4)!;
    const before = check(g.sheet)
      .findings.filter((f) => f.rule === rule.meta.id)
      .map((f) => f.cell);
    const renamed = edited(g.sheet, nameCell.row, nameCell.col, "培育外贸企业数量");
    const afterName = check(renamed)
      .findings.filter((f) => f.rule === rule.meta.id)
      .map((f) => f.cell);
    expect(afterName).toEqual(before.filter((c) => c !== toA1(nameCell.row, 4)));
    const revalued = edited(g.sheet, valueCell.row, valueCell.col, typeof valueCell.value === "number" ? "98" : "≥98%");
    const afterValue = check(revalued)
      .findings.filter((f) => f.rule === rule.meta.id)
      .map((f) => f.cell);
    expect(afterValue).toEqual(before.filter((c) => c !== toA1(valueCell.row, 4)));
  });
});

runRuleTests(rule, {
  valid: [{ name: "a table written by hand (the source document's indicators)", workbook: tableWith(SEED_INDICATORS).workbook }],
  invalid: [],
});

test("one or two rows that happen to equal a default (a hand-written 服务对象满意度 ≥90%) are not a generated table", () => {
  const g = generated("legacy");
  const rows = g.plan.cells.filter((c) => /^indicators\[\d+\]\.name$/.test(c.path ?? ""));
  let sheet = g.sheet;
  // the clerk makes all but two rows their own: the table no longer reads as generated
  for (const c of rows.slice(0, rows.length - 2)) sheet = edited(sheet, c.row, c.col, `本项目指标${c.row}`);
  const res = checkWorkbook({ sheets: [sheet] }, { year: 2024, framework: "legacy" });
  expect(res.findings.filter((f) => f.rule === rule.meta.id)).toEqual([]);
  // with three left it still does
  sheet = g.sheet;
  for (const c of rows.slice(0, rows.length - 3)) sheet = edited(sheet, c.row, c.col, `本项目指标${c.row}`);
  const three = checkWorkbook({ sheets: [sheet] }, { year: 2024, framework: "legacy" });
  expect(three.findings.filter((f) => f.rule === rule.meta.id)).toHaveLength(3);
});

test("generic = a generated name with a value it is generated with (any year, any budget ceiling)", () => {
  expect(
    [
      ["任务验收合格率", "≥95%"],
      ["任务验收合格率", "≥98%"],
      ["验收合格率", "≥95%"],
      ["任务完成时间", "2031年12月31日前"],
      ["任务完成时间", "2031年11月30日前"],
      ["项目总成本", "≤35.5万元"],
      ["项目总成本", "≤100%"],
      ["项目总成本", "≤35万"],
    ].map(([n, v]) => isGenericDefault(n, v)),
  ).toEqual([true, false, false, true, false, true, true, false]);
});
