import { checkWorkbook } from "../../../src/engine/check";
import { buildTable, workbook } from "../../helpers/layout";
import { book, deptSheet, monitorSheet, selfEvalSheet, SELF_INDICATORS, MONITOR_INDICATORS } from "../../helpers/kind-tables";

/**
 * Table kinds with every rule on: each kind is recognised in each of its layouts, a clean table of
 * any kind gets no finding at all (never "a broken project table"), planted defects give exactly
 * their findings, and the JSON view carries the kind.
 */

const rules = (r: ReturnType<typeof checkWorkbook>) => r.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`);

describe.each([
  ["自评表, 安徽 layout", selfEvalSheet().sheet, "self-evaluation"],
  ["自评表, 天津 layout (分值 | 得分 | 执行率)", selfEvalSheet({ layout: "tj" }).sheet, "self-evaluation"],
  [
    "自评表, 浙江 layout (权重, two header rows)",
    selfEvalSheet({ layout: "zj", indicators: SELF_INDICATORS.map((x) => ({ ...x, weight: 20, score: 20 })), totalScore: 100 }).sheet,
    "self-evaluation",
  ],
  ["自评表 without a title", selfEvalSheet({ title: null }).sheet, "self-evaluation"],
  ["监控表, ticked 完成目标可能性", monitorSheet().sheet, "monitoring"],
  ["监控表, one 完成目标可能性 column", monitorSheet({ likelihood: "text" }).sheet, "monitoring"],
  ["监控表 without a title", monitorSheet({ title: null }).sheet, "monitoring"],
  ["部门整体目标表", deptSheet().sheet, "department"],
  ["部门整体目标表 without a title, 一级 产出与效果 / 社会评价", deptSheet({ title: null, level1: ["产出与效果", "社会评价"] }).sheet, "department"],
])("%s", (_name, sheet, kind) => {
  test("is recognised, named, and clean", () => {
    const r = checkWorkbook(book(sheet));
    expect(r.tables.map((t) => t.kind)).toEqual([kind]);
    expect(r.tables[0].name?.cell.text).toBe(kind === "department" ? "市人力资源和社会保障局" : "职业技能培训");
    expect(rules(r)).toEqual([]);
    expect(r.findings.every((f) => f.kind === kind)).toBe(true);
    expect(r.summaries[0].kind).toBe(kind);
  });
});

test("a project table and the other kinds in one workbook: each keeps its own rules", () => {
  const self = selfEvalSheet({ rate: [0.9, "0.00%"], indicators: [{ ...SELF_INDICATORS[0], actual: null }, ...SELF_INDICATORS.slice(1)] });
  const mon = monitorSheet({ indicators: [{ ...MONITOR_INDICATORS[0], likelihood: "有可能" }, ...MONITOR_INDICATORS.slice(1)] });
  const dept = deptSheet({ goal: null, sum: { total: 140, fiscal: 130, other: 20 } });
  const project = buildTable({ plan: ["10%", "5%", "70%", "100%"] }, "目标表");
  const r = checkWorkbook(workbook(project.sheet, self.sheet, mon.sheet, dept.sheet));
  expect(r.tables.map((t) => t.kind)).toEqual(["project", "self-evaluation", "monitoring", "department"]);
  expect(rules(r)).toEqual([
    `目标表!${project.at.plan[1]} plan/decreasing`,
    `自评表!${self.at.rate} selfeval/execution-rate`,
    `自评表!${self.at.actuals[0]} selfeval/actual-empty`,
    `监控表!${mon.at.explanations[0]} monitor/deviation-reason-missing`,
    `部门整体!${dept.at.sum.total} dept/total-sum-mismatch`,
    `部门整体!${dept.at.goal} dept/goal-empty`,
  ]);
});

test("the shared indicator rules check every kind's indicators", () => {
  const self = selfEvalSheet({ indicators: [...SELF_INDICATORS.slice(0, 4), { ...SELF_INDICATORS[4], target: "≥60%", actual: "70%" }] });
  const r = checkWorkbook(book(self.sheet));
  expect(rules(r)).toEqual([`自评表!${self.at.targets[4]} indicator/satisfaction-low`]);
});

test("JSON: kind, then that kind's block", () => {
  const r = checkWorkbook(book(selfEvalSheet().sheet, monitorSheet().sheet, deptSheet().sheet));
  const [se, mo, de] = r.summaries;
  expect(Object.keys(se).slice(0, 4)).toEqual(["sheet", "range", "kind", "selfEvaluation"]);
  expect(se.selfEvaluation?.total).toEqual({ weight: 100, score: 99.5 });
  expect(se.selfEvaluation?.money[0]).toEqual({
    label: "年度资金总额",
    total: true,
    values: { 年初预算数: 100, 全年预算数: 100, 全年执行数: 95, 分值: 10, 执行率: 95, 得分: 9.5 },
  });
  expect(se.selfEvaluation?.indicators[0]).toMatchObject({ name: "培训人数", value: "≥200人", actual: "220人", weight: 20, score: 20, reason: null });
  expect(Object.keys(mo).slice(0, 4)).toEqual(["sheet", "range", "kind", "monitoring"]);
  expect(mo.monitoring).toMatchObject({ month: 7, name: "职业技能培训" });
  expect(mo.monitoring?.indicators.map((i) => i.likelihood)).toEqual(["确定能", "确定能", "确定能"]);
  expect(de.department?.tasks.map((t) => [t.label, t.total, t.values.总额])).toEqual([
    ["职业技能培训", false, 100],
    ["就业服务", false, 50],
    ["金额合计", true, 150],
  ]);
  expect(de.project.name).toBe("市人力资源和社会保障局");
});
