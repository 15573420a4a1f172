/**
 * 生成自评表: a checked 项目绩效目标表 → the sheet plan of its year-end 项目支出绩效自评表, 10
 * columns wide (A–J), laid out as the 一体化 systems print it (table-kinds.md):
 *
 *   项目支出绩效自评表 / （2023年度）
 *   项目名称 | name
 *   主管部门 | dept | 实施单位 | implementer
 *   项目资金（万元） |            | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
 *                    | 年度资金总额 | =SUM      | =SUM       | =SUM       | 10   | =G/F   | =MIN(rate,1)×分值
 *                    | 其中：财政资金 | 50     | 50         | (blank)    | —    | —      | —
 *   年度总体目标 | 预期目标 (the table's goals) | 实际完成情况 (blank)
 *   一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 *   …one row per 三级, 实际完成值 and 偏差原因 blank, 得分 a formula where the target is a number…
 *   总分 | =SUM(分值) | =SUM(得分)
 *   自评等级 | =IF(总分>=90,"优",…)
 *
 * The blanks are the clerk's; the formulas make the sheet score itself as it is filled in. Pure:
 * the plan is written by src/file/write-plan.ts (exceljs) or src/excel/write-plan.ts (Office.js).
 */
import type { Rect } from "../address";
import { toA1 } from "../address";
import type { TableModel } from "../model";
import type { NormalSpec } from "../spec";
import { specFromTable } from "../spec";
import { canonLevel1, Level1 } from "../frameworks";
import { readIndicatorValue } from "../values";
import { amountFormat, PLAN_STYLES } from "../layout";
import { rowHeightFor, wrappedLines } from "../column-widths";
import { safeSheetName } from "../sheet-names";
import type { PlanCell, PlanValidation, SheetPlan } from "../sheet-plan";
import { a4FitToWidth } from "../sheet-plan";
import type { CellValue } from "../sheet";
import { DEVIATION_REASONS } from "./vocabulary";
import { cellWeight } from "../rules/indicator-weights-sum";

export interface SelfEvalPlanOptions {
  /** The budget year (else the target table's). */
  year?: number;
  sheetName?: string;
  existingSheets?: string[];
  /** Zero-based row of the title (default 0) and column of the block (default 0 = A). */
  top?: number;
  left?: number;
  /** The money line's 分值 (default 10; 湖北 scores 20). */
  moneyWeight?: number;
  /** Points per 一级 before they are split among its 三级 (default: 产出 50, 效益 30, 满意度 10; 2021: 产出 40, 成本 10). */
  level1Points?: Partial<Record<Level1, number>>;
  /** One 分值 per indicator, when the target table gives them (they win over the split). */
  weights?: (number | null)[];
  /** Grade bands, highest first (default ≥90 优, ≥80 良, ≥60 中, else 差). */
  grades?: { from: number; grade: string }[];
}

export const DEFAULT_LEVEL1_POINTS: Record<"legacy" | "2021", Partial<Record<Level1, number>>> = {
  legacy: { 产出: 50, 效益: 30, 满意度: 10 },
  "2021": { 产出: 40, 成本: 10, 效益: 30, 满意度: 10 },
};

export const DEFAULT_GRADES = [
  { from: 90, grade: "优" },
  { from: 80, grade: "良" },
  { from: 60, grade: "中" },
  { from: 0, grade: "差" },
];

/** Column (relative) of each part of the layout. */
const C = { l1: 0, l2: 1, name: 2, target: 4, actual: 5, weight: 6, score: 7, reason: 8, last: 9 };
const M = { label: 2, initial: 4, annual: 5, executed: 6, weight: 7, rate: 8, score: 9 };
const WIDTHS = [12, 14, 12, 12, 14, 13, 9, 9, 12, 14];

const STYLES = { ...PLAN_STYLES };

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The 三级 weights of the target table's 权重/分值 column (the 一体化 export layout), when every
 * indicator has one; a weight merged down over several 三级 (a 二级's) is split evenly among them.
 */
export function columnWeights(raw: TableModel): number[] | undefined {
  const rows = raw.indicators;
  if (rows.length === 0) return undefined;
  const shared = new Map<string, number>();
  const key = (f: { row: number; col: number }) => `${f.row},${f.col}`;
  for (const i of rows) if (i.weight) shared.set(key(i.weight), (shared.get(key(i.weight)) ?? 0) + 1);
  const out: number[] = [];
  for (const i of rows) {
    const w = cellWeight(i.weight);
    if (w === undefined || w < 0) return undefined;
    out.push(w / shared.get(key(i.weight!))!);
  }
  return out.some((w) => w > 0) ? out : undefined;
}

/** Weights kept in proportion and scaled to `target` when they do not already make it; cents go to the last. */
function scaledTo(weights: number[], target: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (Math.abs(sum - target) < 1e-6) return weights.map(round2);
  const out = weights.map((w) => round2((w * target) / sum));
  const last = out.length - 1;
  out[last] = round2(target - out.slice(0, last).reduce((s, w) => s + w, 0));
  return out;
}

/**
 * Each indicator's 分值: the given weights, else the target table's 权重/分值 column (scaled to what
 * the money line leaves when they add up to something else, 100 as a target table's do), else the 一级's points (from its label, "产出指标(50分)",
 * else the defaults) split evenly among its 三级; the points of a 一级 the table lacks go to the
 * others pro rata, so that money and indicators make 100. Cents go to each 一级's last row.
 */
export function indicatorWeights(spec: NormalSpec, raw: TableModel | undefined, options: SelfEvalPlanOptions): number[] {
  const n = spec.indicators.length;
  const given = options.weights;
  if (given && given.length === n && given.every((w) => typeof w === "number")) return given as number[];
  const moneyWeight = options.moneyWeight ?? 10;
  const fromColumn = raw && raw.indicators.length === n ? columnWeights(raw) : undefined;
  if (fromColumn) return scaledTo(fromColumn, 100 - moneyWeight);
  const defaults = options.level1Points ?? DEFAULT_LEVEL1_POINTS[spec.framework];
  const groups = new Map<string, number[]>();
  spec.indicators.forEach((x, i) => {
    const k = canonLevel1(x.level1) ?? x.level1;
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const labelled = new Map<string, number>();
  raw?.indicators.forEach((row, i) => {
    const m = /(\d+(?:\.\d+)?)\s*分/.exec(row.level1);
    const k = canonLevel1(spec.indicators[i]?.level1 ?? "") ?? spec.indicators[i]?.level1;
    if (m && k) labelled.set(k, parseFloat(m[1]));
  });
  const points = new Map<string, number>();
  for (const k of groups.keys()) points.set(k, labelled.get(k) ?? (defaults as Record<string, number | undefined>)[k] ?? 0);
  let sum = [...points.values()].reduce((s, p) => s + p, 0);
  if (sum === 0) {
    for (const k of groups.keys()) points.set(k, 1);
    sum = groups.size;
  }
  const target = 100 - moneyWeight;
  const scale = labelled.size === groups.size ? 1 : target / sum;
  const out = new Array<number>(n).fill(0);
  let assigned = 0;
  const keys = [...groups.keys()];
  keys.forEach((k, gi) => {
    const rows = groups.get(k)!;
    const total = gi === keys.length - 1 && scale !== 1 ? round2(target - assigned) : round2(points.get(k)! * scale);
    assigned = round2(assigned + total);
    const each = round2(total / rows.length);
    rows.forEach((i, j) => (out[i] = j === rows.length - 1 ? round2(total - each * (rows.length - 1)) : each));
  });
  return out;
}

/**
 * The 得分 formula of an indicator row, when its target is a number (≥/≤/＝ a quantity): full
 * points when met, else pro rata (≥), or falling to 0 at twice the target (≤), as the production
 * systems score; blank until a number is entered. Undefined for 定性 and dated targets.
 */
function scoreFormula(value: string, actual: string, weight: string): string | undefined {
  const v = readIndicatorValue({ row: 0, col: 0, value, text: value, numberFormat: "General" });
  if (v.kind !== "quantity" || v.value <= 0) return undefined;
  const t = v.isPercent ? v.value / 100 : v.value;
  const T = String(Number(t.toPrecision(12)));
  const cmp = v.comparison ?? ">=";
  const body =
    cmp === "<=" || cmp === "<"
      ? `IF(${actual}<=${T},1,MAX(0,1-(${actual}-${T})/${T}))`
      : cmp === "="
        ? `IF(ABS(${actual}-${T})<1E-9,1,MAX(0,1-ABS(${actual}-${T})/${T}))`
        : `MIN(${actual}/${T},1)`;
  return `IF(ISNUMBER(${actual}),ROUND(${body}*${weight},2),"")`;
}

export function selfEvalPlanFromSpec(spec: NormalSpec, options: SelfEvalPlanOptions = {}, raw?: TableModel): SheetPlan {
  const top = options.top ?? 0;
  const left = options.left ?? 0;
  const year = options.year ?? spec.year;
  const cells = new Map<string, PlanCell>();
  const merges: Rect[] = [];
  const A = (row: number, col: number) => toA1(row, left + col);
  const put = (row: number, col: number, value: CellValue, style: string, extra: Partial<PlanCell> = {}, toCol = col, toRow = row) => {
    const c = left + col;
    const cell: PlanCell = { row, col: c, value, style, ...extra };
    if (typeof value === "string" && !extra.formula) cell.asText = true;
    cells.set(`${row},${c}`, cell);
    if (toCol !== col || toRow !== row) {
      merges.push({ top: row, left: c, bottom: toRow, right: left + toCol });
      for (let r = row; r <= toRow; r++)
        for (let x = col; x <= toCol; x++) if (r !== row || x !== col) cells.set(`${r},${left + x}`, { row: r, col: left + x, value: null, style });
    }
  };
  const L = C.last;
  let r = top;
  put(r++, 0, "项目支出绩效自评表", "title", {}, L);
  put(r++, 0, `（${year}年度）`, "year", {}, L);
  put(r, 0, "项目名称", "label", {}, 1);
  put(r, 2, spec.name || null, "text", {}, L);
  r++;
  put(r, 0, "主管部门", "label", {}, 1);
  put(r, 2, spec.department, "text", {}, 4);
  put(r, 5, "实施单位", "label");
  put(r, 6, spec.implementer, "text", {}, L);
  r++;

  // money: the total line, then one line per part; the clerk fills 全年执行数 of the parts
  const parts = spec.budget.parts;
  const total = spec.budget.total;
  const partSum = parts.reduce<number | null>((s, p) => (p.amount === null ? s : (s ?? 0) + p.amount), null);
  const sums = parts.length > 0 && total !== null && partSum !== null && Math.abs(total - partSum) < 1e-9;
  const moneyRows = 1 + parts.length;
  const head = r;
  put(r, 0, `项目资金\n（${spec.unit}）`, "label", {}, 1, r + moneyRows);
  put(r, M.label, null, "label", {}, M.initial - 1);
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((h, i) => put(r, M.initial + i, h, "header"));
  r++;
  const totalRow = r;
  const first = totalRow + 1;
  const lastPart = totalRow + parts.length;
  const partRange = (col: number) => `${A(first, col)}:${A(lastPart, col)}`;
  put(r, M.label, "年度资金总额", "center", {}, M.initial - 1);
  for (const col of [M.initial, M.annual]) {
    put(r, col, total, "number", { numberFormat: amountFormat(total), ...(sums ? { formula: `SUM(${partRange(col)})` } : {}) });
  }
  if (parts.length > 0)
    put(r, M.executed, null, "number", { numberFormat: "#,##0.00##", formula: `IF(COUNT(${partRange(M.executed)})=0,"",SUM(${partRange(M.executed)}))` });
  else put(r, M.executed, null, "number", { numberFormat: "#,##0.00##" });
  const moneyWeight = options.moneyWeight ?? 10;
  put(r, M.weight, moneyWeight, "center");
  const ann = A(r, M.annual);
  const exe = A(r, M.executed);
  put(r, M.rate, null, "center", { numberFormat: "0.00%", formula: `IF(OR(${exe}="",N(${ann})=0),"",${exe}/${ann})` });
  put(r, M.score, null, "center", { numberFormat: "0.00", formula: `IF(${A(r, M.rate)}="","",ROUND(MIN(${A(r, M.rate)},1)*${A(r, M.weight)},2))` });
  r++;
  parts.forEach((p, i) => {
    put(r, M.label, i === 0 ? `其中：${p.label}` : p.label, "center", {}, M.initial - 1);
    put(r, M.initial, p.amount, "number", { numberFormat: amountFormat(p.amount) });
    put(r, M.annual, p.amount, "number", { numberFormat: amountFormat(p.amount) });
    put(r, M.executed, null, "number", { numberFormat: "#,##0.00##" });
    for (const col of [M.weight, M.rate, M.score]) put(r, col, "—", "center");
    r++;
  });
  void head;

  // 年度总体目标
  put(r, 0, "年度总体目标", "label", {}, 1, r + 1);
  put(r, 2, "预期目标", "header", {}, 5);
  put(r, 6, "实际完成情况", "header", {}, L);
  const goals = spec.goals.length > 1 ? spec.goals.map((g, i) => `${i + 1}. ${g}`).join("\n") : (spec.goals[0] ?? "");
  put(r + 1, 2, goals || null, "text", {}, 5);
  put(r + 1, 6, null, "text", {}, L);
  const goalRow = r + 1;
  r += 2;

  // indicators
  const headerRow = r;
  ["一级指标", "二级指标", "三级指标", null, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].forEach((h, i) => {
    if (h === null) return;
    put(r, i, h, "header", {}, i === C.name ? C.name + 1 : i === C.reason ? L : i);
  });
  r++;
  const weights = indicatorWeights(spec, raw, { ...options, moneyWeight });
  const inds = spec.indicators;
  const firstInd = r;
  for (let i = 0; i < inds.length;) {
    let j = i;
    while (j + 1 < inds.length && inds[j + 1].level1 === inds[i].level1) j++;
    put(r + i, C.l1, inds[i].level1, "center", {}, C.l1, r + j);
    for (let k = i; k <= j;) {
      let m = k;
      while (m + 1 <= j && inds[m + 1].level2 === inds[k].level2) m++;
      put(r + k, C.l2, inds[k].level2, "center", {}, C.l2, r + m);
      k = m + 1;
    }
    for (let k = i; k <= j; k++) {
      const x = inds[k];
      const row = r + k;
      put(row, C.name, x.name || null, "text", {}, C.name + 1);
      put(row, C.target, x.value || null, "center");
      const v = readIndicatorValue({ row: 0, col: 0, value: x.value, text: x.value, numberFormat: "General" });
      put(row, C.actual, null, "center", v.kind === "quantity" && v.isPercent ? { numberFormat: "0.00%" } : {});
      put(row, C.weight, weights[k], "center");
      const f = scoreFormula(x.value, A(row, C.actual), A(row, C.weight));
      put(row, C.score, null, "center", f ? { formula: f, numberFormat: "0.00" } : {});
      put(row, C.reason, null, "text", {}, L);
    }
    i = j + 1;
  }
  r += inds.length;
  const lastInd = r - 1;
  const scoreCells = `${A(totalRow, M.score)}${inds.length > 0 ? `,${A(firstInd, C.score)}:${A(lastInd, C.score)}` : ""}`;
  const weightCells = `${A(totalRow, M.weight)}${inds.length > 0 ? `,${A(firstInd, C.weight)}:${A(lastInd, C.weight)}` : ""}`;
  const weightSum = round2(moneyWeight + weights.reduce((s, w) => s + w, 0));
  const totalScoreRow = r;
  put(r, 0, "总分", "label", {}, C.weight - 1);
  put(r, C.weight, weightSum, "center", { formula: `SUM(${weightCells})` });
  put(r, C.score, null, "center", { numberFormat: "0.00", formula: `IF(COUNT(${scoreCells})=0,"",SUM(${scoreCells}))` });
  put(r, C.reason, null, "text", {}, L);
  r++;
  const grades = [...(options.grades ?? DEFAULT_GRADES)].sort((a, b) => b.from - a.from);
  const score = A(totalScoreRow, C.score);
  let gradeFormula = `"${grades[grades.length - 1].grade}"`;
  for (let g = grades.length - 2; g >= 0; g--) gradeFormula = `IF(${score}>=${grades[g].from},"${grades[g].grade}",${gradeFormula})`;
  put(r, 0, "自评等级", "label", {}, C.weight - 1);
  put(r, C.weight, null, "center", { formula: `IF(${score}="","",${gradeFormula})` }, L);
  const bottom = r;

  const range: Rect = { top, left, bottom, right: left + L };
  for (let row = top + 2; row <= bottom; row++) for (let c = 0; c <= L; c++) if (!cells.has(`${row},${left + c}`)) put(row, c, null, "center");

  const validations: PlanValidation[] = [];
  if (inds.length > 0) {
    validations.push({
      ranges: [{ top: firstInd, left: left + C.reason, bottom: lastInd, right: left + C.reason }],
      type: "list",
      values: [...DEVIATION_REASONS],
      source: DEVIATION_REASONS.join(","),
      allowBlank: true,
      errorStyle: "information",
      promptTitle: "偏差原因",
      prompt: "未达到指标值或得分低于分值时填写：可选原因类别，再写明具体原因和改进措施",
    });
  }

  const columns = WIDTHS.map((width, i) => ({ col: left + i, width }));
  const rows: { row: number; height: number }[] = [
    { row: top, height: 36 },
    { row: top + 1, height: 20 },
  ];
  const goalWidth = WIDTHS.slice(2, 6).reduce((s, w) => s + w, 0);
  rows.push({ row: goalRow, height: Math.max(40, rowHeightFor(wrappedLines(goals, goalWidth), 11)) });
  rows.push({ row: headerRow, height: 30 });
  for (let row = firstInd; row <= lastInd; row++) {
    const x = inds[row - firstInd];
    const lines = Math.max(wrappedLines(x.name, WIDTHS[2] + WIDTHS[3]), wrappedLines(x.level2, WIDTHS[1]), wrappedLines(x.value, WIDTHS[4]));
    rows.push({ row, height: Math.max(22, Math.ceil(rowHeightFor(lines, 11) * 4) / 4) });
  }
  const sheetName = options.sheetName ?? safeSheetName(selfEvalSheetName(spec.name), options.existingSheets ?? [], SELF_EVAL_FALLBACK);
  return {
    sheetName,
    range,
    cells: [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col),
    merges,
    columns,
    rows,
    styles: STYLES,
    validations,
    print: a4FitToWidth(range),
  };
}

const SELF_EVAL_FALLBACK = "自评表";

/** The name of the 自评表 sheet of a project, before Excel's rules and counter (safeSheetName) apply. */
function selfEvalSheetName(project: string): string {
  return `${project}自评`;
}

/** Whether `sheet` is the name safeSheetName gives `name`: as it is, or with a counter " (2)" on a stem cut to fit. */
function namedAs(sheet: string, name: string): boolean {
  const base = safeSheetName(name, [], SELF_EVAL_FALLBACK).toLowerCase();
  const s = sheet.toLowerCase();
  if (s === base) return true;
  const m = / \(\d+\)$/.exec(s);
  return m !== null && m.index > 0 && base.startsWith(s.slice(0, m.index));
}

/**
 * The sheet a new 自评表 from `table` goes after, among the workbook's sheets in tab order: the
 * table's own sheet, past the 自评表 generated from that sheet that follow it directly, so that
 * 生成自评表 clicked for one table of a sheet and then another leaves them in click order (the CLI
 * writes them in the tables' order). A sheet counts when it bears the name selfEvalPlan gives one
 * of the sheet's project tables (with Excel's counter), or when the check read it as the 自评表 of
 * one of those projects (a sheet renamed since). Anything else (a sheet of the user's) ends the run.
 */
export function selfEvalAfter(table: TableModel, sheets: string[], tables: TableModel[]): string {
  const source = table.sheet.toLowerCase();
  const projects = tables.filter((t) => t.kind === "project" && t.sheet.toLowerCase() === source).map((t) => specFromTable(t).name);
  if (!projects.includes(specFromTable(table).name)) projects.push(specFromTable(table).name);
  const generated = (sheet: string) =>
    projects.some((p) => namedAs(sheet, selfEvalSheetName(p))) ||
    tables.some((t) => t.kind === "self-evaluation" && t.sheet === sheet && t.name !== undefined && projects.includes(t.name.cell.text.trim()));
  let at = sheets.findIndex((n) => n.toLowerCase() === source);
  if (at < 0) return table.sheet;
  while (at + 1 < sheets.length && generated(sheets[at + 1])) at++;
  return sheets[at];
}

/** 生成自评表 from a project table as the checker read it: its sheet goes right after the table's. */
export function selfEvalPlan(table: TableModel, options: SelfEvalPlanOptions = {}): SheetPlan {
  const spec = specFromTable(table, { year: options.year });
  return { ...selfEvalPlanFromSpec(spec, options, table), after: table.sheet };
}
