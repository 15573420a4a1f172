import { checkWorkbook, parseWorkbook } from "../../src/engine/check";
import { rangeA1, toA1 } from "../../src/engine/address";
import { CellValue } from "../../src/engine/sheet";
import { sheetFromRows } from "../helpers/rows";
import { workbook } from "../helpers/layout";

/**
 * Layouts printed by 预算管理一体化 systems (table-format.md "Exports"): split 符号 | 值 | 计量单位
 * columns under a two-row header, weights, 实施期 and 年度 blocks side by side, money in 元, no
 * 资金支出计划, and tables sharing rows with other content.
 */
const at = (f: { row: number; col: number } | undefined) => (f ? toA1(f.row, f.col) : undefined);
const found = (rows: CellValue[][], merges: string[] = []) => checkWorkbook(workbook(sheetFromRows("Sheet1", rows, merges)));
const keys = (res: ReturnType<typeof checkWorkbook>) => res.findings.map((f) => `${f.rule} ${f.cell}`).sort();

/** A 预算编制阶段 information table: split value columns under a two-row header, with 依据. */
function splitTable(rows: CellValue[][]): { rows: CellValue[][]; merges: string[] } {
  return {
    rows: [
      ["2024年预算项目绩效信息表"],
      ["项目名称", "社区养老服务", null, null, "项目编码", "2024001"],
      ["预算数（元）", 500000, "其中：财政拨款", 500000, "其他资金", null],
      ["绩效目标", "为辖区老年人提供助餐、助浴等居家养老服务，提升老年人生活质量。"],
      [null],
      ["一级指标", "二级指标", "*三级指标", "指标值", null, null, "指标值确定依据", "备注（指标解释等）"],
      [null, null, null, "*符号", "*值", "计量单位", null, null],
      ...rows,
    ],
    merges: ["A1:H1", "B2:D2", "F2:H2", "F3:H3", "B4:H5", "A4:A5", "A6:A7", "B6:B7", "C6:C7", "D6:F6", "G6:G7", "H6:H7"],
  };
}

const CLEAN_SPLIT: CellValue[][] = [
  ["产出指标", "数量指标", "服务老年人数", "≥", 300, "人", "工作计划", null],
  [null, "质量指标", "服务合格率", "≥", 95, "%", "行业标准", null],
  [null, "时效指标", "服务完成时间", "≤", 12, "个月", "工作计划", null],
  [null, "成本指标", "人均服务成本", "≤", 1500, "元", "预算标准", null],
  ["效益指标", "社会效益指标", "老年人生活质量", "定性", "提升", null, "工作计划", null],
  ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥", 90, "%", "历史标准", null],
];

describe("split value columns (符号 | 值 | 计量单位) under a two-row header", () => {
  test("every column is read, 依据 included; the value is the number's cell", () => {
    const { rows, merges } = splitTable(CLEAN_SPLIT);
    const t = parseWorkbook(workbook(sheetFromRows("Sheet1", rows, merges))).tables[0];
    expect(t.header?.columns).toMatchObject({ level1: 0, level2: 1, name: 2, sign: 3, value: 4, unit: 5, basis: 6, description: 7 });
    expect(t.indicators).toHaveLength(6);
    expect(at(t.indicators[0].value)).toBe("E8");
    expect(t.indicators[0].basis?.cell.text).toBe("工作计划");
  });

  test("a clean table: no unit-missing, no value-format; money in 元 adds up; no plan is a warning", () => {
    const { rows, merges } = splitTable(CLEAN_SPLIT);
    expect(keys(found(rows, merges))).toEqual(["plan/missing A1"]);
  });

  test("percent-out-of-range and cost-lower-bound fire when deserved, at the number's cell", () => {
    const bad = CLEAN_SPLIT.map((r) => [...r]);
    bad[1][4] = 105; // 服务合格率 ≥105%
    bad[3][3] = "≥"; // 人均服务成本 ≥1500元
    const { rows, merges } = splitTable(bad);
    expect(keys(found(rows, merges))).toEqual(["indicator/cost-lower-bound E11", "indicator/percent-out-of-range E9", "plan/missing A1"]);
  });

  test("a bare number with no unit in its unit column is unit-missing; 定性 is qualitative", () => {
    const bad = CLEAN_SPLIT.map((r) => [...r]);
    bad[0][5] = null;
    bad[5][3] = "定性"; // a 满意度 that is not a percentage
    const { rows, merges } = splitTable(bad);
    expect(keys(found(rows, merges))).toEqual(["indicator/unit-missing E8", "indicator/value-format E13", "plan/missing A1"]);
  });

  test("placeholders in split columns", () => {
    const bad = CLEAN_SPLIT.map((r) => [...r]);
    bad[2][4] = "—";
    bad[4][2] = "/";
    const { rows, merges } = splitTable(bad);
    expect(keys(found(rows, merges))).toEqual(["indicator/value-placeholder C12", "indicator/value-placeholder E10", "plan/missing A1"]);
  });
});

describe("weights", () => {
  const weighted = (w: CellValue[]) => {
    const { rows, merges } = splitTable(CLEAN_SPLIT);
    rows[5][8] = "分值";
    rows.slice(7).forEach((r, i) => (r[8] = w[i]));
    return found(rows, merges);
  };
  test("a 分值 column adding up to 100", () => expect(keys(weighted([20, 20, 10, 10, 20, 20]))).toEqual(["plan/missing A1"]));
  test("a 分值 column that does not: at the first weight cell", () =>
    expect(keys(weighted([20, 20, 10, 10, 20, 10]))).toEqual(["indicator/weights-sum I8", "plan/missing A1"]));
  test("weights in 一级 labels still match their names, and must add up", () => {
    const { rows, merges } = splitTable(CLEAN_SPLIT);
    rows[7][0] = "产出指标(50分)";
    rows[11][0] = "效益指标（30分）";
    rows[12][0] = "满意度指标(10分)";
    const res = found(rows, merges);
    expect(keys(res)).toEqual(["indicator/weights-sum A8", "plan/missing A1"]);
    rows[12][0] = "满意度指标(20分)";
    expect(keys(found(rows, merges))).toEqual(["plan/missing A1"]);
  });
});

describe("实施期 and 年度 blocks side by side", () => {
  const rows: CellValue[][] = [
    ["市级预算部门（单位）项目支出绩效目标表"],
    [null, null, null, null, "（2025年度）"],
    ["项目名称", null, null, "城区道路维护"],
    ["项目资金（元）", null, null, "实施期资金总额：", 3000000, "年度资金总额：", null, 1000000],
    [null, null, null, "其中：财政资金", 3000000, "其中：财政资金", null, 900000],
    [null, null, null, "其他资金", null, "其他资金", null, 200000],
    ["实施期目标", null, null, null, null, null, "年度目标"],
    ["总体目标", "三年内完成城区主干道维护。", null, null, null, null, "完成年度道路维护任务。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null, "二级指标", "三级指标", "指标值"],
    [null, "产出指标", "数量指标", "维护道路长度", "≥30公里", null, "数量指标", "维护道路长度", "≥10公里"],
    [null, null, "质量指标", "验收合格率", "≥95%", null, "质量指标", "验收合格率", "≥105%"],
    [null, null, "时效指标", "完成时间", "2027年底前", null, "时效指标", "完成时间", "2024年12月31日前"],
    [null, "效益指标", "社会效益指标", "通行条件", "明显改善", null, "社会效益指标", "通行条件", "改善"],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", null, "服务对象满意度指标", "群众满意度", "≥70%"],
  ];
  const merges = [
    "A1:I1",
    "E2:F2",
    "A3:C3",
    "D3:I3",
    "A4:C6",
    "F4:G4",
    "F5:G5",
    "F6:G6",
    "A7:F7",
    "G7:I7",
    "B8:F8",
    "G8:I8",
    "E9:F9",
    "E10:F10",
    "E11:F11",
    "E12:F12",
    "E13:F13",
    "E14:F14",
    "A9:A14",
  ];
  test("the 年度 block is the table's; the 实施期 block is read too", () => {
    const t = parseWorkbook(workbook(sheetFromRows("Sheet1", rows, merges))).tables[0];
    expect(t.header?.columns).toMatchObject({ level1: 1, level2: 6, name: 7, value: 8 });
    expect(t.period?.header.columns).toMatchObject({ level1: 1, level2: 2, name: 3, value: 4 });
    expect(t.indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]);
    expect(at(t.goals?.goals[0].text)).toBe("G8");
    expect(t.budget?.total?.cell.value).toBe(1000000);
    expect(t.budget?.period?.total?.cell.value).toBe(3000000);
  });
  test("rules apply to both blocks, findings at their own cells", () => {
    const res = found(rows, merges);
    expect(keys(res)).toEqual([
      "budget/sum-mismatch H4",
      "indicator/deadline-year E12",
      "indicator/deadline-year I12",
      "indicator/percent-out-of-range I11",
      "indicator/satisfaction-low I14",
      "plan/missing A1",
    ]);
  });
});

describe("a table is bounded by its own block", () => {
  const table = (name: string): CellValue[][] => [
    [`${name}项目绩效目标表`],
    ["项目名称", name],
    ["预算数", "50万元", "财政资金", "50万元"],
    ["资金支出计划", "6月底", "12月底"],
    [null, "50%", "100%"],
    ["绩效目标", "完成年度任务。"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "活动次数", "≥3次"],
    [null, "质量指标", "合格率", "≥95%"],
    [null, "时效指标", "完成时间", "年底前"],
    ["效益指标", "社会效益指标", "群众获得感", "提升"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
  ];
  const beside = (left: CellValue[][], right: CellValue[][], gap = 1) =>
    Array.from({ length: Math.max(left.length, right.length) }, (_, i) => {
      const l = [...(left[i] ?? [])];
      while (l.length < 4 + gap) l.push(null);
      return [...l, ...(right[i] ?? [])];
    });

  test("a table in F–I beside a project list in A–D keeps its title and name", () => {
    const list: CellValue[][] = [
      ["2024年项目汇总表"],
      ["序号", "项目名称", "预算数（万元）", "主管部门"],
      [1, "甲项目", 20, "区民政局"],
      [2, "乙项目", 50, "区教育局"],
    ];
    const p = parseWorkbook(workbook(sheetFromRows("S", beside(list, table("河道保洁")))));
    expect(p.tables).toHaveLength(1);
    expect(rangeA1(p.tables[0].range)).toBe("F1:I12");
    expect(p.tables[0].title?.cell.text).toBe("河道保洁项目绩效目标表");
    expect(p.tables[0].name?.cell.text).toBe("河道保洁");
  });

  test("two tables side by side are both found, each with its own findings", () => {
    const b = table("森林防火");
    b[8][3] = "≥105%";
    b[5][1] = "完成森林防火年度任务。";
    const a = table("河道保洁");
    a[11][3] = "良好";
    const res = checkWorkbook(workbook(sheetFromRows("S", beside(a, b))));
    const p = parseWorkbook(workbook(sheetFromRows("S", beside(a, b))));
    expect(p.tables.map((t) => `${t.name?.cell.text} ${rangeA1(t.range)}`)).toEqual(["河道保洁 A1:D12", "森林防火 F1:I12"]);
    expect(keys(res)).toEqual(["indicator/percent-out-of-range I9", "indicator/value-format D12"]);
  });
});

describe("invisible characters and Chinese numerals", () => {
  test("a zero-width space in labels breaks nothing; 二〇二四年 in the title is the budget year", () => {
    const rows: CellValue[][] = [
      ["二〇二四年招商引资项目绩效目标表"],
      ["项目\u200b名称", "招商引资"],
      ["预算\u200b数", "50万元", "其中：财政资金", "50万元"],
      ["资金支出计划（%）", "3月底", "6月底", "9月底", "12月底"],
      [null, "20%", "50%", "80%", "100%"],
      ["绩效\u200b目标", "完成年度招商任务。"],
      ["一级\u200b指标", "二级指标", "三级\ufeff指标", "指标值"],
      ["产出\u200b指标", "数量\u00ad指标", "签约企业", "三家"],
      [null, "质量指标", "履约率", "百分之九十五"],
      [null, "时效指标", "完成时间", "二〇二三年十二月底前"],
      ["效益\u2060指标", "经济效益指标", "带动投资", "明显增加"],
      ["满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"],
    ];
    const res = found(rows);
    expect(res.tables).toHaveLength(1);
    expect(keys(res)).toEqual(["indicator/deadline-year D10"]);
  });
});
