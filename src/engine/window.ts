import { SheetGrid } from "./sheet";
import { isInvisible } from "./normalize";
import { Rect } from "./address";
import { kindsOf } from "./labels";

/**
 * Where tables can be on a sheet. A table is bounded by its own block, not by whole rows: a
 * project list in A–D beside a table in F–L, or two tables side by side, share rows but not
 * columns. The sheet is cut into blocks of rows separated by at least BLANK_ROWS blank rows (the
 * row reader ends a table there anyway, so no table crosses such a cut); a block into segments at
 * its shorter runs of blank rows; each segment into bands of columns separated by at least one
 * column blank in every row of the segment (merged cells count as filled over their whole area).
 * A band goes on into the segment below where they overlap (a blank row under a table's header
 * leaves one band above and several below when a column of the indicators is blank). But a
 * segment that opens with a title or a 项目名称 begins a new table: there a band goes on only
 * where the two overlap one to one, and where a wide band meets two bands below it (a table
 * stacked a blank row above a narrower one with a list beside it) or two bands meet one, each part
 * is a window of its own, so the list never reads as part of the table above. One pass over the
 * cells and one over the merges.
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

/** Rows (relative) with no blank row between them, and the columns they fill. */
interface Segment {
  top: number;
  bottom: number;
  occ: Uint8Array;
  /** Its first row holds a title or a 项目名称 / 项目编码 label: a table begins here. */
  opens: boolean;
}

/** A band followed down the segments: its rows and the columns it has filled (relative). */
interface Band {
  top: number;
  bottom: number;
  /** Last row it may read: the blank rows after it, up to where the next part begins. */
  end: number;
  left: number;
  right: number;
}

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
  width = Math.max(width, 1);
  const out: Window[] = [];
  let segments: Segment[] = [];
  let seg: Segment | undefined;
  let mergeReach = -1;
  const flush = (next: number) => {
    if (segments.length === 0) return;
    const last = segments[segments.length - 1];
    const bands = chain(segments, Math.min(last.bottom + BLANK_ROWS, next - 1));
    for (const b of bands) {
      // a band reaches right up to the column before the next band beside it
      let right = Number.MAX_SAFE_INTEGER;
      for (const o of bands) if (o !== b && o.left > b.right && o.top <= b.end && b.top <= o.end) right = Math.min(right, o.left - 1 + left);
      out.push({ top: b.top + first, bottom: b.end + first, left: b.left + left, right });
    }
    segments = [];
    seg = undefined;
  };
  const fill = (i: number) => {
    if (seg && seg.bottom === i) return;
    if (seg && i - seg.bottom > BLANK_ROWS) flush(i);
    if (!seg || i - seg.bottom > 1) {
      seg = { top: i, bottom: i, occ: new Uint8Array(width), opens: false };
      segments.push(seg);
    }
    seg.bottom = i;
  };
  for (let i = 0; i <= lastRow; i++) {
    if (i <= mergeReach) fill(i);
    const row = values[i];
    if (row) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined || v === "" || (typeof v === "string" && isInvisible(v))) continue;
        fill(i);
        seg!.occ[c] = 1;
        if (seg!.top === i && !seg!.opens && typeof v === "string") seg!.opens = opensTable(v);
      }
    }
    const ms = mergesAt.get(i);
    if (ms) {
      fill(i);
      for (const m of ms) {
        seg!.occ.fill(1, Math.max(m.left - left, 0), m.right - left + 1);
        mergeReach = Math.max(mergeReach, Math.min(m.bottom, grid.rowCount) - first);
      }
    }
  }
  flush(Infinity);
  return out;
}

function opensTable(text: string): boolean {
  const k = kindsOf(text);
  return k.title || k.field === "name" || k.field === "code";
}

/** Runs of filled columns. */
function runs(occ: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let c = 0; c < occ.length; c++) {
    if (!occ[c]) continue;
    const start = c;
    while (c + 1 < occ.length && occ[c + 1]) c++;
    out.push([start, c]);
  }
  return out;
}

/** The bands of a block's segments, followed down the segments (see windows). */
function chain(segments: Segment[], end: number): Band[] {
  const done: Band[] = [];
  let open: Band[] = [];
  const overlaps = (b: Band, r: [number, number]) => b.left <= r[1] && r[0] <= b.right;
  for (const s of segments) {
    const here = runs(s.occ);
    const next: Band[] = [];
    // bands above that became one through a run below them
    const into = new Map<Band, Band>();
    const find = (b: Band): Band => {
      while (into.has(b)) b = into.get(b)!;
      return b;
    };
    for (const r of here) {
      const hits = open.filter((b) => overlaps(b, r));
      const goesOn = s.opens ? hits.length === 1 && here.filter((x) => overlaps(hits[0], x)).length === 1 : hits.length > 0;
      if (!goesOn) {
        next.push({ top: s.top, bottom: s.bottom, end: s.bottom, left: r[0], right: r[1] });
        continue;
      }
      const above = [...new Set(hits.map(find))];
      const b = above[0];
      for (const x of above.slice(1)) {
        b.top = Math.min(b.top, x.top);
        b.left = Math.min(b.left, x.left);
        b.right = Math.max(b.right, x.right);
        into.set(x, b);
        const i = next.indexOf(x);
        if (i >= 0) next.splice(i, 1);
      }
      b.left = Math.min(b.left, r[0]);
      b.right = Math.max(b.right, r[1]);
      b.bottom = s.bottom;
      if (!next.includes(b)) next.push(b);
    }
    for (const b of open) {
      if (into.has(b) || next.includes(b)) continue;
      b.end = s.top - 1;
      done.push(b);
    }
    open = next;
  }
  for (const b of open) {
    b.end = end;
    done.push(b);
  }
  return done;
}
