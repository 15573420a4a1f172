import rule, { labelWeight } from "../../../src/engine/rules/indicator-weights-sum";
import { checkWorkbook } from "../../../src/engine/check";
import { CellValue } from "../../../src/engine/sheet";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { sheetFromRows } from "../../helpers/rows";
import { workbook } from "../../helpers/layout";

/** A table whose indicator rows carry labels and weights as given (一级, 二级, 三级, 指标值, 分值). */
function weighted(rows: [CellValue, CellValue, string, string, CellValue][], weightHeader: string | null = "分值", merges: string[] = []) {
  const head: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值"];
  if (weightHeader) head.push(weightHeader);
  return workbook(
    sheetFromRows(
      "Sheet1",
      [
        ["2024年河道保洁项目绩效目标表"],
        ["项目名称", "河道保洁"],
        ["预算数", "50万元", "财政资金", "50万元"],
        ["资金支出计划（%）", "6月底", "12月底"],
        [null, "50%", "100%"],
        ["绩效目标", "完成年度河道保洁任务。"],
        head,
        ...rows.map((r) => (weightHeader ? r : r.slice(0, 4))),
      ],
      merges,
    ),
  );
}

const plain = (w: CellValue[]): [CellValue, CellValue, string, string, CellValue][] => [
  ["产出指标", "数量指标", "保洁河道长度", "≥30公里", w[0]],
  [null, "质量指标", "保洁达标率", "≥95%", w[1]],
  [null, "时效指标", "完成时间", "年底前", w[2]],
  ["效益指标", "生态效益指标", "水环境", "改善", w[3]],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", w[4]],
];

const labelled = (
  l1: [string, string, string],
  l2: [string, string, string] = ["数量指标", "质量指标", "时效指标"],
  w: CellValue[] = [null, null, null, null, null],
) =>
  weighted(
    [
      [l1[0], l2[0], "保洁河道长度", "≥30公里", w[0]],
      [null, l2[1], "保洁达标率", "≥95%", w[1]],
      [null, l2[2], "完成时间", "年底前", w[2]],
      [l1[1], "生态效益指标", "水环境", "改善", w[3]],
      [l1[2], "服务对象满意度指标", "群众满意度", "≥90%", w[4]],
    ],
    w.some((x) => x !== null) ? "分值" : null,
  );

runRuleTests(rule, {
  valid: [
    { name: "no weights at all", workbook: weighted(plain([null, null, null, null, null]), null) },
    { name: "a 分值 column adding up to 100", workbook: weighted(plain([30, 20, 10, 20, 20])) },
    { name: "a 权重 column with text weights", workbook: weighted(plain(["30", "20分", 10, 20, 20]), "权重") },
    { name: "an empty 分值 column (a blank template)", workbook: weighted(plain([null, null, null, null, null])) },
    { name: "一级 label weights adding up to 100", workbook: labelled(["产出指标(50分)", "效益指标（30分）", "满意度指标(20分)"]) },
    {
      name: "二级 label weights adding up to their 一级's",
      workbook: labelled(["产出指标(60分)", "效益指标（20分）", "满意度指标(20分)"], ["数量指标(20分)", "质量指标(20分)", "时效指标（20分）"]),
    },
    {
      name: "label and column weights together",
      workbook: labelled(["产出指标(60分)", "效益指标（20分）", "满意度指标(20分)"], ["数量指标", "质量指标", "时效指标"], [30, 20, 10, 20, 20]),
    },
  ],
  invalid: [
    { name: "a 分值 column adding up to 90: its first cell", workbook: weighted(plain([30, 20, 10, 20, 10])), errors: [{ cell: "E8", severity: "error" }] },
    {
      name: "一级 label weights adding up to 90: the first 一级 label",
      workbook: labelled(["产出指标(50分)", "效益指标（30分）", "满意度指标(10分)"]),
      errors: [{ cell: "A8" }],
    },
    {
      name: "二级 label weights not adding up to their 一级's: that 一级 label",
      workbook: labelled(["产出指标(60分)", "效益指标（20分）", "满意度指标(20分)"], ["数量指标(20分)", "质量指标(20分)", "时效指标（10分）"]),
      errors: [{ cell: "A8" }],
    },
    {
      name: "三级 weights not adding up to their 一级's: the group's first weight cell, reported once",
      workbook: labelled(["产出指标(60分)", "效益指标（20分）", "满意度指标(20分)"], ["数量指标", "质量指标", "时效指标"], [30, 20, 5, 20, 20]),
      errors: [{ cell: "E8" }],
    },
    {
      name: "三级 weights not adding up to their 二级's",
      workbook: labelled(
        ["产出指标(60分)", "效益指标（20分）", "满意度指标(20分)"],
        ["数量指标(30分)", "质量指标(20分)", "时效指标(10分)"],
        [25, 20, 10, 20, 20],
      ),
      errors: [{ cell: "E8" }],
    },
  ],
});

describe("indicator/weights-sum", () => {
  test("label weights", () => {
    expect(labelWeight("产出指标(50分)")).toBe(50);
    expect(labelWeight("效益指标（30分）")).toBe(30);
    expect(labelWeight("产出指标")).toBeUndefined();
  });
  test("a weight merged down over two 三级 rows counts once", () => {
    const rows = (last: number): [CellValue, CellValue, string, string, CellValue][] => [
      ["产出指标", "数量指标", "保洁河道长度", "≥30公里", 40],
      [null, null, "清理垃圾量", "≥200吨", null],
      [null, "时效指标", "完成时间", "年底前", last],
      ["效益指标", "生态效益指标", "水环境", "改善", 20],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 20],
    ];
    const merges = ["B8:B9", "E8:E9"];
    expect(checkWorkbook(weighted(rows(20), "分值", merges), onlyRule(rule.meta.id)).findings).toEqual([]);
    const off = checkWorkbook(weighted(rows(30), "分值", merges), onlyRule(rule.meta.id));
    expect(off.findings.map((f) => f.message)).toEqual(["指标权重合计为110，应为100"]);
  });
  test("message", () => {
    const res = checkWorkbook(weighted(plain([30, 20, 10, 20, 10])), onlyRule(rule.meta.id));
    expect(res.findings[0].message).toBe("指标权重合计为90，应为100");
  });
});
