import { SheetGrid } from "./sheet";
import { isInvisible } from "./normalize";
import { Rect } from "./address";

/**
 * Where tables can be on a sheet. A table is bounded by its own block, not by whole rows: a
 * project list in A–D beside a table in F–L, or two tables side by side, share rows but not
 * columns. The sheet is cut into blocks of rows separated by at least BLANK_ROWS blank rows (the
 * row reader ends a table there anyway, so no table crosses such a cut), and each block into bands
 * of columns separated by at least one column that is blank in every row of the block (merged
 * cells count as filled over their whole area). One pass over the cells and one over the merges.
 */
export interface Window {
  /** First and last row to read (the last includes the blank rows the row reader looks at). */
  top: number;
  bottom: number;
  /** First column of the band, and the last column a table found in it may reach. */
  left: number;
  right: number;
}

/** Blank rows that always end a table (detect.ts closes a table after three). */
const BLANK_ROWS = 3;

export function windows(grid: SheetGrid): Window[] {
  const { values, merges } = grid.model;
  const first = grid.firstRow;
  const left = grid.firstCol;
  let width = grid.colCount - left;
  // merges by their top row (relative); a merge fills every row it covers
  const mergesAt = new Map<number, Rect[]>();
  let lastRow = values.length - 1;
  for (const m of merges) {
    const bottom = Math.min(m.bottom, grid.rowCount) - first;
    if (bottom < 0) continue;
    const top = Math.max(m.top - first, 0);
    const list = mergesAt.get(top);
    if (list) list.push(m);
    else mergesAt.set(top, [m]);
    lastRow = Math.max(lastRow, bottom);
    width = Math.max(width, m.right - left + 1);
  }
  const out: Window[] = [];
  // one block at a time: its rows and the columns its cells (and merges) fill
  let occ = new Uint8Array(Math.max(width, 1));
  let top = -1;
  let bottom = -1;
  let mergeReach = -1;
  const flush = (next: number) => {
    if (top < 0) return;
    const end = Math.min(bottom + BLANK_ROWS, next - 1);
    for (const [l, r] of bands(occ)) out.push({ top: top + first, bottom: end + first, left: l + left, right: r === Number.MAX_SAFE_INTEGER ? r : r + left });
    occ = new Uint8Array(occ.length);
  };
  for (let i = 0; i <= lastRow; i++) {
    let filled = i <= mergeReach;
    const row = values[i];
    if (row) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined || v === "" || (typeof v === "string" && isInvisible(v))) continue;
        if (!filled) {
          filled = true;
          if (top >= 0 && i - bottom > BLANK_ROWS) {
            flush(i);
            top = -1;
          }
        }
        occ[c] = 1;
      }
    }
    const ms = mergesAt.get(i);
    if (ms) {
      if (!filled && top >= 0 && i - bottom > BLANK_ROWS) {
        flush(i);
        top = -1;
      }
      filled = true;
      for (const m of ms) {
        occ.fill(1, Math.max(m.left - left, 0), m.right - left + 1);
        mergeReach = Math.max(mergeReach, Math.min(m.bottom, grid.rowCount) - first);
      }
    }
    if (!filled) continue;
    if (top < 0) top = i;
    bottom = i;
  }
  flush(Infinity);
  return out;
}

/**
 * Column bands of a block: runs of filled columns; a band reaches right up to the column before
 * the next band, so a blank value just right of a table's last label stays in it.
 */
function bands(occ: Uint8Array): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = 0; c < occ.length; c++) {
    if (!occ[c]) continue;
    const start = c;
    while (c + 1 < occ.length && occ[c + 1]) c++;
    runs.push([start, c]);
  }
  return runs.map((b, i) => [b[0], i + 1 < runs.length ? runs[i + 1][0] - 1 : Number.MAX_SAFE_INTEGER]);
}
