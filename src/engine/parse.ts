import { SheetGrid } from "./sheet";
import {
  Budget,
  BudgetPart,
  Field,
  Goal,
  Goals,
  IndicatorBlock,
  IndicatorColumn,
  IndicatorHeader,
  IndicatorRow,
  LabelledField,
  Plan,
  TableModel,
} from "./model";
import { FieldId, fieldOf, headerKindOf, isMilestoneLabel, partName, HeaderKind } from "./labels";
import { recogniseFramework } from "./frameworks";
import { readAmount, unitInLabel } from "./values/amount";
import { normalizeLabel } from "./normalize";
import { yearLineYear } from "./year";
import type { LabelHit, TableSpan } from "./detect";

/** Turns the rows of one detected table into the typed table model; every field keeps its cell. */

function field(grid: SheetGrid, row: number, col: number): Field {
  const a = grid.anchor(row, col);
  return { row: a.row, col: a.col, cell: grid.cell(a.row, a.col) };
}

function isLabelText(text: string): boolean {
  return !!fieldOf(text) || !!headerKindOf(text) || isMilestoneLabel(text);
}

/** The value of a label: the cell to its right, or the one below when the right one is a label. */
function valueOf(grid: SheetGrid, hit: LabelHit, right: number, bottom: number): LabelledField {
  const vc = grid.rightEdge(hit.row, hit.col) + 1;
  const base = { label: hit.text, labelRow: hit.row, labelCol: hit.col };
  const rightIsLabel = vc <= right && !grid.isBlank(hit.row, vc) && isLabelText(grid.text(hit.row, vc));
  if ((vc > right || rightIsLabel) && grid.bottomEdge(hit.row, hit.col) < bottom) {
    // a header row of labels ("资金总额（万元）| 财政拨款 | 其他资金") has its values in the row below
    const br = grid.bottomEdge(hit.row, hit.col) + 1;
    const below = grid.anchor(br, hit.col);
    if (grid.isBlank(below.row, below.col) || !isLabelText(grid.text(below.row, below.col))) return { ...field(grid, br, hit.col), ...base };
  }
  return { ...field(grid, hit.row, Math.min(vc, right)), ...base };
}

/** A blank row that still has a merged slot right of `col` up to `right` (a blank usage text merged B:G). */
function hasMergeRightOf(grid: SheetGrid, row: number, col: number, right: number): boolean {
  for (let c = col + 1, end = Math.min(grid.rowEnd(row), right + 1); c < end; c++) {
    const m = grid.mergeAt(row, c);
    if (m && m.top === row && m.left === c) return true;
  }
  return false;
}

/** Rows a group label (预算规模及资金用途, 资金支出计划, 绩效目标) stands for. */
function groupRows(grid: SheetGrid, row: number, col: number, right: number, bottom: number, stopRows: Set<number>): number[] {
  const m = grid.mergeAt(row, col);
  if (m && m.bottom > row) {
    const rows: number[] = [];
    for (let r = row; r <= Math.min(m.bottom, bottom); r++) rows.push(r);
    return rows;
  }
  const rows = [row];
  const own = normalizeLabel(grid.text(row, col));
  for (let r = row + 1; r <= bottom; r++) {
    const t = grid.text(r, col);
    const sameLabel = t !== "" && normalizeLabel(t) === own;
    if (!sameLabel && (stopRows.has(r) || !grid.isBlank(r, col))) break;
    if (grid.rowIsBlank(r, col, right) && !hasMergeRightOf(grid, r, col, right)) break;
    rows.push(r);
  }
  return rows;
}

function firstAnchorRight(grid: SheetGrid, row: number, col: number, right: number): number {
  return Math.min(grid.rightEdge(row, col) + 1, right);
}

/** 湖北's "项目资金来源 | 来源项目 | 金额" list: its 合计 row is the total. */
function sumRowIn(grid: SheetGrid, group: LabelHit, right: number, bottom: number): LabelHit | undefined {
  const last = Math.min(grid.bottomEdge(group.row, group.col), bottom);
  for (let r = group.row; r <= last; r++) {
    for (let c = grid.rightEdge(r, group.col) + 1; c <= right; c = grid.rightEdge(r, c) + 1) {
      const t = grid.text(r, c);
      if (/^(合计|总计)$/.test(normalizeLabel(t))) return { id: "total", row: r, col: c, text: t };
    }
  }
  return undefined;
}

function parseBudget(grid: SheetGrid, hits: LabelHit[], right: number, bottom: number, stopRows: Set<number>): Budget | undefined {
  const group = hits.find((h) => h.id === "budgetGroup");
  const totalHit = hits.find((h) => h.id === "total") ?? (group ? sumRowIn(grid, group, right, bottom) : undefined);
  // a part's label above the budget's own rows is some other field's value ("项目来源 | 本级安排")
  const budgetTop = Math.min(group?.row ?? Infinity, totalHit?.row ?? Infinity);
  const partHits = hits.filter((h) => h.id === "part" && h.row >= (isFinite(budgetTop) ? budgetTop : -1));
  const purposeHit = hits.find((h) => h.id === "purpose");
  if (!group && !totalHit && partHits.length === 0) return undefined;
  const budget: Budget = { parts: [] };
  if (group) budget.group = { row: group.row, col: group.col, text: group.text };
  if (totalHit) budget.total = valueOf(grid, totalHit, right, bottom);
  else if (group) {
    // "项目资金（万元） | 120 | 其中：转移支付资金 | …": the group label carries the total itself
    const v = valueOf(grid, group, right, bottom);
    if (v.row === group.row && readAmount(v.cell).kind === "amount") budget.total = v;
  }
  // 实施期资金总额 beside 年度资金总额: the parts under the 实施期 label are the 实施期's
  const periodHit = hits.find((h) => h.id === "periodTotal");
  const inPeriod = (h: LabelHit) => !!periodHit && h.col === periodHit.col && (!totalHit || totalHit.col !== periodHit.col);
  const readParts = (list: LabelHit[]) => nestParts(list.map((p): BudgetPart => ({ ...valueOf(grid, p, right, bottom), name: partName(p.text) })));
  budget.parts = readParts(partHits.filter((h) => !inPeriod(h)));
  if (periodHit) budget.period = { total: valueOf(grid, periodHit, right, bottom), parts: readParts(partHits.filter(inPeriod)) };
  const amountFields = [budget.total, ...budget.parts].filter((f): f is LabelledField => !!f);
  const unitHit = hits.find((h) => h.id === "unitRow");
  budget.unitFromLabel = (totalHit && unitInLabel(totalHit.text)) || (group && unitInLabel(group.text)) || (unitHit && unitInLabel(unitHit.text)) || undefined;
  if (purposeHit) {
    budget.purpose = valueOf(grid, purposeHit, right, bottom);
  } else if (group) {
    const amountRows = new Set<number>();
    for (const f of amountFields) amountRows.add(f.labelRow).add(f.row);
    const rows = groupRows(grid, group.row, group.col, right, bottom, stopRows).filter((r) => !amountRows.has(r));
    if (rows.length > 0) budget.purpose = field(grid, rows[0], firstAnchorRight(grid, rows[0], group.col, right));
  }
  return budget;
}

/** Parts that stand beside a part's own parts (so end a "其中：" list under that part). */
const SIBLING = /^(其他|上年结转|自筹|单位自筹|社会资金|单位资金|财政专户)/;

/**
 * "财政拨款 | 其中：上级补助 | 本级安排 | 其他资金": a "其中：" part right under another part (not
 * under the total) opens that part's own list, which runs until a part that stands beside it.
 */
function nestParts(parts: BudgetPart[]): BudgetPart[] {
  let parent: BudgetPart | undefined;
  parts.forEach((p, i) => {
    const prev = parts[i - 1];
    if (/^其中/.test(normalizeLabel(p.label)) && prev && !prev.within && prev.labelCol === p.labelCol && prev.labelRow < p.labelRow) parent = prev;
    else if (parent && (SIBLING.test(p.name) || p.labelCol !== parent.labelCol)) parent = undefined;
    if (parent) p.within = parent.name;
  });
  return parts;
}

function parsePlan(grid: SheetGrid, hit: LabelHit, right: number, bottom: number): Plan {
  const plan: Plan = {
    label: { row: hit.row, col: hit.col, text: hit.text },
    percentLabel: /%/.test(normalizeLabel(hit.text)),
    milestones: [],
  };
  const start = grid.rightEdge(hit.row, hit.col) + 1;
  const readRow = (labelRow: number, from: number): number => {
    let lastValueRow = -1;
    for (let c = from; c <= right; c = grid.rightEdge(labelRow, c) + 1) {
      const t = grid.text(labelRow, c);
      if (!isMilestoneLabel(t)) continue;
      if (/%/.test(normalizeLabel(t))) plan.percentLabel = true;
      const valueRow = grid.bottomEdge(labelRow, c) + 1;
      if (valueRow > bottom) continue;
      plan.milestones.push({ label: t.trim(), labelRow, labelCol: c, value: field(grid, valueRow, c) });
      lastValueRow = Math.max(lastValueRow, valueRow);
    }
    return lastValueRow;
  };
  for (const labelRow of [hit.row, hit.row + 1]) {
    let valueRow = readRow(labelRow, labelRow === hit.row ? start : hit.col);
    if (plan.milestones.length === 0) continue;
    // More milestones than fit on one row (monthly plans): further label/value row pairs, as long
    // as the plan's label is merged down over them.
    const groupBottom = grid.bottomEdge(hit.row, hit.col);
    while (valueRow > 0 && valueRow + 2 <= Math.min(groupBottom, bottom)) {
      valueRow = readRow(valueRow + 1, start);
    }
    break;
  }
  return plan;
}

const YEARS = /^\d{4}年?[-—–~～至到]+\d{4}年?(年度)?$/;

function parseGoals(grid: SheetGrid, hit: LabelHit, right: number, bottom: number, stopRows: Set<number>): Goals {
  const goals: Goal[] = [];
  // a heading over its text ("实施期目标 | 年度目标" above the texts): nothing of its own to its right
  const below = grid.bottomEdge(hit.row, hit.col) + 1;
  if (below <= bottom && headingOnly(grid, hit, right)) {
    return { label: { row: hit.row, col: hit.col, text: hit.text }, goals: [{ text: field(grid, below, hit.col) }] };
  }
  const rows = groupRows(grid, hit.row, hit.col, right, bottom, stopRows);
  const start = grid.rightEdge(hit.row, hit.col) + 1;
  let textRow = hit.row;
  for (const r of rows) {
    // the first cell of this row right of the group label holding something (a 目标N label or text)
    let found = -1;
    for (let c = start; c <= right; c = grid.rightEdge(r, c) + 1) {
      const a = grid.anchor(r, c);
      if (a.row === r && !grid.isBlank(r, a.col)) {
        found = a.col;
        break;
      }
    }
    if (found < 0) continue;
    const t = grid.text(r, found);
    // "2023-2025" beside 总体目标: the 实施期's years over its goal, not a goal
    if (YEARS.test(normalizeLabel(t))) {
      if (r === textRow && r < rows[rows.length - 1]) textRow = r + 1;
      continue;
    }
    if (fieldOf(t) === "goalItem") {
      const textCol = grid.rightEdge(r, found) + 1;
      goals.push({ label: t.trim(), labelRow: r, labelCol: found, text: field(grid, r, Math.min(textCol, right)) });
    } else {
      goals.push({ text: field(grid, r, found) });
    }
  }
  if (goals.length === 0) goals.push({ text: field(grid, textRow, Math.min(start, right)) });
  return { label: { row: hit.row, col: hit.col, text: hit.text }, goals };
}

/** 目标1 | text, 目标2 | text with no 绩效目标 label over them (湖北: each over its group of indicators). */
function unlabelledGoals(grid: SheetGrid, hits: LabelHit[], right: number): Goals | undefined {
  const items = hits.filter((h) => h.id === "goalItem");
  if (items.length === 0) return undefined;
  return {
    label: { row: items[0].row, col: items[0].col, text: items[0].text },
    goals: items.map((h) => ({
      label: h.text.trim(),
      labelRow: h.row,
      labelCol: h.col,
      text: field(grid, h.row, Math.min(grid.rightEdge(h.row, h.col) + 1, right)),
    })),
  };
}

const GOAL_COLUMN = /^(绩效)?目标(名称|内容)?$/;

/**
 * 湖北's 目标名称 column left of the 一级 one: each goal's text on the first row of its
 * indicators (merged down over them or not), in every group of the block.
 */
function goalColumn(grid: SheetGrid, header: IndicatorHeader, span: TableSpan, left: number): Goals | undefined {
  const headerRows = [header.row, ...(span.groups ?? []).map((g) => g.headerRow)];
  for (let c = left; c < (header.columns.level1 ?? header.col); c = grid.rightEdge(header.row, c) + 1) {
    const label = grid.text(header.row, c);
    if (!GOAL_COLUMN.test(normalizeLabel(label))) continue;
    const goals: Goal[] = [];
    for (let r = header.row + 1; r <= span.bottom; r++) {
      if (headerRows.includes(r) || grid.isBlank(r, c) || grid.isMergeContinuation(r, c)) continue;
      goals.push({ text: field(grid, r, c) });
    }
    return { label: { row: header.row, col: c, text: label }, goals };
  }
  return undefined;
}

const PERIOD_GOAL = /^(实施期|中期|长期|总体)/;

/**
 * 实施期 and 年度 goals side by side ("实施期目标 | 年度目标" over their texts, or "总体目标 |
 * 2023-2025 | 年度目标" over theirs): the goal beside the year's is the 实施期's, read by the label
 * that names it (实施期 before 总体) whose text is not itself a label.
 */
function parsePeriodGoals(grid: SheetGrid, hits: LabelHit[], year: LabelHit, right: number, bottom: number, stopRows: Set<number>): Goals | undefined {
  if (!/^年度/.test(normalizeLabel(year.text))) return undefined;
  const rank = (h: LabelHit) => (/^(实施期|中期|长期)/.test(normalizeLabel(h.text)) ? 0 : 1);
  const others = hits.filter((h) => h !== year && PERIOD_GOAL.test(normalizeLabel(h.text))).sort((a, b) => rank(a) - rank(b));
  for (const h of others) {
    // its text stops short of the year's label, when that is to its right
    const goals = parseGoals(grid, h, year.col > h.col ? year.col - 1 : right, bottom, stopRows);
    const texts = goals.goals.filter((g) => !isLabelText(g.text.cell.text));
    if (texts.length > 0) return { ...goals, goals: texts };
  }
  return undefined;
}

/** A label with nothing right of it in the table, or only another label: its value is below. */
function headingOnly(grid: SheetGrid, hit: LabelHit, right: number): boolean {
  const c = grid.rightEdge(hit.row, hit.col) + 1;
  if (c > right) return true;
  const t = grid.text(hit.row, c);
  return !grid.isBlank(hit.row, c) && isLabelText(t) && fieldOf(t) !== "goalItem";
}

/** The header's columns, and the 绩效标准 columns whose meaning the cells below must decide. */
interface ParsedHeader {
  header: IndicatorHeader;
  standards: number[];
}

/** Kinds a second header row may hold under a spanning 指标值 (符号 | 值 | 单位, 权重…). */
const SUB_KINDS = new Set<HeaderKind>(["sign", "value", "unit", "weight", "basis", "description"]);
/** A value column after the change (调整表: 指标值 | 调整后指标值): the table's value, wherever it stands. */
const ADJUSTED_VALUE = /^调整后/;
/** Level columns: meeting one again after a value column starts a second block (实施期 ‖ 年度). */
const LEVEL_KINDS = new Set<HeaderKind>(["level1", "level2", "name"]);

/**
 * The indicator header's blocks, left to right: usually one; two when 实施期 and 年度 targets
 * stand side by side (二级 | 三级 | 指标值 ‖ 二级 | 三级 | 指标值), the second sharing the first's
 * 一级 column when it has none. A second header row (指标值 over 符号 | 值 | 计量单位) is read into
 * the block whose columns it sits under.
 */
function parseHeader(grid: SheetGrid, row: number, left: number, right: number, bottom: number): ParsedHeader[] {
  const blocks: ParsedHeader[] = [];
  let cur: ParsedHeader | undefined;
  let sawValue = false;
  for (let c = left, end = Math.min(grid.rowEnd(row), right + 1); c < end; c = grid.rightEdge(row, c) + 1) {
    const t = grid.text(row, c);
    const k = headerKindOf(t);
    if (!k) continue;
    if (!cur || (sawValue && LEVEL_KINDS.has(k) && cur.header.columns[k as IndicatorColumn] !== undefined)) {
      cur = { header: { row, col: cur ? cur.header.col : c, columns: {}, headers: {} }, standards: [] };
      blocks.push(cur);
      sawValue = false;
    }
    if (k === "value") sawValue = true;
    if (k === "standard") {
      cur.standards.push(c);
      continue;
    }
    const col = k as IndicatorColumn;
    if (cur.header.columns[col] === undefined || (k === "value" && ADJUSTED_VALUE.test(normalizeLabel(t)))) {
      cur.header.columns[col] = c;
      cur.header.headers[col] = t;
    }
  }
  if (blocks.length === 0) return [{ header: { row, col: -1, columns: {}, headers: {} }, standards: [] }];
  readSubRow(grid, row, right, bottom, blocks);
  // a block without its own 一级 column reads the first block's
  const l1 = blocks[0].header.columns.level1;
  for (const b of blocks) {
    if (b.header.columns.level1 === undefined && l1 !== undefined) b.header.columns.level1 = l1;
  }
  return blocks;
}

function readSubRow(grid: SheetGrid, row: number, right: number, bottom: number, blocks: ParsedHeader[]): void {
  const sub = row + 1;
  if (sub > bottom) return;
  const found: [HeaderKind, number, string][] = [];
  for (let c = blocks[0].header.col, end = Math.min(grid.rowEnd(sub), right + 1); c < end; c = grid.rightEdge(sub, c) + 1) {
    if (grid.isBlank(sub, c) || grid.isMergeContinuation(sub, c)) continue;
    const t = grid.text(sub, c);
    const k = headerKindOf(t);
    if (!k || !SUB_KINDS.has(k)) return; // anything else: this is an indicator row, not a header
    found.push([k, c, t]);
  }
  if (!found.some(([k]) => k === "sign" || k === "unit" || k === "value")) return;
  for (const [k, c, t] of found) {
    // the block whose header starts at or before this column, the last such one
    const block = [...blocks].reverse().find((b) => Object.values(b.header.columns).some((x) => x !== undefined && x <= c)) ?? blocks[0];
    const col = k as IndicatorColumn;
    if (k === "value" || block.header.columns[col] === undefined) {
      block.header.columns[col] = c;
      block.header.headers[col] = t;
    }
  }
  for (const b of blocks) b.header.subRow = sub;
}

/** Which of two side-by-side blocks holds the year's targets: the one headed 年度…, else the right one. */
function yearBlock(headers: IndicatorHeader[]): number {
  const said = headers.findIndex((h) => Object.values(h.headers).some((t) => /^年度|当年/.test(normalizeLabel(t ?? ""))));
  const period = headers.findIndex((h) => Object.values(h.headers).some((t) => /实施期|中期|总体|长期/.test(normalizeLabel(t ?? ""))));
  if (said >= 0 && said !== period) return said;
  if (period >= 0) return period === 0 ? headers.length - 1 : 0;
  return headers.length - 1;
}

const BASIS_WORDS =
  /(计划|历史|行业|预算|其他|国家|地方|省|市)标准|工作计划|工作经验|工作要求|工作目标|^计划$|^历史$|规定|文件|制度|协议|办法|方案|通知|要求|经验|统计|测算/;

/** A 绩效标准 column is a description or a basis, whichever most of its cells look like. */
function resolveStandard(grid: SheetGrid, header: IndicatorHeader, col: number, rows: number[]): void {
  let basis = 0;
  let described = 0;
  for (const r of rows) {
    if (grid.isBlank(r, col)) continue;
    const t = grid.text(r, col);
    if (/^反映/.test(t.trim())) described++;
    else if (BASIS_WORDS.test(t)) basis++;
    else described++;
  }
  const kind: IndicatorColumn = basis > described ? "basis" : "description";
  const other: IndicatorColumn = kind === "basis" ? "description" : "basis";
  const target = header.columns[kind] === undefined ? kind : header.columns[other] === undefined ? other : undefined;
  if (target) {
    header.columns[target] = col;
    header.headers[target] = grid.text(header.row, col);
  }
}

function parseIndicators(grid: SheetGrid, header: IndicatorHeader, bottom: number): IndicatorRow[] {
  const cols = header.columns;
  const all = Object.values(cols).filter((c): c is number => c !== undefined);
  const rows: IndicatorRow[] = [];
  const l1c = cols.level1;
  const l2c = cols.level2;
  let level1 = "";
  let level1Cell = { row: header.row, col: l1c ?? header.col };
  let level2 = "";
  let level2Cell = { row: header.row, col: l2c ?? header.col };
  const nameCol = cols.name ?? (l2c !== undefined ? l2c + 1 : header.col + 2);
  const valueCol = cols.value ?? nameCol + 2;
  const at = (c: number | undefined, r: number) => (c !== undefined ? field(grid, r, c) : undefined);
  const start = Math.max(grid.bottomEdge(header.row, header.col), header.subRow ?? -1) + 1;
  for (let r = start; r <= bottom; r++) {
    if (l1c !== undefined) {
      const a = grid.anchor(r, l1c);
      if (!grid.isBlank(a.row, a.col)) {
        level1 = grid.text(a.row, a.col).trim();
        level1Cell = a;
      }
    }
    if (l2c !== undefined) {
      const a = grid.anchor(r, l2c);
      if (!grid.isBlank(a.row, a.col)) {
        level2 = grid.text(a.row, a.col).trim();
        level2Cell = a;
      } else if (a.row === r && !grid.isBlank(r, nameCol) && level1Cell.row === r) {
        level2 = "";
        level2Cell = a;
      }
    }
    // An indicator row has a non-blank cell of its own among the indicator columns.
    const own = all.some((c) => !grid.isBlank(r, c) && !grid.isMergeContinuation(r, c));
    if (!own) continue;
    if (grid.isMergeContinuation(r, nameCol) && grid.isMergeContinuation(r, valueCol)) continue;
    rows.push({
      row: r,
      level1,
      level1Cell,
      level2,
      level2Cell,
      name: field(grid, r, nameCol),
      description: cols.description !== undefined ? field(grid, r, cols.description) : undefined,
      value: field(grid, r, valueCol),
      basis: at(cols.basis, r),
      ...(cols.sign !== undefined ? { sign: at(cols.sign, r) } : {}),
      ...(cols.unit !== undefined ? { unit: at(cols.unit, r) } : {}),
      ...(cols.weight !== undefined ? { weight: at(cols.weight, r) } : {}),
    });
  }
  return rows;
}

/**
 * The indicator rows of every group: the first under the header, each further one under its own
 * repeat of the header (the same columns, so read with the first header's, from its own row).
 */
function groupedIndicators(grid: SheetGrid, header: IndicatorHeader, span: TableSpan): IndicatorRow[] {
  if (!span.groups) return parseIndicators(grid, header, span.bottom);
  const rows = parseIndicators(grid, header, span.firstGroupBottom ?? span.bottom);
  for (const g of span.groups) {
    const sub = header.subRow !== undefined ? { subRow: g.headerRow + (header.subRow - header.row) } : {};
    rows.push(...parseIndicators(grid, { ...header, row: g.headerRow, ...sub }, g.bottom));
  }
  return rows;
}

/** A year line just under the title ("（2023年度）"), before the first field label. */
function findYearLine(grid: SheetGrid, row: number, hits: LabelHit[], left: number, right: number): Field | undefined {
  if (hits.some((h) => h.row <= row)) return undefined;
  for (let c = left; c <= right; c = grid.rightEdge(row, c) + 1) {
    if (grid.isBlank(row, c)) continue;
    if (yearLineYear(grid.text(row, c)) !== undefined) return field(grid, row, c);
  }
  return undefined;
}

const VALUE_RIGHT: FieldId[] = ["total", "part", "name", "code", "department", "implementer"];

function tableRight(grid: SheetGrid, top: number, bottom: number, left: number, limit: number): number {
  // columns holding something (or covered by a merge) in the table's rows; the table runs right
  // from `left` while they are contiguous
  const occupied: boolean[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = left, end = Math.min(grid.rowEnd(r), limit + 1); c < end; c++) {
      if (!grid.isBlank(r, c)) {
        const e = grid.rightEdge(r, c);
        for (let x = c; x <= e; x++) occupied[x - left] = true;
      } else if (grid.mergeAt(r, c)) occupied[c - left] = true;
    }
  }
  let right = left;
  while (right < limit && occupied[right + 1 - left]) right++;
  return right;
}

export function parseTable(grid: SheetGrid, span: TableSpan): Omit<TableModel, "index"> {
  const hits = span.hits;
  let left = Infinity;
  for (const h of hits) left = Math.min(left, h.col);
  if (span.titleCol !== undefined) left = Math.min(left, span.titleCol);
  const win = span.window;
  if (span.headerRow !== undefined) {
    for (let c = win.left, end = Math.min(grid.rowEnd(span.headerRow), win.right + 1); c < end; c++)
      if (headerKindOf(grid.text(span.headerRow, c))) {
        left = Math.min(left, c);
        break;
      }
  }
  if (!isFinite(left)) left = win.left;
  const blockTop = span.titleCol !== undefined ? span.top + 1 : span.top;
  let right = Math.max(tableRight(grid, blockTop, span.bottom, left, win.right), span.titleCol !== undefined ? grid.rightEdge(span.top, span.titleCol) : left);
  // a label in the last column with nothing below it has its (blank) value just right of the table
  for (const h of hits) {
    if (!VALUE_RIGHT.includes(h.id) || grid.rightEdge(h.row, h.col) !== right) continue;
    const belowRow = grid.bottomEdge(h.row, h.col) + 1;
    // in a row of headings ("资金总额 | 财政拨款 | 其他资金") the values are below, even a blank one
    // (a label with its value right of it, "预算数 | 50", is no heading, whatever is below it)
    const valueRight = (o: LabelHit) => {
      const c = grid.rightEdge(o.row, o.col) + 1;
      return c < h.col && !grid.isBlank(o.row, c) && !isLabelText(grid.text(o.row, c));
    };
    const headingRow = hits.some(
      (o) =>
        o !== h &&
        o.row === h.row &&
        VALUE_RIGHT.includes(o.id) &&
        belowRow <= span.bottom &&
        !grid.isBlank(belowRow, o.col) &&
        !isLabelText(grid.text(belowRow, o.col)) &&
        !valueRight(o),
    );
    const below = grid.anchor(belowRow, h.col);
    if (!headingRow && right < win.right && (below.row > span.bottom || grid.isBlank(below.row, below.col) || isLabelText(grid.text(below.row, below.col))))
      right++;
    break;
  }
  const inBlock = hits.filter((h) => h.col >= left && h.col <= right);
  const stopRows = new Set(inBlock.filter((h) => h.id !== "goalItem" && h.id !== "part" && h.id !== "unitRow").map((h) => h.row));
  if (span.headerRow !== undefined) stopRows.add(span.headerRow);
  const pick = (id: FieldId) => inBlock.find((h) => h.id === id);
  const labelled = (id: FieldId) => {
    const h = pick(id);
    return h ? valueOf(grid, h, right, span.bottom) : undefined;
  };
  const notes: string[] = [];
  const budgetBottom = span.headerRow ?? span.bottom;

  let header: IndicatorHeader | undefined;
  let indicators: IndicatorRow[] = [];
  let period: IndicatorBlock | undefined;
  if (span.headerRow !== undefined) {
    const rows: number[] = [];
    for (let r = span.headerRow + 1; r <= span.bottom; r++) rows.push(r);
    const blocks = parseHeader(grid, span.headerRow, left, right, span.bottom).map((b) => {
      for (const c of b.standards) resolveStandard(grid, b.header, c, rows);
      return { header: b.header, indicators: groupedIndicators(grid, b.header, span) };
    });
    // side by side, the year's block is the one its header calls 年度, else the right one
    const yearIndex = blocks.length > 1 ? yearBlock(blocks.map((b) => b.header)) : 0;
    ({ header, indicators } = blocks[yearIndex]);
    const other = blocks.find((_, i) => i !== yearIndex);
    if (other) period = other;
  }

  const planHit = pick("plan");
  // 实施期 and 年度 goals side by side: the year's goal is the table's
  const goalHits = inBlock.filter((h) => h.id === "goals");
  const goalsHit = (goalHits.length > 1 && goalHits.find((h) => /^年度/.test(normalizeLabel(h.text)))) || goalHits[0];
  const periodGoals = goalsHit ? parsePeriodGoals(grid, goalHits, goalsHit, right, budgetBottom, stopRows) : undefined;
  const goals = goalsHit
    ? parseGoals(grid, goalsHit, right, budgetBottom, stopRows)
    : (unlabelledGoals(grid, inBlock, right) ?? (header ? goalColumn(grid, header, span, left) : undefined));
  const title = span.titleCol !== undefined ? field(grid, span.top, span.titleCol) : undefined;
  const yearLine = title ? findYearLine(grid, title.row + 1, hits, left, right) : undefined;
  const first = title ? { row: title.row, col: title.col } : { row: span.top, col: left };
  return {
    sheet: grid.name,
    kind: "project",
    range: { top: span.top, left, bottom: span.bottom, right },
    first,
    title,
    ...(yearLine ? { yearLine } : {}),
    code: labelled("code"),
    name: labelled("name"),
    department: labelled("department"),
    implementer: labelled("implementer"),
    budget: parseBudget(
      grid,
      inBlock.filter((h) => h.row <= budgetBottom),
      right,
      budgetBottom,
      stopRows,
    ),
    plan: planHit ? parsePlan(grid, planHit, right, span.bottom) : undefined,
    goals,
    ...(periodGoals ? { periodGoals } : {}),
    header,
    indicators,
    ...(period ? { period } : {}),
    detectedFramework: recogniseFramework(indicators.map((i) => i.level1)),
    notes,
  };
}

export type { HeaderKind };
