/**
 * Marking the findings' cells, and removing every mark, whatever the user did in between.
 *
 * A mark is a conditional format of the add-in's own (marks.ts), never a change to the user's fill:
 * Excel moves it with the cell on insert, delete, sort and cut, copies it with a copied cell, and
 * clearing deletes every conditional format that carries the add-in's tag, on every sheet. Notes
 * (ExcelApi 1.18) carry the messages and are recognised by their marker in the same way.
 *
 * applyHighlights on named sheets replaces their marks in 3 syncs at most —
 *   1. the sheets (by name: id, protection), their conditional formats (type and formula) and notes;
 *   2. where each note is (only on sheets that get marks and have notes);
 *   3. the writes: our old formats and notes out, the new ones in.
 * clearHighlights reads the sheet list first, then 1, then deletes: 3 syncs. The writes are packed
 * into batches of at most the read budget (4 MB estimated, of Excel on the web's 5 MB request
 * limit); a batch Excel still refuses for its size is split in two and each half sent. Writes run
 * inside the WriteGuard so the change watcher does not report them on Excel below 1.14. Protected
 * sheets are never unprotected: they are named.
 *
 * Marks of earlier versions (painted fills listed in the `jixiao.marks` setting) are given back
 * first, by legacy-marks.ts, whenever that setting is still there.
 *
 * The same syncs colour the sheet tabs (tab-colors.ts): read with the sheets in sync 1, written with
 * the marks, the record of what the add-in set kept in the `jixiao.tabs` setting.
 */

import type { Finding } from "../engine/rule";
import { parseA1 } from "../engine/address";
import type { HighlightResult } from "./port";
import { FEATURE_API, supports } from "./office-host";
import { isPayloadLimitError, runExcel } from "./excel-run";
import type { WriteGuard } from "./write-guard";
import { MARKS_SETTING } from "./highlight-record";
import { DEFAULT_BUDGET_BYTES } from "./read-plan";
import { clearLegacyMarks } from "./legacy-marks";
import { TABS_SETTING, parseTabRecord, planTabs, tabColorFor } from "./tab-colors";
import { Markable, addressChunks, isMarkFormula, isOurNote, markFormula, packWrites, planNotes, wantedMarks, writeBytes } from "./marks";

export interface HighlightOptions {
  guard: WriteGuard;
  /** At most this many cells are marked in one apply, most severe first (default: all). */
  maxCells?: number;
  /** Estimated request bytes per write batch (default 4 MB, as reads). */
  budgetBytes?: number;
}

type MarksOfSheet = NonNullable<ReturnType<ReturnType<typeof wantedMarks>["get"]>>;

interface Write {
  bytes: number;
  queue(): void;
}

interface SheetState {
  ws: Excel.Worksheet;
  name: string;
  formats: Excel.ConditionalFormatCollection;
  notes?: Excel.NoteCollection;
  locations: { note: Excel.Note; where: Excel.Range }[];
}

export async function applyHighlights(findings: Finding[], sheets: string[] | undefined, options: HighlightOptions): Promise<HighlightResult> {
  const targets = sheets ?? [...new Set(findings.map((f) => f.sheet))];
  const marks = markable(findings, new Set(targets.map((t) => t.toLowerCase())));
  const wanted = wantedMarks(marks, options.maxCells);
  const tabs = new Map<string, string>();
  for (const t of targets) {
    const color = tabColorFor(findings.filter((f) => f.sheet.toLowerCase() === t.toLowerCase()).map((f) => f.severity));
    if (color) tabs.set(t.toLowerCase(), color);
  }
  return options.guard.around(() => withRetry(() => rewrite(targets, wanted, tabs, options)));
}

export async function clearHighlights(sheets: string[] | undefined, options: HighlightOptions): Promise<void> {
  await options.guard.around(() => withRetry(() => rewrite(sheets, new Map(), new Map(), options)));
}

/** Findings with a cell address on the target sheets (others stay in the pane only). */
function markable(findings: Finding[], sheets: Set<string>): Markable[] {
  const out: Markable[] = [];
  for (const f of findings) {
    if (!sheets.has(f.sheet.toLowerCase())) continue;
    try {
      const p = parseA1(f.cell);
      if (p.row < 0 || p.col < 0) continue;
    } catch {
      continue; // not a cell address: nothing to mark, the pane still lists it
    }
    out.push({ sheet: f.sheet, cell: f.cell.replace(/\$/g, "").toUpperCase(), severity: f.severity, message: f.message });
  }
  return out;
}

/**
 * Another pane (a second window on the same workbook) may delete one of our formats between our
 * read and our write; the write then fails with ItemNotFound. Reading again and rewriting once
 * converges: both panes write the same marks for the same findings.
 */
async function withRetry<T>(job: () => Promise<T>): Promise<T> {
  try {
    return await job();
  } catch (e) {
    if (isPayloadLimitError(e)) throw e;
    return job();
  }
}

/** Is this loaded conditional format one of our marks? */
function ours(cf: Excel.ConditionalFormat): boolean {
  return cf.type === "Custom" && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula);
}

/** Targets undefined: every sheet (clear). `wanted` empty: remove marks only. */
async function rewrite(
  targets: string[] | undefined,
  wanted: ReturnType<typeof wantedMarks>,
  tabs: Map<string, string>,
  options: HighlightOptions,
): Promise<HighlightResult> {
  const notes = supports(FEATURE_API.notes);
  return runExcel(async (context) => {
    // Sync 1: the legacy record, the sheets, their formats (with their formulas) and notes. Named
    // targets are asked for by name, so that this is one sync; "every sheet" needs the list first.
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
    const tabSetting = context.workbook.settings.getItemOrNullObject(TABS_SETTING);
    tabSetting.load("value");
    let sheets: Excel.Worksheet[];
    if (targets) sheets = targets.map((t) => context.workbook.worksheets.getItemOrNullObject(t));
    else {
      const all = context.workbook.worksheets;
      all.load("items/name");
      await context.sync();
      sheets = all.items;
    }
    const states: SheetState[] = sheets.map((ws) => {
      ws.load("id,name,tabColor,protection/protected");
      const formats = ws.getRange().conditionalFormats;
      formats.load("items/type,items/customOrNullObject/rule/formula");
      const st: SheetState = { ws, name: "", formats, locations: [] };
      if (notes) {
        st.notes = ws.notes;
        st.notes.load("items/content");
      }
      return st;
    });
    await context.sync();

    let skipped: string[] = [];
    if (!setting.isNullObject) skipped = await clearLegacyMarks(targets);
    const live: SheetState[] = [];
    for (const st of states) {
      if (st.ws.isNullObject) continue;
      st.name = st.ws.name;
      if (st.ws.protection.protected) {
        // Never unprotect on the user's behalf; its marks (if any) wait for a later clear.
        if (wanted.get(st.name.toLowerCase())?.size || st.formats.items.some(ours)) skipped.push(st.name);
        continue;
      }
      live.push(st);
    }

    // Sync 2 (only where notes meet wanted marks): where each note is.
    for (const st of live) {
      if (!wanted.get(st.name.toLowerCase())?.size) continue;
      for (const note of st.notes?.items ?? []) {
        const where = note.getLocation();
        where.load("address");
        st.locations.push({ note, where });
      }
    }
    if (live.some((s) => s.locations.length > 0)) await context.sync();

    // The writes: out with the old, in with the new.
    const writes: Write[] = [];
    let cells = 0;
    for (const st of live) {
      for (const cf of st.formats.items) if (ours(cf)) writes.push({ bytes: 200, queue: () => cf.delete() });
      const want: MarksOfSheet = wanted.get(st.name.toLowerCase()) ?? new Map();
      cells += want.size;
      const bySeverity = new Map<string, { color: string; cells: string[] }>();
      for (const [cell, w] of want) {
        const e = bySeverity.get(w.severity) ?? { color: w.color, cells: [] };
        e.cells.push(cell);
        bySeverity.set(w.severity, e);
      }
      for (const [severity, { color, cells: list }] of bySeverity) {
        for (const address of addressChunks(list)) {
          writes.push({
            bytes: writeBytes(address),
            queue: () => {
              const cf = st.ws.getRanges(address).conditionalFormats.add(Excel.ConditionalFormatType.custom);
              cf.custom.rule.formula = markFormula(severity as Finding["severity"]);
              cf.custom.format.fill.color = color;
            },
          });
        }
      }
      if (!st.notes) continue;
      if (want.size === 0) {
        for (const note of st.notes.items) if (isOurNote(note.content)) writes.push({ bytes: 200, queue: () => note.delete() });
        continue;
      }
      const byCell = new Map<string, Excel.Note>();
      const current = new Map<string, string>();
      for (const { note, where } of st.locations) {
        const cell = where.address.split("!").pop()!.replace(/\$/g, "");
        byCell.set(cell, note);
        current.set(cell, note.content);
      }
      const plan = planNotes(want, current);
      for (const cell of plan.remove) writes.push({ bytes: 200, queue: () => byCell.get(cell)!.delete() });
      for (const { cell, content } of plan.update)
        writes.push({
          bytes: writeBytes(content),
          queue: () => {
            byCell.get(cell)!.content = content;
          },
        });
      for (const { cell, content } of plan.add) writes.push({ bytes: writeBytes(cell + content), queue: () => st.ws.notes.add(cell, content) });
    }
    const tabPlan = planTabs(
      live.map((st) => ({ id: st.ws.id, name: st.name, color: st.ws.tabColor })),
      tabs,
      parseTabRecord(tabSetting.isNullObject ? undefined : tabSetting.value),
    );
    for (const t of tabPlan.set) {
      const ws = live.find((st) => st.ws.id === t.id)!.ws;
      writes.push({ bytes: 200, queue: () => (ws.tabColor = t.color) });
    }
    if (tabPlan.changed) {
      const empty = Object.keys(tabPlan.record).length === 0;
      writes.push({
        bytes: writeBytes(JSON.stringify(tabPlan.record)),
        queue: () => (empty ? tabSetting.delete() : context.workbook.settings.add(TABS_SETTING, JSON.stringify(tabPlan.record))),
      });
    }
    for (const batch of packWrites(writes, options.budgetBytes ?? DEFAULT_BUDGET_BYTES)) await send(context, batch);
    return { cells, skippedSheets: [...new Set(skipped)], notes };
  });
}

/** One batch of writes; refused for its size (Excel on the web), it is split in two and each half sent. */
async function send(context: Excel.RequestContext, batch: Write[]): Promise<void> {
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const w of batch) w.queue();
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimitError(e) || batch.length < 2) throw e;
    const half = Math.ceil(batch.length / 2);
    await send(context, batch.slice(0, half));
    await send(context, batch.slice(half));
  }
}
