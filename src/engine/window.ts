import { SheetGrid } from "./sheet";
import { isInvisible } from "./normalize";

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

interface Block {
  top: number;
  bottom: number;
  /** Columns holding something in the block, as [left, right] spans (unsorted, overlapping). */
  spans: number[];
}

/** The spans of filled cells of one row: consecutive filled columns as one [left, right] pair. */
function rowSpans(grid: SheetGrid, row: number, out: number[]): void {
  const values = grid.model.values[row - grid.firstRow];
  if (!values) return;
  let start = -1;
  for (let i = 0; i <= values.length; i++) {
    const v = i < values.length ? values[i] : null;
    const filled = v !== null && v !== undefined && v !== "" && !(typeof v === "string" && isInvisible(v));
    if (filled && start < 0) start = i;
    else if (!filled && start >= 0) {
      out.push(grid.firstCol + start, grid.firstCol + i - 1);
      start = -1;
    }
  }
}

export function windows(grid: SheetGrid): Window[] {
  // rows holding something, with the column spans they hold
  const filled = new Map<number, number[]>();
  grid.model.values.forEach((_, i) => {
    const row = i + grid.firstRow;
    const spans: number[] = [];
    rowSpans(grid, row, spans);
    if (spans.length > 0) filled.set(row, spans);
  });
  for (const m of grid.model.merges) {
    // a merge holding nothing still marks its cells as part of a block (a blank merged value)
    const bottom = Math.min(m.bottom, grid.rowCount);
    for (let r = m.top; r <= bottom; r++) {
      let spans = filled.get(r);
      if (!spans) filled.set(r, (spans = []));
      spans.push(m.left, m.right);
    }
  }
  const rows = [...filled.keys()].sort((a, b) => a - b);
  const blocks: Block[] = [];
  for (const r of rows) {
    const last = blocks[blocks.length - 1];
    if (last && r - last.bottom <= BLANK_ROWS) {
      last.bottom = r;
      last.spans.push(...filled.get(r)!);
    } else blocks.push({ top: r, bottom: r, spans: [...filled.get(r)!] });
  }
  const out: Window[] = [];
  blocks.forEach((b, k) => {
    const next = blocks[k + 1];
    const bottom = Math.min(b.bottom + BLANK_ROWS, next ? next.top - 1 : Infinity);
    for (const band of bands(b.spans)) out.push({ top: b.top, bottom, left: band[0], right: band[1] });
  });
  return out;
}

/**
 * Column bands from the filled spans: spans that touch or overlap join; a band reaches right up to
 * the column before the next band, so a blank value just right of a table's last label stays in it.
 */
function bands(spans: number[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < spans.length; i += 2) pairs.push([spans[i], spans[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const p of pairs) {
    const last = joined[joined.length - 1];
    if (last && p[0] <= last[1] + 1) last[1] = Math.max(last[1], p[1]);
    else joined.push([p[0], p[1]]);
  }
  return joined.map((b, i) => [b[0], i + 1 < joined.length ? joined[i + 1][0] - 1 : Number.MAX_SAFE_INTEGER]);
}
