/**
 * Clearing marks written by earlier versions of the add-in, which painted the user's cells and kept
 * what they had before in the workbook setting `jixiao.marks` (see highlight-record.ts). The marks
 * of this version are conditional formats (highlights.ts) and need no record; this module only
 * gives back the fills an old record still lists, then deletes the record.
 *
 * Three syncs: the record and the sheets; the listed cells' current fill (getCellProperties:
 * color, pattern, tintAndShade — the only way to tell No fill from white) and notes; one batch of
 * writes. A cell is restored only while it still shows exactly the old mark; a fill the user
 * changed since is theirs. Protected sheets are left alone and keep their entry.
 */

import type { HighlightResult } from "./port";
import { FEATURE_API, supports } from "./office-host";
import { runExcel } from "./excel-run";
import {
  CurrentCell,
  MARKS_SETTING,
  MarkRecord,
  RecordedCell,
  SheetPlan,
  WantedMark,
  emptyRecord,
  isEmptyRecord,
  parseRecord,
  planSheet,
  serializeRecord,
  snapshotOf,
} from "./highlight-record";

const FILL_PROPS: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true, tintAndShade: true } } };

/** Gives back what an old record lists (on `sheets`, or all) and narrows or deletes the record. Returns the protected sheets left. */
export async function clearLegacyMarks(sheets: string[] | undefined): Promise<string[]> {
  return (await rewrite({ kind: "clear", targets: sheets })).skippedSheets;
}

type Job = { kind: "clear"; targets?: string[] };

interface SheetWork {
  ws: Excel.Worksheet;
  name: string;
  id: string;
  /** Key of the sheet's entry in the record before (its old name after a rename), if any. */
  recordKey?: string;
  old: Record<string, RecordedCell>;
  wanted: Map<string, WantedMark>;
  reads: Map<string, { props: OfficeExtension.ClientResult<Excel.CellProperties[][]>; note?: Excel.Note }>;
  plan?: SheetPlan;
}

async function rewrite(job: Job): Promise<HighlightResult> {
  const notes = supports(FEATURE_API.notes);
  return runExcel(async (context) => {
    // Sync 1: the record and the sheets.
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
    setting.load("value");
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,items/name,items/protection/protected");
    await context.sync();

    const record: MarkRecord = setting.isNullObject ? emptyRecord() : parseRecord(setting.value);
    const before = serializeRecord(record);
    const byName = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws]));
    const byId = new Map(worksheets.items.map((ws) => [ws.id, ws]));
    const skippedSheets: string[] = [];
    const work: SheetWork[] = [];

    const recordKeyFor = (ws: Excel.Worksheet): string | undefined =>
      Object.keys(record.sheets).find((k) => k.toLowerCase() === ws.name.toLowerCase()) ??
      Object.keys(record.sheets).find((k) => record.sheets[k].id === ws.id && !byName.has(k.toLowerCase()));

    const consider = (ws: Excel.Worksheet | undefined, wanted: Map<string, WantedMark>, recordKey?: string) => {
      if (!ws) return;
      const key = recordKey ?? recordKeyFor(ws);
      const old = key ? record.sheets[key].cells : {};
      if (wanted.size === 0 && Object.keys(old).length === 0) return;
      if (ws.protection.protected) {
        // Never unprotect on the user's behalf; its record (if any) waits for a later clear.
        if (!skippedSheets.includes(ws.name)) skippedSheets.push(ws.name);
        return;
      }
      if (work.some((w) => w.id === ws.id)) return;
      work.push({ ws, name: ws.name, id: ws.id, recordKey: key, old, wanted, reads: new Map() });
    };

    {
      const wantedNames = job.targets ? new Set(job.targets.map((t) => t.toLowerCase())) : undefined;
      for (const key of Object.keys(record.sheets)) {
        const ws = byName.get(key.toLowerCase()) ?? (record.sheets[key].id ? byId.get(record.sheets[key].id!) : undefined);
        if (!ws) {
          // The sheet is gone (deleted): nothing left to restore.
          if (!wantedNames || wantedNames.has(key.toLowerCase())) delete record.sheets[key];
          continue;
        }
        if (wantedNames && !wantedNames.has(ws.name.toLowerCase()) && !wantedNames.has(key.toLowerCase())) continue;
        consider(ws, new Map(), key);
      }
    }

    // Sync 2: what the involved cells hold now.
    for (const w of work) {
      for (const cell of new Set([...Object.keys(w.old), ...w.wanted.keys()])) {
        const range = w.ws.getRange(cell);
        const props = range.getCellProperties(FILL_PROPS);
        let note: Excel.Note | undefined;
        if (notes) {
          note = w.ws.notes.getItemOrNullObject(cell);
          note.load("content");
        }
        w.reads.set(cell, { props, note });
      }
    }
    if (work.length > 0) await context.sync();

    // Sync 3: one batch of writes.
    let cells = 0;
    const interim: MarkRecord = { v: 1, sheets: { ...record.sheets } };
    for (const w of work) {
      const current = new Map<string, CurrentCell>();
      for (const [cell, r] of w.reads) {
        const fill = r.props.value[0]?.[0]?.format?.fill;
        current.set(cell, { fill: snapshotOf(fill), note: r.note && !r.note.isNullObject ? r.note.content : null });
      }
      w.plan = planSheet(w.old, w.wanted, current, notes);
      cells += w.wanted.size;
      if (w.recordKey) {
        delete record.sheets[w.recordKey];
        delete interim.sheets[w.recordKey];
      }
      record.sheets[w.name] = { id: w.id, cells: w.plan.cells };
      interim.sheets[w.name] = { id: w.id, cells: { ...w.old, ...w.plan.cells } };
    }
    const writes = work.some((w) => hasWrites(w.plan!));
    const after = serializeRecord(record);
    if (writes) {
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      // Excel does not roll back a failed batch: if a write below fails, the cells already changed
      // must still be on record. So the record first lists old and new marks together, and is
      // narrowed to the new ones after the last write.
      const first = serializeRecord(interim);
      if (first !== before && first !== after) context.workbook.settings.add(MARKS_SETTING, first);
    }
    for (const w of work) queueWrites(w);
    if (after !== before) {
      if (isEmptyRecord(record)) {
        if (!setting.isNullObject || writes) context.workbook.settings.getItem(MARKS_SETTING).delete();
      } else context.workbook.settings.add(MARKS_SETTING, after);
    }
    if (writes || after !== before) await context.sync();
    return { cells, skippedSheets, notes };
  });
}

function hasWrites(p: SheetPlan): boolean {
  return p.restore.length + p.mark.length + p.addNotes.length + p.updateNotes.length + p.deleteNotes.length > 0;
}

function queueWrites(w: SheetWork): void {
  const p = w.plan!;
  for (const { cell, fill } of p.restore) {
    const range = w.ws.getRange(cell);
    // No fill must come back as No fill: painting it white would hide the gridlines (office-js #2349).
    if (!fill) range.format.fill.clear();
    else range.setCellProperties([[{ format: { fill: { color: fill.color, pattern: fill.pattern as Excel.FillPattern, tintAndShade: fill.tintAndShade } } }]]);
  }
  for (const { cell, color } of p.mark) {
    w.ws.getRange(cell).setCellProperties([[{ format: { fill: { color, pattern: "Solid", tintAndShade: 0 } } }]]);
  }
  for (const cell of p.deleteNotes) w.reads.get(cell)?.note?.delete();
  for (const { cell, content } of p.updateNotes) {
    const note = w.reads.get(cell)?.note;
    if (note) note.content = content;
  }
  for (const { cell, content } of p.addNotes) w.ws.notes.add(w.ws.getRange(cell), content);
}
