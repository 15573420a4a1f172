/**
 * Writing through Office.js what the engine planned: a new sheet from a SheetPlan (the wizard's
 * 新建工作表 and batch generation), and the writes of planFill into an existing sheet's blank cells
 * (填写空白模板). Nothing is decided here: every value, merge, width, format and dropdown comes
 * from the plan; this module only mirrors src/file/write-plan.ts (the exceljs writer) in Office.js.
 *
 * writePlans — two syncs for a workbook's worth of new sheets:
 *   sync 1  the existing sheet names and positions (and, from ExcelApi 1.7, whether the workbook's structure is
 *           protected: then no sheet can be added and nothing is written).
 *   sync 2  screen updating suspended (1.9); each sheet added under a free name (safeSheetName
 *           against the names just read), moved right after its plan's `after` sheet when there is
 *           one (Worksheet.position; Excel adds at the end), with everything queued in this order:
 *             number formats (text cells "@" BEFORE their values, so "≥20人", "12月31日前", "=100%"
 *             stay text), values, formulas ("=" + formula, after the values they add up), merges,
 *             styles grouped by style (one RangeAreas per style: font, alignment, wrap, borders),
 *             column widths, row heights; then the first new sheet is activated; then the parts
 *             some Excel builds lack, for all sheets: indent (1.9), the 二级 dropdowns (1.8; a
 *             literal comma-separated source), their input/error messages, print setup (1.9).
 *           The optional parts come last, so a host that refuses one of them at sync (Excel does
 *           not roll back) has already applied everything that makes the table; they are reported
 *           in `skipped`. A host that refuses them when they are queued (an API it does not have)
 *           skips them the same way.
 *   More sheets than fit one request (Excel on the web takes 5 MB) go in further syncs of about
 *   1.5 MB each; a request the host still refuses as too large is halved and sent again.
 *   When a sync fails otherwise, the sheets it added are deleted again (one more sync) and the
 *   error is thrown: a half-written sheet is never left behind.
 *
 * fillCells — two syncs:
 *   sync 1  the sheet's protection and the current values/formulas/number formats of the cells the
 *           writes target (one block: their bounding rectangle).
 *   sync 2  the writes, only if the sheet is not protected and every target cell is still blank.
 *           A protected sheet, a missing sheet, or a target cell that became non-blank since the
 *           fill was planned refuses the whole fill: nothing is written, and the result says why.
 *   A placeholder the fill replaces ("XX人") counts as blank when the cell still holds exactly it.
 *   Rows the written text would overflow grow (the template's heights are fixed; merged cells never
 *   grow by themselves), and those texts wrap: sync 1 also reads the widths and heights.
 *   Text goes in as text without touching the template's formats: a leading apostrophe (Excel's
 *   "this is text" prefix, not part of the value) unless the cell is already formatted "@".
 *
 * updateCells (更新当前表) — the same two syncs; a write that replaces a value carries what the cell
 *   showed when planned (`was`), and sync 2 happens only if every such cell still shows exactly that
 *   text (block.text, as the reader read it) and every other target is still blank. A user's formula
 *   is replaced only by a write that names it (`overFormula`, the user chose so); a formula found
 *   where the plan saw none, or another one, refuses the update as a changed cell does.
 *
 * Every write runs inside the WriteGuard, so the change watcher ignores it on Excel below 1.14
 * (from 1.14 Excel marks the events with triggerSource "ThisLocalAddin").
 */

import type { Rect } from "../engine/address";
import { rangeA1, toA1 } from "../engine/address";
import type { PlanCell, PlanStyle, PlanValidation, SheetPlan } from "../engine/sheet-plan";
import { safeSheetName } from "../engine/sheet-names";
import { fillRowHeights, sameFormula } from "../engine/fill";
import type { CellValue } from "../engine/sheet";
import { errorCode, errorLocation, isPayloadLimitError, runExcel } from "./excel-run";
import { FEATURE_API, supports } from "./office-host";
import type { WriteGuard } from "./write-guard";
import { asText } from "./write-report";
import type { FillCellsResult, InsertRowsResult, PlanFeature, WritePlanResult } from "./port";
import type { RowInsert } from "../engine/fill-rows";
import { printAreaAfterInsert, printAreaParts } from "../engine/print-area";

export interface PlanWriteOptions {
  guard: WriteGuard;
  /** Request budget per sync, in bytes of the plan's JSON (default 1.5 MB; Excel on the web takes 5 MB). */
  maxRequestBytes?: number;
}

/** Thrown when the workbook's structure is protected: no sheet can be added. */
export class WorkbookProtectedError extends Error {
  readonly code = "WorkbookProtected";
  constructor() {
    super("工作簿结构受保护，无法添加工作表。/ The workbook's structure is protected; no sheet can be added.");
    this.name = "WorkbookProtectedError";
  }
}

const DEFAULT_REQUEST_BYTES = 1_500_000;
/** getRanges addresses are cut at 8192 characters (DOCS troubleshooting); stay far below. */
const MAX_ADDRESS_CHARS = 2000;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const H_ALIGN: Record<PlanStyle["horizontal"], string> = { left: "Left", center: "Center", right: "Right" };
const V_ALIGN: Record<PlanStyle["vertical"], string> = { top: "Top", middle: "Center", bottom: "Bottom" };
const POINTS_PER_INCH = 72;

/**
 * Column width in Excel's character units → points, as Excel converts for the default font
 * (Calibri 11: 7 px per character plus 5 px of padding, 0.75 pt per px). 8.43 characters → 48 pt.
 */
/** The inverse of charsToPoints: a width Excel reports in points, in characters. */
export function pointsToChars(points: number): number {
  return Math.max(0, (points / 0.75 - 5) / 7);
}

export function charsToPoints(width: number): number {
  const px = Math.trunc(width * 7 + 5);
  return Math.round(px * 0.75 * 100) / 100;
}

/** Cells → rectangles: runs of adjacent columns per row, joined down while they line up. */
export function cellsToRects(cells: { row: number; col: number }[]): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row) ?? [];
    cols.push(c.col);
    byRow.set(c.row, cols);
  }
  const open = new Map<string, Rect>(); // "left:right" → the rectangle still growing down
  const out: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row)!)].sort((a, b) => a - b);
    const runs: { left: number; right: number }[] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last.right === c - 1) last.right = c;
      else runs.push({ left: c, right: c });
    }
    const next = new Map<string, Rect>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}`;
      const r = open.get(key);
      if (r && r.bottom === row - 1) {
        r.bottom = row;
        next.set(key, r);
      } else {
        const fresh = { top: row, left: run.left, bottom: row, right: run.right };
        out.push(fresh);
        next.set(key, fresh);
      }
    }
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  return out;
}

/** The rectangle holding every cell of a list. */
function boundsOf(cells: { row: number; col: number }[]): Rect {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top, left, bottom, right };
}

function grid<T>(r: Rect, fill: T): T[][] {
  return Array.from({ length: r.bottom - r.top + 1 }, () => new Array<T>(r.right - r.left + 1).fill(fill));
}

/** Skipped features, recorded when the host refuses a call as it is made (an API it lacks). */
/** Queues a part some Excel builds lack; a part the host refuses when queued is skipped and said. */
export class Optional {
  readonly skipped = new Set<PlanFeature>();
  run(feature: PlanFeature, queue: () => void): void {
    if (this.skipped.has(feature)) return;
    try {
      queue();
    } catch {
      this.skipped.add(feature);
    }
  }
}

/** Something that has a RangeFormat: one Range, or RangeAreas of several rectangles. */
type Formattable = { format: Excel.RangeFormat };

/** Ranges covering `rects`: one RangeAreas per ≤2000 characters of addresses (1.9), else one Range per rectangle. */
function rangesOf(ws: Excel.Worksheet, rects: Rect[], areas: boolean): Formattable[] {
  if (!areas) return rects.map((r) => ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1));
  const out: Formattable[] = [];
  let chunk: string[] = [];
  let length = 0;
  const flush = () => {
    if (chunk.length > 0) out.push(ws.getRanges(chunk.join(",")));
    chunk = [];
    length = 0;
  };
  for (const r of rects) {
    const a = rangeA1(r);
    if (length + a.length + 1 > MAX_ADDRESS_CHARS) flush();
    chunk.push(a);
    length += a.length + 1;
  }
  flush();
  return out;
}

function applyStyle(f: Excel.RangeFormat, s: PlanStyle): void {
  f.font.name = s.font.name;
  f.font.size = s.font.size;
  f.font.bold = !!s.font.bold;
  f.horizontalAlignment = H_ALIGN[s.horizontal] as Excel.HorizontalAlignment;
  f.verticalAlignment = V_ALIGN[s.vertical] as Excel.VerticalAlignment;
  f.wrapText = s.wrap;
}

function thinBorders(f: Excel.RangeFormat, edges: readonly string[]): void {
  for (const e of edges) {
    const b = f.borders.getItem(e as Excel.BorderIndex);
    b.style = "Continuous";
    b.weight = "Thin";
    b.color = "#000000";
  }
}

/** A plan cell's value as written: text that typing would not keep as text gets Excel's ' prefix. */
function writtenValue(c: PlanCell): CellValue {
  if (typeof c.value === "string") return c.asText ? asText(c.value) : c.value;
  return c.value;
}

/** Queue the table itself: formats, values, formulas, merges, styles, widths, heights. */
function queueCore(ws: Excel.Worksheet, plan: SheetPlan, areas: boolean): void {
  const cells = plan.cells;
  if (cells.length > 0) {
    const box = boundsOf(cells);
    const formats = grid<string | null>(box, null);
    const values = grid<CellValue>(box, null);
    let anyFormat = false;
    let anyValue = false;
    const formulas: PlanCell[] = [];
    for (const c of cells) {
      const i = c.row - box.top;
      const j = c.col - box.left;
      const format = c.asText && typeof c.value === "string" ? "@" : (c.numberFormat ?? null);
      if (format !== null) {
        formats[i][j] = format;
        anyFormat = true;
      }
      if (c.formula) formulas.push(c);
      else if (c.value !== null) {
        values[i][j] = writtenValue(c);
        anyValue = true;
      }
    }
    const block = ws.getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);
    if (anyFormat) block.numberFormat = formats as unknown as string[][];
    if (anyValue) block.values = values as unknown as string[][];
    for (const c of formulas) ws.getRangeByIndexes(c.row, c.col, 1, 1).formulas = [[`=${c.formula}`]];
  }
  for (const m of plan.merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);

  // styles, grouped: one set of format writes per style, over all of its cells at once
  for (const [name, style] of Object.entries(plan.styles)) {
    const rects = cellsToRects(cells.filter((c) => c.style === name));
    if (rects.length === 0) continue;
    for (const r of rangesOf(ws, rects, areas)) applyStyle(r.format, style);
    if (style.border === "thin") {
      for (const r of rangesOf(ws, rects, areas)) thinBorders(r.format, EDGES);
      const tall = rects.filter((r) => r.bottom > r.top);
      const wide = rects.filter((r) => r.right > r.left);
      if (tall.length > 0) for (const r of rangesOf(ws, tall, areas)) thinBorders(r.format, ["InsideHorizontal"]);
      if (wide.length > 0) for (const r of rangesOf(ws, wide, areas)) thinBorders(r.format, ["InsideVertical"]);
    }
  }
  for (const c of plan.columns) ws.getRangeByIndexes(0, c.col, 1, 1).format.columnWidth = charsToPoints(c.width);
  for (const r of plan.rows) ws.getRangeByIndexes(r.row, 0, 1, 1).format.rowHeight = r.height;
}

/**
 * Queue list dropdowns (ExcelApi 1.8) and their messages. `replace`: clear a validation the cells
 * already have first (adding to an existing sheet); a new sheet has none.
 */
export function queueDropdowns(ws: Excel.Worksheet, validations: PlanValidation[], opt: Optional, replace = false): void {
  for (const v of validations) {
    for (const r of v.ranges) {
      const range = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
      let dv: Excel.DataValidation | undefined;
      opt.run("dropdown", () => {
        // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation to a child object (a write follows), no loaded value is read
        dv = range.dataValidation;
        if (replace) dv.clear();
        dv.rule = { list: { inCellDropDown: true, source: v.source } };
        dv.ignoreBlanks = v.allowBlank;
      });
      if (!dv) continue;
      const d = dv;
      opt.run("dropdownMessages", () => {
        d.errorAlert = {
          showAlert: true,
          style: v.errorStyle === "stop" ? "Stop" : v.errorStyle === "warning" ? "Warning" : "Information",
          title: v.errorTitle ?? "",
          message: v.error ?? "",
        } as Excel.DataValidationErrorAlert;
        if (v.prompt) d.prompt = { showPrompt: true, title: v.promptTitle ?? "", message: v.prompt };
      });
    }
  }
}

/** Queue what some Excel builds lack: indent, dropdowns and their messages, print setup. */
function queueOptional(ws: Excel.Worksheet, plan: SheetPlan, areas: boolean, opt: Optional): void {
  if (supports("1.9")) {
    for (const [name, style] of Object.entries(plan.styles)) {
      if (!style.indent) continue;
      const rects = cellsToRects(plan.cells.filter((c) => c.style === name));
      if (rects.length > 0) opt.run("indent", () => rangesOf(ws, rects, areas).forEach((r) => (r.format.indentLevel = style.indent!)));
    }
  } else opt.skipped.add("indent");

  if (supports("1.8")) queueDropdowns(ws, plan.validations, opt);
  else if (plan.validations.length > 0) opt.skipped.add("dropdown");

  if (supports("1.9")) {
    const p = plan.print;
    opt.run("print", () => {
      const layout = ws.pageLayout;
      layout.setPrintArea(rangeA1(p.printArea));
      if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.top + 1}:$${p.titleRows.bottom + 1}`);
      layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      layout.centerHorizontally = p.horizontalCentered;
      layout.leftMargin = p.margins.left * POINTS_PER_INCH;
      layout.rightMargin = p.margins.right * POINTS_PER_INCH;
      layout.topMargin = p.margins.top * POINTS_PER_INCH;
      layout.bottomMargin = p.margins.bottom * POINTS_PER_INCH;
      layout.headerMargin = p.margins.header * POINTS_PER_INCH;
      layout.footerMargin = p.margins.footer * POINTS_PER_INCH;
      // fitToHeight 0 = as many pages tall as needed (the OOXML meaning); last, being the least certain
      layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
    });
  } else opt.skipped.add("print");

  // Notes on generated default indicators (1.18); below it the checker's info finding still says so.
  const noted = plan.cells.filter((c) => c.note);
  if (noted.length > 0) {
    if (supports(FEATURE_API.notes)) opt.run("notes", () => noted.forEach((c) => ws.notes.add(toA1(c.row, c.col), c.note!)));
    else opt.skipped.add("notes");
  }
}

/** A sync failure inside the optional tail (everything before it is applied: Excel does not roll back). */
function isOptionalFailure(e: unknown): boolean {
  return /DataValidation|PageLayout|indentLevel|Note/i.test(errorLocation(e));
}

/** Rough request size of a plan: its JSON (what the queued actions carry, give or take). */
function planBytes(plan: SheetPlan): number {
  return JSON.stringify(plan).length * 2;
}

/** Write each plan to a new sheet; see the module comment. Results are in the plans' order. */
export async function writePlans(plans: SheetPlan[], options: PlanWriteOptions): Promise<WritePlanResult[]> {
  if (plans.length === 0) return [];
  const budget = options.maxRequestBytes ?? DEFAULT_REQUEST_BYTES;
  return options.guard.around(() =>
    runExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/position");
      let bookProtection: Excel.WorkbookProtection | undefined;
      if (supports("1.7")) {
        try {
          bookProtection = context.workbook.protection;
          bookProtection.load("protected");
        } catch {
          bookProtection = undefined; // a host without workbook protection in its API
        }
      }
      await context.sync(); // sync 1
      if (bookProtection?.protected) throw new WorkbookProtectedError();

      const taken = sheets.items.map((s) => s.name);
      // the sheets' order as it stands after each applied sync: where a plan's `after` sheet is
      let order = [...sheets.items].sort((a, b) => a.position - b.position).map((s) => s.name);
      const names = plans.map((p) => {
        const name = safeSheetName(p.sheetName, taken);
        taken.push(name);
        return name;
      });
      const areas = supports("1.9");
      const results: WritePlanResult[] = [];
      let activated = false;

      // chunks under the request budget; a chunk the host still finds too large is halved
      const pending: number[][] = [];
      let chunk: number[] = [];
      let bytes = 0;
      plans.forEach((p, i) => {
        const b = planBytes(p);
        if (chunk.length > 0 && bytes + b > budget) {
          pending.push(chunk);
          chunk = [];
          bytes = 0;
        }
        chunk.push(i);
        bytes += b;
      });
      pending.push(chunk);

      while (pending.length > 0) {
        const ids = pending.shift()!;
        if (areas) context.workbook.application.suspendScreenUpdatingUntilNextSync();
        const placed = [...order];
        const added = ids.map((i) => {
          const ws = sheets.add(names[i]);
          queueCore(ws, { ...plans[i], sheetName: names[i] }, areas);
          placed.push(names[i]);
          const position = positionAfter(placed, names[i], plans[i].after);
          if (position !== undefined) ws.position = position;
          return ws;
        });
        if (!activated) added[0].activate();
        const optional = new Optional();
        ids.forEach((i, k) => queueOptional(added[k], plans[i], areas, optional));
        try {
          await context.sync(); // sync 2 (and one more per further chunk)
        } catch (e) {
          if (isPayloadLimitError(e) && ids.length > 1) {
            // nothing of a refused request was applied: send it again in two halves
            const half = Math.ceil(ids.length / 2);
            pending.unshift(ids.slice(0, half), ids.slice(half));
            continue;
          }
          if (isOptionalFailure(e)) {
            for (const f of ["indent", "dropdown", "dropdownMessages", "print"] as const) optional.skipped.add(f);
          } else {
            await removeSheets(
              context,
              ids.map((i) => names[i]),
            );
            throw e;
          }
        }
        activated = true;
        order = placed;
        for (const i of ids) results[i] = { sheet: names[i], skipped: [...optional.skipped] };
      }
      return results;
    }),
  );
}

/**
 * Moves `name` (last in `order`) right after the sheet `after` (its name ignoring case, as Excel
 * matches names) and gives its new position; undefined when there is no such sheet. Excel adds a
 * sheet at the end; setting its position then moves it as this does.
 */
function positionAfter(order: string[], name: string, after: string | undefined): number | undefined {
  if (after === undefined) return undefined;
  const at = order.findIndex((n) => n.toLowerCase() === after.toLowerCase());
  if (at < 0 || order[at] === name) return undefined;
  order.splice(order.indexOf(name), 1);
  order.splice(at + 1, 0, name);
  return at + 1;
}

/** After a failed write: delete the sheets that sync added, by name (best effort; the write's error is what counts). */
async function removeSheets(context: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    const found = names.map((n) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(n);
      ws.load("name");
      return ws;
    });
    await context.sync();
    const present = found.filter((ws) => !ws.isNullObject);
    if (present.length === 0) return;
    for (const ws of present) ws.delete();
    await context.sync();
  } catch {
    // leave it: the error that stopped the write is reported
  }
}

// ---------------------------------------------------------------------------------------------
// Fill in place
// ---------------------------------------------------------------------------------------------

function blankAt(values: unknown[][], formulas: unknown[][], i: number, j: number): boolean {
  const v = values[i]?.[j];
  const f = formulas[i]?.[j];
  return (v === "" || v === null || v === undefined) && (f === "" || f === null || f === undefined);
}

/** The cell holds exactly this text, typed (not a formula's result). */
function holdsText(values: unknown[][], formulas: unknown[][], i: number, j: number, text: string): boolean {
  const v = values[i]?.[j];
  return formulas[i]?.[j] === v && String(v ?? "") === text;
}

/**
 * A replacing write's cell holds the formula the plan saw: the user's formula it was allowed to
 * replace (overFormula), or none but the write's own =SUM. A formula typed since would otherwise go.
 */
function formulaAsPlanned(current: unknown, w: PlanCell): boolean {
  const now = typeof current === "string" && current.startsWith("=") ? current : undefined;
  if (now === undefined) return w.overFormula === undefined;
  if (w.overFormula !== undefined) return now === w.overFormula;
  return w.formula !== undefined && sameFormula(now, `=${w.formula}`);
}

/**
 * Apply planFill's writes to `sheet`, blank cells only. Refuses (writing nothing) when the sheet is
 * protected or gone, or when any target cell holds something now.
 */
export function fillCells(sheet: string, writes: PlanCell[], options: { guard: WriteGuard }): Promise<FillCellsResult> {
  return writeCells(sheet, writes, { ...options, update: false });
}

/**
 * Apply planFill's `overwrite` writes (更新当前表): a write carrying `was` goes in only if its cell
 * still shows exactly that text, the others only into cells still blank. Any cell changed since the
 * plan (a co-author's edit) refuses the whole update, as fillCells does.
 */
export function updateCells(sheet: string, writes: PlanCell[], options: { guard: WriteGuard }): Promise<FillCellsResult> {
  return writeCells(sheet, writes, { ...options, update: true });
}

async function writeCells(sheet: string, writes: PlanCell[], options: { guard: WriteGuard; update: boolean }): Promise<FillCellsResult> {
  if (writes.length === 0) return { status: "written", sheet, cells: 0 };
  return options.guard.around(() =>
    runExcel(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("name,protection/protected");
      const box = boundsOf(writes);
      const block = ws.getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);
      block.load("values,formulas,numberFormat,text");
      // the template's column widths and row heights, to grow rows the written text would overflow
      const areas = boundsOf(writes.flatMap((w) => (w.area ? [w, { row: w.area.bottom, col: w.area.right }] : [w])));
      const colFormats = new Map<number, Excel.RangeFormat>();
      const rowFormats = new Map<number, Excel.RangeFormat>();
      for (let c = areas.left; c <= areas.right; c++) colFormats.set(c, ws.getRangeByIndexes(areas.top, c, 1, 1).format.load("columnWidth"));
      for (let r = areas.top; r <= areas.bottom; r++) rowFormats.set(r, ws.getRangeByIndexes(r, areas.left, 1, 1).format.load("rowHeight"));
      try {
        await context.sync(); // sync 1
      } catch (e) {
        if (errorCode(e) === "ItemNotFound") return { status: "missing", sheet } as FillCellsResult;
        throw e;
      }
      if (ws.protection.protected) return { status: "protected", sheet: ws.name };
      const changed: { cell: string; text: string }[] = [];
      for (const w of writes) {
        const i = w.row - box.top;
        const j = w.col - box.left;
        // a template placeholder ("XX人") the fill replaces must still be exactly that
        const still = w.replaces !== undefined && holdsText(block.values, block.formulas, i, j, w.replaces);
        // eslint-disable-next-line office-addins/load-object-before-read -- block was loaded (values, formulas, numberFormat, text) and synced above; the rule does not follow indexing
        const shows = (block.text[i]?.[j] ?? "") === w.was && formulaAsPlanned(block.formulas[i]?.[j], w);
        if (options.update && w.was !== undefined ? !shows : !still && !blankAt(block.values, block.formulas, i, j))
          // eslint-disable-next-line office-addins/load-object-before-read -- block was loaded (values, formulas, numberFormat, text) and synced above; the rule does not follow indexing
          changed.push({ cell: toA1(w.row, w.col), text: String(block.text[i]?.[j] ?? block.values[i]?.[j] ?? "") });
      }
      if (changed.length > 0) return { status: "changed", sheet: ws.name, cells: changed };

      const formats = grid<string | null>(box, null);
      const values = grid<CellValue>(box, null);
      const formulas: PlanCell[] = [];
      let anyFormat = false;
      for (const w of writes) {
        const i = w.row - box.top;
        const j = w.col - box.left;
        if (w.numberFormat) {
          formats[i][j] = w.numberFormat;
          anyFormat = true;
        }
        if (w.formula) formulas.push(w);
        else if (typeof w.value === "string") {
          // eslint-disable-next-line office-addins/load-object-before-read -- block was loaded (values, formulas, numberFormat, text) and synced above; the rule does not follow indexing
          const isTextCell = (block.numberFormat[i]?.[j] ?? "") === "@" || w.numberFormat === "@";
          // text stays text, and the template's number format stays as it is
          values[i][j] = isTextCell ? asText(w.value) : `'${w.value}`;
        } else values[i][j] = w.value;
      }
      if (anyFormat) block.numberFormat = formats as unknown as string[][];
      block.values = values as unknown as string[][];
      for (const w of formulas) ws.getRangeByIndexes(w.row, w.col, 1, 1).formulas = [[`=${w.formula}`]];
      const grow = fillRowHeights(
        writes,
        (c) => pointsToChars(colFormats.get(c)?.columnWidth ?? charsToPoints(8.43)),
        (r) => rowFormats.get(r)?.rowHeight ?? 15,
      );
      for (const w of writes)
        if (typeof w.value === "string" && grow.some((g) => g.row >= w.row && g.row <= (w.area?.bottom ?? w.row)))
          ws.getRangeByIndexes(w.row, w.col, 1, 1).format.wrapText = true;
      for (const g of grow) ws.getRangeByIndexes(g.row, areas.left, 1, 1).format.rowHeight = g.height;
      await context.sync(); // sync 2
      return { status: "written", sheet: ws.name, cells: writes.length };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Rows a template lacks
// ---------------------------------------------------------------------------------------------

/**
 * Insert planRowInserts' rows into `sheet` (bottom-up, so each insert's rows are where it says):
 * whole rows inserted with shift down, which gives them the format of the row above (the block's
 * last row) and moves everything below with its merges, formulas and validations as Excel does;
 * then that row's height, its one-row merges (指标值确定依据 over F:G) and the block's labels merged
 * over the new rows. Refuses on a protected or missing sheet, changing nothing.
 *
 * The print area (ExcelApi 1.9, read in sync 1): Excel moves and grows it as a reference, but not
 * when the rows go right under its last row, the table's; then it is set to include them
 * (printAreaAfterInsert), last in sync 2. Below 1.9 Excel's own adjustment stands.
 */
export async function insertRows(sheet: string, inserts: RowInsert[], options: { guard: WriteGuard }): Promise<InsertRowsResult> {
  if (inserts.length === 0) return { status: "inserted", sheet, rows: 0 };
  return options.guard.around(() =>
    runExcel(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("name,protection/protected");
      const heights = inserts.map((i) => ws.getRangeByIndexes(i.after, 0, 1, 1).format.load("rowHeight"));
      let printArea: Excel.RangeAreas | undefined;
      if (supports("1.9")) {
        try {
          printArea = ws.pageLayout.getPrintAreaOrNullObject().load("address");
        } catch {
          printArea = undefined; // a host without the page layout in its API: Excel's adjustment stands
        }
      }
      try {
        await context.sync(); // sync 1
      } catch (e) {
        if (errorCode(e) === "ItemNotFound") return { status: "missing", sheet } as InsertRowsResult;
        throw e;
      }
      if (ws.protection.protected) return { status: "protected", sheet: ws.name };
      const area = (r: Rect) => ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
      let printParts = printArea && !printArea.isNullObject ? printAreaParts(printArea.address) : [];
      let extended = false;
      inserts.forEach((ins, k) => {
        const added: Rect = { top: ins.after + 1, left: 0, bottom: ins.after + ins.count, right: 0 };
        area(added).getEntireRow().insert(Excel.InsertShiftDirection.down);
        area(added).getEntireRow().format.rowHeight = heights[k].rowHeight;
        for (const e of ins.extend) {
          if (e.bottom > e.top) area(e).unmerge();
          area({ ...e, bottom: e.bottom + ins.count }).merge(false);
        }
        for (let row = added.top; row <= added.bottom; row++) {
          for (const m of ins.rowMerges) area({ top: row, bottom: row, ...m }).merge(false);
          for (const r of ins.repeat) area({ top: row, bottom: row, left: r.col, right: r.col }).values = [[r.text]];
        }
        const next = printAreaAfterInsert(printParts, ins.after, ins.count);
        printParts = next.parts;
        extended ||= next.extended;
      });
      if (extended) ws.pageLayout.setPrintArea(printParts.join(","));
      try {
        await context.sync(); // sync 2
      } catch (e) {
        // the rows are in (Excel does not roll back what came before the print area); only it failed
        if (!(extended && /PageLayout/i.test(errorLocation(e)))) throw e;
      }
      return { status: "inserted", sheet: ws.name, rows: inserts.reduce((n, i) => n + i.count, 0) };
    }),
  );
}
