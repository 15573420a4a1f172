import { SheetModel, CellValue, WorkbookModel } from "../../src/engine/sheet";
import { Rect, parseA1, parseRange, toA1 } from "../../src/engine/address";

/**
 * Builds sheet models of 绩效目标表 the way a department fills them (table-format.md), for tests.
 * The default is the source document's 招商引资 table; every part can be overridden, and
 * `cells` writes any cell afterwards (A1 address → value, or [value, numberFormat, text]).
 */
export interface IndicatorSpec {
  l1: string;
  l2: string;
  name: string;
  desc?: string;
  value: CellValue | [CellValue, string];
  basis?: string;
  /** The 权重/分值 column's cell, written when the header has a seventh column (G). */
  weight?: CellValue;
}

export interface TableSpecForTest {
  title?: string | null;
  code?: string;
  name?: CellValue;
  total?: CellValue | [CellValue, string];
  totalLabel?: string;
  parts?: { label: string; value: CellValue | [CellValue, string] }[];
  purpose?: string | null;
  planLabel?: string;
  milestones?: string[];
  plan?: (CellValue | [CellValue, string])[];
  goalsLabel?: string;
  goals?: (string | null)[] | null;
  /** false: goal texts without 目标N labels, each merged across B:G (a single 年度绩效目标 text, say). */
  goalItems?: boolean;
  header?: string[];
  blankAfterHeader?: boolean;
  indicators?: IndicatorSpec[];
  /** Drop whole parts to test missing fields. */
  omit?: ("name" | "budget" | "plan" | "goals" | "header")[];
}

export const SEED_GOALS = [
  "瞄准重点区域、重点客商和商务机构，加强企业对接、园区对接、项目对接，宣传推介高新区投资环境。",
  "接待客商来访考察，推介高新区情况，推动项目发展。",
];

export const SEED_INDICATORS: IndicatorSpec[] = [
  { l1: "产出\n\n指标 ", l2: "数量指标", name: "接待客商人数", desc: "专项推介、专题对接、现场考察的客商人数", value: "≥20人", basis: "工作计划" },
  { l1: "产出\n\n指标 ", l2: "质量指标", name: "开展招商活动（次）", desc: "参加各种会议、拜访相关团体组织企事业单位", value: "≥10次", basis: "工作经验" },
  { l1: "产出\n\n指标 ", l2: "时效指标", name: "项目完成时效", desc: "招商引资任务完成时间", value: "12月31日前", basis: "工作经验" },
  { l1: "产出\n\n指标 ", l2: "成本指标", name: "活动经费", desc: "恳谈会、推介会等活动经费", value: "≤50万元", basis: "工作经验" },
  { l1: "效果\n\n指标", l2: "经济效益指标", name: "企业对高新区了解度", desc: "企业对高新区了解度是否提升", value: "提升", basis: "工作经验" },
  { l1: "满意度指标", l2: "服务对象满意度指标", name: "受益人满意度", desc: "受益人对招商工作的满意度", value: "≥90%", basis: "工作经验" },
];

/** A clean table (no findings at all), unless overridden. */
export const CLEAN: TableSpecForTest = {
  title: "2023年招商引资项目绩效目标表",
  code: "————",
  name: "招商引资",
  total: "50万元",
  parts: [
    { label: "其中：财政资金", value: "50万元" },
    { label: "其他资金", value: null },
  ],
  purpose: "主要用于组织实施招商引资活动，接待客商来访，参加投资贸易洽谈会等活动。",
  planLabel: "资金支出计划（%）",
  milestones: ["3月底", "6月底", "10月底", "12月底"],
  plan: ["10%", "40%", "70%", "100%"],
  goalsLabel: "绩效\n\n目标",
  goals: SEED_GOALS,
  header: ["一级\n\n指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
  blankAfterHeader: true,
  indicators: SEED_INDICATORS,
};

export interface Built {
  sheet: SheetModel;
  /** Where things landed, for asserting finding cells. */
  at: {
    first: string;
    name: string;
    total: string;
    parts: string[];
    purpose: string;
    plan: string[];
    goals: string[];
    header: string;
    l1: string[];
    l2: string[];
    names: string[];
    values: string[];
    bases: string[];
    bottom: number;
  };
}

class Grid {
  values: CellValue[][] = [];
  formats: string[][] = [];
  texts: (string | undefined)[][] = [];
  merges: Rect[] = [];
  put(row: number, col: number, v: CellValue | [CellValue, string] | [CellValue, string, string], lastCol = col, lastRow = row) {
    while (this.values.length <= lastRow) {
      this.values.push([]);
      this.formats.push([]);
      this.texts.push([]);
    }
    const [value, fmt, text] = Array.isArray(v) ? v : [v, "General", undefined];
    this.values[row][col] = value;
    this.formats[row][col] = fmt ?? "General";
    this.texts[row][col] = text;
    if (lastCol !== col || lastRow !== row) this.merges.push({ top: row, left: col, bottom: lastRow, right: lastCol });
  }
}

function displayed(v: CellValue, fmt: string): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && /%/.test(fmt)) {
    const decimals = /0\.(0+)%/.exec(fmt)?.[1].length ?? 0;
    return `${(v * 100).toFixed(decimals)}%`;
  }
  return String(v);
}

/** Writes one table with its title at `top` (zero-based) and left column `left`. */
export function writeTable(g: Grid, spec: TableSpecForTest, top = 0, left = 0): Built["at"] {
  const s = { ...CLEAN, ...spec };
  const omit = new Set(s.omit ?? []);
  const W = left + 6; // 7 columns A..G
  let r = top;
  const at = {} as Built["at"];
  if (s.title) {
    g.put(r, left, s.title, W);
    at.first = toA1(r, left);
    r++;
  } else at.first = toA1(r, left);
  g.put(r, left, "项目\n\n编码");
  g.put(r, left + 1, s.code ?? null);
  if (!omit.has("name")) {
    g.put(r, left + 2, "项目名称");
    g.put(r, left + 3, s.name ?? null, W);
  }
  at.name = toA1(r, left + 3);
  r++;
  if (!omit.has("budget")) {
    g.put(r, left, "预算规模及资金用途", left, r + 1);
    g.put(r, left + 1, s.totalLabel ?? "预算数");
    g.put(r, left + 2, (s.total ?? null) as CellValue);
    at.total = toA1(r, left + 2);
    at.parts = [];
    (s.parts ?? []).forEach((p, i) => {
      g.put(r, left + 3 + 2 * i, p.label);
      g.put(r, left + 4 + 2 * i, p.value as CellValue);
      at.parts.push(toA1(r, left + 4 + 2 * i));
    });
    g.put(r + 1, left + 1, s.purpose ?? null, W);
    at.purpose = toA1(r + 1, left + 1);
    r += 2;
  }
  if (!omit.has("plan")) {
    const ms = s.milestones!;
    g.put(r, left, s.planLabel!, left, r + 1);
    at.plan = [];
    ms.forEach((m, i) => {
      g.put(r, left + 1 + i, m);
      const v = s.plan![i];
      g.put(r + 1, left + 1 + i, Array.isArray(v) ? [v[0], v[1], displayed(v[0], v[1])] : (v ?? null));
      at.plan.push(toA1(r + 1, left + 1 + i));
    });
    r += 2;
  }
  at.goals = [];
  if (!omit.has("goals") && s.goals) {
    const n = Math.max(1, s.goals.length);
    g.put(r, left, s.goalsLabel!, left, r + n - 1);
    s.goals.forEach((goal, i) => {
      if (s.goalItems === false) {
        g.put(r + i, left + 1, goal, W);
        at.goals.push(toA1(r + i, left + 1));
        return;
      }
      g.put(r + i, left + 1, `目标${i + 1}`);
      g.put(r + i, left + 2, goal, W);
      at.goals.push(toA1(r + i, left + 2));
    });
    r += n;
  }
  at.l1 = [];
  at.l2 = [];
  at.names = [];
  at.values = [];
  at.bases = [];
  if (!omit.has("header")) {
    const h = s.header!;
    h.forEach((label, i) => g.put(r, left + i, label, i === h.length - 1 ? W : left + i));
    at.header = toA1(r, left);
    r++;
    if (s.blankAfterHeader) {
      g.put(r, left + 5, null, W);
      r++;
    }
    const rows = s.indicators!;
    let i = 0;
    while (i < rows.length) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1].l1 === rows[i].l1) j++;
      g.put(r + i, left, rows[i].l1, left, r + j);
      for (let k = i; k <= j; k++) {
        const x = rows[k];
        const valueCol = h.length >= 5 ? left + 4 : left + 3;
        g.put(r + k, left + 1, x.l2);
        g.put(r + k, left + 2, x.name);
        if (h.length >= 6) g.put(r + k, left + 3, x.desc ?? null);
        const v = x.value;
        g.put(r + k, valueCol, Array.isArray(v) ? [v[0], v[1], displayed(v[0], v[1])] : v);
        if (h.length >= 6) g.put(r + k, left + 5, x.basis ?? null, h.length >= 7 ? left + 5 : W);
        if (h.length >= 7 && x.weight !== undefined) g.put(r + k, left + 6, x.weight);
        at.l1.push(toA1(r + i, left));
        at.l2.push(toA1(r + k, left + 1));
        at.names.push(toA1(r + k, left + 2));
        at.values.push(toA1(r + k, valueCol));
        if (h.length >= 6) at.bases.push(toA1(r + k, left + 5));
      }
      i = j + 1;
    }
    r += rows.length;
  }
  at.bottom = r - 1;
  return at;
}

function toSheet(g: Grid, name: string): SheetModel {
  const width = g.values.reduce((m, r) => Math.max(m, r.length), 0);
  const pad = <T>(rows: T[][], fill: T) => rows.map((row) => Array.from({ length: width }, (_, i) => (row[i] === undefined ? fill : row[i])));
  const values = pad(g.values, null as CellValue);
  const formats = pad(g.formats, "General");
  const texts = values.map((row, r) => row.map((v, c) => g.texts[r]?.[c] ?? (v === null ? "" : String(v))));
  return { name, originRow: 0, originCol: 0, values, numberFormats: formats, text: texts, merges: g.merges };
}

/** One table on one sheet. */
export function buildTable(
  spec: TableSpecForTest = {},
  sheetName = "Sheet1",
  /** `merges`: extra merged areas ("B12:B14"), added after the cells; the cells they cover should be blank. */
  opts: { top?: number; left?: number; cells?: Record<string, CellValue | [CellValue, string]>; merges?: string[] } = {},
): Built {
  const g = new Grid();
  const at = writeTable(g, spec, opts.top ?? 0, opts.left ?? 0);
  for (const [addr, v] of Object.entries(opts.cells ?? {})) {
    const p = parseA1(addr);
    g.put(p.row, p.col, Array.isArray(v) ? [v[0], v[1], displayed(v[0], v[1])] : v);
  }
  for (const m of opts.merges ?? []) g.merges.push(parseRange(m));
  return { sheet: toSheet(g, sheetName), at };
}

/** Several tables stacked on one sheet with `gap` blank rows between them. */
export function buildStacked(specs: TableSpecForTest[], sheetName = "Sheet1", gap = 3): { sheet: SheetModel; at: Built["at"][] } {
  const g = new Grid();
  const ats: Built["at"][] = [];
  let top = 0;
  for (const s of specs) {
    const at = writeTable(g, s, top, 0);
    ats.push(at);
    top = at.bottom + 1 + gap;
  }
  return { sheet: toSheet(g, sheetName), at: ats };
}

export function workbook(...sheets: SheetModel[]): WorkbookModel {
  return { name: "test.xlsx", sheets };
}
