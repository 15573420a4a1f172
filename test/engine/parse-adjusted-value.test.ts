import { checkWorkbook } from "../../src/engine/check";
import { sheetFromRows } from "../helpers/rows";
import { workbook } from "../helpers/layout";

/**
 * A 调整表 prints the value before the change and the value after it side by side (指标值 |
 * 调整后指标值): the value after the change is the table's, whichever column comes first.
 */
describe("指标值 beside 调整后指标值", () => {
  const table = (order: "before-first" | "after-first") => {
    const [h1, h2] = order === "before-first" ? ["指标值", "调整后指标值"] : ["调整后指标值", "指标值"];
    const pair = (before: string, after: string) => (order === "before-first" ? [before, after] : [after, before]);
    return sheetFromRows("Sheet1", [
      ["项目支出绩效目标表"],
      ["项目名称", "河道清淤"],
      ["年度目标", "完成河道清淤20公里。"],
      ["一级指标", "二级指标", "三级指标", h1, h2],
      ["产出指标", "数量指标", "清淤长度", ...pair("≥20公里", "≥25公里")],
      ["效益指标", "生态效益指标", "水质改善", ...pair("明显改善", "明显改善")],
      ["满意度指标", "服务对象满意度指标", "群众满意度", ...pair("≥90%", "≥70%")],
    ]);
  };
  test.each(["before-first", "after-first"] as const)("the 调整后 column is read (%s)", (order) => {
    const res = checkWorkbook(workbook(table(order)));
    const t = res.tables[0];
    const col = order === "before-first" ? 4 : 3;
    expect(t.indicators.map((i) => [i.value.cell.text, i.value.col])).toEqual([
      ["≥25公里", col],
      ["明显改善", col],
      ["≥70%", col],
    ]);
    expect(res.findings.filter((f) => f.rule === "indicator/satisfaction-low").map((f) => f.cell)).toEqual([order === "before-first" ? "E7" : "D7"]);
  });
});
