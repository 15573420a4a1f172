import * as ExcelJS from "exceljs";
import type { CellValue, SheetModel } from "../../src/engine/sheet";
import { parseRange, parseA1 } from "../../src/engine/address";
import type { PlanCell } from "../../src/engine/sheet-plan";
import { formatPlanNumber } from "../../src/engine/layout";
import type { ProjectSpec } from "../../src/engine/spec";
import { CLEAN_SPEC } from "./spec-arb";

/**
 * Blank 绩效目标表 templates as departments receive them (table-format.md's variants), as rows of
 * 7 cells and merged areas, for planFill and `jixiao fill`.
 */
export interface Template {
  name: string;
  rows: CellValue[][];
  merges: string[];
  /** Number formats of some cells (A1 → code). */
  formats?: Record<string, string>;
}

const H = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];
const _ = null;

/** The source document's layout with every value blank; 二级 named, one 产出 row without, blank rows below. */
export const SOURCE_BLANK: Template = {
  name: "source-blank",
  rows: [
    ["项目支出绩效目标表"],
    ["项目编码", _, "项目名称", _],
    ["预算规模及资金用途", "预算数（万元）", _, "其中：财政资金", _, "其他资金", _],
    [_, _],
    ["资金支出计划（%）", "3月底", "6月底", "9月底", "12月底", _, _],
    [_, _, _, _, _, _, _],
    ["绩效\n\n目标", "目标1", _],
    [_, "目标2", _],
    H,
    [],
    ["产出\n指标", "数量指标"],
    [_, "质量指标"],
    [_, "时效指标"],
    [_, _],
    ["效益指标", "社会效益指标"],
    ["满意度指标", "服务对象满意度指标"],
    [],
    [],
  ],
  merges: [
    "A1:G1",
    "D2:G2",
    "A3:A4",
    "B4:G4",
    "A5:A6",
    "A7:A8",
    "C7:G7",
    "C8:G8",
    "F9:G9",
    "F10:G10",
    "A11:A14",
    ...[11, 12, 13, 14, 15, 16, 17, 18].map((r) => `F${r}:G${r}`),
  ],
};

/** Group labels repeated down their column instead of merged; no merges at all; no unit in the labels. */
export const REPEATED_LABELS: Template = {
  name: "repeated-labels",
  rows: [
    ["项目绩效目标表"],
    ["项目编码", _, "项目名称", _, _, _, _],
    ["预算规模及资金用途", "预算数", _, "财政资金", _, "其他资金", _],
    ["预算规模及资金用途", _, _, _, _, _, _],
    ["资金支出计划（%）", "3月底", "6月底", "9月底", "12月底", _, _],
    ["资金支出计划（%）", _, _, _, _, _, _],
    ["绩效目标", "目标1", _, _, _, _, _],
    ["绩效目标", "目标2", _, _, _, _, _],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据", _],
    ["产出指标", "数量指标", _, _, _, _, _],
    ["产出指标", "质量指标", _, _, _, _, _],
    ["产出指标", "时效指标", _, _, _, _, _],
    ["效益指标", "社会效益指标", _, _, _, _, _],
    ["满意度指标", "服务对象满意度指标", _, _, _, _, _],
  ],
  merges: [],
};

/** 年度绩效目标 as one text, 年度指标值/指标解释 headers, 资金总额/财政拨款, 主管部门/实施单位, indicator rows all blank. */
export const ANNUAL_GOAL: Template = {
  name: "annual-goal",
  rows: [
    ["2024年度项目支出绩效目标表"],
    ["项目名称", _, _, _, "主管部门", _, _],
    ["实施单位", _],
    ["资金总额（万元）", _, "财政拨款", _, "其他资金", _, _],
    ["资金用途", _],
    ["资金支出计划（%）", "3月底", "6月底", "9月底", "12月底", _, _],
    [_, _, _, _, _, _, _],
    ["年度绩效目标", _],
    ["一级指标", "二级指标", "三级指标", "指标解释", "年度指标值", "指标值确定依据"],
    ...Array.from({ length: 8 }, () => [] as CellValue[]),
  ],
  merges: ["A1:G1", "B2:D2", "F2:G2", "B3:G3", "F4:G4", "B5:G5", "A6:A7", "B8:G8", "F9:G9", ...Array.from({ length: 8 }, (_x, i) => `F${10 + i}:G${10 + i}`)],
  formats: { B6: "0%", C6: "0%", D6: "0%", E6: "0%", B7: "0%", C7: "0%", D7: "0%", E7: "0%" },
};

/**
 * An 一体化 export's blank: money in 元, weights in the 一级 labels, no 资金支出计划, one header row
 * with 运算符 | 指标值 | 度量单位 and no 描述 column.
 */
export const SPLIT_YUAN: Template = {
  name: "split-yuan",
  rows: [
    ["项目支出绩效目标表"],
    ["项目名称", _, _, "主管部门", _, _, _],
    ["年度资金总额（元）", _, "财政拨款", _, "其他资金", _, _],
    ["资金用途", _],
    ["年度绩效目标", _],
    ["一级指标", "二级指标", "三级指标", "运算符", "指标值", "度量单位", "指标值确定依据"],
    ["产出指标(50分)", "数量指标"],
    [_, "质量指标"],
    [_, "时效指标"],
    [_, "成本指标"],
    ["效益指标(30分)", "社会效益指标"],
    ["满意度指标(20分)", "服务对象满意度指标"],
  ],
  merges: ["A1:G1", "B2:C2", "E2:G2", "F3:G3", "B4:G4", "B5:G5", "A7:A10"],
};

/**
 * An 一体化 export's blank with a two-row header (指标值 over 符号 | 值 | 计量单位), a 权重 column,
 * money in 万元 and a 资金支出计划; 8 columns wide; placeholders ("/", "—") in some value cells.
 */
export const SPLIT_TWO_ROW: Template = {
  name: "split-two-row",
  rows: [
    ["项目支出绩效目标表"],
    ["项目编码", _, "项目名称", _, _, _, _, _],
    ["预算规模及资金用途", "预算数（万元）", _, "其中：财政资金", _, "其他资金", _, _],
    [_, _],
    ["资金支出计划（%）", "3月底", "6月底", "9月底", "12月底", _, _, _],
    [_, _, _, _, _, _, _, _],
    ["绩效目标", "目标1", _],
    [_, "目标2", _],
    ["一级指标", "二级指标", "三级指标", "指标值", _, _, "权重", "指标值确定依据"],
    [_, _, _, "符号", "值", "计量单位", _, _],
    ["产出指标", "数量指标", _, "/", "/", "/"],
    [_, "质量指标", _, "—"],
    [_, "时效指标"],
    [_, "成本指标"],
    ["效益指标", "社会效益指标"],
    ["满意度指标", "服务对象满意度指标"],
  ],
  merges: ["A1:H1", "D2:H2", "A3:A4", "B4:H4", "A5:A6", "A7:A8", "C7:H7", "C8:H8", "A9:A10", "B9:B10", "C9:C10", "D9:F9", "G9:G10", "H9:H10", "A11:A14"],
};

export const TEMPLATES = [SOURCE_BLANK, REPEATED_LABELS, ANNUAL_GOAL];
export const SPLIT_TEMPLATES = [SPLIT_YUAN, SPLIT_TWO_ROW];

/** A spec each template can hold in full. */
export function specFor(t: Template): ProjectSpec {
  const plan = [
    { label: "3月底", percent: 25 },
    { label: "6月底", percent: 55 },
    { label: "9月底", percent: 80 },
    { label: "12月底", percent: 100 },
  ];
  const base = { ...CLEAN_SPEC, title: undefined, plan, goals: [...CLEAN_SPEC.goals] };
  const out = (l2: string) => CLEAN_SPEC.indicators.find((i) => i.level2 === l2)!;
  const social = {
    level1: "效益指标",
    level2: "社会效益指标",
    name: "区域营商环境",
    description: "项目对营商环境的改善",
    value: "有所提升",
    basis: "工作计划",
  };
  const sat = CLEAN_SPEC.indicators[5];
  if (t === SOURCE_BLANK) {
    const economic = { level1: "效益指标", level2: "经济效益指标", name: "新增投资额", description: "签约项目新增投资", value: "≥5000万元", basis: "工作计划" };
    return { ...base, indicators: [out("数量指标"), out("质量指标"), out("时效指标"), out("成本指标"), social, sat, economic] };
  }
  if (t === SPLIT_YUAN)
    return { ...base, department: "某某区商务局", indicators: [out("数量指标"), out("质量指标"), out("时效指标"), out("成本指标"), social, sat] };
  if (t === SPLIT_TWO_ROW) return { ...base, indicators: [out("数量指标"), out("质量指标"), out("时效指标"), out("成本指标"), social, sat] };
  if (t === REPEATED_LABELS) return { ...base, indicators: [out("数量指标"), out("质量指标"), out("时效指标"), social, sat] };
  return {
    ...base,
    year: 2024,
    department: "某某区商务局",
    implementer: "某某区投资促进中心",
    indicators: [out("数量指标"), out("质量指标"), out("时效指标"), out("成本指标"), social, sat],
  };
}

/** Columns of a template: 7 like the source document's, more when its rows are wider. */
function widthOf(t: Template): number {
  return Math.max(7, ...t.rows.map((r) => r.length));
}

export function templateSheet(t: Template, name = "Sheet1"): SheetModel {
  const width = widthOf(t);
  const values = t.rows.map((r) => Array.from({ length: width }, (_x, i) => (r[i] === undefined ? null : r[i])));
  const numberFormats = values.map((r) => r.map(() => "General"));
  for (const [a, f] of Object.entries(t.formats ?? {})) {
    const p = parseA1(a);
    numberFormats[p.row][p.col] = f;
  }
  return { name, originRow: 0, originCol: 0, values, numberFormats, merges: t.merges.map(parseRange) };
}

/** Apply fill writes to a copy of a sheet model, as a host would (values, formats, shown text). */
export function applyWrites(sheet: SheetModel, writes: PlanCell[]): SheetModel {
  const values = sheet.values.map((r) => [...r]);
  const numberFormats = (sheet.numberFormats ?? values.map((r) => r.map(() => "General"))).map((r) => [...r]);
  const text = values.map((r, i) => r.map((v, j) => (v === null ? "" : typeof v === "number" ? formatPlanNumber(v, numberFormats[i][j]) : String(v))));
  for (const w of writes) {
    const i = w.row - sheet.originRow;
    const j = w.col - sheet.originCol;
    while (values.length <= i) {
      values.push([]);
      numberFormats.push([]);
      text.push([]);
    }
    values[i][j] = w.value;
    if (w.numberFormat) numberFormats[i][j] = w.numberFormat;
    text[i][j] = w.value === null ? "" : typeof w.value === "number" ? formatPlanNumber(w.value, numberFormats[i][j]) : String(w.value);
  }
  return { ...sheet, values, numberFormats, text };
}

/** The template as an .xlsx workbook (exceljs), with borders on its block like a real one. */
export function templateWorkbook(t: Template, sheetName = "Sheet1"): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const thin = { style: "thin" as const };
  t.rows.forEach((row, r) => {
    for (let c = 0; c < widthOf(t); c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const v = row[c];
      if (v !== undefined && v !== null) cell.value = v as ExcelJS.CellValue;
      if (r > 0) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  });
  for (const [a, f] of Object.entries(t.formats ?? {})) ws.getCell(a).numFmt = f;
  for (const m of t.merges) ws.mergeCells(m);
  ws.getColumn(4).width = 24;
  return wb;
}
