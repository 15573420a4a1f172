import { checkWorkbook, parseWorkbook } from "../../src/engine/check";
import { rangeA1, toA1 } from "../../src/engine/address";
import { sheetFromRows } from "../helpers/rows";
import { buildStacked, buildTable, CLEAN, workbook } from "../helpers/layout";

const at = (f: { row: number; col: number } | undefined) => (f ? toA1(f.row, f.col) : undefined);

describe("layout variants of table-format.md", () => {
  test("labels repeated down a column instead of merges, colons, spaces, half-width (%)", () => {
    const s = sheetFromRows("表", [
      ["项目绩效目标表"],
      ["项目编码：", "001", "项目 名称：", "会议培训"],
      ["预算规模及资金用途", "资金总额(万元)", 30, "当年财政拨款", 20, "上年结转", 10],
      ["预算规模及资金用途", "用于年度业务培训"],
      ["资金支出计划(%)", "3月底", "6月底", "9月底", "12月底"],
      ["资金支出计划(%)", 20, 50, 80, 100],
      ["年度绩效目标", "完成全年培训任务，提高干部业务能力。"],
      ["一级指标", "二级指标", "三级指标", "指标解释", "年度指标值", "依据"],
      ["产出指标", "数量指标", "培训人次", "全年培训人次", "≥300人次", "工作计划"],
      ["产出指标", "质量指标", "培训合格率", "考核合格人数/参训人数", "≥95%", "历史标准"],
      ["产出指标", "时效指标", "完成时间", "培训完成时间", "2023年11月底前", "工作计划"],
      ["产出指标", "成本指标", "培训成本", "培训总成本", "≤30万元", "预算标准"],
      ["效益指标", "社会效益指标", "业务能力", "干部业务能力", "明显提升", "工作计划"],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度", "满意度调查", "≥90%", "历史标准"],
      [],
      ["填报人：张三", null, "审核人：李四"],
    ]);
    const p = parseWorkbook(workbook(s));
    expect(p.tables).toHaveLength(1);
    const t = p.tables[0];
    expect(rangeA1(t.range)).toBe("A1:G14");
    expect(t.name?.cell.text).toBe("会议培训");
    expect(t.budget?.unitFromLabel).toBe("万元");
    expect(t.budget?.parts.map((x) => x.name)).toEqual(["当年财政拨款", "上年结转"]);
    expect(at(t.budget?.purpose)).toBe("B4");
    expect(t.plan?.percentLabel).toBe(true);
    expect(t.plan?.milestones.map((m) => at(m.value))).toEqual(["B6", "C6", "D6", "E6"]);
    expect(t.goals?.goals.map((g) => at(g.text))).toEqual(["B7"]);
    expect(t.indicators).toHaveLength(6);
    expect(t.header?.columns).toEqual({ level1: 0, level2: 1, name: 2, description: 3, value: 4, basis: 5 });
    const res = checkWorkbook(workbook(s));
    expect(res.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a label written once with blanks below, no blank row after the header, table not at A1", () => {
    const s = sheetFromRows("Sheet1", [
      [],
      [],
      [null, null, "2024年信息系统运维项目绩效目标表"],
      [null, null, "项目名称", "信息系统运维", null, "主管部门", "区财政局"],
      [null, null, "预算数", "120万元", "财政资金", "120万元"],
      [null, null, "资金支出计划（%）", "3月底", "6月底", "9月底", "12月底"],
      [null, null, null, "25%", "50%", "75%", "100%"],
      [null, null, "绩效目标", "目标1", "保障系统稳定运行"],
      [null, null, null, "目标2", "提升系统响应速度"],
      [null, null, "一级指标", "二级指标", "三级指标", "指标值"],
      [null, null, "产出指标", "数量指标", "运维系统数", "≥5个"],
      [null, null, null, "质量指标", "系统可用率", "≥99%"],
      [null, null, null, "时效指标", "故障响应时间", "≤2小时"],
      [null, null, "效益指标", "社会效益指标", "服务水平", "提升"],
      [null, null, "满意度指标", "服务对象满意度指标", "用户满意度", "≥90%"],
    ]);
    const t = parseWorkbook(workbook(s)).tables;
    expect(t).toHaveLength(1);
    expect(rangeA1(t[0].range)).toBe("C3:G15");
    expect(t[0].indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]);
    expect(t[0].goals?.goals.map((g) => g.text.cell.text)).toEqual(["保障系统稳定运行", "提升系统响应速度"]);
    expect(t[0].department?.cell.text).toBe("区财政局");
    expect(t[0].header?.columns.basis).toBeUndefined();
  });

  test("a 绩效标准 column is a basis when most of its cells are bases, else a description", () => {
    const mk = (std: string[]) =>
      sheetFromRows("S", [
        ["项目名称", "X"],
        ["预算数", "10万元"],
        ["一级指标", "二级指标", "三级指标", "绩效标准", "指标值"],
        ["产出指标", "数量指标", "a", std[0], "≥1个"],
        ["产出指标", "质量指标", "b", std[1], "合格"],
      ]);
    const basis = parseWorkbook(workbook(mk(["计划标准", "行业标准"]))).tables[0].header!.columns;
    expect(basis.basis).toBe(3);
    expect(basis.description).toBeUndefined();
    const desc = parseWorkbook(workbook(mk(["反映数量", "反映质量"]))).tables[0].header!.columns;
    expect(desc.description).toBe(3);
  });

  test("two tables with one blank row between and text around them", () => {
    const { sheet, at: ats } = buildStacked([CLEAN, { ...CLEAN, title: "项目扶持资金绩效目标表", name: "项目扶持资金" }], "S", 1);
    const p = parseWorkbook(workbook(sheet));
    expect(p.tables.map((t) => toA1(t.range.top, t.range.left))).toEqual([ats[0].first, ats[1].first]);
  });

  test("the department text sheet holds no table", () => {
    const s = sheetFromRows("部门整体绩效目标", [
      ["2023年部门整体绩效目标"],
      ["一、总体绩效目标"],
      ["绩效目标：做好外贸进出口、外资企业管理服务、利用外资统计等工作。"],
      ["绩效指标：按照管委会相关要求，保证各项工作正常运行，完成率85%以上。"],
      ["项目名称"],
    ]);
    expect(parseWorkbook(workbook(s)).tables).toHaveLength(0);
  });

  test("2021 framework recognised from a 成本指标 一级, weights in labels", () => {
    const { sheet } = buildTable({
      indicators: [
        { l1: "成本指标(20分)", l2: "经济成本指标", name: "项目成本", desc: "", value: "≤50万元", basis: "预算" },
        { l1: "产出指标(30分)", l2: "数量指标", name: "场次", desc: "", value: "≥3场", basis: "计划" },
        { l1: "效益指标(30分)", l2: "社会效益指标", name: "影响", desc: "", value: "提升", basis: "计划" },
        { l1: "满意度指标(10分)", l2: "服务对象满意度指标", name: "满意度", desc: "", value: "≥85%", basis: "计划" },
      ],
    });
    expect(parseWorkbook(workbook(sheet)).tables[0].detectedFramework).toBe("2021");
  });

  test("budget as a header row with values below", () => {
    const s = sheetFromRows("S", [
      ["XX项目绩效目标表"],
      ["项目名称", "XX"],
      ["资金总额（万元）", "财政拨款", "上年结转", "其他资金"],
      [100, 80, 20, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "a", "≥1个"],
    ]);
    const t = parseWorkbook(workbook(s)).tables[0];
    expect(at(t.budget?.total)).toBe("A4");
    expect(t.budget?.parts.map((p) => at(p))).toEqual(["B4", "C4", "D4"]);
  });
});

describe("sheets that reach far", () => {
  test("a stray value at XFD1048576 costs nothing per blank row or column", () => {
    const { sheet } = buildTable(CLEAN);
    const values = sheet.values.map((r) => [...r]);
    const far = 1048575;
    values[far] = [];
    values[far][16383] = "x";
    const t0 = Date.now();
    const res = checkWorkbook(workbook({ ...sheet, values, text: undefined }));
    expect(res.tables).toHaveLength(1);
    // a generous bound: the point is it must not scan 16,384 columns on every row
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
