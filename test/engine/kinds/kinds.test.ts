import { checkWorkbook } from "../../../src/engine/check";
import { buildTable, workbook } from "../../helpers/layout";
import { book, deptSheet, monitorSheet, selfEvalSheet, SheetBuilder, SELF_INDICATORS, MONITOR_INDICATORS } from "../../helpers/kind-tables";

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

/** 天津 tjdeptyeargoalindexxls: 合 计 first, 一般公共预算资金 split into 基本支出 | 项目支出, a 年度绩效目标 list, the block labelled 绩效目标. */
function tianjinDept(taskTotal: number) {
  const b = new SheetBuilder();
  b.at("A1:I1", "部门整体支出绩效目标表");
  b.at("A2:I2", "（2023年度）");
  b.at("A3:A4", "部门\n名称");
  b.at("B3:E4", "205-区民政局");
  b.at("F3:I3", "预算资金（万元）");
  b.at("F4:F5", "总额");
  b.at("G4:H4", "一般公共预算资金");
  b.at("I4:I5", "其他资金");
  b.at("A5:A6", "序号");
  b.at("B5:E5", "主要工作任务");
  b.at("G5", "基本支出");
  b.at("H5", "项目支出");
  b.at("B6:E6", "合 计");
  b.at("F6", 290);
  b.at("G6", 100);
  b.at("H6", 170);
  b.at("I6", 20);
  b.at("A7", 1);
  b.at("B7:E7", "养老服务");
  b.at("F7", 200);
  b.at("G7", 50);
  b.at("H7", 130);
  b.at("I7", 20);
  b.at("A8", 2);
  b.at("B8:E8", "社会救助");
  b.at("F8", taskTotal);
  b.at("G8", 50);
  b.at("H8", 40);
  b.at("I8", 0);
  b.at("A9", "序号");
  b.at("B9:G9", "年度绩效目标");
  b.at("H9:I9", "对应工作任务");
  b.at("A10", 1);
  b.at("B10:G10", "全区养老服务覆盖率达到95%");
  b.at("H10:I10", "1");
  b.at("A11:A14", "绩效\n目标");
  b.at("B11:I11", "年度绩效指标");
  b.at("B12", "一级指标");
  b.at("C12", "二级指标");
  b.at("D12:F12", "三级指标");
  b.at("G12:I12", "指标值");
  b.at("B13", "产出指标");
  b.at("C13", "数量指标");
  b.at("D13:F13", "养老服务人数");
  b.at("G13:I13", "≥5000人");
  b.at("B14", "满意度指标");
  b.at("C14", "服务对象满意度指标");
  b.at("D14:F14", "老人满意度");
  b.at("G14:I14", "≥90%");
  return b.sheet("S");
}

test("天津 部门表: one table (its 绩效目标-labelled indicator block joined back), tasks and goals read", () => {
  const clean = checkWorkbook(book(tianjinDept(90)));
  expect(clean.tables.map((t) => [t.kind, t.name?.cell.text, t.indicators.length])).toEqual([["department", "205-区民政局", 2]]);
  expect(clean.tables[0].departmentData?.tasks?.rows.map((r) => [r.label, r.isTotal])).toEqual([
    ["合 计", true],
    ["养老服务", false],
    ["社会救助", false],
  ]);
  expect(rules(clean)).toEqual([]);
  const off = checkWorkbook(book(tianjinDept(100)));
  expect(rules(off)).toEqual(["S!F6 dept/total-sum-mismatch", "S!F8 dept/task-sum-mismatch"]);
});

test.each(["大气环境监测项目绩效目标表（2024年度）", "绩效评价体系建设项目绩效目标表", "跟踪审计项目绩效目标申报表"])(
  "a project named with a kind's word is still a project table: %s",
  (title) => {
    const r = checkWorkbook(workbook(buildTable({ title }, "目标表").sheet));
    expect(r.tables.map((t) => t.kind)).toEqual(["project"]);
  },
);

test.each([
  ["项目支出绩效自评表", "self-evaluation"],
  ["大气环境监测项目绩效运行监控表", "monitoring"],
])("a kind's own title decides: %s", (title, kind) => {
  const s = kind === "monitoring" ? monitorSheet({ title }) : selfEvalSheet({ title });
  expect(checkWorkbook(book(s.sheet)).tables.map((t) => t.kind)).toEqual([kind]);
});
