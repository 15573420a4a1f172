/**
 * Reading sheets into the engine's WorkbookModel, in a fixed number of syncs.
 *
 *   sync 1  every worksheet's id, name, visibility, protection.protected, and the workbook's name.
 *           (A collection load cannot call a method per item, so the used ranges need the list first.)
 *   sync 2  every listed sheet's getUsedRangeOrNullObject(true) position and size.
 *   sync 3… row blocks of values, text and numberFormat (and formulas when asked) plus the merged areas, for all sheets at once,
 *           packed by ReadPlanner so that each response stays under the payload budget. A workbook
 *           under the budget (about 4 MB of cell data) is read in exactly one such sync.
 *
 * readSheet (the re-check of one sheet after an edit) knows the sheet's name, so its syncs 1 and 2
 * are one: two syncs in all under the budget.
 *
 * Merged areas: Range.getMergedAreasOrNullObject (ExcelApi 1.13) on rows 0…bottom and columns
 * 0…right of the used range, because it returns only merges whose top-left cell lies inside the
 * queried range (office-js #3611) and a blank merge may start left of or above the values. It fails
 * above 512 areas; the row band is then halved and retried. Below ExcelApi 1.13 there is no
 * documented per-range way to list merges (the only other route is parsing the file from
 * Office.context.document.getFileAsync, which is far too heavy for a re-check), so sheets are read
 * WITHOUT merges. The engine still works there, because Excel keeps a merged area's value in its
 * top-left cell only and every other cell of the area reads empty; what is lost is the knowledge that
 * a blank cell belongs to a merge.
 *
 * A used range over Excel's 5,000,000-cell read limit is not skipped: the planner cuts it into
 * blocks of at most that many cells (and of the payload budget), so the table above a stray value
 * far below is still checked; it only costs more syncs.
 */

import type { CellValue, SheetModel, WorkbookModel } from "../engine/sheet";
import type { Rect } from "../engine/address";
import { parseRange, rangeA1 } from "../engine/address";
import type { ReadProgress, ReadResult } from "./port";
import { FEATURE_API, supports } from "./office-host";
import { isPayloadLimitError, runExcel } from "./excel-run";
import { EXCEL_CELL_READ_LIMIT, ReadPlanOptions, ReadPlanner, ReadUnit } from "./read-plan";
import type { SheetIdCache } from "./sheet-ids";

export interface ReadOptions extends ReadPlanOptions {
  /**
   * No block read asks for more cells than this (Excel's read limit, default 5,000,000): a sheet
   * whose used range is larger (one stray value far below the table) is read in blocks of it.
   */
  cellLimit?: number;
  /** Read hidden and very hidden sheets too. Default false: they are listed in `skipped`. */
  includeHidden?: boolean;
  /** Safety stop against a host that keeps refusing; far above any real workbook. Default 10,000. */
  maxSyncs?: number;
  /**
   * Also read the cells' formulas, in the same syncs (更新当前表: a user's formula is never replaced
   * unasked). Off for checking: it adds a copy of every value to each response.
   */
  formulas?: boolean;
}

/** What syncs 1–2 learned about one sheet. */
interface SheetInfo {
  ws: Excel.Worksheet;
  id: string;
  name: string;
  visibility: string;
  protected: boolean;
  /** The used range (values only), or null for a blank sheet. */
  used: { row: number; col: number; rows: number; cols: number } | null;
}

/** One sheet being assembled from its blocks. */
interface SheetBuffer {
  info: SheetInfo;
  values: CellValue[][];
  text: string[][];
  numberFormat: string[][];
  /** Only where a cell holds a formula (options.formulas). */
  formulas: string[][];
  merges: Map<string, Rect>;
  /** Set when Excel refused to give the values (null over its cell limit). */
  failure?: string;
  mergesIncomplete?: boolean;
}

export async function readWorkbook(options: ReadOptions = {}, onProgress?: (p: ReadProgress) => void, ids?: SheetIdCache): Promise<ReadResult> {
  return runExcel(async (context) => {
    const book = context.workbook;
    book.load("name");
    const sheets = book.worksheets;
    sheets.load("items/id,items/name,items/visibility,items/protection/protected");
    await context.sync(); // sync 1

    const listed = sheets.items.map((ws) => ({ ws, id: ws.id, name: ws.name, visibility: String(ws.visibility), protected: ws.protection.protected }));
    ids?.setAll(listed);
    onProgress?.({ sheetsDone: 0, sheetsTotal: listed.length });
    const used = listed.map((s) => loadUsedRange(s.ws));
    await context.sync(); // sync 2

    const infos = listed.map((s, i) => ({ ...s, used: usedOf(used[i]) }));
    return readContents(context, infos, book.name, options, onProgress);
  });
}

/** Re-read one sheet (after an edit). A sheet that no longer exists comes back in `skipped`. */
export async function readSheet(name: string, options: ReadOptions = {}, ids?: SheetIdCache): Promise<ReadResult> {
  return runExcel(async (context) => {
    const book = context.workbook;
    book.load("name");
    const ws = book.worksheets.getItemOrNullObject(name);
    ws.load("id,name,visibility,protection/protected");
    const used = loadUsedRange(ws);
    await context.sync(); // sync 1: the sheet and its used range together
    if (ws.isNullObject) {
      return { workbook: { name: book.name, sheets: [] }, skipped: [{ sheet: name, reason: "这个工作表已不存在" }], protectedSheets: [] };
    }
    ids?.set(ws.id, ws.name);
    const info: SheetInfo = { ws, id: ws.id, name: ws.name, visibility: String(ws.visibility), protected: ws.protection.protected, used: usedOf(used) };
    return readContents(context, [info], book.name, options);
  });
}

function loadUsedRange(ws: Excel.Worksheet): Excel.Range {
  // valuesOnly: formatting alone (a whole column coloured) must not stretch the read to row 1,048,576.
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return used;
}

function usedOf(r: Excel.Range): SheetInfo["used"] {
  return r.isNullObject ? null : { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

async function readContents(
  context: Excel.RequestContext,
  infos: SheetInfo[],
  bookName: string,
  options: ReadOptions,
  onProgress?: (p: ReadProgress) => void,
): Promise<ReadResult> {
  const cellLimit = options.cellLimit ?? EXCEL_CELL_READ_LIMIT;
  const planner = new ReadPlanner({ ...options, maxCellsPerUnit: Math.min(options.maxCellsPerUnit ?? cellLimit, cellLimit) });
  const withMerges = supports(FEATURE_API.mergedAreas);
  const skipped: ReadResult["skipped"] = [];
  const buffers: (SheetBuffer | null)[] = infos.map((info, i) => {
    if (info.visibility !== "Visible" && !options.includeHidden) {
      skipped.push({ sheet: info.name, reason: info.visibility === "VeryHidden" ? "工作表被深度隐藏，未检查" : "工作表已隐藏，未检查" });
      return null;
    }
    const u = info.used;
    if (u) {
      planner.add({ kind: "cells", sheet: i, row: u.row, col: u.col, rows: u.rows, cols: u.cols });
      if (withMerges) planner.add({ kind: "merges", sheet: i, row: 0, col: 0, rows: u.row + u.rows, cols: u.col + u.cols });
    }
    return { info, values: [], text: [], numberFormat: [], formulas: [], merges: new Map() };
  });

  const progress = () => {
    if (!onProgress) return;
    const done = infos.filter((_, i) => planner.pendingFor(i) === 0).length;
    onProgress({ sheetsDone: done, sheetsTotal: infos.length });
  };
  progress();

  const maxSyncs = options.maxSyncs ?? 10_000;
  for (let syncs = 0; !planner.done; syncs++) {
    if (syncs >= maxSyncs) throw new Error(`Reading the workbook needed more than ${maxSyncs} round trips; stopped.`);
    const batch = planner.nextBatch();
    const queued = batch.map((u) => queueUnit(infos[u.sheet].ws, u, !!options.formulas));
    try {
      await context.sync();
    } catch (e) {
      if (isPayloadLimitError(e)) {
        const smallest = batch.length === 1 && batch[0].rows === 1 && (batch[0].cols === 1 || batch[0].kind === "merges");
        if (smallest) throw e; // one cell over the limit: nothing left to split
        planner.failed(batch);
        continue;
      }
      // Excel's error for too many merged areas is undocumented (and may differ by platform), so
      // ANY failure of a batch that asks for merges is answered by asking for them in smaller row
      // bands; a one-row band that still fails is given up (that sheet is read without its merges).
      // A failure that is not the merges' own comes back once no merges are left in the batch.
      if (withMerges && batch.some((u) => u.kind === "merges")) {
        for (const d of planner.failedOnMerges(batch)) buffers[d.sheet]!.mergesIncomplete = true;
        continue;
      }
      throw e;
    }
    let cells = 0;
    let bytes = 0;
    batch.forEach((u, k) => {
      const buf = buffers[u.sheet]!;
      const q = queued[k];
      if (q.kind === "cells") {
        cells += u.rows * u.cols;
        bytes += storeCells(buf, u, q.range, !!options.formulas);
      } else if (!q.areas.isNullObject) {
        for (const a of q.areas.areas.items) {
          const r = parseRange(a.address);
          buf.merges.set(`${r.top}:${r.left}`, r);
        }
      }
      // Release the proxies: thousands of them would otherwise live until the run ends.
      q.range.untrack();
    });
    planner.succeeded(cells, bytes);
    progress();
  }

  const sheets: SheetModel[] = [];
  const protectedSheets: string[] = [];
  for (const buf of buffers) {
    if (!buf) continue;
    if (buf.failure) {
      skipped.push({ sheet: buf.info.name, reason: buf.failure });
      continue;
    }
    sheets.push(toSheetModel(buf));
    if (buf.info.protected) protectedSheets.push(buf.info.name);
  }
  const workbook: WorkbookModel = { name: bookName, sheets };
  return { workbook, skipped, protectedSheets };
}

type Queued = { kind: "cells"; range: Excel.Range } | { kind: "merges"; range: Excel.Range; areas: Excel.RangeAreas };

function queueUnit(ws: Excel.Worksheet, u: ReadUnit, formulas: boolean): Queued {
  const range = ws.getRangeByIndexes(u.row, u.col, u.rows, u.cols);
  if (u.kind === "cells") {
    range.load("values,text,numberFormat");
    if (formulas) range.load("formulas");
    return { kind: "cells", range };
  }
  const areas = range.getMergedAreasOrNullObject();
  areas.load("areas/items/address");
  return { kind: "merges", range, areas };
}

/** Copies one loaded block into the sheet's buffer; returns its size as JSON (for the planner). */
function storeCells(buf: SheetBuffer, u: ReadUnit, range: Excel.Range, withFormulas: boolean): number {
  const values = range.values as unknown;
  // Over the 5,000,000-cell read limit Excel may return null instead of failing (DOCS performance.md).
  if (!Array.isArray(values)) {
    const where = rangeA1({ top: u.row, left: u.col, bottom: u.row + u.rows - 1, right: u.col + u.cols - 1 });
    buf.failure = `Excel 没有返回 ${where} 的内容（超过一次读取的单元格上限），未检查`;
    return 0;
  }
  const text = range.text;
  const formats = range.numberFormat as unknown[][];
  const formulas = withFormulas ? (range.formulas as unknown[][]) : undefined;
  const used = buf.info.used!;
  let bytes = 0;
  for (let i = 0; i < u.rows; i++) {
    const r = u.row - used.row + i;
    const c0 = u.col - used.col;
    const vRow = values[i] as unknown[];
    const tRow = text?.[i] ?? [];
    const fRow = formats?.[i] ?? [];
    const xRow = formulas?.[i];
    bytes += jsonBytes(vRow) + jsonBytes(tRow) + jsonBytes(fRow) + (xRow ? jsonBytes(xRow) : 0);
    const vs = (buf.values[r] ??= []);
    const ts = (buf.text[r] ??= []);
    const fs = (buf.numberFormat[r] ??= []);
    for (let j = 0; j < u.cols; j++) {
      vs[c0 + j] = vRow[j] as CellValue;
      ts[c0 + j] = tRow[j] as string;
      fs[c0 + j] = fRow[j] as string;
      const x = xRow?.[j];
      if (typeof x === "string" && x.startsWith("=")) (buf.formulas[r] ??= [])[c0 + j] = x;
    }
  }
  return bytes;
}

/**
 * The engine's compact shape, the same the .xlsx reader builds: "" becomes null, rows lose their
 * trailing blanks, `text` is kept only where it differs from String(value), `numberFormats` only
 * where not General — so an Excel read and a file read of one workbook give equal models.
 */
function toSheetModel(buf: SheetBuffer): SheetModel {
  const used = buf.info.used;
  const merges = [...buf.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  if (!used) return { name: buf.info.name, originRow: 0, originCol: 0, values: [], merges };
  const values: CellValue[][] = [];
  let text: string[][] | undefined;
  let numberFormats: string[][] | undefined;
  let formulas: string[][] | undefined;
  for (let i = 0; i < used.rows; i++) {
    const vs = buf.values[i] ?? [];
    const row: CellValue[] = [];
    let end = 0;
    for (let j = 0; j < used.cols; j++) {
      const v = vs[j];
      const value: CellValue = v === undefined || v === null || v === "" ? null : v;
      row.push(value);
      if (value !== null) end = j + 1;
      const t = buf.text[i]?.[j];
      if (value !== null && typeof t === "string" && t !== String(value)) ((text ??= [])[i] ??= [])[j] = t;
      const f = buf.numberFormat[i]?.[j];
      if (typeof f === "string" && f !== "" && f !== "General") ((numberFormats ??= [])[i] ??= [])[j] = f;
      const x = buf.formulas[i]?.[j];
      if (x !== undefined) ((formulas ??= [])[i] ??= [])[j] = x;
    }
    row.length = end;
    values.push(row);
  }
  const sheet: SheetModel = { name: buf.info.name, originRow: used.row, originCol: used.col, values, merges };
  if (text) sheet.text = text;
  if (numberFormats) sheet.numberFormats = numberFormats;
  if (formulas) sheet.formulas = formulas;
  return sheet;
}

/** UTF-8 length of JSON.stringify(row) without building the string. */
function jsonBytes(row: unknown[]): number {
  let n = 2 + Math.max(0, row.length - 1);
  for (const v of row) {
    if (typeof v === "string") n += 2 + utf8Length(v);
    else if (v === null || v === undefined) n += 4;
    else n += String(v).length;
  }
  return n;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += c === 0x22 || c === 0x5c || c < 0x20 ? 2 : 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
