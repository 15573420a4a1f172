/**
 * Structural edits of a sheet as Excel performs them, shared by the API (Range.insert / delete /
 * sort.apply / copyFrom / moveTo) and by the host's user actions (insertRows, deleteRows,
 * copyPaste, sortRows): cells move with everything attached to them — formats, notes, comments,
 * conditional-format membership, row heights and merged areas.
 *
 * Excel's rules reproduced here:
 *  - inserted rows take the format of the row above (the UI's default "Format Same As Above"), and
 *    the conditional formats of the cell above extend over them; values and notes are not copied;
 *  - deleting rows drops their cells, notes and conditional-format membership, and shrinks merges;
 *  - sorting moves whole cells (value and format) within the sorted block; a block that cuts a
 *    merged area cannot be sorted;
 *  - copy and paste copies value, format, note and conditional formats; cut and paste moves them and
 *    leaves empty, unformatted cells behind.
 */

import { Rect, cellKey, formatRect, parseCellKey, parseRect, rectContains, rectIntersection, MAX_COLUMNS } from "./a1";
import type { Tx } from "./core";
import { hostError } from "./errors";
import { liveCells, forEachStored } from "./cells";
import type { CellModel, CellValue, ConditionalFormatModel, SheetModel } from "./model";
import { movePrintArea } from "./page-layout";

/** Where a cell goes: a new position, or null when it is deleted. */
export type CellMove = (row: number, col: number) => { row: number; col: number } | null;

const packed = (row: number, col: number) => row * MAX_COLUMNS + col;

/** The cells of a conditional format's ranges, packed (row × MAX_COLUMNS + col). */
export function formatCellsOf(cf: ConditionalFormatModel): Set<number> {
  const out = new Set<number>();
  for (const a of cf.ranges) {
    const r = parseRect(a);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.add(packed(row, col));
  }
  return out;
}

/** Packed cells → the fewest row-major rectangles Excel would show in "Applies to" (runs, then stacks). */
export function rectsOfCells(cells: Iterable<number>): string[] {
  const byRow = new Map<number, number[]>();
  for (const n of cells) {
    const row = Math.floor(n / MAX_COLUMNS);
    (byRow.get(row) ?? byRow.set(row, []).get(row)!).push(n % MAX_COLUMNS);
  }
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = byRow.get(row)!.sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next = new Map<string, Rect>();
    for (const [left, right] of runs) {
      const k = `${left}:${right}`;
      const prev = open.get(k);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(k, prev);
        open.delete(k);
      } else next.set(k, { top: row, bottom: row, left, right });
    }
    for (const r of open.values()) done.push(r);
    open.clear();
    for (const [k, r] of next) open.set(k, r);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left).map(formatRect);
}

function moveKeyed<T>(record: Record<string, T> | undefined, move: CellMove): Record<string, T> | undefined {
  if (!record) return record;
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) {
    const p = parseCellKey(k);
    const to = move(p.row, p.col);
    if (to) out[cellKey(to.row, to.col)] = v;
  }
  return out;
}

function setFormats(tx: Tx, sheet: SheetModel, formats: ConditionalFormatModel[]): void {
  tx.set(
    sheet,
    "conditionalFormats",
    formats.filter((f) => f.ranges.length > 0),
  );
}

/** Moves every cell of the sheet (and what hangs on it) as `move` says; merges are the caller's. */
export function moveCells(tx: Tx, sheet: SheetModel, move: CellMove): void {
  const cells: Record<string, CellModel> = {};
  forEachStored(sheet.cells, (row, col, cell) => {
    const to = move(row, col);
    if (to) cells[cellKey(to.row, to.col)] = cell;
  });
  tx.set(sheet, "cells", liveCells(cells));
  if (sheet.notes) tx.set(sheet, "notes", moveKeyed(sheet.notes, move));
  if (sheet.comments) {
    const comments = sheet.comments.flatMap((c) => {
      const p = parseCellKey(c.cell);
      const to = move(p.row, p.col);
      return to ? [{ ...c, cell: cellKey(to.row, to.col) }] : [];
    });
    tx.set(sheet, "comments", comments);
  }
  if (sheet.conditionalFormats) {
    setFormats(
      tx,
      sheet,
      sheet.conditionalFormats.map((cf) => {
        const moved: number[] = [];
        for (const n of formatCellsOf(cf)) {
          const to = move(Math.floor(n / MAX_COLUMNS), n % MAX_COLUMNS);
          if (to) moved.push(packed(to.row, to.col));
        }
        return { ...cf, ranges: rectsOfCells(moved) };
      }),
    );
  }
}

function mapMerges(tx: Tx, sheet: SheetModel, f: (r: Rect) => Rect | null): void {
  if (!sheet.merges) return;
  const out: string[] = [];
  for (const m of sheet.merges) {
    const r = parseRect(m);
    const to = r && f(r);
    if (to && (to.top !== to.bottom || to.left !== to.right)) out.push(formatRect(to));
  }
  tx.set(sheet, "merges", out);
}

function mapRowHeights(tx: Tx, sheet: SheetModel, f: (row: number) => number | null): void {
  if (!sheet.rowHeights) return;
  const out: Record<string, number> = {};
  for (const [k, h] of Object.entries(sheet.rowHeights)) {
    const to = f(Number(k) - 1);
    if (to !== null) out[String(to + 1)] = h;
  }
  tx.set(sheet, "rowHeights", out);
}

const inCols = (cols: { left: number; right: number }, col: number) => col >= cols.left && col <= cols.right;
/** A reference moves with shifted cells only when they span all of its columns (a whole-row edit always does). */
const within = (r: Rect, cols: { left: number; right: number }) => r.left >= cols.left && r.right <= cols.right;

/** What a new cell copies from its neighbour: its format only. */
function formatOnly(c: CellModel | undefined): CellModel | undefined {
  if (!c) return undefined;
  const f: CellModel = { ...c };
  delete f.value;
  delete f.formula;
  delete f.text;
  delete f.hyperlink;
  return Object.keys(f).length > 0 ? f : undefined;
}

/**
 * Inserts `count` rows at 0-based row `at` over the columns `cols` (whole rows: 0..MAX_COLUMNS-1),
 * shifting the cells below down; the new cells take the format of the cell above.
 */
export function insertRows(tx: Tx, sheet: SheetModel, at: number, count: number, cols: { left: number; right: number }): void {
  const whole = cols.left === 0 && cols.right === MAX_COLUMNS - 1;
  const shift = (row: number) => (row >= at ? row + count : row);
  // What the row above holds, read before anything moves.
  const above: Array<{ col: number; cell: CellModel }> = [];
  if (at > 0) {
    forEachStored(sheet.cells, (row, col, cell) => {
      const f = row === at - 1 && inCols(cols, col) ? formatOnly(cell) : undefined;
      if (f) above.push({ col, cell: f });
    });
  }
  const formatsAbove = (sheet.conditionalFormats ?? []).map((cf) => {
    const cells = formatCellsOf(cf);
    return [...cells].filter((n) => Math.floor(n / MAX_COLUMNS) === at - 1 && inCols(cols, n % MAX_COLUMNS)).map((n) => n % MAX_COLUMNS);
  });
  moveCells(tx, sheet, (row, col) => ({ row: inCols(cols, col) ? shift(row) : row, col }));
  // an area the new rows go inside grows; one they go right under does not (a reference's rule)
  const moved = (r: Rect): Rect => ({ ...r, top: shift(r.top), bottom: r.bottom >= at ? r.bottom + count : r.bottom });
  mapMerges(tx, sheet, (r) => {
    if (r.right < cols.left || r.left > cols.right) return r;
    if (!whole && (r.left < cols.left || r.right > cols.right) && r.bottom >= at)
      throw hostError("InvalidOperation", "This operation would move part of a merged cell.", "Range.insert");
    return moved(r);
  });
  movePrintArea(tx, sheet, (r) => (within(r, cols) ? moved(r) : r));
  if (whole) mapRowHeights(tx, sheet, shift);
  for (const { col, cell } of above) for (let i = 0; i < count; i++) sheet.cells[cellKey(at + i, col)] = JSON.parse(JSON.stringify(cell));
  if (sheet.conditionalFormats) {
    setFormats(
      tx,
      sheet,
      sheet.conditionalFormats.map((cf, i) => {
        const cols = formatsAbove[i] ?? [];
        if (cols.length === 0) return cf;
        const cells = formatCellsOf(cf);
        for (const col of cols) for (let k = 0; k < count; k++) cells.add(packed(at + k, col));
        return { ...cf, ranges: rectsOfCells(cells) };
      }),
    );
  }
}

/** Deletes `count` rows at 0-based row `at` over the columns `cols`, shifting the cells below up. */
export function deleteRows(tx: Tx, sheet: SheetModel, at: number, count: number, cols: { left: number; right: number }): void {
  const whole = cols.left === 0 && cols.right === MAX_COLUMNS - 1;
  const shift = (row: number): number | null => (row < at ? row : row < at + count ? null : row - count);
  moveCells(tx, sheet, (row, col) => {
    if (!inCols(cols, col)) return { row, col };
    const to = shift(row);
    return to === null ? null : { row: to, col };
  });
  const moved = (r: Rect): Rect | null => {
    const top = r.top < at ? r.top : r.top >= at + count ? r.top - count : at;
    const bottom = r.bottom < at ? r.bottom : r.bottom >= at + count ? r.bottom - count : at - 1;
    return bottom < top ? null : { ...r, top, bottom };
  };
  mapMerges(tx, sheet, (r) => {
    if (r.right < cols.left || r.left > cols.right) return r;
    if (!whole && (r.left < cols.left || r.right > cols.right) && r.bottom >= at)
      throw hostError("InvalidOperation", "This operation would move part of a merged cell.", "Range.delete");
    return moved(r);
  });
  movePrintArea(tx, sheet, (r) => (within(r, cols) ? moved(r) : r));
  if (whole) mapRowHeights(tx, sheet, shift);
}

/** Excel's ascending order: numbers, then text (ignoring case), then logicals, then blanks last. */
function sortKey(v: CellValue | undefined): [number, number | string] {
  if (v === undefined || v === "") return [3, 0];
  if (typeof v === "number") return [0, v];
  if (typeof v === "string") return [1, v.toLowerCase()];
  return [2, v ? 1 : 0];
}

/** Sorts the rows of `rect` by the values in absolute column `col` (stable, blanks last either way). */
export function sortRows(tx: Tx, sheet: SheetModel, rect: Rect, col: number, ascending = true): void {
  if (col < rect.left || col > rect.right) throw hostError("InvalidArgument", "The sort key is outside the range.", "RangeSort.apply");
  for (const m of sheet.merges ?? []) {
    const r = parseRect(m);
    if (r && rectIntersection(r, rect)) throw hostError("InvalidOperation", "To do this, all the merged cells need to be the same size.", "RangeSort.apply");
  }
  const rows = Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => rect.top + i);
  const keys = new Map(rows.map((r) => [r, sortKey(sheet.cells[cellKey(r, col)]?.value)]));
  const order = [...rows].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    if (ka[0] === 3 || kb[0] === 3) return ka[0] - kb[0];
    const c = ka[0] - kb[0] || (ka[1] < kb[1] ? -1 : ka[1] > kb[1] ? 1 : 0);
    return ascending ? c : -c;
  });
  const newRow = new Map(order.map((from, i) => [from, rect.top + i]));
  moveCells(tx, sheet, (row, c) => (rectContains(rect, row, c) ? { row: newRow.get(row)!, col: c } : { row, col: c }));
}

/**
 * Copies (or, with `cut`, moves) the block `from` of `src` so that its top-left lands on `to` of
 * `dst`: cells, notes and conditional formats. Merged areas inside the block are copied too.
 */
export function copyBlock(tx: Tx, src: SheetModel, from: Rect, dst: SheetModel, to: { row: number; col: number }, cut: boolean): Rect {
  const target: Rect = { top: to.row, left: to.col, bottom: to.row + from.bottom - from.top, right: to.col + from.right - from.left };
  const dr = target.top - from.top;
  const dc = target.left - from.left;
  const inSrc = (row: number, col: number) => rectContains(from, row, col);
  const inDst = (row: number, col: number) => rectContains(target, row, col);
  // Read the block first: source and target may overlap.
  const cells: Array<[number, number, CellModel]> = [];
  forEachStored(src.cells, (row, col, cell) => {
    if (inSrc(row, col)) cells.push([row + dr, col + dc, JSON.parse(JSON.stringify(cell))]);
  });
  const notes = Object.entries(src.notes ?? {}).filter(([k]) => {
    const p = parseCellKey(k);
    return inSrc(p.row, p.col);
  });
  const memberships = (src.conditionalFormats ?? []).map((cf) => [...formatCellsOf(cf)].filter((n) => inSrc(Math.floor(n / MAX_COLUMNS), n % MAX_COLUMNS)));
  const srcFormats = src.conditionalFormats ?? [];
  const merges = (src.merges ?? [])
    .map((m) => parseRect(m)!)
    .filter((r) => r && r.top >= from.top && r.bottom <= from.bottom && r.left >= from.left && r.right <= from.right);

  const drop = (sheet: SheetModel, inside: (row: number, col: number) => boolean) => {
    const kept: Record<string, CellModel> = {};
    forEachStored(sheet.cells, (row, col, cell) => {
      if (!inside(row, col)) kept[cellKey(row, col)] = cell;
    });
    tx.set(sheet, "cells", liveCells(kept));
    if (sheet.notes) {
      const n = { ...sheet.notes };
      for (const k of Object.keys(n)) {
        const p = parseCellKey(k);
        if (inside(p.row, p.col)) delete n[k];
      }
      tx.set(sheet, "notes", n);
    }
    if (sheet.conditionalFormats)
      setFormats(
        tx,
        sheet,
        sheet.conditionalFormats.map((cf) => ({
          ...cf,
          ranges: rectsOfCells([...formatCellsOf(cf)].filter((n) => !inside(Math.floor(n / MAX_COLUMNS), n % MAX_COLUMNS))),
        })),
      );
    if (sheet.merges)
      tx.set(
        sheet,
        "merges",
        sheet.merges.filter((m) => {
          const r = parseRect(m);
          return !r || !rectIntersection(r, sheet === src && cut ? from : target);
        }),
      );
  };
  if (cut) drop(src, inSrc);
  drop(dst, inDst);

  for (const [row, col, cell] of cells) dst.cells[cellKey(row, col)] = cell;
  if (notes.length > 0) {
    const n = { ...(dst.notes ?? {}) };
    for (const [k, note] of notes) {
      const p = parseCellKey(k);
      n[cellKey(p.row + dr, p.col + dc)] = { ...note };
    }
    tx.set(dst, "notes", n);
  }
  const dstFormats = [...(dst.conditionalFormats ?? [])];
  memberships.forEach((members, i) => {
    if (members.length === 0) return;
    const moved = members.map((n) => packed(Math.floor(n / MAX_COLUMNS) + dr, (n % MAX_COLUMNS) + dc));
    const j = src === dst ? dstFormats.findIndex((f) => f.id === srcFormats[i].id) : -1;
    if (j >= 0) dstFormats[j] = { ...dstFormats[j], ranges: rectsOfCells([...formatCellsOf(dstFormats[j]), ...moved]) };
    // Pasted on another sheet, the rule is copied there (with an id of its own).
    else dstFormats.push({ ...srcFormats[i], id: `${srcFormats[i].id}-${dst.id}-${dstFormats.length}`, ranges: rectsOfCells(moved) });
  });
  if (memberships.some((m) => m.length > 0)) setFormats(tx, dst, dstFormats);
  if (merges.length > 0)
    tx.set(dst, "merges", [
      ...(dst.merges ?? []),
      ...merges.map((r) => formatRect({ top: r.top + dr, bottom: r.bottom + dr, left: r.left + dc, right: r.right + dc })),
    ]);
  return target;
}
