import { checkWorkbook } from "../../../src/engine/check";
import { sheetFromRows } from "../../helpers/rows";
import { workbook } from "../../helpers/layout";

/**
 * A 部门整体自评表 that names its department as 单位名称 (no 项目名称): the table is named by it; a
 * project table's 单位名称 stays its 实施单位.
 */
const rows = (nameRow: (string | null)[]) => [
  ["部门整体绩效自评表"],
  nameRow,
  ["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "得分"],
  ["产出指标", "数量指标", "救助人数", "≥500人", "520人", 40],
  ["效益指标", "社会效益指标", "基本生活保障", "有效保障", "有效保障", 30],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", 30],
];

test("a self-evaluation without 项目名称 is named by its 单位名称", () => {
  const t = checkWorkbook(workbook(sheetFromRows("Sheet1", rows(["单位名称", "省民政厅"])))).tables;
  expect(t.map((x) => [x.kind, x.name?.cell.text])).toEqual([["self-evaluation", "省民政厅"]]);
});

test("a self-evaluation with a 项目名称 keeps it as its name", () => {
  const r = rows(["单位名称", "省民政厅"]);
  r.splice(2, 0, ["项目名称", "困难群众救助"]);
  const t = checkWorkbook(workbook(sheetFromRows("Sheet1", r))).tables;
  expect(t.map((x) => [x.kind, x.name?.cell.text])).toEqual([["self-evaluation", "困难群众救助"]]);
});
