/**
 * layoutSpec: a project spec → the sheet plan of its 绩效目标表, in the source document's layout
 * (table-format.md "The layout"), 7 columns wide:
 *
 *   title (merged across)                                     招商引资项目绩效目标表
 *   year line (merged across)                                 （2023年度）
 *   项目编码 | code | 项目名称 | name ………………………………
 *  [主管部门 | dept ……… | 实施单位 | implementer ………]         (only when the spec names either)
 *   预算规模及资金用途 | 预算数（万元） | =SUM | 其中：财政资金 | 50 | 其他资金 | …
 *                      |  (more parts: further rows, two per row)
 *                      | usage text (merged B:G)
 *   资金支出计划（%） | 3月底 | 6月底 | …   (six per row; more continue on further row pairs)
 *                      | 10%   | 40%   | …
 *   绩效目标           | 目标1 | goal text (merged C:G)
 *   一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 (F:G)
 *   产出指标 (merged down over its rows) | 数量指标 | … | ≥20人 | 工作计划
 *
 * Pure: no host, no I/O. The plan says everything a writer needs (values, formulas with their
 * results, merges, widths, heights, styles, number formats, dropdowns, print setup).
 */
import type { Rect } from "./address";
import { toA1 } from "./address";
import type { CellValue, SheetModel } from "./sheet";
import type { NormalSpec, ProjectSpec } from "./spec";
import { normalizeSpec } from "./spec";
import { FRAMEWORKS, canonLevel1, level2Label } from "./frameworks";
import { LIST_LITERAL_LIMIT, PlanCell, PlanStyle, PlanValidation, SheetPlan, a4FitToWidth } from "./sheet-plan";
import { rowHeightFor, widestLine, wrappedLines } from "./column-widths";
import { safeSheetName } from "./sheet-names";
import { splitValue } from "./value-compose";
import { GENERIC_NOTE, isGenericDefault } from "./default-indicators";
import { noteText } from "./marks";
import { squash } from "./normalize";

export interface LayoutOptions {
  /** Zero-based row of the title (default 0). */
  top?: number;
  /** Zero-based column of the block's first column (default 0 = A). */
  left?: number;
  /** Sheet name; default: the project name made a valid sheet name. */
  sheetName?: string;
  /** Names of the sheets already in the workbook (the default sheet name avoids them). */
  existingSheets?: string[];
  /**
   * "manual" (default): the source document's 指标值 column. "integrated": as the 预算管理一体化
   * systems export it, 指标值 split into 符号 | 指标值 | 计量单位 (table-format.md); the 7 columns
   * then hold 一级 | 二级 | 三级 | 符号 | 指标值 | 计量单位 | 指标值确定依据 (no 描述 column).
   */
  style?: "manual" | "integrated";
}

/** 指标值 as the integrated export splits it: a symbol (or 定性), the number (or the text), its unit. */
export function splitForExport(value: string): { symbol: string; value: string | number; unit: string } {
  const p = splitValue(value);
  if (!p) return { symbol: "定性", value, unit: "" };
  const symbol = EXPORT_SYMBOL[p.comparison] ?? p.comparison;
  return { symbol: symbol === "" ? "=" : symbol, value: Number(p.number), unit: p.unit };
}

const EXPORT_SYMBOL: Record<string, string> = { 不低于: "≥", 不少于: "≥", 达到: "≥", 不高于: "≤", 不超过: "≤" };

/** The block is 7 columns wide, A–G. */
export const LAYOUT_COLUMNS = 7;
/** Milestones per row of the spending plan (columns B–G). */
export const MILESTONES_PER_ROW = 6;

const FONT = "宋体";
const BODY_SIZE = 11;
const TITLE_SIZE = 16;

export const PLAN_STYLES: Record<string, PlanStyle> = {
  title: { font: { name: FONT, size: TITLE_SIZE, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: "none" },
  year: { font: { name: FONT, size: BODY_SIZE }, horizontal: "center", vertical: "middle", wrap: false, border: "none" },
  label: { font: { name: FONT, size: BODY_SIZE, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: "thin" },
  header: { font: { name: FONT, size: BODY_SIZE, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: "thin" },
  center: { font: { name: FONT, size: BODY_SIZE }, horizontal: "center", vertical: "middle", wrap: true, border: "thin" },
  text: { font: { name: FONT, size: BODY_SIZE }, horizontal: "left", vertical: "middle", wrap: true, border: "thin" },
  number: { font: { name: FONT, size: BODY_SIZE }, horizontal: "right", vertical: "middle", wrap: false, indent: 1, border: "thin" },
};

/** Preferred, least and greatest width of each of the 7 columns (character units). */
const WIDTH = {
  min: [12, 16, 16, 22, 13, 10, 10],
  max: [14, 20, 22, 30, 16, 12, 12],
};
/** Above this total the widest columns give way (A4 portrait holds about 100 at 100%). */
const TOTAL_WIDTH = 108;

const MIN_ROW_HEIGHT = 22;

function decimals(x: number): number {
  const s = String(x);
  if (/e/i.test(s)) return 4;
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/** "0%", "0.0%", "0.00%"… as many decimals as the percentage needs (at most 4). */
export function percentFormat(percent: number): string {
  const d = Math.min(4, decimals(percent));
  return d === 0 ? "0%" : `0.${"0".repeat(d)}%`;
}

/** Amounts: two decimals as finance writes them; up to four for 万元 amounts that need them (1 元 = 0.0001 万元). */
export function amountFormat(amount: number | null): string {
  return amount !== null && decimals(amount) > 2 ? "#,##0.00##" : "#,##0.00";
}

/** Shown text of a number under the formats the layout uses (a tiny subset of Excel's). */
export function formatPlanNumber(value: number, format: string | undefined): string {
  if (!format || format === "General" || format === "@") return String(value);
  const pct = /^0(?:\.(0+))?%$/.exec(format);
  if (pct) return `${(value * 100).toFixed(pct[1]?.length ?? 0)}%`;
  const amt = /^#,##0(?:\.(0*)(#*))?$/.exec(format);
  if (amt) {
    const min = amt[1]?.length ?? 0;
    const max = min + (amt[2]?.length ?? 0);
    let s = Math.abs(value).toFixed(max);
    if (max > min) s = s.replace(new RegExp(`(\\.\\d{${min}}\\d*?)0+$`), "$1").replace(/\.$/, "");
    const [int, frac] = s.split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `${value < 0 ? "-" : ""}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
  }
  return String(value);
}

class Builder {
  cells = new Map<string, PlanCell>();
  merges: Rect[] = [];
  constructor(
    readonly top: number,
    readonly left: number,
  ) {}

  /** Put a cell at (row, relative col); merge it over to `toCol` (relative) and down to `toRow`. */
  put(row: number, col: number, value: CellValue, style: string, extra: Partial<PlanCell> = {}, toCol = col, toRow = row): void {
    const c = this.left + col;
    const cell: PlanCell = { row, col: c, value, style, ...extra };
    if (typeof value === "string") cell.asText = true;
    this.cells.set(`${row},${c}`, cell);
    if (toCol !== col || toRow !== row) {
      this.merges.push({ top: row, left: c, bottom: toRow, right: this.left + toCol });
      // the covered cells carry the style too (borders of a merged area are drawn per cell)
      for (let r = row; r <= toRow; r++)
        for (let x = col; x <= toCol; x++) {
          if (r === row && x === col) continue;
          this.cells.set(`${r},${this.left + x}`, { row: r, col: this.left + x, value: null, style });
        }
    }
  }

  has(row: number, col: number): boolean {
    return this.cells.has(`${row},${this.left + col}`);
  }
}

/**
 * Lay a spec out as a sheet plan. Accepts a raw-typed spec (defaults are applied; an invalid spec
 * throws: validate first with validateSpec).
 */
/**
 * A generated default indicator (default-indicators.ts) gets a note on its 指标值 saying it is
 * generic. The note is the add-in's own (NOTE_MARKER): the next check replaces it with
 * indicator/generic-default's message while the indicator is unedited, and drops it once edited.
 */
function genericNote(x: { name: string; value: string }): Partial<PlanCell> {
  return isGenericDefault(squash(x.name), squash(x.value)) ? { note: noteText([GENERIC_NOTE]) } : {};
}

export function layoutSpec(input: ProjectSpec | NormalSpec, options: LayoutOptions = {}): SheetPlan {
  const spec = isNormal(input) ? input : normalizeSpec(input);
  const top = options.top ?? 0;
  const left = options.left ?? 0;
  const b = new Builder(top, left);
  const L = LAYOUT_COLUMNS - 1; // last relative column (G)
  let r = top;

  // title and year line
  b.put(r, 0, spec.title, "title", { path: "title" }, L);
  r++;
  b.put(r, 0, `（${spec.year}年度）`, "year", { path: "year" }, L);
  r++;

  // 项目编码 | code | 项目名称 | name
  b.put(r, 0, "项目编码", "label");
  b.put(r, 1, spec.code, "center", { path: "code" });
  b.put(r, 2, "项目名称", "label");
  b.put(r, 3, spec.name, "text", { path: "name" }, L);
  r++;
  if (spec.department !== null || spec.implementer !== null) {
    b.put(r, 0, "主管部门", "label");
    b.put(r, 1, spec.department, "text", { path: "department" }, 2);
    b.put(r, 3, "实施单位", "label");
    b.put(r, 4, spec.implementer, "text", { path: "implementer" }, L);
    r++;
  }

  // 预算规模及资金用途
  const parts = spec.budget.parts;
  const partRows = Math.max(1, Math.ceil(parts.length / 2));
  const budgetTop = r;
  b.put(r, 0, "预算规模及\n资金用途", "label", { path: "budget" }, 0, r + partRows);
  b.put(r, 1, `预算数（${spec.unit}）`, "label", { path: "budget.total" }, 1, r + partRows - 1);
  const partCells: string[] = [];
  parts.forEach((p, i) => {
    const row = budgetTop + Math.floor(i / 2);
    const col = 3 + (i % 2) * 2;
    b.put(row, col, i === 0 ? `其中：${p.label}` : p.label, "label", { path: `budget.parts[${i}].label` });
    b.put(row, col + 1, p.amount, "number", { path: `budget.parts[${i}].amount`, numberFormat: amountFormat(p.amount) });
    partCells.push(toA1(row, left + col + 1));
  });
  const total = spec.budget.total;
  const sum = sumOf(parts.map((p) => p.amount));
  const useFormula = parts.length > 0 && total !== null && sum !== null && Math.abs(total - sum) < 1e-9;
  b.put(
    r,
    2,
    total,
    "number",
    { path: "budget.total", numberFormat: amountFormat(total), ...(useFormula ? { formula: `SUM(${partCells.join(",")})` } : {}) },
    2,
    r + partRows - 1,
  );
  r += partRows;
  b.put(r, 1, spec.purpose === "" ? null : spec.purpose, "text", { path: "purpose" }, L);
  r++;

  // 资金支出计划（%）
  const plan = spec.plan;
  const planRows = Math.max(1, Math.ceil(plan.length / MILESTONES_PER_ROW));
  b.put(r, 0, "资金支出计划（%）", "label", { path: "plan" }, 0, r + planRows * 2 - 1);
  plan.forEach((m, i) => {
    const row = r + Math.floor(i / MILESTONES_PER_ROW) * 2;
    const col = 1 + (i % MILESTONES_PER_ROW);
    b.put(row, col, m.label, "center", { path: `plan[${i}].label` });
    const value = m.percent === null ? null : Number((m.percent / 100).toPrecision(12));
    b.put(row + 1, col, value, "center", { path: `plan[${i}].percent`, numberFormat: percentFormat(m.percent ?? 0) });
  });
  r += planRows * 2;

  // 绩效目标
  const goals = spec.goals.length > 0 ? spec.goals : [""];
  b.put(r, 0, "绩效目标", "label", { path: "goals" }, 0, r + goals.length - 1);
  goals.forEach((g, i) => {
    const path = spec.goals.length > 0 ? `goals[${i}]` : "goals";
    b.put(r + i, 1, `目标${i + 1}`, "center", { path });
    b.put(r + i, 2, g === "" ? null : g, "text", { path }, L);
  });
  r += goals.length;

  // indicator header
  const integrated = options.style === "integrated";
  const header = integrated
    ? ["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位", "指标值确定依据"]
    : ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];
  header.forEach((h, i) => b.put(r, i, h, "header", { path: "indicators" }, !integrated && i === 5 ? L : i));
  r++;

  // indicator rows, 一级 merged down over each run of equal 一级
  const validations: PlanValidation[] = [];
  const tree = FRAMEWORKS[spec.framework].tree;
  const lists = new Map<string, PlanValidation>();
  const inds = spec.indicators;
  for (let i = 0; i < inds.length;) {
    let j = i;
    while (j + 1 < inds.length && inds[j + 1].level1 === inds[i].level1) j++;
    b.put(r + i, 0, inds[i].level1, "center", { path: `indicators[${i}].level1` }, 0, r + j);
    for (let k = i; k <= j; k++) {
      const x = inds[k];
      const row = r + k;
      b.put(row, 1, x.level2, "center", { path: `indicators[${k}].level2` });
      b.put(row, 2, x.name === "" ? null : x.name, "text", { path: `indicators[${k}].name` });
      if (integrated) {
        const v = x.value === "" ? null : splitForExport(x.value);
        b.put(row, 3, v?.symbol ?? null, "center", { path: `indicators[${k}].value` });
        b.put(row, 4, v?.value ?? null, typeof v?.value === "number" ? "number" : "center", { path: `indicators[${k}].value`, ...genericNote(x) });
        b.put(row, 5, v?.unit || null, "center", { path: `indicators[${k}].value` });
        b.put(row, 6, x.basis, "center", { path: `indicators[${k}].basis` });
      } else {
        b.put(row, 3, x.description, "text", { path: `indicators[${k}].description` });
        b.put(row, 4, x.value === "" ? null : x.value, "center", { path: `indicators[${k}].value`, ...genericNote(x) });
        b.put(row, 5, x.basis, "center", { path: `indicators[${k}].basis` }, L);
      }
      // the 二级 dropdown: what the framework allows under this row's 一级
      const l1 = canonLevel1(x.level1);
      const allowed = l1 ? (tree[l1] ?? []).map(level2Label) : [];
      const source = allowed.join(",");
      if (allowed.length > 0 && source.length <= LIST_LITERAL_LIMIT) {
        let v = lists.get(source);
        if (!v) {
          v = {
            ranges: [],
            type: "list",
            values: allowed,
            source,
            allowBlank: true,
            errorStyle: "warning",
            promptTitle: "二级指标",
            prompt: `请选择${x.level1}下的二级指标`,
            errorTitle: "二级指标",
            error: `${FRAMEWORKS[spec.framework].name.zh}中，${x.level1}下的二级指标为：${allowed.join("、")}`,
          };
          lists.set(source, v);
          validations.push(v);
        }
        const last = v.ranges[v.ranges.length - 1];
        const c = left + 1;
        if (last && last.bottom === row - 1 && last.left === c) last.bottom = row;
        else v.ranges.push({ top: row, left: c, bottom: row, right: c });
      }
    }
    i = j + 1;
  }
  r += inds.length;

  const bottom = r - 1;
  const range: Rect = { top, left, bottom, right: left + L };
  // every cell of the bordered block exists (blank ones carry the borders)
  for (let row = top + 2; row <= bottom; row++) for (let c = 0; c <= L; c++) if (!b.has(row, c)) b.put(row, c, null, "center");

  const cells = [...b.cells.values()].sort((a, c) => a.row - c.row || a.col - c.col);
  const columns = columnWidths(cells, b.merges, left);
  const rows = rowHeights(cells, b.merges, columns, left, top);
  const sheetName = options.sheetName ?? safeSheetName(spec.name, options.existingSheets ?? []);
  return {
    sheetName,
    range,
    cells,
    merges: b.merges,
    columns,
    rows,
    styles: PLAN_STYLES,
    validations,
    print: { ...a4FitToWidth(range), titleRows: { top, bottom: top + 1 } },
  };
}

function isNormal(s: ProjectSpec | NormalSpec): s is NormalSpec {
  return (
    typeof s.title === "string" &&
    s.department !== undefined &&
    s.implementer !== undefined &&
    s.budget.total !== undefined &&
    s.indicators.every((i) => i.description !== undefined && i.basis !== undefined)
  );
}

function sumOf(xs: (number | null)[]): number | null {
  if (xs.length === 0 || xs.every((x) => x === null)) return null;
  return xs.reduce<number>((s, x) => s + Math.round((x ?? 0) * 10000), 0) / 10000;
}

function shown(c: PlanCell): string {
  if (c.value === null) return "";
  return typeof c.value === "number" ? formatPlanNumber(c.value, c.numberFormat) : String(c.value);
}

/** Column widths: each column fits its longest single-column text within its bounds; the total stays printable. */
function columnWidths(cells: PlanCell[], merges: Rect[], left: number): { col: number; width: number }[] {
  const wideMerge = new Set<string>();
  for (const m of merges) if (m.right > m.left) wideMerge.add(`${m.top},${m.left}`);
  const need = WIDTH.min.slice();
  for (const c of cells) {
    const i = c.col - left;
    if (i < 0 || i >= LAYOUT_COLUMNS || c.value === null || wideMerge.has(`${c.row},${c.col}`)) continue;
    const style = PLAN_STYLES[c.style ?? "center"];
    // bold text is a little wider; two characters of padding
    const w = widestLine(shown(c)) * (style.font.bold ? 1.05 : 1) + 2;
    need[i] = Math.max(need[i], Math.min(w, WIDTH.max[i]));
  }
  let widths = need.map((w) => Math.ceil(w));
  let total = widths.reduce((s, w) => s + w, 0);
  // give back width from the columns above their minimum, widest first
  while (total > TOTAL_WIDTH) {
    let best = -1;
    for (let i = 0; i < widths.length; i++) if (widths[i] > WIDTH.min[i] && (best < 0 || widths[i] - WIDTH.min[i] > widths[best] - WIDTH.min[best])) best = i;
    if (best < 0) break;
    widths[best]--;
    total--;
  }
  widths = widths.map((w) => Math.round(w * 100) / 100);
  return widths.map((width, i) => ({ col: left + i, width }));
}

/** Row heights so that wrapped text shows in full (a vertically merged cell shares its rows). */
function rowHeights(
  cells: PlanCell[],
  merges: Rect[],
  columns: { col: number; width: number }[],
  left: number,
  top: number,
): { row: number; height: number }[] {
  const width = new Map(columns.map((c) => [c.col, c.width]));
  const mergeAt = new Map<string, Rect>();
  for (const m of merges) mergeAt.set(`${m.top},${m.left}`, m);
  const need = new Map<number, number>();
  const bump = (row: number, h: number) => need.set(row, Math.max(need.get(row) ?? 0, h));
  for (const c of cells) {
    if (c.value === null || !c.style) continue;
    const style = PLAN_STYLES[c.style];
    const m = mergeAt.get(`${c.row},${c.col}`);
    const right = m ? m.right : c.col;
    const rows = m ? m.bottom - m.top + 1 : 1;
    let w = 0;
    for (let x = c.col; x <= right; x++) w += width.get(x) ?? 8.43;
    const text = shown(c);
    const lines = style.wrap ? wrappedLines(text, w) : text.split(/\r?\n/).length;
    const h = rowHeightFor(lines, style.font.size) / rows;
    for (let r = c.row; r < c.row + rows; r++) bump(r, h);
  }
  const out: { row: number; height: number }[] = [];
  for (const [row, h] of [...need.entries()].sort((a, b) => a[0] - b[0])) {
    let height: number;
    if (row === top) height = Math.max(h, 36);
    else if (row === top + 1) height = 20;
    else height = Math.max(h, MIN_ROW_HEIGHT);
    out.push({ row, height: Math.ceil(height * 4) / 4 });
  }
  return out;
}

/**
 * The sheet model a host would read back after writing the plan (values, displayed text, number
 * formats, merges): for previews, specFindings and tests, without any spreadsheet library.
 */
export function planToSheetModel(plan: SheetPlan, name = plan.sheetName): SheetModel {
  const { top, left, bottom, right } = plan.range;
  let maxRow = bottom;
  let maxCol = right;
  for (const c of plan.cells) {
    if (c.row > maxRow) maxRow = c.row;
    if (c.col > maxCol) maxCol = c.col;
  }
  const nRows = maxRow - top + 1;
  const nCols = maxCol - left + 1;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  for (let i = 0; i < nRows; i++) {
    values.push(new Array<CellValue>(nCols).fill(null));
    text.push(new Array<string>(nCols).fill(""));
    numberFormats.push(new Array<string>(nCols).fill("General"));
  }
  for (const c of plan.cells) {
    const i = c.row - top;
    const j = c.col - left;
    if (i < 0 || j < 0) continue;
    values[i][j] = c.value;
    text[i][j] = shown(c);
    if (c.numberFormat) numberFormats[i][j] = c.numberFormat;
  }
  return { name, originRow: top, originCol: left, values, text, numberFormats, merges: plan.merges.map((m) => ({ ...m })) };
}
