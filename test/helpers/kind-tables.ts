import { CellValue, SheetModel, WorkbookModel } from "../../src/engine/sheet";
import { Rect, parseRange, toA1 } from "../../src/engine/address";

/**
 * Builds the other kinds' tables (table-kinds.md) the way the 一体化 systems export them, for
 * tests: a 自评表 in three layouts (money columns 分值 | 执行率 | 得分 as 安徽 prints them, 分值 |
 * 得分 | 执行率 as 天津 does, two header rows and 权重 as 浙江 does), a 监控表 with a text
 * 完成目标可能性 column or ticked 确定能 | 有可能 | 完全不可能 columns, a 部门整体目标表 with its
 * tasks. Every part can be overridden; `at` says where things landed.
 */

type V = CellValue | [CellValue, string];

export class SheetBuilder {
  values: CellValue[][] = [];
  formats: string[][] = [];
  merges: Rect[] = [];
  put(row: number, col: number, v: V, lastCol = col, lastRow = row): string {
    while (this.values.length <= lastRow) {
      this.values.push([]);
      this.formats.push([]);
    }
    const [value, fmt] = Array.isArray(v) ? v : [v, "General"];
    this.values[row][col] = value;
    this.formats[row][col] = fmt;
    if (lastCol !== col || lastRow !== row) this.merges.push({ top: row, left: col, bottom: lastRow, right: lastCol });
    return toA1(row, col);
  }
  /** Put by A1 range: "A1" or "A1:K1" (merged). */
  at(range: string, v: V): string {
    const r = parseRange(range);
    return this.put(r.top, r.left, v, r.right, r.bottom);
  }
  sheet(name: string): SheetModel {
    const width = this.values.reduce((m, r) => Math.max(m, r.length), 0);
    const values = this.values.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
    const numberFormats = values.map((r, ri) => r.map((_, ci) => this.formats[ri][ci] ?? "General"));
    const text = values.map((r, ri) => r.map((v, ci) => shown(v, numberFormats[ri][ci])));
    return { name, originRow: 0, originCol: 0, values, numberFormats, text, merges: this.merges };
  }
}

function shown(v: CellValue, fmt: string): string {
  if (v === null) return "";
  if (typeof v === "number" && /%/.test(fmt)) {
    const d = /0\.(0+)%/.exec(fmt)?.[1].length ?? 0;
    return `${(v * 100).toFixed(d)}%`;
  }
  return String(v);
}

export function book(...sheets: SheetModel[]): WorkbookModel {
  return { name: "kinds.xlsx", sheets };
}

// ---- 自评表 ---------------------------------------------------------------------------------

export interface SelfIndicator {
  l1: string;
  l2: string;
  name: string;
  target: V;
  actual: V;
  weight: V;
  score: V;
  reason?: V;
}

export interface MoneyLine {
  label: string;
  initial: V;
  annual: V;
  executed: V;
}

export interface SelfEvalSpec {
  title?: string | null;
  name?: string;
  department?: string;
  /** First line is the total (年度资金总额). */
  money?: MoneyLine[];
  moneyWeight?: V;
  rate?: V;
  moneyScore?: V;
  expected?: string | null;
  achieved?: string | null;
  indicators?: SelfIndicator[];
  totalWeight?: V;
  totalScore?: V;
  layout?: "ah" | "tj" | "zj";
}

export const SELF_INDICATORS: SelfIndicator[] = [
  { l1: "产出指标", l2: "数量指标", name: "培训人数", target: "≥200人", actual: "220人", weight: 20, score: 20 },
  { l1: "产出指标", l2: "质量指标", name: "培训合格率", target: "≥95%", actual: "98%", weight: 20, score: 20 },
  { l1: "产出指标", l2: "时效指标", name: "培训完成时间", target: "2023年12月31日前", actual: "2023年11月完成", weight: 10, score: 10 },
  { l1: "效益指标", l2: "社会效益指标", name: "从业人员技能水平", target: "明显提升", actual: "明显提升", weight: 20, score: 20 },
  { l1: "满意度指标", l2: "服务对象满意度指标", name: "参训人员满意度", target: "≥90%", actual: "95%", weight: 20, score: 20 },
];

export const SELF_MONEY: MoneyLine[] = [
  { label: "年度资金总额", initial: 100, annual: 100, executed: 95 },
  { label: "其中：当年财政拨款", initial: 80, annual: 80, executed: 75 },
  { label: "上年结转资金", initial: 20, annual: 20, executed: 20 },
  { label: "其他资金", initial: 0, annual: 0, executed: 0 },
];

export interface SelfAt {
  first: string;
  name: string;
  totals: { initial: string; annual: string; executed: string };
  moneyWeight: string;
  rate: string;
  moneyScore: string;
  rates: string[];
  expected: string;
  actuals: string[];
  weights: string[];
  scores: string[];
  reasons: string[];
  targets: string[];
  totalWeight: string;
  totalScore: string;
}

/** A clean 自评表 (no findings at all) unless overridden: 95 of 100 spent, 9.5 money points, 总分 99.5. */
export function selfEvalSheet(spec: SelfEvalSpec = {}, name = "自评表"): { sheet: SheetModel; at: SelfAt } {
  const s = {
    title: "项目支出绩效自评表",
    name: "职业技能培训",
    department: "市人力资源和社会保障局",
    money: SELF_MONEY,
    moneyWeight: 10,
    rate: [0.95, "0.00%"] as V,
    moneyScore: 9.5,
    expected: "完成200人次职业技能培训，提升从业人员技能水平。",
    achieved: "完成220人次培训，参训人员满意度95%。",
    indicators: SELF_INDICATORS,
    totalWeight: 100,
    totalScore: 99.5,
    layout: "ah" as const,
    ...spec,
  };
  const b = new SheetBuilder();
  const at = { rates: [], actuals: [], weights: [], scores: [], reasons: [], targets: [] } as unknown as SelfAt;
  // columns of the money block and the indicator block, per layout
  const L =
    s.layout === "tj"
      ? { label: 2, initial: 3, annual: 4, executed: 5, weight: 7, score: 8, rate: 9, last: 10 }
      : s.layout === "zj"
        ? { label: 2, initial: 4, annual: 6, executed: 7, weight: -1, score: -1, rate: 9, last: 9 }
        : { label: 3, initial: 5, annual: 6, executed: 7, weight: 8, score: 10, rate: 9, last: 10 };
  const W = L.last;
  let r = 0;
  if (s.title) {
    at.first = b.put(r++, 0, s.title, W);
    b.put(r++, 0, "（2023年度）", W);
  } else at.first = "A1";
  b.put(r, 0, "项目名称", 1);
  at.name = b.put(r, 2, s.name, W);
  r++;
  b.put(r, 0, s.layout === "tj" ? "主管预算部门" : "主管部门", 1);
  b.put(r, 2, s.department, 5);
  b.put(r, 6, "实施单位", 6);
  b.put(r, 7, "市职业技能鉴定中心", W);
  r++;
  const moneyTop = r;
  const headerRows = s.layout === "zj" ? 2 : 1;
  b.put(r, 0, "项目资金\n（万元）", 1, r + headerRows + s.money.length - 1);
  b.put(r, L.initial, s.layout === "zj" ? "年初预算数" : "年初预算数", L.initial, r + headerRows - 1);
  b.put(r, L.annual, s.layout === "tj" ? "全年预算数（A）" : "全年预算数");
  b.put(r, L.executed, s.layout === "tj" ? "全年执行数（B）" : "全年执行数");
  if (L.weight >= 0) b.put(r, L.weight, "分值");
  b.put(r, L.rate, s.layout === "ah" ? "执行率" : "执行率（B/A）");
  if (L.score >= 0) b.put(r, L.score, "得分");
  if (s.layout === "zj") {
    b.put(r + 1, L.annual, "（A）");
    b.put(r + 1, L.executed, "（B）");
  }
  r += headerRows;
  s.money.forEach((m, i) => {
    b.put(r, L.label, m.label, L.initial - 1);
    const ini = b.put(r, L.initial, m.initial, s.layout === "zj" ? L.initial + 1 : L.initial);
    const ann = b.put(r, L.annual, m.annual);
    const exe = b.put(r, L.executed, m.executed);
    if (i === 0) {
      at.totals = { initial: ini, annual: ann, executed: exe };
      if (L.weight >= 0) at.moneyWeight = b.put(r, L.weight, s.moneyWeight);
      at.rate = b.put(r, L.rate, s.rate);
      if (L.score >= 0) at.moneyScore = b.put(r, L.score, s.moneyScore);
    } else {
      if (L.weight >= 0) b.put(r, L.weight, "—");
      b.put(r, L.rate, "—");
      if (L.score >= 0) b.put(r, L.score, "—");
    }
    r++;
  });
  void moneyTop;
  b.put(r, 0, "年度总体目标", 1, r + 1);
  b.put(r, 2, "预期目标", 5);
  b.put(r, 6, "实际完成情况", W);
  at.expected = b.put(r + 1, 2, s.expected, 5);
  b.put(r + 1, 6, s.achieved, W);
  r += 2;
  // indicator block: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值/权重 | 得分 | 偏差原因
  const I = { l1: 1, l2: 2, name: 3, target: 5, actual: 6, weight: 7, score: 8, reason: 9 };
  b.put(r, 0, "绩效指标", 0, r + s.indicators.length);
  b.put(r, I.l1, "一级指标");
  b.put(r, I.l2, "二级指标");
  b.put(r, I.name, "三级指标", 4);
  b.put(r, I.target, "年度指标值");
  b.put(r, I.actual, "实际完成值");
  b.put(r, I.weight, s.layout === "zj" ? "权重" : "分值");
  b.put(r, I.score, "得分");
  b.put(r, I.reason, "偏差原因分析及改进措施", W);
  r++;
  let prevL1 = "";
  let prevL2 = "";
  for (const x of s.indicators) {
    if (x.l1 !== prevL1) b.put(r, I.l1, x.l1);
    if (x.l2 !== prevL2 || x.l1 !== prevL1) b.put(r, I.l2, x.l2);
    prevL1 = x.l1;
    prevL2 = x.l2;
    b.put(r, I.name, x.name, 4);
    at.targets.push(b.put(r, I.target, x.target));
    at.actuals.push(b.put(r, I.actual, x.actual));
    at.weights.push(b.put(r, I.weight, x.weight));
    at.scores.push(b.put(r, I.score, x.score));
    at.reasons.push(b.put(r, I.reason, x.reason ?? null, W));
    r++;
  }
  b.put(r, 0, "总分", I.actual);
  at.totalWeight = b.put(r, I.weight, s.totalWeight);
  at.totalScore = b.put(r, I.score, s.totalScore);
  b.put(r, I.reason, null, W);
  return { sheet: b.sheet(name), at };
}

// ---- 监控表 ---------------------------------------------------------------------------------

export interface MonitorIndicator {
  l1: string;
  l2: string;
  name: string;
  target: V;
  progress: V;
  forecast: V;
  likelihood: "确定能" | "有可能" | "完全不可能" | null;
  reason?: string | null;
}

export interface MonitorSpec {
  title?: string | null;
  month?: number | "X";
  /** 年初 | 调整后 | 执行数 | 执行率 | 预计 of the total line; the parts follow. */
  money?: { label: string; initial: V; adjusted: V; executed: V; rate: V; forecast: V }[];
  indicators?: MonitorIndicator[];
  /** "text": one 完成目标可能性 column holding the word; "ticks": 确定能 | 有可能 | 完全不可能 ticked. */
  likelihood?: "text" | "ticks";
}

export const MONITOR_INDICATORS: MonitorIndicator[] = [
  { l1: "产出指标", l2: "数量指标", name: "培训人数", target: "≥200人", progress: "130人", forecast: "210人", likelihood: "确定能" },
  { l1: "产出指标", l2: "质量指标", name: "培训合格率", target: "≥95%", progress: "96%", forecast: "96%", likelihood: "确定能" },
  { l1: "满意度指标", l2: "服务对象满意度指标", name: "参训人员满意度", target: "≥90%", progress: "93%", forecast: "93%", likelihood: "确定能" },
];

export interface MonitorAt {
  first: string;
  rates: string[];
  forecasts: string[];
  likelihoods: string[];
  reasons: string[];
  explanations: string[];
}

/** A clean 监控表 for 1–7月 (7/12 of the year gone, 70% spent) unless overridden. */
export function monitorSheet(spec: MonitorSpec = {}, name = "监控表"): { sheet: SheetModel; at: MonitorAt } {
  const s = {
    title: "项目支出绩效目标执行监控表",
    month: 7 as number | "X",
    money: [
      { label: "年度资金总额：", initial: 100, adjusted: 100, executed: 70, rate: [0.7, "0.00%"] as V, forecast: 100 },
      { label: "其中：本年一般公共预算拨款", initial: 100, adjusted: 100, executed: 70, rate: [0.7, "0.00%"] as V, forecast: 100 },
      { label: "其他资金", initial: 0, adjusted: 0, executed: 0, rate: null, forecast: 0 },
    ],
    indicators: MONITOR_INDICATORS,
    likelihood: "ticks" as const,
    ...spec,
  };
  const b = new SheetBuilder();
  const at: MonitorAt = { first: "A1", rates: [], forecasts: [], likelihoods: [], reasons: [], explanations: [] };
  const N = s.month;
  const ticks = s.likelihood === "ticks";
  const W = ticks ? 16 : 10;
  let r = 0;
  if (s.title) {
    b.put(r++, 0, "附件2");
    at.first = b.put(r++, 0, s.title, W);
    b.put(r++, 0, "（2023年度）", W);
  }
  b.put(r, 0, "项目名称", 2);
  b.put(r, 3, "职业技能培训", W);
  r++;
  b.put(r, 0, "主管部门及代码", 2);
  b.put(r, 3, "市人力资源和社会保障局", 5);
  b.put(r, 6, "实施单位");
  b.put(r, 7, "市职业技能鉴定中心", W);
  r++;
  b.put(r, 0, "项目资金\n（万元）", 2, r + s.money.length);
  b.put(r, 4, "年初预算数");
  b.put(r, 5, "调整后预算数");
  b.put(r, 6, `1-${N}月执行数`, 7);
  b.put(r, 8, `1-${N}月执行率`, 9);
  b.put(r, 10, "全年预计执行数", W);
  r++;
  for (const m of s.money) {
    b.put(r, 3, m.label);
    b.put(r, 4, m.initial);
    b.put(r, 5, m.adjusted);
    b.put(r, 6, m.executed, 7);
    at.rates.push(b.put(r, 8, m.rate, 9));
    at.forecasts.push(b.put(r, 10, m.forecast, W));
    r++;
  }
  b.put(r, 0, "年度总体目标");
  b.put(r, 1, "完成200人次职业技能培训，提升从业人员技能水平。", W);
  r++;
  const reasonCols = ticks ? ["经费\n保障", "制度\n保障", "人员\n保障", "硬件条\n件保障", "其他", "原因\n说明"] : [];
  b.put(r, 0, "绩效指标", 0, r + 1 + s.indicators.length);
  for (const [c, label] of ["一级指标", "二级指标", "三级指标", "年度指标值", `1-${N}月执行情况`, "全年预计完成情况"].entries())
    b.put(r, c + 1, label, c + 1, r + 1);
  if (ticks) {
    b.put(r, 7, "偏差原因分析", 12);
    reasonCols.forEach((t, i) => b.put(r + 1, 7 + i, t));
    b.put(r, 13, "完成目标可能性", 15);
    ["确定能", "有可能", "完全\n不可能"].forEach((t, i) => b.put(r + 1, 13 + i, t));
    b.put(r, 16, "备注", 16, r + 1);
  } else {
    b.put(r, 7, "偏差原因分析", 8, r + 1);
    b.put(r, 9, "完成目标可能性", 9, r + 1);
    b.put(r, 10, "备注", 10, r + 1);
  }
  r += 2;
  let prevL1 = "";
  for (const x of s.indicators) {
    if (x.l1 !== prevL1) b.put(r, 1, x.l1);
    prevL1 = x.l1;
    b.put(r, 2, x.l2);
    b.put(r, 3, x.name);
    b.put(r, 4, x.target);
    b.put(r, 5, x.progress);
    b.put(r, 6, x.forecast);
    if (ticks) {
      at.reasons.push(toA1(r, 7));
      at.explanations.push(b.put(r, 12, x.reason ?? null));
      const i = x.likelihood === "确定能" ? 0 : x.likelihood === "有可能" ? 1 : x.likelihood === "完全不可能" ? 2 : -1;
      for (let k = 0; k < 3; k++) b.put(r, 13 + k, k === i ? "√" : null);
      at.likelihoods.push(toA1(r, 13));
      b.put(r, 16, null);
    } else {
      at.reasons.push(b.put(r, 7, x.reason ?? null, 8));
      at.explanations.push(toA1(r, 7));
      at.likelihoods.push(b.put(r, 9, x.likelihood));
      b.put(r, 10, null);
    }
    r++;
  }
  return { sheet: b.sheet(name), at };
}

// ---- 部门整体支出绩效目标表 ---------------------------------------------------------------------

export interface DeptTask {
  name: string;
  content: string;
  total: V;
  fiscal: V;
  other: V;
}

export interface DeptSpec {
  title?: string | null;
  deptName?: string | null;
  tasks?: DeptTask[];
  sum?: { total: V; fiscal: V; other: V };
  goal?: string | null;
  /** 一级 labels of the indicator block (some systems use 产出与效果 / 社会评价). */
  level1?: [string, string];
}

export interface DeptAt {
  first: string;
  name: string;
  taskTotals: string[];
  sum: { total: string; fiscal: string; other: string };
  goal: string;
}

export function deptSheet(spec: DeptSpec = {}, name = "部门整体"): { sheet: SheetModel; at: DeptAt } {
  const s = {
    title: "2023年度部门整体支出绩效目标表",
    deptName: "市人力资源和社会保障局",
    tasks: [
      { name: "职业技能培训", content: "组织开展职业技能培训", total: 100, fiscal: 80, other: 20 },
      { name: "就业服务", content: "开展招聘会和就业援助", total: 50, fiscal: 50, other: 0 },
    ],
    sum: { total: 150, fiscal: 130, other: 20 },
    goal: "全年完成职业技能培训200人次，城镇新增就业5000人。",
    level1: ["产出指标", "满意度指标"] as [string, string],
    ...spec,
  };
  const b = new SheetBuilder();
  const at = { taskTotals: [] } as unknown as DeptAt;
  const W = 6;
  let r = 0;
  if (s.title) {
    at.first = b.put(r++, 0, s.title, W);
    b.put(r++, 0, "金额单位：万元", W);
  } else at.first = "A1";
  b.put(r, 0, "部门（单位）名称");
  at.name = b.put(r, 1, s.deptName, W);
  r++;
  b.put(r, 0, "年度主要任务", 0, r + 1 + s.tasks.length + 1);
  b.put(r, 1, "任务名称", 1, r + 1);
  b.put(r, 2, "主要内容", 3, r + 1);
  b.put(r, 4, "预算金额", W);
  b.put(r + 1, 4, "总额");
  b.put(r + 1, 5, "财政拨款");
  b.put(r + 1, 6, "其他资金");
  r += 2;
  for (const t of s.tasks) {
    b.put(r, 1, t.name);
    b.put(r, 2, t.content, 3);
    at.taskTotals.push(b.put(r, 4, t.total));
    b.put(r, 5, t.fiscal);
    b.put(r, 6, t.other);
    r++;
  }
  b.put(r, 1, "金额合计", 3);
  at.sum = { total: b.put(r, 4, s.sum.total), fiscal: b.put(r, 5, s.sum.fiscal), other: b.put(r, 6, s.sum.other) };
  r++;
  b.put(r, 0, "年度总体目标");
  at.goal = b.put(r, 1, s.goal, W);
  r++;
  b.put(r, 0, "绩效指标", 0, r + 3);
  ["一级指标", "二级指标", "三级指标", "指标值"].forEach((t, i) => b.put(r, i + 1, t, i === 3 ? W : i + 1));
  r++;
  const rows: [string, string, string, string][] = [
    [s.level1[0], "数量指标", "培训人数", "≥200人"],
    ["", "质量指标", "培训合格率", "≥95%"],
    [s.level1[1], "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  for (const [l1, l2, n, v] of rows) {
    if (l1) b.put(r, 1, l1);
    b.put(r, 2, l2);
    b.put(r, 3, n);
    b.put(r, 4, v, W);
    r++;
  }
  return { sheet: b.sheet(name), at };
}
