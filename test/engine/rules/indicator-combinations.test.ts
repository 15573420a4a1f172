import * as path from "path";
import { readWorkbook } from "../../../src/file/read-xlsx";
import { FIXTURES } from "../../cli/helpers";
import { checkWorkbook } from "../../../src/engine/check";
import { CellValue } from "../../../src/engine/sheet";
import { SEED_INDICATORS } from "../../helpers/layout";
import { INDICATORS_2021, ROW, SEED_FUCHI, SEED_ZHAOSHANG, seedValue, seedWith, tableWith } from "../../helpers/indicator-tables";

/**
 * rules.md "How findings combine": with every rule on, each indicator defect is reported once, by
 * the rule named here, at the cell a user would fix.
 */
const at = tableWith(SEED_INDICATORS).at;
const indicatorFindings = (wb: ReturnType<typeof tableWith>["workbook"]) =>
  checkWorkbook(wb)
    .findings.filter((f) => f.rule.startsWith("indicator/"))
    .map((f) => `${f.rule} ${f.cell}`);

describe("indicator findings combine: each defect once", () => {
  test("the source document's tables and the 2021 block", () => {
    expect(indicatorFindings(tableWith(SEED_ZHAOSHANG).workbook)).toEqual([`indicator/cost-not-monetary ${at.values[3]}`]);
    expect(indicatorFindings(tableWith(SEED_FUCHI).workbook)).toEqual([]);
    expect(indicatorFindings(tableWith(SEED_INDICATORS).workbook)).toEqual([]);
    expect(indicatorFindings(tableWith(INDICATORS_2021).workbook)).toEqual([]);
  });

  const one: [string, number, CellValue | [CellValue, string], string][] = [
    ["blank 数量 value", ROW.quantity, null, "indicator/value-empty"],
    ["blank 成本 value", ROW.cost, null, "indicator/value-empty"],
    ["blank 满意度 value", ROW.satisfaction, null, "indicator/value-empty"],
    ["placeholder 满意度 (not value-format)", ROW.satisfaction, "≥**%", "indicator/value-placeholder"],
    ["placeholder 成本 (not cost-not-monetary)", ROW.cost, "≤XX万元", "indicator/value-placeholder"],
    ["数量 without a number (not unit-missing)", ROW.quantity, "提升", "indicator/value-format"],
    ["数量 without a unit", ROW.quantity, "≥20", "indicator/unit-missing"],
    ["成本 without a unit (not cost-not-monetary)", ROW.cost, "≤50", "indicator/unit-missing"],
    ["成本 a count (not unit-missing)", ROW.cost, "≥1场", "indicator/cost-not-monetary"],
    ["成本 money floor (not cost-not-monetary)", ROW.cost, "≥50万元", "indicator/cost-lower-bound"],
    ["成本 negative ratio (not cost-not-monetary)", ROW.cost, "-5%", "indicator/percent-out-of-range"],
    ["满意度 above 100% (not satisfaction-low)", ROW.satisfaction, "≥110%", "indicator/percent-out-of-range"],
    ["满意度 below 0% (not satisfaction-low)", ROW.satisfaction, "-10%", "indicator/percent-out-of-range"],
    ["满意度 low", ROW.satisfaction, "≥70%", "indicator/satisfaction-low"],
    ["满意度 no percentage (neither range nor low)", ROW.satisfaction, "70", "indicator/value-format"],
    ["时效 other year", ROW.timeliness, "2022年12月31日前", "indicator/deadline-year"],
    ["时效 impossible date (not deadline-year)", ROW.timeliness, "2022年2月30日前", "indicator/value-format"],
  ];
  test.each(one)("%s", (_name, index, value, rule) => {
    expect(indicatorFindings(tableWith(seedValue(index, value)).workbook)).toEqual([`${rule} ${at.values[index]}`]);
  });

  test("a row holding only a 二级 label: name, value and basis each at their cell", () => {
    const wb = tableWith(seedWith({ 3: { name: "", desc: undefined, value: null, basis: undefined } })).workbook;
    expect(indicatorFindings(wb)).toEqual([
      `indicator/name-empty ${at.names[3]}`,
      `indicator/value-empty ${at.values[3]}`,
      `indicator/basis-empty ${at.bases[3]}`,
    ]);
  });

  test("a 产出 without 时效: missing-level2 only; without 产出: missing-level1 only", () => {
    expect(indicatorFindings(tableWith(SEED_INDICATORS.filter((_, i) => i !== ROW.timeliness)).workbook)).toEqual([`indicator/missing-level2 ${at.l1[0]}`]);
    expect(indicatorFindings(tableWith(SEED_INDICATORS.slice(4)).workbook)).toEqual([`indicator/missing-level1 ${at.header}`]);
  });
});

describe("the public fixtures", () => {
  test.each([
    ["seed-2023.xlsx", ["招商引资!E14"]],
    ["seed-2023-one-sheet.xlsx", ["绩效目标表!E14"]],
  ])("%s: only cost-not-monetary on ≥1场", async (file, cells) => {
    const wb = await readWorkbook(path.join(FIXTURES, file));
    const got = checkWorkbook(wb).findings.filter((f) => f.rule.startsWith("indicator/"));
    expect(got.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(cells.map((c) => `indicator/cost-not-monetary ${c}`));
  });
});
