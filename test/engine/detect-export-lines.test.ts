import { checkWorkbook } from "../../src/engine/check";
import { rangeA1 } from "../../src/engine/address";
import { isFooter, isTitle } from "../../src/engine/labels";
import { CellValue } from "../../src/engine/sheet";
import { sheetFromRows } from "../helpers/rows";
import { workbook } from "../helpers/layout";

/**
 * Lines the provincial exports print around a table (shared/research/export-layouts): their own
 * titles (批复表, 申报表), a 注 line merged across the table right under it, a signature line
 * starting left of the indicator columns, a 项目来源 value that reads like a budget part, and
 * 湖北's 项目资金来源 list with its 合计 row.
 */
const check = (rows: CellValue[][], merges: string[]) => checkWorkbook(workbook(sheetFromRows("Sheet1", rows, merges)));
const keys = (res: ReturnType<typeof checkWorkbook>) => res.findings.map((f) => `${f.rule} ${f.cell}`).sort();
const INDICATORS: CellValue[][] = [
  ["产出指标", "数量指标", "维修校舍数量", "≥12所"],
  [null, "质量指标", "验收合格率", "≥95%"],
  [null, "时效指标", "完成时间", "2024年12月31日前"],
  ["效益指标", "社会效益指标", "校舍安全隐患", "明显减少"],
  ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
];

test("the systems' titles open a table: 批复表, 调整表, 湖北's 项目申报表; not any 表", () => {
  for (const t of ["项目支出绩效批复表", "项目支出绩效目标批复表", "项目支出绩效目标调整表", "项目申报表"]) expect(isTitle(t)).toBe(true);
  for (const t of ["项目支出预算汇总表", "项目申报说明", "部门项目申报表汇总"]) expect(isTitle(t)).toBe(false);
  // the monitoring tables' own: 目标执行监控表 (天津, 安徽), 目标运行监控表 (湖北)
  for (const t of ["项目支出绩效目标执行监控表", "项目支出绩效目标运行监控表"]) expect(isTitle(t)).toBe(true);
  const rows: CellValue[][] = [
    ["项目支出绩效批复表"],
    ["（2024年度）"],
    ["项目名称", "校舍维修"],
    ["年度资金总额", 100],
    ["年度目标", "完成校舍维修。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...INDICATORS,
  ];
  expect(check(rows, ["A1:D1", "A2:D2", "B3:D3", "B4:D4", "B5:D5"]).tables.map((t) => rangeA1(t.range))).toEqual(["A1:D11"]);
});

test("a 注 line merged across the table under it, and a signature line, are not indicator rows", () => {
  // a 绩效指标 label column left of the 一级 one, as the 天津 and 安徽 exports print
  const rows: CellValue[][] = [
    ["项目支出绩效目标表"],
    ["项目名称", "校舍维修"],
    ["年度资金总额", 100],
    ["年度目标", "完成校舍维修。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ...INDICATORS.map((r) => [null, ...r]),
  ];
  const merges = ["A1:E1", "B2:E2", "B3:E3", "B4:E4", "A5:A10"];
  const res = check([...rows, ["注：跨年度项目还要同步编制实施期绩效目标及指标。"]], [...merges, "A11:E11"]);
  expect(res.tables.map((t) => [rangeA1(t.range), t.indicators.length])).toEqual([["A1:E10", 5]]);
  const res2 = check([...rows, ["负责人：", "张三", "经办人：", "李四", "填报日期：2024-01-15"]], merges);
  expect(res2.tables.map((t) => [rangeA1(t.range), t.indicators.length])).toEqual([["A1:E10", 5]]);
  expect(keys(res2)).toEqual(["plan/missing A1"]);
});

test("注 opens a note, not a 三级 name that starts with 注", () => {
  expect(isFooter("注：本表由项目单位填报")).toBe(true);
  expect(isFooter("注册企业数量")).toBe(false);
});

test("a budget part's name as the value of 项目来源 above the money rows is no part", () => {
  const rows: CellValue[][] = [
    ["项目支出绩效批复表"],
    ["项目名称", "校舍维修", null, null],
    ["项目来源", "本级安排", "项目期", "1年"],
    ["项目资金（万元）", "年度资金总额：", 100, null],
    [null, "其中：财政拨款", 100, null],
    ["年度目标", "完成校舍维修。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...INDICATORS,
  ];
  const res = check(rows, ["A1:D1", "B2:D2", "A4:A5", "B6:D6"]);
  expect(res.tables[0].budget?.parts.map((p) => p.name)).toEqual(["财政拨款"]);
  expect(keys(res)).toEqual(["plan/missing A1"]);
});

test("湖北's 项目资金来源 list: its 合计 is the total, checked against the parts", () => {
  const rows = (total: number): CellValue[][] => [
    ["项目申报表"],
    ["项目名称", "就业服务", null],
    ["项目资金来源", "来源项目", "金额"],
    [null, "合计", total],
    [null, "一般公共预算财政拨款", 400],
    [null, "其中：申请当年预算拨款", 350],
    [null, "单位资金", 100],
    ["目标1", "开展公共就业服务。", null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ...INDICATORS,
  ];
  const merges = ["A1:D1", "B2:D2", "A3:A7", "C3:D3", "C4:D4", "C5:D5", "C6:D6", "C7:D7", "B8:D8"];
  expect(check(rows(500), merges).tables[0].budget?.total?.cell.value).toBe(500);
  expect(keys(check(rows(500), merges))).toEqual(["plan/missing A1"]);
  expect(keys(check(rows(600), merges))).toEqual(["budget/sum-mismatch C4", "plan/missing A1"]);
});

test("变更阶段: the value after the change (调整后值) and the goal after it (调整后总体绩效目标) are the table's", () => {
  const rows: CellValue[][] = [
    ["预算项目绩效信息表（项目变更阶段）"],
    ["项目名称", "医疗救助", null, null, null, "项目编码", "4201"],
    ["调整前总体绩效目标", "救助比例达到70%。"],
    ["调整后总体绩效目标", "救助比例达到75%。"],
    ["一级指标", "二级指标", "*三级指标", "指标值", null, null, null],
    [null, null, null, "*符号", "*调整前值", "调整后值", "计量单位"],
    ["产出指标", "数量指标", "救助人数", "≥", 3000, 3200, "人"],
    ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", 90, 70, "%"],
  ];
  const merges = ["A1:G1", "B3:G3", "B4:G4", "A5:A6", "B5:B6", "C5:C6", "D5:G5"];
  const res = check(rows, merges);
  const t = res.tables[0];
  expect(t.goals?.goals.map((g) => g.text.cell.text)).toEqual(["救助比例达到75%。"]);
  expect(t.indicators.map((i) => [i.name.cell.text, rangeA1({ top: i.value.row, left: i.value.col, bottom: i.value.row, right: i.value.col })])).toEqual([
    ["救助人数", "F7"],
    ["救助对象满意度", "F8"],
  ]);
  expect(keys(res).filter((k) => k.startsWith("indicator/"))).toEqual([
    "indicator/missing-level1 A5",
    "indicator/missing-level2 A7",
    "indicator/satisfaction-low F8",
  ]);
});
