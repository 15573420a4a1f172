/**
 * Operations on the workbook model, used by the API objects inside a batch. Cells are treated as
 * immutable: every change replaces the cell object through the batch's Tx journal.
 */

import {
  cellKey,
  parseCellKey,
  parseRect,
  formatRect,
  Rect,
  rectCellCount,
  rectIntersection,
  rectWithin,
  rectContains,
  MAX_ROWS,
  MAX_COLUMNS,
  columnLetters,
  columnIndex,
} from "./a1";
import type { ChangeRecord, Tx } from "./core";
import { HostError, hostError, notImplemented } from "./errors";
import { formatValue, normalizeColor, parseInput, valueType } from "./display";
import { forEachStored, lookupCell, storeCell, storedCount } from "./cells";
import {
  BorderModel,
  CellModel,
  CellValue,
  DEFAULTS,
  EdgeName,
  FillModel,
  FillPattern,
  FontModel,
  HorizontalAlignment,
  HyperlinkModel,
  SheetModel,
  VerticalAlignment,
  WorkbookModel,
} from "./model";

// ---------------------------------------------------------------------------------------------
// Sheets

export function sheetById(wb: WorkbookModel, id: string): SheetModel | undefined {
  return wb.sheets.find((s) => s.id === id);
}

export function sheetByName(wb: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function requireSheet(wb: WorkbookModel, id: string): SheetModel {
  const s = sheetById(wb, id);
  if (!s) throw hostError("ItemNotFound", "The worksheet no longer exists.");
  return s;
}

export function assertWritable(sheet: SheetModel, location: string): void {
  if (sheet.protected) {
    throw new HostError("AccessDenied", `You cannot perform the requested operation. The sheet "${sheet.name}" is protected.`, location);
  }
}

/**
 * The first cell of `rect` a user may not edit: on a protected sheet every locked cell (Excel's
 * default) refuses typing, pasting and clearing; unlocked cells stay editable. Null when all may be edited.
 */
export function lockedCellIn(sheet: SheetModel, rect: Rect): string | null {
  if (!sheet.protected) return null;
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) {
      const key = cellKey(r, c);
      if (sheet.cells[key]?.locked !== false) return key;
    }
  return null;
}

export function activeSheet(wb: WorkbookModel): SheetModel {
  const named = wb.activeSheet !== undefined ? sheetByName(wb, wb.activeSheet) : undefined;
  if (named) return named;
  const visible = wb.sheets.find((s) => (s.visibility ?? "Visible") === "Visible");
  if (!visible) throw hostError("GeneralException", "The workbook has no visible sheet.");
  return visible;
}

// ---------------------------------------------------------------------------------------------
// Merges

const mergeCache = new WeakMap<string[], Rect[]>();

export function mergesOf(sheet: SheetModel): Rect[] {
  const m = sheet.merges;
  if (!m || m.length === 0) return [];
  let rects = mergeCache.get(m);
  if (!rects) {
    rects = m.map((t) => parseRect(t)!);
    mergeCache.set(m, rects);
  }
  return rects;
}

export function mergeAt(sheet: SheetModel, row: number, col: number): Rect | undefined {
  return mergesOf(sheet).find((r) => rectContains(r, row, col));
}

/** True for a cell inside a merged area that is not its top-left cell. */
export function hiddenByMerge(sheet: SheetModel, row: number, col: number): boolean {
  const m = mergeAt(sheet, row, col);
  return !!m && (m.top !== row || m.left !== col);
}

// ---------------------------------------------------------------------------------------------
// Cells

export function cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return lookupCell(sheet.cells, row, col);
}

function compact(c: CellModel): CellModel | undefined {
  const out: CellModel = {};
  let any = false;
  for (const [k, v] of Object.entries(c) as Array<[keyof CellModel, unknown]>) {
    if (v === undefined) continue;
    if (k === "value" && v === "") continue;
    if (k === "borders" && Object.keys(v as object).length === 0) continue;
    (out as Record<string, unknown>)[k] = v;
    any = true;
  }
  return any ? out : undefined;
}

export function putCell(tx: Tx, sheet: SheetModel, row: number, col: number, cell: CellModel): void {
  tx.onRollback(storeCell(sheet.cells, row, col, compact(cell)));
}

export function updateCell(tx: Tx, sheet: SheetModel, row: number, col: number, f: (old: CellModel) => CellModel): void {
  putCell(tx, sheet, row, col, f(cellAt(sheet, row, col) ?? {}));
}

/** Iterates every cell of the rects (row-major); guards against materialising huge areas. */
export function forEachCell(rects: Rect[], f: (row: number, col: number) => void, limit = 2_000_000): void {
  const total = rects.reduce((n, r) => n + rectCellCount(r), 0);
  if (total > limit) throw notImplemented(`writing ${total} cells in one operation (whole rows/columns)`);
  for (const r of rects) for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) f(i, j);
}

/** The value every cell of `rects` has for `get`, or null when they differ (Excel's mixed reads). */
export function uniform<T>(sheet: SheetModel, rects: Rect[], get: (cell: CellModel | undefined, row: number, col: number) => T): T | null {
  const total = rects.reduce((n, r) => n + rectCellCount(r), 0);
  let first = true;
  let value: T | null = null;
  let valueJson: string | undefined;
  const see = (v: T): boolean => {
    if (first) {
      first = false;
      value = v;
      return true;
    }
    if (v === value) return true;
    if (typeof v !== "object" || v === null || typeof value !== "object" || value === null) return false;
    valueJson = valueJson ?? JSON.stringify(value);
    return JSON.stringify(v) === valueJson;
  };
  if (total <= 100_000 || total <= storedCount(sheet.cells)) {
    for (const r of rects)
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) if (!see(get(cellAt(sheet, i, j), i, j))) return null;
    return value;
  }
  let inside = 0;
  let mixed = false;
  forEachStored(sheet.cells, (row, col, cell) => {
    if (mixed || !rects.some((r) => rectContains(r, row, col))) return;
    inside++;
    if (!see(get(cell, row, col))) mixed = true;
  });
  if (mixed) return null;
  if (inside < total) {
    const r0 = rects[0];
    if (!see(get(undefined, r0.top, r0.left))) return null;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Reading cell grids

export function gridOf<T>(sheet: SheetModel, rect: Rect, f: (cell: CellModel | undefined, row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = rect.top; i <= rect.bottom; i++) {
    const row: T[] = [];
    for (let j = rect.left; j <= rect.right; j++) row.push(f(cellAt(sheet, i, j), i, j));
    out.push(row);
  }
  return out;
}

export const cellValue = (c: CellModel | undefined): CellValue => c?.value ?? "";
export const cellText = (c: CellModel | undefined): string => c?.text ?? formatValue(c?.value, c?.numberFormat);
export const cellFormula = (c: CellModel | undefined): CellValue => c?.formula ?? c?.value ?? "";
export const cellNumberFormat = (c: CellModel | undefined): string => c?.numberFormat ?? DEFAULTS.numberFormat;
export const cellValueType = (c: CellModel | undefined): string => valueType(c?.value);

// ---------------------------------------------------------------------------------------------
// Writing values / formulas / number formats

export interface WriteEnv {
  evaluate?: (formula: string, at: { sheet: string; row: number; col: number }) => CellValue;
}

function check2D(grid: unknown, rect: Rect, what: string): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)) {
    const got = Array.isArray(grid) ? `${grid.length}×${Array.isArray(grid[0]) ? grid[0].length : "?"}` : typeof grid;
    throw hostError("InvalidArgument", `The ${what} array (${got}) does not match the size of the range (${rows}×${cols}).`);
  }
  return grid as unknown[][];
}

function inputOf(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw hostError("InvalidArgument", `Cannot write the number ${v}.`);
    return v;
  }
  if (v instanceof Date) return v.toJSON();
  throw hostError("InvalidArgument", `Cannot write a value of type ${typeof v} (${JSON.stringify(v)}).`);
}

/**
 * `Range.values` / `Range.formulas` = grid. Nulls leave cells unchanged; cells hidden by a merge
 * (not the top-left) silently keep nothing. Returns the change record for events.
 */
export function writeInputs(tx: Tx, sheet: SheetModel, rect: Rect, grid: unknown, what: "values" | "formulas", env: WriteEnv, changes: ChangeRecord[]): void {
  const g = check2D(grid, rect, what);
  const inputs = g.map((row) => row.map(inputOf)); // validate everything before changing anything
  const single = rect.top === rect.bottom && rect.left === rect.right;
  const before = single ? cellValue(cellAt(sheet, rect.top, rect.left)) : undefined;
  inputs.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const r = rect.top + i;
      const c = rect.left + j;
      if (hiddenByMerge(sheet, r, c)) return;
      updateCell(tx, sheet, r, c, (old) => applyInput(old, v, sheet.name, r, c, env));
    }),
  );
  const after = single ? cellValue(cellAt(sheet, rect.top, rect.left)) : undefined;
  changes.push({ sheetId: sheet.id!, rect, before, after });
}

export function applyInput(old: CellModel, v: string | number | boolean, sheetName: string, row: number, col: number, env: WriteEnv): CellModel {
  const next: CellModel = { ...old, text: undefined, formula: undefined };
  if (typeof v !== "string") {
    next.value = v;
    return next;
  }
  const p = parseInput(v, old.numberFormat);
  if (p.formula) {
    next.formula = p.formula;
    next.value = env.evaluate ? env.evaluate(p.formula, { sheet: sheetName, row, col }) : "";
    return next;
  }
  next.value = p.value;
  if (p.impliedFormat && (old.numberFormat === undefined || old.numberFormat === DEFAULTS.numberFormat)) next.numberFormat = p.impliedFormat;
  return next;
}

export function writeNumberFormats(tx: Tx, sheet: SheetModel, rect: Rect, grid: unknown): void {
  const g = check2D(grid, rect, "numberFormat");
  g.forEach((row) =>
    row.forEach((v) => {
      if (v !== null && typeof v !== "string") throw hostError("InvalidArgument", `A number format must be a string, not ${JSON.stringify(v)}.`);
    }),
  );
  g.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      updateCell(tx, sheet, rect.top + i, rect.left + j, (old) => ({
        ...old,
        numberFormat: v === DEFAULTS.numberFormat ? undefined : (v as string),
        text: undefined,
      }));
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Clear, merge

export function clearRange(tx: Tx, sheet: SheetModel, rects: Rect[], applyTo: string, changes: ChangeRecord[]): void {
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const links = applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks";
  if (!contents && !formats && !links) throw notImplemented(`Range.clear("${applyTo}")`);
  for (const rect of rects) {
    const small = rectCellCount(rect) <= storedCount(sheet.cells);
    const visit = (r: number, c: number) => {
      const old = cellAt(sheet, r, c);
      if (!old) return;
      const next: CellModel = { ...old };
      if (contents) {
        next.value = undefined;
        next.formula = undefined;
        next.text = undefined;
      }
      if (links) next.hyperlink = undefined;
      if (formats) {
        next.numberFormat = undefined;
        next.fill = undefined;
        next.font = undefined;
        next.horizontalAlignment = undefined;
        next.verticalAlignment = undefined;
        next.wrapText = undefined;
        next.borders = undefined;
        next.text = undefined;
      }
      putCell(tx, sheet, r, c, next);
    };
    if (small) forEachCell([rect], visit);
    else {
      const inside: Array<[number, number]> = [];
      forEachStored(sheet.cells, (r, c) => rectContains(rect, r, c) && inside.push([r, c]));
      for (const [r, c] of inside) visit(r, c);
    }
    if (formats) unmerge(tx, sheet, rect);
    if (applyTo === "All" && sheet.notes) {
      for (const k of Object.keys(sheet.notes)) {
        const p = parseCellKey(k);
        if (rectContains(rect, p.row, p.col)) {
          const notes = { ...sheet.notes };
          delete notes[k];
          tx.set(sheet, "notes", notes);
        }
      }
    }
    if (contents) changes.push({ sheetId: sheet.id!, rect });
  }
}

/** Range.merge(across). Existing merges must lie inside the new area (else InvalidOperation). */
export function merge(tx: Tx, sheet: SheetModel, rect: Rect, across: boolean): void {
  const areas: Rect[] = [];
  if (across) for (let r = rect.top; r <= rect.bottom; r++) areas.push({ top: r, bottom: r, left: rect.left, right: rect.right });
  else areas.push(rect);
  let merges = mergesOf(sheet).slice();
  for (const area of areas) {
    if (area.top === area.bottom && area.left === area.right) continue;
    for (const m of merges) {
      if (rectIntersection(m, area) && !rectWithin(m, area)) {
        throw hostError("InvalidOperation", `Cannot merge ${formatRect(area)}: it overlaps part of the merged area ${formatRect(m)}.`);
      }
    }
    merges = merges.filter((m) => !rectWithin(m, area));
    // Excel keeps only the top-left value.
    forEachCell([area], (r, c) => {
      if (r === area.top && c === area.left) return;
      const old = cellAt(sheet, r, c);
      if (old && (old.value !== undefined || old.formula !== undefined || old.text !== undefined)) {
        putCell(tx, sheet, r, c, { ...old, value: undefined, formula: undefined, text: undefined });
      }
    });
    merges.push(area);
  }
  tx.set(sheet, "merges", merges.map(formatRect));
}

export function unmerge(tx: Tx, sheet: SheetModel, rect: Rect): void {
  const merges = mergesOf(sheet);
  const kept = merges.filter((m) => !rectIntersection(m, rect));
  if (kept.length !== merges.length) tx.set(sheet, "merges", kept.map(formatRect));
}

/** Merged areas whose top-left cell lies in `rect` (Excel's getMergedAreasOrNullObject, issue #3611). */
export function mergedAreasAnchoredIn(sheet: SheetModel, rect: Rect): Rect[] {
  return mergesOf(sheet)
    .filter((m) => rectContains(rect, m.top, m.left))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

// ---------------------------------------------------------------------------------------------
// Used range

export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const see = (r: Rect) => {
    top = Math.min(top, r.top);
    left = Math.min(left, r.left);
    bottom = Math.max(bottom, r.bottom);
    right = Math.max(right, r.right);
  };
  forEachStored(sheet.cells, (row, col, c) => {
    const hasValue = (c.value !== undefined && c.value !== "") || c.formula !== undefined;
    if (valuesOnly && !hasValue) return;
    see({ top: row, left: col, bottom: row, right: col });
  });
  if (!valuesOnly) for (const m of mergesOf(sheet)) see(m);
  return bottom < 0 ? null : { top, left, bottom, right };
}

// ---------------------------------------------------------------------------------------------
// Fill, font, alignment

/** Excel.FillPattern, in Excel's order (host.ts builds the Excel.FillPattern enum from it). */
export const FILL_PATTERNS: readonly FillPattern[] = [
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
];

/**
 * The colour a fill shows: its base colour with its tintAndShade applied (positive lightens towards
 * white, negative darkens towards black), as Excel reports RangeFill.color for a theme-tinted fill.
 * Writing that colour back together with the same tintAndShade applies the tint a second time,
 * which is why a restore from (color, tintAndShade) snapshots cannot give a tinted fill back.
 */
export function shownColor(fill: FillModel): string {
  const t = fill.tintAndShade ?? 0;
  if (t === 0) return fill.color;
  const ch = (i: number) => {
    const v = parseInt(fill.color.slice(i, i + 2), 16);
    const out = t > 0 ? v + (255 - v) * t : v * (1 + t);
    return Math.round(out).toString(16).toUpperCase().padStart(2, "0");
  };
  return `#${ch(1)}${ch(3)}${ch(5)}`;
}

export const fillColor = (c: CellModel | undefined): string => (c?.fill ? shownColor(c.fill) : "#FFFFFF");
export const fillPattern = (c: CellModel | undefined): string => (c?.fill ? (c.fill.pattern ?? "Solid") : "None");
/** null for No fill — the documented way to tell No fill from white (office-js #4900). */
export const fillTint = (c: CellModel | undefined): number | null => (c?.fill ? (c.fill.tintAndShade ?? 0) : null);

export function requireColor(v: unknown): string {
  const c = normalizeColor(v);
  if (!c) throw hostError("InvalidArgument", `Invalid color ${JSON.stringify(v)}.`);
  return c;
}

export interface FillPatch {
  color?: string;
  pattern?: FillPattern;
  tintAndShade?: number;
}

export function checkFillPatch(p: { color?: unknown; pattern?: unknown; tintAndShade?: unknown }): FillPatch {
  const out: FillPatch = {};
  if (p.color !== undefined && p.color !== null) out.color = requireColor(p.color);
  if (p.pattern !== undefined && p.pattern !== null) {
    if (!FILL_PATTERNS.includes(p.pattern as FillPattern)) throw hostError("InvalidArgument", `Invalid fill pattern ${JSON.stringify(p.pattern)}.`);
    out.pattern = p.pattern as FillPattern;
  }
  if (p.tintAndShade !== undefined && p.tintAndShade !== null) {
    if (typeof p.tintAndShade !== "number" || p.tintAndShade < -1 || p.tintAndShade > 1)
      throw hostError("InvalidArgument", `tintAndShade must be a number from -1 to 1, not ${JSON.stringify(p.tintAndShade)}.`);
    out.tintAndShade = p.tintAndShade;
  }
  return out;
}

/** Applies color, then pattern ("None" removes the fill), then tintAndShade (ignored on No fill). */
export function patchFill(fill: FillModel | undefined, p: FillPatch): FillModel | undefined {
  let f = fill ? { ...fill } : undefined;
  if (p.color !== undefined) {
    f = { color: p.color, pattern: f?.pattern && f.pattern !== "Solid" ? f.pattern : undefined };
  }
  if (p.pattern !== undefined) {
    if (p.pattern === "None") f = undefined;
    else f = { color: f?.color ?? "#FFFFFF", pattern: p.pattern === "Solid" ? undefined : p.pattern, tintAndShade: f?.tintAndShade };
  }
  if (p.tintAndShade !== undefined && f) f = { ...f, tintAndShade: p.tintAndShade === 0 ? undefined : p.tintAndShade };
  if (f) for (const k of Object.keys(f) as Array<keyof FillModel>) if (f[k] === undefined) delete f[k];
  return f;
}

export function formatCells(tx: Tx, sheet: SheetModel, rects: Rect[], f: (old: CellModel) => CellModel): void {
  forEachCell(rects, (r, c) => updateCell(tx, sheet, r, c, f));
}

export const fontGetters: Record<string, (c: CellModel | undefined) => unknown> = {
  bold: (c) => c?.font?.bold ?? false,
  italic: (c) => c?.font?.italic ?? false,
  color: (c) => c?.font?.color ?? DEFAULTS.fontColor,
  name: (c) => c?.font?.name ?? DEFAULTS.fontName,
  size: (c) => c?.font?.size ?? DEFAULTS.fontSize,
  underline: (c) => c?.font?.underline ?? "None",
  strikethrough: (c) => c?.font?.strikethrough ?? false,
};

const UNDERLINES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];

export function checkFontValue(name: string, v: unknown): unknown {
  const bad = () => hostError("InvalidArgument", `Invalid font ${name} ${JSON.stringify(v)}.`);
  switch (name) {
    case "bold":
    case "italic":
    case "strikethrough":
      if (typeof v !== "boolean") throw bad();
      return v;
    case "color":
      return requireColor(v);
    case "name":
      if (typeof v !== "string" || v === "") throw bad();
      return v;
    case "size":
      if (typeof v !== "number" || v < 1 || v > 409) throw bad();
      return v;
    case "underline":
      if (!UNDERLINES.includes(v as string)) throw bad();
      return v;
  }
  throw notImplemented(`RangeFont.${name}`);
}

export function patchFont(font: FontModel | undefined, name: string, v: unknown): FontModel | undefined {
  const next: Record<string, unknown> = { ...(font ?? {}), [name]: v };
  const defaults: Record<string, unknown> = {
    bold: false,
    italic: false,
    strikethrough: false,
    underline: "None",
    color: DEFAULTS.fontColor,
    name: DEFAULTS.fontName,
    size: DEFAULTS.fontSize,
  };
  for (const k of Object.keys(next)) if (next[k] === defaults[k]) delete next[k];
  return Object.keys(next).length ? (next as FontModel) : undefined;
}

const H_ALIGN: readonly HorizontalAlignment[] = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN: readonly VerticalAlignment[] = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export function checkAlignment(kind: "horizontalAlignment" | "verticalAlignment", v: unknown): string {
  const ok = kind === "horizontalAlignment" ? H_ALIGN.includes(v as HorizontalAlignment) : V_ALIGN.includes(v as VerticalAlignment);
  if (!ok) throw hostError("InvalidArgument", `Invalid ${kind} ${JSON.stringify(v)}.`);
  return v as string;
}

// ---------------------------------------------------------------------------------------------
// Borders. Each cell stores its own edges; writing an outer edge also writes the neighbour's
// facing edge, so EdgeBottom of A1 and EdgeTop of A2 always agree.

export type BorderIndex = EdgeName | "InsideHorizontal" | "InsideVertical";
export const BORDER_INDEXES: readonly BorderIndex[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

export function checkBorderValue(prop: "style" | "weight" | "color", v: unknown): string {
  if (prop === "color") return requireColor(v);
  const ok = prop === "style" ? STYLES.includes(v as string) : WEIGHTS.includes(v as string);
  if (!ok) throw hostError("InvalidArgument", `Invalid border ${prop} ${JSON.stringify(v)}.`);
  return v as string;
}

function patchBorder(b: BorderModel | undefined, prop: "style" | "weight" | "color", v: string): BorderModel | undefined {
  if (prop === "style") {
    if (v === "None") return undefined;
    return { ...(b ?? {}), style: v as BorderModel["style"] };
  }
  const base: BorderModel = b ?? { style: "Continuous" };
  return { ...base, [prop]: v };
}

function setEdge(tx: Tx, sheet: SheetModel, r: number, c: number, edge: EdgeName, prop: "style" | "weight" | "color", v: string): void {
  if (r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLUMNS) return;
  updateCell(tx, sheet, r, c, (old) => {
    const borders = { ...(old.borders ?? {}) };
    const nb = patchBorder(borders[edge], prop, v);
    if (nb) borders[edge] = nb;
    else delete borders[edge];
    return { ...old, borders: Object.keys(borders).length ? borders : undefined };
  });
}

export function writeBorder(tx: Tx, sheet: SheetModel, rect: Rect, index: BorderIndex, prop: "style" | "weight" | "color", v: string): void {
  const { top, left, bottom, right } = rect;
  const row = (r: number, edge: EdgeName, facing: EdgeName, dr: number) => {
    for (let c = left; c <= right; c++) {
      setEdge(tx, sheet, r, c, edge, prop, v);
      setEdge(tx, sheet, r + dr, c, facing, prop, v);
    }
  };
  const col = (c: number, edge: EdgeName, facing: EdgeName, dc: number) => {
    for (let r = top; r <= bottom; r++) {
      setEdge(tx, sheet, r, c, edge, prop, v);
      setEdge(tx, sheet, r, c + dc, facing, prop, v);
    }
  };
  switch (index) {
    case "EdgeTop":
      return row(top, "EdgeTop", "EdgeBottom", -1);
    case "EdgeBottom":
      return row(bottom, "EdgeBottom", "EdgeTop", 1);
    case "EdgeLeft":
      return col(left, "EdgeLeft", "EdgeRight", -1);
    case "EdgeRight":
      return col(right, "EdgeRight", "EdgeLeft", 1);
    case "InsideHorizontal":
      for (let r = top; r < bottom; r++) row(r, "EdgeBottom", "EdgeTop", 1);
      return;
    case "InsideVertical":
      for (let c = left; c < right; c++) col(c, "EdgeRight", "EdgeLeft", 1);
      return;
    case "DiagonalDown":
    case "DiagonalUp":
      return forEachCell([rect], (r, c) => setEdge(tx, sheet, r, c, index, prop, v));
  }
}

export function borderGetter(prop: "style" | "weight" | "color", edge: EdgeName): (c: CellModel | undefined) => string {
  return (c) => {
    const b = c?.borders?.[edge];
    if (prop === "style") return b?.style ?? "None";
    if (prop === "weight") return b?.weight ?? "Thin";
    return b?.color ?? DEFAULTS.borderColor;
  };
}

/** The cells whose own edge represents `index` for `rect`, and which edge. */
export function borderCells(rect: Rect, index: BorderIndex): { rects: Rect[]; edge: EdgeName } {
  const { top, left, bottom, right } = rect;
  switch (index) {
    case "EdgeTop":
      return { rects: [{ top, bottom: top, left, right }], edge: "EdgeTop" };
    case "EdgeBottom":
      return { rects: [{ top: bottom, bottom, left, right }], edge: "EdgeBottom" };
    case "EdgeLeft":
      return { rects: [{ top, bottom, left, right: left }], edge: "EdgeLeft" };
    case "EdgeRight":
      return { rects: [{ top, bottom, left: right, right }], edge: "EdgeRight" };
    case "InsideHorizontal":
      return { rects: bottom > top ? [{ top, bottom: bottom - 1, left, right }] : [], edge: "EdgeBottom" };
    case "InsideVertical":
      return { rects: right > left ? [{ top, bottom, left, right: right - 1 }] : [], edge: "EdgeRight" };
    default:
      return { rects: [rect], edge: index };
  }
}

// ---------------------------------------------------------------------------------------------
// Column widths and row heights

export function columnWidth(sheet: SheetModel, col: number): number {
  return sheet.columnWidths?.[columnLetters(col)] ?? DEFAULTS.columnWidth;
}

export function rowHeight(sheet: SheetModel, row: number): number {
  return sheet.rowHeights?.[String(row + 1)] ?? DEFAULTS.rowHeight;
}

function uniformOver(n0: number, n1: number, stored: Record<string, number> | undefined, toIndex: (key: string) => number, dflt: number): number | null {
  const count = n1 - n0 + 1;
  let value: number | undefined;
  let seen = 0;
  for (const [k, v] of Object.entries(stored ?? {})) {
    const i = toIndex(k);
    if (i < n0 || i > n1) continue;
    seen++;
    if (value === undefined) value = v;
    else if (value !== v) return null;
  }
  if (seen < count) {
    if (value === undefined) return dflt;
    if (value !== dflt) return null;
  }
  return value ?? dflt;
}

export function readColumnWidth(sheet: SheetModel, rect: Rect): number | null {
  return uniformOver(rect.left, rect.right, sheet.columnWidths, columnIndex, DEFAULTS.columnWidth);
}

export function readRowHeight(sheet: SheetModel, rect: Rect): number | null {
  return uniformOver(rect.top, rect.bottom, sheet.rowHeights, (k) => Number(k) - 1, DEFAULTS.rowHeight);
}

export function writeColumnWidth(tx: Tx, sheet: SheetModel, rect: Rect, v: unknown): void {
  if (typeof v !== "number" || v < 0 || v > 1638) throw hostError("InvalidArgument", `Invalid column width ${JSON.stringify(v)}.`);
  if (rect.right - rect.left > 16_384) throw notImplemented("column widths for that many columns");
  const widths = { ...(sheet.columnWidths ?? {}) };
  for (let c = rect.left; c <= rect.right; c++) widths[columnLetters(c)] = v;
  tx.set(sheet, "columnWidths", widths);
}

export function writeRowHeight(tx: Tx, sheet: SheetModel, rect: Rect, v: unknown): void {
  if (typeof v !== "number" || v < 0 || v > 409) throw hostError("InvalidArgument", `Invalid row height ${JSON.stringify(v)}.`);
  if (rect.bottom - rect.top > 100_000) throw notImplemented("row heights for that many rows");
  const heights = { ...(sheet.rowHeights ?? {}) };
  for (let r = rect.top; r <= rect.bottom; r++) heights[String(r + 1)] = v;
  tx.set(sheet, "rowHeights", heights);
}

// ---------------------------------------------------------------------------------------------
// Hyperlinks

const LINK_KEYS = ["address", "documentReference", "screenTip", "textToDisplay"];

export function checkHyperlink(v: unknown): HyperlinkModel {
  if (!v || typeof v !== "object" || Array.isArray(v)) throw hostError("InvalidArgument", "A hyperlink must be an object.");
  const out: HyperlinkModel = {};
  for (const [k, val] of Object.entries(v as object)) {
    if (val === undefined || val === null) continue;
    if (!LINK_KEYS.includes(k)) throw hostError("InvalidArgument", `Unknown hyperlink field ${k}.`);
    if (typeof val !== "string") throw hostError("InvalidArgument", `Hyperlink ${k} must be a string.`);
    (out as Record<string, string>)[k] = val;
  }
  if (!out.address && !out.documentReference) throw hostError("InvalidArgument", "A hyperlink needs an address or a documentReference.");
  return out;
}

// ---------------------------------------------------------------------------------------------
// Data validation

const RULE_KEYS = ["wholeNumber", "decimal", "list", "date", "time", "textLength", "custom"];
const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

export function checkRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== "object") throw hostError("InvalidArgument", "A data validation rule must be an object.");
  const keys = Object.keys(rule as object).filter((k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null);
  if (keys.length !== 1 || !RULE_KEYS.includes(keys[0]))
    throw hostError("InvalidArgument", `A data validation rule takes exactly one of ${RULE_KEYS.join(", ")}; got ${keys.join(", ") || "none"}.`);
  const k = keys[0];
  const body = (rule as Record<string, unknown>)[k] as Record<string, unknown>;
  if (k === "list") {
    if (typeof body?.source !== "string" || body.source.trim() === "")
      throw hostError("InvalidArgument", "A list rule needs a source (a comma-separated string or a range).");
  }
  return { [k]: JSON.parse(JSON.stringify(body)) };
}

export function ruleType(c: CellModel | undefined): string {
  const rule = c?.dataValidation?.rule;
  if (!rule) return "None";
  return RULE_TYPES[Object.keys(rule)[0]] ?? "Custom";
}

export { cellKey, formatRect };
