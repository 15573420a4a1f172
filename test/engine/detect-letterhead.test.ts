import { parseWorkbook } from "../../src/engine/check";
import { rangeA1 } from "../../src/engine/address";
import { sheetFromRows } from "../helpers/rows";
import { workbook } from "../helpers/layout";

/**
 * A form whose letterhead names the unit above the 项目名称 (单位名称：… | 填报日期：…) and asks
 * for the 实施单位 again below it: one table, not a table cut at the second 实施单位.
 */
test("单位名称 in the letterhead and 项目实施单位 under the 项目名称 are one table", () => {
  const rows = [
    ["2024年度项目支出绩效目标表"],
    ["单位名称：", "省经信厅", null, "填报日期：", "2024-01-10"],
    ["项目名称", "中小企业发展专项"],
    ["主管部门", "省经信厅", "项目实施单位", "省中小企业服务中心"],
    ["年度资金总额（万元）", 100],
    ["年度目标", "扶持中小企业200家。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "扶持企业数", "≥200家"],
    ["效益指标", "经济效益指标", "带动就业", "≥1000人"],
    ["满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"],
  ];
  const tables = parseWorkbook(workbook(sheetFromRows("Sheet1", rows))).tables;
  expect(tables.map((t) => [rangeA1(t.range), t.name?.cell.text, t.indicators.length])).toEqual([["A1:E10", "中小企业发展专项", 3]]);
});
