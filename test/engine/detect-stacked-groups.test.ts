import { checkWorkbook, parseWorkbook } from "../../src/engine/check";
import { parseRange, rangeA1, toA1 } from "../../src/engine/address";
import { CellValue } from "../../src/engine/sheet";
import { sheetFromRows } from "../helpers/rows";
import { workbook } from "../helpers/layout";

/**
 * Layouts the row reader used to get wrong: tables stacked with fewer than three blank rows
 * between them where one has other content beside it; 实施期 and 年度 goals side by side; 湖北
 * tables that repeat the indicator header for each goal.
 */
const at = (f: { row: number; col: number } | undefined) => (f ? toA1(f.row, f.col) : undefined);
const keys = (res: ReturnType<typeof checkWorkbook>) => res.findings.map((f) => `${f.rule} ${f.cell}`).sort();
const shift = (merges: string[], dr: number) =>
  merges.map((m) => {
    const p = parseRange(m);
    return `${toA1(p.top + dr, p.left)}:${toA1(p.bottom + dr, p.right)}`;
  });

/** A 天津-style 政策及项目绩效目标表, A–I, 12 rows. */
const tj = (name: string): CellValue[][] => [
  ["政策及项目绩效目标表"],
  ["项目名称", null, null, name],
  ["项目资金（万元）", null, null, 100, null, "其中：转移支付资金", null, 100],
  [null, null, null, null, null, "区级资金", null, null],
  [null, null, null, null, null, "其他资金", null, null],
  ["绩效目标", `完成${name}任务。`],
  ["绩效指标", "一级指标", "二级指标", "三级指标", null, null, "指标值"],
  [null, "产出指标", "数量指标", `${name}数量`, null, null, "≥10个"],
  [null, null, "质量指标", "验收合格率", null, null, "≥95%"],
  [null, null, "时效指标", "完成时间", null, null, "2024年12月31日前"],
  [null, "效益指标", "社会效益指标", "群众受益", null, null, "提升"],
  [null, "满意度指标", "服务对象满意度指标", "群众满意度", null, null, "≥90%"],
];
const TJ_MERGES = ["A1:I1", "A2:C2", "D2:I2", "A3:C5", "D3:E5", "F3:G3", "F4:G4", "F5:G5", "H3:I3", "H4:I4", "H5:I5", "B6:I6", "A7:A12"];
for (let r = 7; r <= 12; r++) TJ_MERGES.push(`D${r}:F${r}`, `G${r}:I${r}`);
/** The same table printed wider (title, name and goal merged to N). */
const WIDE = TJ_MERGES.map((m) => ({ "A1:I1": "A1:N1", "D2:I2": "D2:N2", "B6:I6": "B6:N6" })[m] ?? m);
const LIST: CellValue[][] = [
  ["序号", "项目名称", "预算数（万元）", "备注"],
  [1, "道路维护", 100, null],
  [2, "路灯改造", 100, null],
  [3, "绿化养护", 50, null],
];
const beside = (rows: CellValue[][], from: number) => rows.map((r, i) => [...r, ...Array(10 - r.length).fill(null), ...(LIST[i - from] ?? [])]);

describe("tables stacked with one or two blank rows, one with a list beside it", () => {
  const tables = (rows: CellValue[][], merges: string[]) =>
    parseWorkbook(workbook(sheetFromRows("Sheet1", rows, merges))).tables.map((t) => [t.name?.cell.text, rangeA1(t.range), t.indicators.length]);
  test.each([1, 2])("a wide table over a narrow one whose title row has a list beside it (%i blank rows)", (gap) => {
    const rows = [...tj("道路维护"), ...Array(gap).fill([null]), ...beside(tj("路灯改造"), 0)];
    expect(tables(rows, [...WIDE, ...shift(TJ_MERGES, 12 + gap)])).toEqual([
      ["道路维护", "A1:N12", 5],
      ["路灯改造", `A${13 + gap}:I${24 + gap}`, 5],
    ]);
  });
  test.each([1, 2])("a table with a list beside its indicators over a wide one (%i blank rows)", (gap) => {
    const rows = [...beside(tj("道路维护"), 8), ...Array(gap).fill([null]), ...tj("路灯改造")];
    expect(tables(rows, [...TJ_MERGES, ...shift(WIDE, 12 + gap)])).toEqual([
      ["道路维护", "A1:I12", 5],
      ["路灯改造", `A${13 + gap}:N${24 + gap}`, 5],
    ]);
  });
  test("a blank row under the header with a blank column in the indicators still is one table", () => {
    const rows: CellValue[][] = [
      ["道路维护绩效目标表"],
      ["项目名称", "道路维护", null, null, null],
      ["预算数（万元）", 100, "财政资金", 100, null],
      ["绩效目标", "完成道路维护任务。"],
      ["一级指标", "二级指标", "三级指标", "绩效标准", "指标值"],
      [],
      ["产出指标", "数量指标", "维护道路长度", null, "≥10公里"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", null, "≥90%"],
    ];
    expect(tables(rows, ["A1:E1", "B2:E2", "B4:E4"])).toEqual([["道路维护", "A1:E8", 2]]);
  });
});

describe("实施期 and 年度 goals side by side", () => {
  // 安徽 部门预算财政支出绩效目标申报表: 总体目标 | 2024-2026 … | 年度目标 over the two texts
  const rows: CellValue[][] = [
    ["部门预算财政支出绩效目标申报表"],
    ["（2024年度）"],
    ["项目名称", null, "城区道路维护"],
    ["项目资金（万元）", null, "中期资金总额：", null, 300, "年度资金总额：", null, 100],
    [null, null, "其中：财政拨款", null, 300, "其中：财政拨款", null, 100],
    [null, null, "其他资金", null, null, "其他资金", null, null],
    ["总体目标", "2024-2026", null, null, null, "年度目标"],
    [null, "三年完成主干道维护。", null, null, null, "完成年度维护任务。", null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    [null, "产出指标", "数量指标", "维护道路长度", "≥30公里", "数量指标", "维护道路长度", "≥10公里"],
    [null, null, "质量指标", "验收合格率", "≥95%", "质量指标", "验收合格率", "≥95%"],
    [null, null, "时效指标", "完成时间", "2026年底前", "时效指标", "完成时间", "2024年12月31日前"],
    [null, "效益指标", "社会效益指标", "通行条件", "明显改善", "社会效益指标", "通行条件", "改善"],
    [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  const merges = [
    "A1:H1",
    "A2:H2",
    "A3:B3",
    "C3:H3",
    "A4:B6",
    "C4:D4",
    "F4:G4",
    "C5:D5",
    "F5:G5",
    "C6:D6",
    "F6:G6",
    "A7:A8",
    "B7:E7",
    "F7:H7",
    "B8:E8",
    "F8:H8",
    "A9:A14",
  ];
  const read = (r: CellValue[][]) => checkWorkbook(workbook(sheetFromRows("Sheet1", r, merges)));
  test("the year's goal is the table's; the 实施期 one is read beside it, not its years", () => {
    const t = read(rows).tables[0];
    expect(t.goals?.goals.map((g) => at(g.text))).toEqual(["F8"]);
    expect(t.periodGoals?.goals.map((g) => [at(g.text), g.text.cell.text])).toEqual([["B8", "三年完成主干道维护。"]]);
  });
  test("a blank 实施期 goal is goal/empty at its own cell; a blank year's goal at the year's", () => {
    const blankPeriod = rows.map((r) => [...r]);
    blankPeriod[7][1] = null;
    expect(keys(read(blankPeriod)).filter((k) => k.startsWith("goal/"))).toEqual(["goal/empty B8"]);
    const blankYear = rows.map((r) => [...r]);
    blankYear[7][5] = null;
    expect(keys(read(blankYear)).filter((k) => k.startsWith("goal/"))).toEqual(["goal/empty F8"]);
  });
  test("实施期目标 | 年度目标 headings over 总体目标 and the texts", () => {
    const r2: CellValue[][] = [
      ["项目支出绩效目标表"],
      ["项目名称", "城区道路维护"],
      ["年度资金总额（万元）", 100, "其中：财政拨款", 100],
      ["实施期目标", null, "年度目标"],
      ["总体目标", "三年完成主干道维护。", "完成年度维护任务。", null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "维护道路长度", "≥10公里"],
    ];
    const t = parseWorkbook(workbook(sheetFromRows("Sheet1", r2, ["A1:D1", "B2:D2", "A4:B4", "C4:D4", "C5:D5"]))).tables[0];
    expect(t.goals?.goals.map((g) => at(g.text))).toEqual(["C5"]);
    expect(t.periodGoals?.goals.map((g) => at(g.text))).toEqual(["B5"]);
  });
});

describe("湖北: the indicator header repeated for each goal", () => {
  const H: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值", null, "指标值确定依据"];
  const group = (g: string, value = "≥90%"): CellValue[][] => [
    ["产出指标", "数量指标", `${g}培训人数`, "≥300人", null, "工作计划"],
    [null, "质量指标", `${g}合格率`, "≥95%", null, "行业标准"],
    [null, "时效指标", `${g}完成时间`, "2024年12月31日前", null, "工作计划"],
    ["效益指标", "社会效益指标", `${g}就业率`, "提升", null, "工作计划"],
    ["满意度指标", "服务对象满意度指标", `${g}满意度`, value, null, "历史标准"],
  ];
  test("目标1, header, rows, 目标2, header, rows: every group and both goals; findings in the later group", () => {
    const rows: CellValue[][] = [
      ["项目支出绩效目标申报表"],
      ["项目名称", "职业技能培训", null, null, "项目编码", "420100001"],
      ["项目资金（万元）", 200, "其中：财政拨款", 200, "其他资金", null],
      ["目标1", "开展职业技能培训。"],
      H,
      ...group("甲"),
      ["目标2", null],
      H,
      ...group("乙", "≥70%"),
    ];
    const merges = ["A1:G1", "B2:D2", "F2:G2", "B4:G4", "B11:G11"];
    for (const r of [5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17]) merges.push(`D${r}:E${r}`, `F${r}:G${r}`);
    const res = checkWorkbook(workbook(sheetFromRows("Sheet1", rows, merges)));
    expect(res.tables.map((t) => rangeA1(t.range))).toEqual(["A1:G17"]);
    const t = res.tables[0];
    expect(t.indicators.map((i) => `${i.level1} ${i.name.cell.text}`)).toEqual([
      "产出指标 甲培训人数",
      "产出指标 甲合格率",
      "产出指标 甲完成时间",
      "效益指标 甲就业率",
      "满意度指标 甲满意度",
      "产出指标 乙培训人数",
      "产出指标 乙合格率",
      "产出指标 乙完成时间",
      "效益指标 乙就业率",
      "满意度指标 乙满意度",
    ]);
    expect(t.goals?.goals.map((g) => [g.label, at(g.text)])).toEqual([
      ["目标1", "B4"],
      ["目标2", "B11"],
    ]);
    expect(keys(res)).toEqual(["goal/empty B11", "indicator/satisfaction-low D17", "plan/missing A1"]);
  });
  test("a 目标名称 column, the header repeated before each goal's rows", () => {
    const rows: CellValue[][] = [
      ["项目支出绩效目标申报表"],
      ["项目名称", null, "职业技能培训", null, null, "项目编码", "420100001"],
      ["项目资金（万元）", null, 200, "其中：财政拨款", 200, "其他资金", null],
      ["目标名称", ...H],
      ...group("甲").map((r, i) => [i === 0 ? "开展职业技能培训。" : null, ...r]),
      ["目标名称", ...H],
      ...group("乙").map((r, i) => [i === 0 ? "提升就业质量。" : null, ...r]),
    ];
    const t = parseWorkbook(workbook(sheetFromRows("Sheet1", rows, ["A1:H1", "A2:B2", "C2:E2", "G2:H2", "A3:B3"]))).tables;
    expect(t.map((x) => [rangeA1(x.range), x.indicators.length])).toEqual([["A1:H15", 10]]);
    expect(t[0].goals?.goals.map((g) => at(g.text))).toEqual(["A5", "A11"]);
  });
  test("a second table under the first (its own title) is still a table of its own", () => {
    const one = (name: string): CellValue[][] => [
      ["项目支出绩效目标申报表"],
      ["项目名称", name],
      ["项目资金（万元）", 200],
      ["目标1", "开展培训。"],
      H,
      ...group(name),
    ];
    const res = parseWorkbook(workbook(sheetFromRows("Sheet1", [...one("甲"), [], ...one("乙")], [])));
    expect(res.tables.map((t) => [t.name?.cell.text, t.indicators.length])).toEqual([
      ["甲", 5],
      ["乙", 5],
    ]);
  });
});
