import { parseWorkbook } from "../../src/engine/check";
import { rangeA1 } from "../../src/engine/address";
import { sheetFromRows } from "../helpers/rows";
import { workbook } from "../helpers/layout";

/**
 * 部门 目标表 that print each goal's name in the label column beside its first indicator row
 * (目标1 | 一级 | 二级 | 三级 | 符号 | 值 | 单位): the goal's name is no goal row between groups.
 */
describe("a goal's name in the label column left of the indicator header", () => {
  const rows = (goalName: string | null) => [
    ["部门整体绩效目标表"],
    ["部门名称", "301-区民政局"],
    ["序号", "年度绩效目标", null, "对应工作任务"],
    [1, "提升养老服务能力。", null, "1"],
    ["绩效目标", "年度绩效指标"],
    [null, "一级指标", "二级指标", "三级指标", "指标值"],
    [null, null, null, null, "符号", "值", "单位"],
    [goalName, "产出指标", "数量指标", "服务人数", "≥", 300, "人"],
    [null, null, "质量指标", "服务合格率", "≥", 95, "%"],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%"],
  ];
  const merges = ["A5:A7", "B5:G5", "E6:G6", "B3:C3", "B4:C4"];
  const read = (goalName: string | null) =>
    parseWorkbook(workbook(sheetFromRows("Sheet1", rows(goalName), merges))).tables.map((t) => [
      t.kind,
      rangeA1(t.range),
      t.indicators.map((i) => i.name.cell.text),
    ]);

  test.each(["目标1", null])("the indicator rows are read with %s in column A", (goalName) => {
    expect(read(goalName)).toEqual([["department", "A1:G10", ["服务人数", "服务合格率", "群众满意度"]]]);
  });
});
