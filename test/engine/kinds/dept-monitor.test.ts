import { checkWorkbook } from "../../../src/engine/check";
import { rangeA1 } from "../../../src/engine/address";
import { sheetFromRows } from "../../helpers/rows";
import { workbook } from "../../helpers/layout";

/**
 * A 部门整体 监控表 (安徽): the title, then 填报部门（单位）： and a 基本情况 line before the money;
 * the money block has a column no rule reads (预计结转结余数, merged two wide).
 */
const rows = (rate: string) => [
  ["部门整体支出绩效监控表"],
  ["（2024年度）"],
  ["填报部门（单位）：", null, "101-县水利局", null, null, null, null, "金额单位：万元"],
  ["基本情况", null, "部门单位名称", "101-县水利局", null, "监控时点", "1-6月"],
  ["预算执行情况", null, "年初预算数", "1-6月执行数", "1-6月执行率", "全年预计执行数", "预计结转 结余数"],
  [null, "年度资金总额：", 500, 300, rate, 500, 0],
  [null, "其中：财政拨款", 500, 300, "60.00%", 500, 0],
  ["目标完成情况", null, "完成水利工程建设任务。"],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "全年预计完成情况", "完成目标可能性", "原因说明"],
  [null, "产出指标", "数量指标", "工程完工数", "≥10个", "6个", "10个", "确定能", null],
  [null, "效益指标", "社会效益指标", "防汛能力", "明显提升", "提升", "明显提升", "确定能", null],
  [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "91%", "92%", "确定能", null],
];
const MERGES = ["A3:B3", "G5:H5", "G6:H6", "G7:H7", "A5:A7"];
const check = (rate: string) => checkWorkbook(workbook(sheetFromRows("监控表", rows(rate), MERGES)));

test("the table begins at its title, above 填报部门（单位） and 基本情况", () => {
  expect(check("60.00%").tables.map((t) => [t.kind, t.name?.cell.text, rangeA1(t.range)])).toEqual([["monitoring", "101-县水利局", "A1:I12"]]);
});

test("money rows are read beside a merged column no rule reads", () => {
  expect(check("60.00%").findings.filter((f) => f.rule.startsWith("monitor/"))).toEqual([]);
  expect(
    check("65.00%")
      .findings.filter((f) => f.rule === "monitor/execution-rate")
      .map((f) => f.cell),
  ).toEqual(["E6"]);
});
