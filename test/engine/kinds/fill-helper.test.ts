import { parseWorkbook } from "../../../src/engine/check";
import { tableDropdowns, valueTargets, valueToWrite } from "../../../src/engine/kinds/fill-helper";
import { rangeA1 } from "../../../src/engine/address";
import { planToSheetModel } from "../../../src/engine/layout";
import { selfEvalPlan } from "../../../src/engine/kinds/self-eval-plan";
import { book, monitorSheet, selfEvalSheet, MONITOR_INDICATORS, SELF_INDICATORS } from "../../helpers/kind-tables";
import { buildTable } from "../../helpers/layout";

/** 填写助手 in the engine: which cells take which dropdown, what the value helper starts from. */

const only = (sheet: ReturnType<typeof monitorSheet>["sheet"]) => {
  const tables = parseWorkbook(book(sheet)).tables;
  expect(tables).toHaveLength(1);
  return tables[0];
};
const ranges = (t: ReturnType<typeof only>) =>
  tableDropdowns(t).map((d) => [d.column, d.validation.ranges.map(rangeA1).join(","), d.validation.values.join("/")]);

describe("dropdowns", () => {
  test("a 监控表 with text columns: 完成目标可能性 and 偏差原因 on the indicator rows only", () => {
    const { sheet, at } = monitorSheet({ likelihood: "text" });
    const t = only(sheet);
    expect(t.kind).toBe("monitoring");
    const first = at.likelihoods[0];
    const last = at.likelihoods[at.likelihoods.length - 1];
    expect(ranges(t)).toEqual([
      ["likelihood", `${first}:${last}`, "确定能/有可能/完全不可能"],
      ["reason", `${at.reasons[0]}:${at.reasons[at.reasons.length - 1]}`, "经费保障/制度保障/人员保障/硬件条件保障/其他"],
    ]);
    expect(tableDropdowns(t).every((d) => d.offList.length === 0)).toBe(true);
  });

  test("a value not in the list is named, not changed; a free-text reason is named too", () => {
    const indicators = MONITOR_INDICATORS.map((x, i) => (i === 1 ? { ...x, likelihood: "基本能" as never, reason: "经费保障：资金下达晚" } : x));
    const { sheet, at } = monitorSheet({ likelihood: "text", indicators });
    const d = tableDropdowns(only(sheet));
    expect(d[0].offList).toEqual([{ cell: at.likelihoods[1], text: "基本能" }]);
    expect(d[1].offList).toEqual([{ cell: at.reasons[1], text: "经费保障：资金下达晚" }]);
  });

  test("ticked 确定能 | 有可能 | 完全不可能 and 经费保障 … 其他 columns are their own categories: no dropdown", () => {
    expect(tableDropdowns(only(monitorSheet({ likelihood: "ticks" }).sheet))).toEqual([]);
  });

  test("a 自评表: the 偏差原因 column", () => {
    const { sheet, at } = selfEvalSheet();
    expect(ranges(only(sheet))).toEqual([["reason", `${at.reasons[0]}:${at.reasons[at.reasons.length - 1]}`, "经费保障/制度保障/人员保障/硬件条件保障/其他"]]);
  });

  test("a project table: nothing", () => {
    const t = parseWorkbook(book(buildTable({}, "目标表").sheet)).tables[0];
    expect(t.kind).toBe("project");
    expect(tableDropdowns(t)).toEqual([]);
    expect(valueTargets(t)).toEqual([]);
  });
});

describe("value helper", () => {
  test("自评表: blank 实际完成值 of a quantity target, started from its comparison and unit", () => {
    const indicators = SELF_INDICATORS.map((x, i) => (i < 3 ? { ...x, actual: null } : x));
    const { sheet, at } = selfEvalSheet({ indicators });
    const targets = valueTargets(only(sheet));
    // 培训人数 ≥200人 and 培训合格率 ≥95% are blank; 培训完成时间 is a date (no number to type); the rest are filled
    expect(targets.map((x) => [x.name, x.target, x.start])).toEqual([
      ["培训人数", "≥200人", { comparison: "≥", number: "", unit: "人" }],
      ["培训合格率", "≥95%", { comparison: "≥", number: "", unit: "%" }],
    ]);
    expect(targets.map((x) => rangeA1({ top: x.cell.row, left: x.cell.col, bottom: x.cell.row, right: x.cell.col }))).toEqual(at.actuals.slice(0, 2));
  });

  test("监控表: blank 全年预计完成情况", () => {
    const indicators = MONITOR_INDICATORS.map((x, i) => (i === 2 ? { ...x, forecast: null } : x));
    const { sheet } = monitorSheet({ likelihood: "text", indicators });
    expect(valueTargets(only(sheet)).map((x) => [x.name, x.start.comparison, x.start.unit])).toEqual([["参训人员满意度", "≥", "%"]]);
  });
});

describe("what the value helper writes", () => {
  const indicators = SELF_INDICATORS.map((x, i) => (i < 2 ? { ...x, actual: null } : x));
  const [people, rate] = valueTargets(only(selfEvalSheet({ indicators }).sheet));
  const percentCell = { ...rate, cell: { ...rate.cell, cell: { ...rate.cell.cell, numberFormat: "0.00%" } } };

  test("a 实际完成值 with no comparison in the target's unit: a number (a fraction where the cell shows percentages)", () => {
    expect(valueToWrite(people, { comparison: "", number: "215", unit: "人" }, "actual")).toEqual({ value: 215, asText: false, shown: "215" });
    expect(valueToWrite(percentCell, { comparison: "", number: "96.5", unit: "%" }, "actual")).toEqual({ value: 0.965, asText: false, shown: "96.5%" });
  });

  test("otherwise the composed text: a comparison, another unit, a General cell for a percentage, a forecast", () => {
    expect(valueToWrite(people, { comparison: "≥", number: "215", unit: "人" }, "actual")).toEqual({ value: "≥215人", asText: true, shown: "≥215人" });
    expect(valueToWrite(people, { comparison: "", number: "215", unit: "人次" }, "actual")).toEqual({ value: "215人次", asText: true, shown: "215人次" });
    expect(valueToWrite(rate, { comparison: "", number: "96.5", unit: "%" }, "actual")).toEqual({ value: "96.5%", asText: true, shown: "96.5%" });
    expect(valueToWrite(people, { comparison: "", number: "215", unit: "人" }, "forecast")).toEqual({ value: "215人", asText: true, shown: "215人" });
    expect(valueToWrite(people, { comparison: "", number: "two", unit: "人" }, "actual")).toBeUndefined();
  });
});

test("on a generated 自评表 the helper's numbers are what its 得分 formulas score", () => {
  const project = parseWorkbook(book(buildTable({}, "目标表").sheet)).tables[0];
  const generated = only(planToSheetModel(selfEvalPlan(project)));
  const targets = valueTargets(generated);
  // every quantity target (≥20人, ≥10次, ≤50万元, ≥90%), blank 实际完成值; dates and 定性 have no number to type
  expect(targets.map((x) => x.target)).toEqual(["≥20人", "≥10次", "≤50万元", "≥90%"]);
  const satisfaction = targets[3];
  expect(valueToWrite(satisfaction, { ...satisfaction.start, comparison: "", number: "95" }, "actual")).toEqual({ value: 0.95, asText: false, shown: "95%" });
  expect(valueToWrite(targets[0], { ...targets[0].start, comparison: "", number: "25" }, "actual")?.value).toBe(25);
});
