/**
 * The add-in's marks, pure (no Office.js): what is ours, what to write, and how to cut the writes
 * into batches.
 *
 * A mark is a conditional format with a constant formula that carries MARK_TAG, e.g.
 * `=N("jixiao-mark:error")=0` (always true, since N of a text is 0). Excel keeps a conditional
 * format's "Applies to" in step with the cells through insert, delete, sort, cut and paste, and
 * copies it with a copied cell, so wherever a marked cell goes its mark goes too, and the add-in
 * still recognises it by its formula. The user's own fills are never written, so nothing of
 * theirs has to be remembered or given back. A note is ours when it starts with NOTE_MARKER.
 */

import type { Severity } from "../engine/rule";
import { NOTE_MARKER, SEVERITY_FILL, SEVERITY_RANK, WantedMark, noteText } from "./highlight-record";

export const MARK_TAG = "jixiao-mark";

export function markFormula(severity: Severity): string {
  return `=N("${MARK_TAG}:${severity}")=0`;
}

/** Is this conditional-format formula one of the add-in's marks? */
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(`"${MARK_TAG}:`);
}

/** The severity a mark's formula carries, or null for a conditional format that is not one of ours. */
export function markSeverity(formula: unknown): Severity | null {
  if (!isMarkFormula(formula)) return null;
  const m = new RegExp(`"${MARK_TAG}:(\\w+)"`).exec(String(formula));
  return m && m[1] in SEVERITY_RANK ? (m[1] as Severity) : null;
}

export function isOurNote(content: unknown): boolean {
  return typeof content === "string" && content.startsWith(NOTE_MARKER);
}

export interface Markable {
  sheet: string;
  cell: string;
  severity: Severity;
  message: string;
}

/** Per sheet (lower-cased name), per cell: the most severe finding's severity and every message. */
export function wantedMarks(findings: Markable[], maxCells = Infinity): Map<string, Map<string, WantedMark & { severity: Severity }>> {
  const byCell = new Map<string, { sheet: string; cell: string; rank: number; severity: Severity; messages: string[] }>();
  for (const f of findings) {
    const key = `${f.sheet.toLowerCase()}!${f.cell}`;
    const e = byCell.get(key) ?? { sheet: f.sheet.toLowerCase(), cell: f.cell, rank: 9, severity: f.severity, messages: [] };
    const rank = SEVERITY_RANK[f.severity] ?? 2;
    if (rank < e.rank) {
      e.rank = rank;
      e.severity = f.severity;
    }
    e.messages.push(f.message);
    byCell.set(key, e);
  }
  const kept = [...byCell.values()].sort((a, b) => a.rank - b.rank).slice(0, maxCells);
  const out = new Map<string, Map<string, WantedMark & { severity: Severity }>>();
  for (const e of kept) {
    if (!out.has(e.sheet)) out.set(e.sheet, new Map());
    out.get(e.sheet)!.set(e.cell, { color: SEVERITY_FILL[e.severity], severity: e.severity, note: noteText(e.messages) });
  }
  return out;
}

export interface NotePlan {
  add: { cell: string; content: string }[];
  /** Our notes whose text changes (by cell). */
  update: { cell: string; content: string }[];
  /** Our notes no longer wanted (by cell). */
  remove: string[];
}

/**
 * Notes that take a sheet from the notes it has (`current`, cell → content) to the wanted marks.
 * Only notes of ours are changed or removed; a cell with the user's note keeps it (the message then
 * lives in the pane only).
 */
export function planNotes(wanted: Map<string, WantedMark>, current: Map<string, string>): NotePlan {
  const plan: NotePlan = { add: [], update: [], remove: [] };
  for (const [cell, content] of current) {
    if (!isOurNote(content)) continue;
    const w = wanted.get(cell);
    if (!w) plan.remove.push(cell);
    else if (w.note !== content) plan.update.push({ cell, content: w.note });
  }
  for (const [cell, w] of wanted) if (!current.has(cell)) plan.add.push({ cell, content: w.note });
  return plan;
}

/**
 * Cell addresses joined into `getRanges` arguments ("C7,D9,…"), each under Excel's 8,192-character
 * address limit.
 */
export function addressChunks(cells: string[], maxChars = 8000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const c of cells) {
    if (cur && cur.length + 1 + c.length > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}

/** One queued write and the request bytes it is estimated to cost. */
export interface SizedWrite {
  bytes: number;
}

/** Request bytes of a write carrying `text`: UTF-8 (a Chinese character is 3 bytes) plus the action's framing. */
export function writeBytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) < 0x80 ? 1 : 3;
  return n + 200;
}

/** Consecutive writes packed into batches of at most `budget` estimated bytes (one write per batch at least). */
export function packWrites<T extends SizedWrite>(writes: T[], budget: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let size = 0;
  for (const w of writes) {
    if (cur.length > 0 && size + w.bytes > budget) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(w);
    size += w.bytes;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
