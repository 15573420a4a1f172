import { checkWorkbook } from "../../../src/engine/check";
import { sheetFromRows } from "../../helpers/rows";
import { workbook } from "../../helpers/layout";

/**
 * A 监控表 whose indicator header is two rows tall and whose second row starts with 偏差原因分析
 * (湖北: 偏差原因分析 over 偏差原因分析 | 原因说明): that row is the header's, not a closing row
 * (偏差大或目标未完成原因分析) ending the indicators above it.
 */
test("a second header row starting with 偏差原因分析 keeps the indicator rows under it", () => {
  const rows = [
    ["1-6月项目支出绩效目标运行监控表"],
    ["项目名称", "农村公路养护"],
    ["项目资金（万元）", null, "年初预算数", "调整后预算数", "1-6月执行数", "1-6月执行率", "全年预计执行数"],
    [null, "年度资金总额", 200, 200, 120, "60.00%", 200],
    ["年度总体目标", "完成农村公路养护500公里。"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "偏差原因分析", null, "完成目标可能性", "备注"],
    [null, null, null, null, null, "偏差原因分析", "原因说明"],
    ["产出指标", "数量指标", "养护里程", "≥500公里", "260公里", null, null, "确定能", null],
    ["效益指标", "社会效益指标", "优良路率", "≥85%", "83%", null, null, "确定能", null],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", null, null, "确定能", null],
  ];
  const merges = ["A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7", "F6:G6", "H6:H7", "I6:I7"];
  const t = checkWorkbook(workbook(sheetFromRows("Sheet1", rows, merges))).tables;
  expect(t.map((x) => [x.kind, x.indicators.map((i) => i.name.cell.text)])).toEqual([["monitoring", ["养护里程", "优良路率", "群众满意度"]]]);
});
