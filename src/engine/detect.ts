import { SheetGrid } from "./sheet";
import { TableModel } from "./model";
import { FieldId, isFooter, kindsOf, HeaderKind } from "./labels";
import { canonLevel1, canonLevel2 } from "./frameworks";
import { parseTable } from "./parse";
import { normalizeLabel, isInvisible } from "./normalize";
import { applyKind, joinKindParts } from "./kinds";
import { Window, windows } from "./window";

/**
 * Finds every 绩效目标表 on a sheet, in two steps:
 * 1. windows (window.ts): the sheet is cut into blocks of rows (separated by three blank rows or
 *    more, which always end a table) and each block into bands of columns separated by blank
 *    columns, so that a table beside a project list, or two tables side by side, are read apart;
 * 2. in each window, rows are read top to bottom, classifying each row (title, field labels,
 *    indicator header, indicator row, other) within the window's columns, and cut into tables: a
 *    title, a repeated field or a second indicator header starts a new table; the indicator rows
 *    end at a blank row, a footer or anything that is not an indicator.
 */

/** Fields of which a table has one; meeting one again means a new table has begun. */
const SINGLETON: FieldId[] = ["code", "name", "department", "implementer", "total", "plan", "goals", "budgetGroup", "attribute", "period"];
/** Evidence that a block of rows really is a 绩效目标表. */
const KEY: FieldId[] = ["name", "code", "total", "budgetGroup", "plan", "goals"];

interface RowInfo {
  row: number;
  blank: boolean;
  title?: number; // column of the title cell
  fields: { id: FieldId; col: number; text: string }[];
  kinds: Map<HeaderKind, number>;
  header: boolean;
  /** The row's first text in the window. */
  lead?: string;
}

/** A field label found while reading the rows; parsing starts from these. */
export interface LabelHit {
  id: FieldId;
  row: number;
  col: number;
  text: string;
}

export interface TableSpan {
  top: number;
  bottom: number;
  /** The columns of the window the table was found in: nothing outside them is part of it. */
  window: Window;
  titleCol?: number;
  headerRow?: number;
  fields: Set<FieldId>;
  /** Every field label inside the span's rows. */
  hits: LabelHit[];
  /**
   * Indicator groups after the first, each under its own repeat of the header (湖北: 目标1, its
   * header and rows, then 目标2, its header and rows…): the repeated header's row and the group's
   * last row; the first group runs from headerRow to firstGroupBottom.
   */
  groups?: { headerRow: number; bottom: number }[];
  firstGroupBottom?: number;
}

/** An indicator header row: 一级/二级/三级 columns (at least two of them) and a value column. */
function isHeaderKinds(k: Map<HeaderKind, number>): boolean {
  if (k.size < 2) return false;
  const levels = (k.has("level1") ? 1 : 0) + (k.has("level2") ? 1 : 0) + (k.has("name") ? 1 : 0);
  return levels >= 2 && (k.has("value") || levels === 3);
}

const NO_FIELDS: RowInfo["fields"] = [];
const NO_KINDS = new Map<HeaderKind, number>();

/** One pass over a row's cells in the window: title, field labels and indicator-header columns (allocating only on hits). */
function classify(grid: SheetGrid, row: number, w: Window): RowInfo {
  const info: RowInfo = { row, blank: true, fields: NO_FIELDS, kinds: NO_KINDS, header: false, lead: undefined };
  for (let c = w.left, end = Math.min(grid.rowEnd(row), w.right + 1); c < end; c++) {
    const v = grid.value(row, c);
    if (v === null) continue;
    if (typeof v !== "string") {
      info.blank = false;
      continue;
    }
    if (isInvisible(v)) continue;
    if (info.blank) info.lead = v;
    info.blank = false;
    const k = kindsOf(v);
    if (k.title && info.title === undefined) info.title = c;
    if (k.field) {
      if (info.fields === NO_FIELDS) info.fields = [];
      info.fields.push({ id: k.field, col: c, text: v });
    }
    if (k.header) {
      if (info.kinds === NO_KINDS) info.kinds = new Map();
      if (!info.kinds.has(k.header)) info.kinds.set(k.header, c);
    }
  }
  info.header = isHeaderKinds(info.kinds);
  return info;
}

/** Does this row continue the indicator block whose header is `header`? */
function continuesIndicators(grid: SheetGrid, info: RowInfo, cols: number[], l1Col: number | undefined, l2Col: number | undefined): "yes" | "blank" | "no" {
  if (info.title !== undefined || info.header) return "no";
  // a goal's row between groups of indicators (目标2 | its text) is no indicator; a goal's name
  // in the label column left of the header (天津 部门: 目标1 on its group's first row) is
  if (info.fields.some((f) => SINGLETON.includes(f.id) || (f.id === "goalItem" && cols.includes(f.col)))) return "no";
  // a signature or note line, wherever it starts ("负责人： | 张三 | 经办人： …" under the block)
  if (info.lead !== undefined && isFooter(info.lead)) return "no";
  const nonBlank = cols.filter((c) => !grid.isBlank(info.row, c));
  if (nonBlank.length === 0) {
    // a row only covered by a 一级/二级 merge from above still belongs to the block (not by a
    // note merged across the columns from the left)
    if (l1Col !== undefined && mergedFromAbove(grid, info.row, l1Col)) return "yes";
    if (l2Col !== undefined && mergedFromAbove(grid, info.row, l2Col)) return "yes";
    return info.blank ? "blank" : "no";
  }
  const first = grid.text(info.row, nonBlank[0]);
  if (isFooter(first)) return "no";
  // text beside the indicator columns only (a note in column A, a signature line…)
  if (nonBlank.length === 1) {
    const c = nonBlank[0];
    const t = grid.text(info.row, c);
    if (c === l1Col && !canonLevel1(t) && !/指标/.test(t)) return "no";
    if (c === l2Col && !canonLevel2(t) && !/指标/.test(t) && t.length > 12) return "no";
  }
  return "yes";
}

/**
 * Every column under a header cell of the indicator header row (all blocks of it: a 实施期 block
 * beside the 年度 one repeats 二级 | 三级 | 指标值), following merges.
 */
function headerColumns(grid: SheetGrid, row: number, w: Window): number[] {
  const cols: number[] = [];
  for (let c = w.left, end = Math.min(grid.rowEnd(row), w.right + 1); c < end; c = grid.rightEdge(row, c) + 1) {
    if (grid.isBlank(row, c) || !kindsOf(grid.text(row, c)).header) continue;
    for (let x = c, right = grid.rightEdge(row, c); x <= right; x++) cols.push(x);
  }
  return cols;
}

/** Where an indicator header's level columns are, to know the same header met again. */
function levelsOf(k: Map<HeaderKind, number>): string {
  return `${k.get("level1")},${k.get("level2")},${k.get("name")}`;
}

function mergedFromAbove(grid: SheetGrid, row: number, col: number): boolean {
  const m = grid.mergeAt(row, col);
  return !!m && m.top < row;
}

function repeatsAbove(grid: SheetGrid, above: number, row: number, col: number): boolean {
  return above === row - 1 && normalizeLabel(grid.text(above, col)) === normalizeLabel(grid.text(row, col));
}

export function segmentSheet(grid: SheetGrid): TableSpan[] {
  const spans: TableSpan[] = [];
  for (const w of windows(grid)) spans.push(...segmentWindow(grid, w));
  // reading order: top to bottom, then left to right for tables side by side
  return spans.sort((a, b) => a.top - b.top || a.window.left - b.window.left);
}

function segmentWindow(grid: SheetGrid, w: Window): TableSpan[] {
  const spans: TableSpan[] = [];
  let cur: TableSpan | undefined;
  let blankRun = 0;
  let inIndicators = false;
  let seenIndicator = false;
  let indicatorCols: number[] = [];
  let l1Col: number | undefined;
  let l2Col: number | undefined;
  let prev: number | undefined;
  // the table whose indicators just ended, while the header may yet repeat for its next group
  let reopen: { span: TableSpan; levels: string } | undefined;
  let levels = "";

  const close = () => {
    if (cur) spans.push(cur);
    reopen = cur && inIndicators && seenIndicator ? { span: cur, levels } : undefined;
    cur = undefined;
    inIndicators = false;
    seenIndicator = false;
  };

  const infos = new Map<number, RowInfo>();
  const lastRow = new Map<FieldId, number>();
  for (let r = w.top; r <= w.bottom; r++) {
    const info = classify(grid, r, w);
    infos.set(r, info);

    if (cur && inIndicators) {
      const k = continuesIndicators(grid, info, indicatorCols, l1Col, l2Col);
      if (k === "yes") {
        cur.bottom = r;
        const g = cur.groups?.[cur.groups.length - 1];
        if (g) g.bottom = r;
        seenIndicator = true;
        blankRun = 0;
        continue;
      }
      if (k === "blank" && !seenIndicator && blankRun < 2) {
        blankRun++;
        continue; // the blank row the source document has after the header
      }
      close();
    }

    if (info.blank) {
      blankRun++;
      if (blankRun >= 2) reopen = undefined;
      // a table's upper part may hold one blank row (after the title, say), not more
      if (cur && blankRun >= 2 && cur.fields.size === 0 && cur.headerRow === undefined) cur = undefined;
      if (cur && blankRun >= 3) close();
      continue;
    }
    const wasBlank = blankRun;
    blankRun = 0;
    const prevRow = prev;
    prev = r;

    if (info.title !== undefined && info.fields.length === 0 && !info.header) {
      reopen = undefined;
      if (cur && (cur.fields.size > 0 || cur.headerRow !== undefined)) close();
      if (!cur) cur = { top: r, bottom: r, window: w, titleCol: info.title, fields: new Set(), hits: [] };
      continue;
    }

    // a group label repeated down its column (instead of a merge) continues the group
    const singles = info.fields.filter((f) => SINGLETON.includes(f.id) && !(prevRow !== undefined && repeatsAbove(grid, prevRow, r, f.col)));
    if (singles.length > 0) reopen = undefined;
    const prior = reopen;
    if (!cur && prior && info.header && singles.length === 0 && levelsOf(info.kinds) === prior.levels) {
      // the same header again under the same table, with only its next goal between: its next group
      const span = prior.span;
      spans.splice(spans.indexOf(span), 1);
      (span.groups ??= []).push({ headerRow: r, bottom: r });
      span.firstGroupBottom ??= span.bottom;
      span.bottom = r;
      cur = span;
      reopen = undefined;
      inIndicators = true;
      seenIndicator = false;
      indicatorCols = headerColumns(grid, r, w);
      continue;
    }
    if (singles.length > 0 || info.header) {
      // a field met again starts a new table, unless it is the same group in the row just above
      // (实施期目标 | 年度目标 over 总体目标, a budget label split over two rows): only a second
      // 项目名称 or 项目编码 always does
      // (项目名称 between the two: the first was the form's letterhead, 单位名称：… | 填报日期：…, above it)
      const again = (f: { id: FieldId }) =>
        cur!.fields.has(f.id) &&
        (f.id === "name" ||
          f.id === "code" ||
          ((lastRow.get(f.id) ?? -2) < r - 1 && !(cur!.fields.has("name") && (lastRow.get("name") ?? -1) > (lastRow.get(f.id) ?? r))));
      const repeats = cur && (singles.some(again) || (info.header && cur.headerRow !== undefined));
      if (repeats) close();
      if (cur && cur.fields.size === 0 && cur.headerRow === undefined && wasBlank >= 2) cur = undefined;
      if (!cur) cur = { top: r, bottom: r, window: w, fields: new Set(), hits: [] };
      for (const f of singles) {
        cur.fields.add(f.id);
        lastRow.set(f.id, r);
      }
      cur.bottom = r;
      if (info.header) {
        cur.headerRow = r;
        inIndicators = true;
        seenIndicator = false;
        const kinds = info.kinds;
        l1Col = kinds.get("level1");
        l2Col = kinds.get("level2");
        levels = levelsOf(kinds);
        indicatorCols = headerColumns(grid, r, w);
      }
      continue;
    }

    // any other non-blank row: part of the open table (values rows, goal rows, usage text)
    if (cur && (cur.fields.size > 0 || info.fields.length > 0)) cur.bottom = r;
    else if (cur && cur.fields.size === 0 && cur.headerRow === undefined && r - cur.top > 2) cur = undefined;
  }
  close();
  for (const span of spans) {
    for (let r = span.top; r <= span.bottom; r++) {
      for (const f of infos.get(r)?.fields ?? []) span.hits.push({ id: f.id, row: r, col: f.col, text: f.text });
    }
  }
  return spans.filter(isTable);
}

/**
 * Enough evidence for a 绩效目标表: an indicator header with a field or a title, or key fields on
 * at least two rows. Key labels all on one row with no header are a project list's column
 * headings (序号 | 项目名称 | 预算数 …), not a table.
 */
function isTable(s: TableSpan): boolean {
  const keyHits = s.hits.filter((h) => KEY.includes(h.id));
  const keys = new Set(keyHits.map((h) => h.id)).size;
  const keyRows = new Set(keyHits.map((h) => h.row)).size;
  if (s.headerRow !== undefined) return keys >= 1 || s.titleCol !== undefined;
  return keys >= 2 && keyRows >= 2;
}

export function findTables(grid: SheetGrid): Omit<TableModel, "index">[] {
  return joinKindParts(
    grid,
    segmentSheet(grid).map((span) => applyKind(grid, parseTable(grid, span))),
  );
}
