/**
 * Filling a blank template in place: the writes that put a project spec into the blank value cells
 * of a 绩效目标表 the detector found, keeping the template's layout and formats. Pure: a grid and
 * its parsed table in, cell writes and what stands in the way out. Nothing outside the table is
 * ever written, and a non-blank cell is never overwritten:
 *  - a target cell holding something different from what the spec wants is a conflict
 *    (the same thing, compared as the checker reads it, is fine);
 *  - spec content the template has no place for (more indicators than rows, a milestone or a
 *    budget part it lacks) is reported as "no room", never silently dropped;
 *  - optional header fields the template lacks (主管部门, 实施单位, 项目编码, 描述/依据 columns, the
 *    whole 资金支出计划 block of an 一体化 export) are listed as skipped;
 *  - what the template asks for and the spec leaves out (a milestone of its own, an indicator row
 *    it labels) is "unfilled": writing anyway would leave a table the checker flags;
 *  - a template that names another budget year than the spec is a "year" clash.
 * Placeholders ("XX人", "≥**%", "待定") count as blank: a half-filled template can be filled; the
 * write says what it replaces, so the host can tell a placeholder from a cell edited meanwhile.
 * Only the template's own indicator rows take indicators: a blank spacer row under the header, or a
 * blank row whose 一级 would stand beside a merged block of the same 一级, is no slot (writing
 * there makes a second 产出指标 label beside the merged one).
 */
import type { CellValue, SheetGrid } from "./sheet";
import type { Field, IndicatorRow, TableModel } from "./model";
import type { PlanCell } from "./sheet-plan";
import type { NormalSpec, ProjectSpec } from "./spec";
import { normalizeSpec } from "./spec";
import { toA1 } from "./address";
import { canonLevel1, canonLevel2, level1Label, level2Label } from "./frameworks";
import { partName } from "./labels";
import { squash, normalizeLabel } from "./normalize";
import { readAmount } from "./values/amount";
import { readPercent } from "./values/percent";
import { formatScalesPercent, isGeneralFormat } from "./values/number-format";
import { planPercentOptions } from "./plan-scale";
import { amountFormat, percentFormat, splitForExport } from "./layout";
import { foldComparisonSymbols } from "./values/comparison";
import { lineHeight, rowHeightFor, wrappedLines } from "./column-widths";
import type { MoneyUnit } from "./values/types";
import { isPlaceholder } from "./values/indicator-value";
import { yearIn, yearLineYear } from "./year";
import { formatValue } from "./values/display-text";

export interface FillConflict {
  /**
   * "differs": the cell holds something else; "no-room": the template has no cell for it;
   * "unfilled": the template has a place the spec leaves empty (a milestone, an indicator row);
   * "year": the template names another budget year. Only "differs" may be left as it is (fill the
   * other cells): the others would write a table that is not what was entered.
   */
  kind: "differs" | "no-room" | "unfilled" | "year";
  /** A1 address of the cell (for no-room: the table's first cell, or where the content would go). */
  cell: string;
  /** What the cell holds (as displayed); "" for no-room. */
  has: string;
  /** What the spec wants there. */
  wants: string;
  /** "differs" with a write: what the cell will display once written (its number format applied). */
  shows?: string;
  /** "differs": the formula the user wrote in the cell ("=B5*0.3"), when the host read formulas. */
  formula?: string;
  /** The spec field ("indicators[7]", "plan[2].percent"). */
  path: string;
  /**
   * no-room indicators only: the row (zero-based) of the template's indicator block below which a
   * new row would hold it, the last row of its 一级/二级 block (planRowInserts).
   */
  below?: number;
  /** With `below`: the block is its 二级's own (the new row belongs under that 二级 label, not only its 一级). */
  belowLevel2?: boolean;
}

export interface FillResult {
  sheet: string;
  writes: PlanCell[];
  conflicts: FillConflict[];
  /** Spec fields left out because the template has no such field (optional ones only). */
  skipped: { path: string; what: string }[];
  /** Indicator rows of the template left blank (no spec indicator for them). */
  unusedIndicatorRows: number[];
  /** What the template itself asks for (its year, milestones), read before filling. */
  template: TemplateFacts;
  /** The rows the fill treated as the table's (the parsed range plus the template's blank indicator rows below it). */
  range: { top: number; left: number; bottom: number; right: number };
}

export interface TemplateFacts {
  /** The budget year the template names (year line, else title), if any. */
  year?: number;
  /** The template's milestone labels, in order ("3月底", "6月底", "9月底", "12月底"). */
  milestones: string[];
}

/** A conflict the user may leave as it is (fill only the other cells); the rest refuse the fill. */
export function isBlocking(c: FillConflict): boolean {
  return c.kind !== "differs";
}

/** The template's year and milestones, for a wizard to take before filling. */
export function templateFacts(table: TableModel): TemplateFacts {
  const year = yearLineYear(table.yearLine?.cell.text) ?? yearIn(table.title?.cell.text);
  return { ...(year !== undefined ? { year } : {}), milestones: (table.plan?.milestones ?? []).map((m) => m.label.trim()) };
}

/** A value cell still holding a template placeholder, to be filled like a blank one. */
function placeholderText(text: string): boolean {
  return text.trim() !== "" && isPlaceholder(text);
}

const FISCAL = new Set(["财政资金", "财政拨款", "当年财政拨款", "本年财政拨款", "财政拨款资金", "一般公共预算"]);

/** Budget part names that mean the same source (财政资金 ≈ 财政拨款 ≈ 当年财政拨款). */
function partKey(label: string): string {
  const n = partName(label);
  if (FISCAL.has(n)) return "财政资金";
  if (n === "上年结转资金") return "上年结转";
  return n;
}

/** "3月底", "3月末", "3月" are one milestone. */
function milestoneKey(label: string): string {
  const n = normalizeLabel(label);
  const m = /^(?:截[至止])?(\d{1,2})月(?:份)?(?:底|末|前)?(?:累计)?$/.exec(n);
  return m ? `${Number(m[1])}月` : n;
}

function convert(amount: number, from: MoneyUnit, to: MoneyUnit): number {
  if (from === to) return amount;
  return Number((from === "万元" ? amount * 10000 : amount / 10000).toPrecision(12));
}

interface Slot {
  row: number;
  level1: string; // canonical 一级 or ""
  level2: string; // canonical 二级 or ""
  l1Cell?: { row: number; col: number };
  l2Cell?: { row: number; col: number };
  name: Field;
  description?: Field;
  value: Field;
  basis?: Field;
  /** Split 符号 | 值 | 计量单位 columns (一体化 exports): the row's sign and unit cells. */
  sign?: Field;
  unit?: Field;
  parsed?: IndicatorRow;
}

export interface FillOptions {
  /**
   * Updating a table in place (the wizard's 更新当前表): a "differs" cell also gets its write,
   * carrying what the cell showed (`was`), so the host writes it only if nobody changed it since.
   * The conflict stays listed: it is the change the user confirms, old → new.
   */
  overwrite?: boolean;
}

export function planFill(grid: SheetGrid, table: TableModel, input: ProjectSpec | NormalSpec, options: FillOptions = {}): FillResult {
  const spec = normalizeSpec(input);
  const facts = templateFacts(table);
  const writes: PlanCell[] = [];
  const conflicts: FillConflict[] = [];
  const skipped: FillResult["skipped"] = [];
  const first = toA1(table.first.row, table.first.col);
  const range = { ...table.range };

  const field = (row: number, col: number): Field => {
    const a = grid.anchor(row, col);
    return { row: a.row, col: a.col, cell: grid.cell(a.row, a.col) };
  };
  const empty = (f: Field) => grid.isBlank(f.row, f.col);
  const blank = (f: Field) => empty(f) || placeholderText(f.cell.text);
  /** The write of a value into a blank (or placeholder) cell: a placeholder's text goes with it. */
  const put = (f: Field, w: PlanCell): PlanCell => {
    const m = grid.mergeAt(f.row, f.col);
    const out: PlanCell = m && (m.right > m.left || m.bottom > m.top) ? { ...w, area: { ...m } } : w;
    return empty(f) ? out : { ...out, replaces: f.cell.text };
  };
  const noRoom = (path: string, wants: string, where = first) => conflicts.push({ kind: "no-room", cell: where, has: "", wants, path });
  const differs = (f: Field, wants: string, path: string, w?: PlanCell) => {
    // the =SUM the plan writes for a total replaces itself; any other formula is the user's
    const held = grid.formula(f.row, f.col);
    const formula = held && !(w?.formula !== undefined && sameFormula(held, `=${w.formula}`)) ? held : undefined;
    const conflict: FillConflict = { kind: "differs", cell: toA1(f.row, f.col), has: f.cell.text, wants, path };
    if (w) conflict.shows = shownIn(w, f.cell.numberFormat);
    if (formula) conflict.formula = formula;
    conflicts.push(conflict);
    if (options.overwrite && w) {
      const { replaces: _placeholder, ...planned } = put(f, w);
      writes.push({ ...planned, was: f.cell.text, ...(formula ? { overFormula: formula } : {}) });
    }
  };

  /** A text target: written when blank, compared (whitespace-insensitively) when not. */
  const text = (f: Field | undefined, wants: string | null, path: string, optional = false) => {
    if (wants === null || wants === "") return;
    if (!f) {
      if (optional) skipped.push({ path, what: wants });
      else noRoom(path, wants);
      return;
    }
    const w: PlanCell = { row: f.row, col: f.col, value: wants, asText: true, path };
    if (blank(f)) writes.push(put(f, w));
    else if (squash(f.cell.text) !== squash(wants)) differs(f, wants, path, w);
  };

  /**
   * 指标值 into split 符号 | 值 | 计量单位 cells, as the 一体化 systems print it: the sign (定性 for a
   * text or a deadline, whose text goes to the value cell), the number as a number, its unit. A part
   * whose column the template lacks stays with the number ("≥95" without a sign column's "≥"…).
   */
  const splitTarget = (s: Slot, value: string, path: string) => {
    if (value === "") return;
    const v = splitForExport(value);
    const qualitative = v.symbol === "定性";
    const lead = !s.sign && !qualitative && v.symbol !== "=" ? v.symbol : "";
    const tail = !s.unit ? v.unit : "";
    const number = lead === "" && tail === "" ? v.value : `${lead}${v.value}${tail}`;
    if (s.sign) {
      const sign = s.sign;
      const w: PlanCell = { row: sign.row, col: sign.col, value: v.symbol, asText: true, path };
      if (blank(sign)) writes.push(put(sign, w));
      else if (foldComparisonSymbols(squash(sign.cell.text)) !== foldComparisonSymbols(v.symbol)) differs(sign, v.symbol, path, w);
    }
    const f = s.value;
    if (typeof number === "number") {
      const w: PlanCell = { row: f.row, col: f.col, value: number, path };
      if (blank(f)) writes.push(put(f, w));
      else if (!(typeof f.cell.value === "number" ? f.cell.value === number : squash(f.cell.text) === String(number))) differs(f, String(number), path, w);
    } else text(f, number, path);
    if (s.unit && v.unit !== "") text(s.unit, v.unit, path);
  };

  // ---- year ----------------------------------------------------------------------------------
  if (facts.year !== undefined && facts.year !== spec.year) {
    const where = table.yearLine ?? table.title;
    conflicts.push({
      kind: "year",
      cell: where ? toA1(where.row, where.col) : first,
      has: where?.cell.text ?? String(facts.year),
      wants: String(spec.year),
      path: "year",
    });
  }

  // ---- project -------------------------------------------------------------------------------
  const codeField = table.code;
  if (spec.code !== null) {
    if (codeField && /^[-—–─_/／\s]+$/.test(codeField.cell.text)) {
      // "————" in a template's code cell means "none yet"; a code replaces it only if blank otherwise
      differs(codeField, spec.code, "code");
    } else text(codeField, spec.code, "code", true);
  }
  text(table.name, spec.name, "name");
  text(table.department, spec.department, "department", true);
  text(table.implementer, spec.implementer, "implementer", true);

  // ---- budget --------------------------------------------------------------------------------
  const budget = table.budget;
  const tUnit: MoneyUnit = budget?.unitFromLabel ?? spec.unit;
  const labelled = !!budget?.unitFromLabel;
  const amountTarget = (f: Field | undefined, amount: number | null, path: string, what: string, formula?: string): boolean => {
    if (amount === null) return false;
    if (!f) {
      noRoom(path, `${what} ${amount}${spec.unit}`);
      return false;
    }
    const v = convert(amount, spec.unit, tUnit);
    const general = isGeneralFormat(f.cell.numberFormat);
    const numberFormat = general ? (labelled ? amountFormat(v) : `${amountFormat(v)}"${tUnit}"`) : undefined;
    const w: PlanCell = { row: f.row, col: f.col, value: v, ...(numberFormat ? { numberFormat } : {}), ...(formula ? { formula } : {}), path };
    if (blank(f)) {
      writes.push(put(f, w));
      return true;
    }
    const r = readAmount(f.cell, budget?.unitFromLabel, tUnit);
    const wan = spec.unit === "万元" ? amount : amount / 10000;
    if (r.kind !== "amount" || Math.abs(r.wan - wan) > 1e-6) differs(f, `${v}${tUnit}`, path, w);
    return false;
  };
  const partFields = new Map<string, Field>();
  for (const p of budget?.parts ?? []) if (!partFields.has(partKey(p.label))) partFields.set(partKey(p.label), p);
  const specPartFields: Field[] = [];
  spec.budget.parts.forEach((p, i) => {
    const f = partFields.get(partKey(p.label));
    if (f) specPartFields.push(f);
    amountTarget(f, p.amount, `budget.parts[${i}].amount`, p.label);
  });
  const totalField = budget?.total;
  if (spec.budget.total !== null && totalField) {
    // 预算数 as the SUM of the template's part cells, when every other part cell is blank
    const allParts = budget?.parts ?? [];
    const others = allParts.filter((p) => !specPartFields.includes(p));
    const sum = spec.budget.parts.reduce((s, p) => s + Math.round((p.amount ?? 0) * 10000), 0) / 10000;
    const sums = allParts.length > 0 && others.every((p) => blank(p)) && Math.abs(sum - spec.budget.total) < 1e-9 && spec.budget.parts.length > 0;
    amountTarget(totalField, spec.budget.total, "budget.total", "预算数", sums ? `SUM(${allParts.map((p) => toA1(p.row, p.col)).join(",")})` : undefined);
  } else if (spec.budget.total !== null) noRoom("budget.total", `预算数 ${spec.budget.total}${spec.unit}`);
  text(budget?.purpose, spec.purpose, "purpose");

  // ---- plan ----------------------------------------------------------------------------------
  const plan = table.plan;
  const slots = new Map<string, Field>();
  for (const m of plan?.milestones ?? []) slots.set(milestoneKey(m.label), m.value);
  const percentOpts = plan ? planPercentOptions(plan) : { percentLabel: true };
  spec.plan.forEach((m, i) => {
    const path = `plan[${i}].percent`;
    const f = slots.get(milestoneKey(m.label));
    if (m.percent === null) return;
    // an 一体化 export without any 资金支出计划 block does not ask for one: the plan is left out, listed
    if (!plan) {
      skipped.push({ path: `plan[${i}]`, what: `${m.label} ${m.percent}%` });
      return;
    }
    if (!f) {
      noRoom(`plan[${i}]`, `${m.label} ${m.percent}%`);
      return;
    }
    const fmt = f.cell.numberFormat;
    const w: PlanCell =
      fmt === "@"
        ? { row: f.row, col: f.col, value: `${m.percent}%`, asText: true, path }
        : {
            row: f.row,
            col: f.col,
            value: Number((m.percent / 100).toPrecision(12)),
            ...(formatScalesPercent(fmt) ? {} : { numberFormat: percentFormat(m.percent) }),
            path,
          };
    if (blank(f)) writes.push(put(f, w));
    else {
      const r = readPercent(f.cell, percentOpts);
      if (r.kind !== "percent" || Math.abs(r.value - m.percent) > 1e-6) differs(f, `${m.percent}%`, path, w);
    }
  });

  const specMilestones = new Set(spec.plan.filter((m) => m.percent !== null).map((m) => milestoneKey(m.label)));
  for (const m of plan?.milestones ?? [])
    if (!specMilestones.has(milestoneKey(m.label)) && blank(m.value))
      conflicts.push({ kind: "unfilled", cell: toA1(m.value.row, m.value.col), has: "", wants: m.label.trim(), path: "plan" });

  // ---- goals ---------------------------------------------------------------------------------
  const goals = table.goals?.goals ?? [];
  if (goals.length === 1 && !goals[0].label && spec.goals.length > 1) {
    // one 年度绩效目标 text: the goals numbered, one per line
    text(goals[0].text, spec.goals.map((g, i) => `${i + 1}. ${g}`).join("\n"), "goals");
  } else {
    spec.goals.forEach((g, i) => {
      if (i < goals.length) text(goals[i].text, g, `goals[${i}]`);
      else noRoom(`goals[${i}]`, g);
    });
  }

  // ---- indicators ----------------------------------------------------------------------------
  const unused: number[] = [];
  if (table.header) {
    const allSlots = slotsOf(grid, table);
    for (const s of allSlots) range.bottom = Math.max(range.bottom, s.row);
    const used = new Set<Slot>();
    // fully blank rows between the header and the first labelled row (the source document's blank
    // row after the header) are spacers, not rows of the template: never written
    // (a template whose indicator rows are all blank has no spacer: every row is one to fill)
    const firstNamed = allSlots.find((s) => s.level1 !== "" || s.level2 !== "" || !blank(s.name))?.row ?? -1;
    const indicatorSlots = allSlots.filter((s) => s.row >= firstNamed);
    // a 一级 the template merges over its rows (产出指标 over four rows) takes no further row with its
    // own label elsewhere: that would be a second 产出指标 beside the merged block
    const l1Col = table.header.columns.level1;
    const merged1 = new Set<string>();
    if (l1Col !== undefined)
      for (const s of allSlots) {
        const m = grid.mergeAt(s.row, l1Col);
        const t = m && m.bottom > m.top ? grid.text(m.top, m.left) : "";
        if (t) merged1.add(canonLevel1(t) ?? squash(t));
      }
    spec.indicators.forEach((x, i) => {
      const l1 = canonLevel1(x.level1) ?? "";
      const l2 = canonLevel2(x.level2) ?? squash(x.level2);
      let best: Slot | undefined;
      let bestScore = 0;
      for (const s of indicatorSlots) {
        if (used.has(s)) continue;
        const named = !blank(s.name);
        let score = 0;
        // updating: an indicator moved to another 二级 is not at home in its old row (moving rows is the user's to do)
        const sameLevel2 = !options.overwrite || s.level2 === "" || s.level2 === l2;
        if (named) score = squash(s.name.cell.text) === squash(x.name) && (s.level1 === "" || s.level1 === l1) && sameLevel2 ? 5 : 0;
        else if (s.level1 === l1 && s.level2 === l2) score = 4;
        else if (s.level1 === l1 && s.level2 === "") score = 3;
        else if (s.level1 === "" && s.level2 === l2) score = 2;
        else if (s.level1 === "" && s.level2 === "") score = 1;
        if (score > 0 && s.level1 === "" && merged1.has(l1)) score = 0;
        if (score > bestScore) {
          best = s;
          bestScore = score;
        }
      }
      const path = `indicators[${i}]`;
      if (!best) {
        const last = indicatorSlots[indicatorSlots.length - 1];
        const where = last ? toA1(last.row + 1, table.header!.col) : toA1(table.header!.row + 1, table.header!.col);
        noRoom(path, `${x.level1}/${x.level2}/${x.name || "…"}`, where);
        const home = [...indicatorSlots].reverse();
        const own = home.find((s) => s.level1 === l1 && s.level2 === l2);
        const block = own ?? home.find((s) => s.level1 === l1) ?? last;
        if (block) Object.assign(conflicts[conflicts.length - 1], { below: blockBottom(grid, block), ...(own ? { belowLevel2: true } : {}) });
        return;
      }
      used.add(best);
      const s = best;
      if (s.level1 === "" && s.l1Cell && !grid.isMergeContinuation(s.l1Cell.row, s.l1Cell.col))
        text(field(s.l1Cell.row, s.l1Cell.col), x.level1, `${path}.level1`);
      if (s.level2 === "" && s.l2Cell && !grid.isMergeContinuation(s.l2Cell.row, s.l2Cell.col))
        text(field(s.l2Cell.row, s.l2Cell.col), x.level2, `${path}.level2`);
      text(s.name, x.name, `${path}.name`);
      text(s.description, x.description ?? null, `${path}.description`, true);
      if (s.sign || s.unit) splitTarget(s, x.value, `${path}.value`);
      else text(s.value, x.value, `${path}.value`);
      text(s.basis, x.basis ?? null, `${path}.basis`, true);
    });
    for (const s of allSlots) if (!used.has(s)) unused.push(s.row);
    // a labelled row left without an indicator is an empty indicator row to the checker; when
    // updating, an indicator the form dropped is one too (deleting its row is the user's to do)
    for (const s of indicatorSlots) {
      const named = !blank(s.name);
      if (used.has(s) || (named && !options.overwrite) || (s.level1 === "" && s.level2 === "" && !s.parsed)) continue;
      const labels = [s.level1 && levelLabels(s.level1, "").level1, s.level2 && levelLabels("", s.level2).level2, named ? s.name.cell.text.trim() : ""];
      const what = labels.filter(Boolean).join("／");
      conflicts.push({ kind: "unfilled", cell: toA1(s.name.row, s.name.col), has: "", wants: what || `${s.row + 1}`, path: "indicators" });
    }
  } else if (spec.indicators.length > 0) {
    noRoom("indicators", `${spec.indicators.length}`);
  }

  // never outside the table
  const inside = writes.filter((w) => w.row >= range.top && w.row <= range.bottom && w.col >= range.left && w.col <= range.right);
  return { sheet: grid.name, writes: inside, conflicts, skipped, unusedIndicatorRows: unused, template: facts, range };
}

/** The last row of a slot's 二级 (or, without one, its own merged) cells: a new row goes below it. */
function blockBottom(grid: SheetGrid, s: Slot): number {
  const cells = [s.l2Cell, s.name, s.value].filter((c): c is { row: number; col: number } => !!c);
  return Math.max(s.row, ...cells.map((c) => grid.bottomEdge(c.row, c.col)));
}

/** The template's indicator rows: parsed ones, blank rows inside the table, blank bordered rows below it. */
function slotsOf(grid: SheetGrid, table: TableModel): Slot[] {
  const h = table.header!;
  const cols = h.columns;
  const nameCol = cols.name ?? (cols.level2 !== undefined ? cols.level2 + 1 : h.col + 2);
  const valueCol = cols.value ?? nameCol + 2;
  const parsed = new Map(table.indicators.map((i) => [i.row, i]));
  const indicatorCols = Object.values(cols).filter((c): c is number => c !== undefined);
  const field = (row: number, col: number): Field => {
    const a = grid.anchor(row, col);
    return { row: a.row, col: a.col, cell: grid.cell(a.row, a.col) };
  };
  const levelAt = (row: number, col: number | undefined, canon: (s: string) => string | undefined): string => {
    if (col === undefined) return "";
    const a = grid.anchor(row, col);
    const t = grid.isBlank(a.row, a.col) ? "" : grid.text(a.row, a.col);
    return t ? (canon(t) ?? squash(t)) : "";
  };
  const headerRight = Math.max(...indicatorCols.map((c) => grid.rightEdge(h.row, c)));
  /** A blank row below the table that still looks like one of its rows (a merge like the header's, or a 一级 merge over it). */
  const looksLikeRow = (row: number): boolean => {
    if (!grid.rowIsBlank(row, table.range.left, headerRight)) return false;
    if (cols.level1 !== undefined && grid.isMergeContinuation(row, cols.level1)) return true;
    for (const c of indicatorCols) {
      const m = grid.mergeAt(row, c);
      if (m && m.top === row && m.right > m.left && m.bottom === row) return true;
    }
    return false;
  };
  const slots: Slot[] = [];
  // a two-row header (指标值 over 符号 | 值 | 单位) ends at its second row
  const start = Math.max(grid.bottomEdge(h.row, h.col), h.subRow ?? -1) + 1;
  let end = table.range.bottom;
  while (looksLikeRow(end + 1)) end++;
  for (let r = start; r <= end; r++) {
    const p = parsed.get(r);
    const own = indicatorCols.some((c) => !grid.isBlank(r, c) && !grid.isMergeContinuation(r, c));
    if (!p && own) continue; // a row with something, not an indicator row (cannot happen inside the parsed range)
    if (grid.isMergeContinuation(r, nameCol) && grid.isMergeContinuation(r, valueCol)) continue;
    slots.push({
      row: r,
      level1: p ? (canonLevel1(p.level1) ?? squash(p.level1)) : levelAt(r, cols.level1, canonLevel1),
      level2: p ? (p.level2 ? (canonLevel2(p.level2) ?? squash(p.level2)) : "") : levelAt(r, cols.level2, canonLevel2),
      l1Cell: cols.level1 !== undefined ? grid.anchor(r, cols.level1) : undefined,
      l2Cell: cols.level2 !== undefined ? grid.anchor(r, cols.level2) : undefined,
      name: field(r, nameCol),
      description: cols.description !== undefined ? field(r, cols.description) : undefined,
      value: field(r, valueCol),
      basis: cols.basis !== undefined ? field(r, cols.basis) : undefined,
      sign: cols.sign !== undefined ? field(r, cols.sign) : undefined,
      unit: cols.unit !== undefined ? field(r, cols.unit) : undefined,
      parsed: p,
    });
  }
  // the parser carries a 二级 down to the rows below it; a slot whose own 二级 cell is blank (and not
  // covered by a merge from above) has none of its own
  for (const s of slots) {
    if (s.parsed && cols.level2 !== undefined) {
      const a = grid.anchor(s.row, cols.level2);
      if (grid.isBlank(a.row, a.col)) s.level2 = "";
    }
  }
  return slots;
}

/**
 * Row heights a fill needs so that its text shows in full: the template's rows keep their fixed
 * heights in Excel (a merged cell never grows by itself), so a long 资金用途 or goal written into a
 * 21-point row would be cut off. `widths` are the columns' widths in characters, `heights` the rows'
 * current heights in points (both as the host reads them); a row only ever grows. A text merged over
 * several rows shares them; the extra height goes to its last row.
 */
export function fillRowHeights(
  writes: PlanCell[],
  widths: (col: number) => number,
  heights: (row: number) => number,
  fontSize = 11,
): { row: number; height: number }[] {
  const need = new Map<number, number>();
  for (const w of writes) {
    if (typeof w.value !== "string" || w.value === "") continue;
    const a = w.area ?? { top: w.row, left: w.col, bottom: w.row, right: w.col };
    let width = 0;
    for (let c = a.left; c <= a.right; c++) width += widths(c);
    let have = 0;
    for (let r = a.top; r <= a.bottom; r++) have += need.get(r) ?? heights(r);
    const lines = wrappedLines(w.value, width);
    const fit = Math.max(1, Math.floor((have - 4) / lineHeight(fontSize)));
    if (lines <= fit) continue;
    const want = rowHeightFor(lines, fontSize);
    need.set(a.bottom, Math.ceil(((need.get(a.bottom) ?? heights(a.bottom)) + want - have) * 4) / 4);
  }
  return [...need.entries()].sort((x, y) => x[0] - y[0]).map(([row, height]) => ({ row, height }));
}

/** Level labels as the layout writes them, for callers that show what a write will say. */
export function levelLabels(l1: string, l2: string): { level1: string; level2: string } {
  const c1 = canonLevel1(l1);
  const c2 = canonLevel2(l2);
  return { level1: c1 ? level1Label(c1) : l1, level2: c2 ? level2Label(c2) : l2 };
}

/** What a cell formatted `cellFormat` displays once `w` is written (the write's own format wins). */
export function shownIn(w: PlanCell, cellFormat: string): string {
  if (typeof w.value !== "number") return w.value === null ? "" : String(w.value);
  return formatValue(w.value, w.numberFormat ?? cellFormat);
}

/** Two formulas the same but for case and spaces ("=sum(E5, G5)" is "=SUM(E5,G5)"). */
export function sameFormula(a: string | undefined, b: string | undefined): boolean {
  const norm = (f: string | undefined) => (f ?? "").replace(/\s+/g, "").toUpperCase();
  return a !== undefined && b !== undefined && norm(a) === norm(b);
}

/** The value a write puts in its cell, shown as text (for messages and previews). */
export function shownWrite(w: PlanCell): string {
  const v: CellValue = w.value;
  if (v === null) return "";
  if (typeof v === "number" && w.numberFormat && /%$/.test(w.numberFormat)) return `${Number((v * 100).toPrecision(12))}%`;
  return String(v);
}
