/**
 * What the add-in changed when it marked cells, kept IN THE WORKBOOK (a workbook setting), so that
 * "clear" works after save, close and reopen — in a new session, with no memory of the old one —
 * and so that re-marking never mistakes the add-in's own colour for the user's. Pure: no Office.js.
 *
 * Stored compactly under MARKS_SETTING as
 *   { v: 1, sheets: { "<name>": { id: "<worksheet id>", cells: { "C7": ["<previous fill>", "<colour applied>", 0|1] } } } }
 * where the previous fill is "" for No fill, "#RRGGBB" for a plain solid fill, or
 * "#RRGGBB|<pattern>|<tintAndShade>" otherwise; the colour applied is "" when only a note is left to
 * remove; the last field says whether the add-in wrote the cell's note.
 */

export const MARKS_SETTING = "jixiao.marks";

// The colours and the note's text live in the engine, shared with the command line's annotated copies.
export { NOTE_MARKER, SEVERITY_FILL, SEVERITY_RANK, noteText } from "../engine/marks";
import { NOTE_MARKER } from "../engine/marks";

/** A cell's fill exactly as getCellProperties reports it; null is No fill (tintAndShade null). */
export interface FillSnapshot {
  color: string;
  pattern: string;
  tintAndShade: number;
}

export type RecordedCell = [prev: string, applied: string, note: 0 | 1];

export interface SheetRecord {
  id?: string;
  cells: Record<string, RecordedCell>;
}

export interface MarkRecord {
  v: 1;
  sheets: Record<string, SheetRecord>;
}

export function emptyRecord(): MarkRecord {
  return { v: 1, sheets: {} };
}

/** Reads the stored record, tolerating a missing, older or damaged one (treated as empty). */
export function parseRecord(value: unknown): MarkRecord {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return emptyRecord();
    }
  }
  const o = v as Partial<MarkRecord> | null;
  if (!o || typeof o !== "object" || o.v !== 1 || !o.sheets || typeof o.sheets !== "object") return emptyRecord();
  const sheets: Record<string, SheetRecord> = {};
  for (const [name, s] of Object.entries(o.sheets)) {
    if (!s || typeof s !== "object" || !s.cells || typeof s.cells !== "object") continue;
    const cells: Record<string, RecordedCell> = {};
    for (const [cell, t] of Object.entries(s.cells)) {
      if (Array.isArray(t) && typeof t[0] === "string" && typeof t[1] === "string") cells[cell] = [t[0], t[1], t[2] ? 1 : 0];
    }
    sheets[name] = { id: typeof s.id === "string" ? s.id : undefined, cells };
  }
  return { v: 1, sheets };
}

/** The record as stored: a JSON string (Office serialises setting values; a string survives every host). */
export function serializeRecord(r: MarkRecord): string {
  const sheets: Record<string, SheetRecord> = {};
  for (const [name, s] of Object.entries(r.sheets)) if (Object.keys(s.cells).length > 0) sheets[name] = s;
  return JSON.stringify({ v: 1, sheets });
}

export function isEmptyRecord(r: MarkRecord): boolean {
  return Object.values(r.sheets).every((s) => Object.keys(s.cells).length === 0);
}

export function encodeFill(f: FillSnapshot | null): string {
  if (!f) return "";
  const color = f.color.toUpperCase();
  if (f.pattern === "Solid" && f.tintAndShade === 0) return color;
  return `${color}|${f.pattern}|${f.tintAndShade}`;
}

export function decodeFill(s: string): FillSnapshot | null {
  if (s === "") return null;
  const [color, pattern, tint] = s.split("|");
  return { color, pattern: pattern ?? "Solid", tintAndShade: tint === undefined ? 0 : Number(tint) };
}

/**
 * A getCellProperties fill → snapshot. tintAndShade is null exactly for No fill; colour alone cannot
 * tell No fill from white (both read "#FFFFFF", office-js #4900).
 */
export function snapshotOf(fill: { color?: string | null; pattern?: string | null; tintAndShade?: number | null } | undefined): FillSnapshot | null {
  if (!fill || fill.tintAndShade === null || fill.tintAndShade === undefined || fill.pattern === "None") return null;
  return { color: String(fill.color ?? "#FFFFFF").toUpperCase(), pattern: String(fill.pattern ?? "Solid"), tintAndShade: fill.tintAndShade };
}

/** Does the cell still show exactly the add-in's mark? */
export function isOurFill(cur: FillSnapshot | null, applied: string): boolean {
  return !!cur && applied !== "" && cur.pattern === "Solid" && cur.tintAndShade === 0 && cur.color.toUpperCase() === applied.toUpperCase();
}

export interface WantedMark {
  color: string;
  note: string;
}

/** A cell as it is now: its fill and its note's text (null when it has none, or notes are unsupported). */
export interface CurrentCell {
  fill: FillSnapshot | null;
  note: string | null;
}

export interface SheetPlan {
  /** Cells to give back their previous fill (null: fill.clear()). */
  restore: { cell: string; fill: FillSnapshot | null }[];
  /** Cells to paint. */
  mark: { cell: string; color: string }[];
  addNotes: { cell: string; content: string }[];
  updateNotes: { cell: string; content: string }[];
  deleteNotes: string[];
  /** The sheet's record after the writes. */
  cells: Record<string, RecordedCell>;
}

/**
 * The writes that take a sheet from its recorded marks (`old`) to the `wanted` ones, given what the
 * cells hold now. The rules that keep the user's work safe:
 *  - a cell's "previous fill" is what it had before the add-in first marked it: a cell still showing
 *    our mark keeps its recorded previous fill (our own colour is never snapshotted as the original);
 *  - a cell whose fill the user changed since we marked it is not restored over their change, and
 *    what they set becomes its previous fill;
 *  - a note is the add-in's only if it starts with NOTE_MARKER; a user's note is never overwritten or
 *    deleted (the message then lives in the pane only), and one the user edited loses the marker.
 */
export function planSheet(old: Record<string, RecordedCell>, wanted: Map<string, WantedMark>, current: Map<string, CurrentCell>, notes: boolean): SheetPlan {
  const plan: SheetPlan = { restore: [], mark: [], addNotes: [], updateNotes: [], deleteNotes: [], cells: {} };
  const cells = new Set([...Object.keys(old), ...wanted.keys()]);
  for (const cell of cells) {
    const cur = current.get(cell) ?? { fill: null, note: null };
    const rec = old[cell];
    const ours = !!rec && isOurFill(cur.fill, rec[1]);
    const original = ours ? decodeFill(rec[0]) : cur.fill;
    const noteIsOurs = cur.note !== null && cur.note.startsWith(NOTE_MARKER);
    const w = wanted.get(cell);
    if (w) {
      if (!(ours && rec[1].toUpperCase() === w.color.toUpperCase())) plan.mark.push({ cell, color: w.color });
      let noteFlag: 0 | 1 = 0;
      if (notes) {
        if (cur.note === null) {
          plan.addNotes.push({ cell, content: w.note });
          noteFlag = 1;
        } else if (noteIsOurs) {
          if (cur.note !== w.note) plan.updateNotes.push({ cell, content: w.note });
          noteFlag = 1;
        }
      } else if (rec?.[2]) noteFlag = 1; // an old note we cannot see here: still ours to remove later
      plan.cells[cell] = [encodeFill(original), w.color.toUpperCase(), noteFlag];
      continue;
    }
    if (!rec) continue;
    if (ours) plan.restore.push({ cell, fill: original });
    if (rec[2]) {
      if (notes) {
        if (noteIsOurs) plan.deleteNotes.push(cell);
      } else {
        // Notes unsupported on this Excel: keep the entry so a later clear on a newer Excel removes it.
        plan.cells[cell] = [encodeFill(original), "", 1];
      }
    }
  }
  return plan;
}
