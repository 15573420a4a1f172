/**
 * A fast reader of the few .xlsx parts the checker needs (workbook, rels, shared strings, styles,
 * sheet cells and merges), with fflate for the zip and saxes for the XML.
 *
 * Why: exceljs builds a full object model (styles, fonts, every cell's model, a quadratic merge
 * check) that the checker never reads; that made `check` slower than opening the file. This reader
 * emits the same raw cells exceljs would hold (type, value, formula result, number format, merge
 * continuations), so the one converter (sheetFromExcelJS) turns both into the engine's model and
 * values, display text and merges stay exactly as they were. Anything it does not expect throws a
 * plain Error and the caller falls back to exceljs; a workbook too big to check throws ReadError.
 *
 * Node only (fflate's Node build; Buffers).
 */
import { unzipSync, type Unzipped, type UnzipFileInfo } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import * as posix from "path/posix";
import { ExcelJSConversion, RawRow as ExcelJSRawRow, sheetFromExcelJS, TextFormatter } from "./exceljs-model";
import type { SheetModel, WorkbookModel } from "../engine/sheet";

// exceljs ValueType numbers (as in exceljs-model.ts)
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_FORMULA = 6;
const T_RICH_TEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

/**
 * Above this many cells in one workbook the file is refused with a reason: a 绩效目标表 workbook
 * of 20,000 tables holds about 2.5 million; a sheet of a million rows would exhaust memory and
 * take the batch with it.
 */
export const MAX_CELLS = Number(process.env.JIXIAO_MAX_CELLS) > 0 ? Number(process.env.JIXIAO_MAX_CELLS) : 4_000_000;
/** One XML part bigger than this (uncompressed) cannot become one string; refuse before trying. */
export const MAX_PART_BYTES = 400 * 2 ** 20;
/** Merge continuations created for row/column number formats only up to this size per merge. */
const MAX_MERGE_FILL = 10_000;

/** Why a workbook is refused before it is read in full. */
export interface TooBig {
  kind: "cells" | "part";
  /** cells counted when reading stopped, or the part's uncompressed bytes */
  amount: number;
  limit: number;
  sheet?: string;
}

export class TooBigError extends Error {
  constructor(readonly info: TooBig) {
    super(`too big: ${info.kind} ${info.amount} > ${info.limit}`);
    this.name = "TooBigError";
  }
}

/** Where reading one workbook spends its time, in ms (for `npm run bench`). */
export interface ReadStages {
  /** inflating the parts and decoding them to text */
  unzip: number;
  /** scanning the XML */
  xml: number;
  /** building the engine's sheets from what was scanned (merges, values, display text) */
  model: number;
}

const now = () => performance.now();

export interface DirectConversion extends ExcelJSConversion {
  /** Sheets the workbook lists whose part is absent from the file (they cannot be checked). */
  missingSheets: string[];
}

type RawRow = Required<ExcelJSRawRow>;

const NO_STYLE: { numFmt?: string } = {};

/** Local name of a possibly prefixed XML name ("x:row" → "row"): some writers prefix every tag. */
function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

function attr(node: SaxesTagPlain, name: string): string | undefined {
  const a = node.attributes as Record<string, string>;
  const v = a[name];
  if (v !== undefined) return v;
  for (const key of Object.keys(a)) if (local(key) === name) return a[key];
  return undefined;
}

/** Run saxes over a part; handlers get local names. */
function parse(xml: string, open: (name: string, node: SaxesTagPlain) => void, close: (name: string) => void, text: (t: string) => void): void {
  const p = new SaxesParser();
  p.on("opentag", (node) => open(local(node.name), node as SaxesTagPlain));
  p.on("closetag", (node) => close(local(node.name)));
  p.on("text", text);
  p.on("cdata", text);
  p.on("error", (e) => {
    throw e;
  });
  p.write(xml).close();
}

const decoder = new TextDecoder("utf-8");

function partText(files: Unzipped, name: string): string | undefined {
  const bytes = files[name];
  return bytes === undefined ? undefined : decoder.decode(bytes);
}

/** exceljs's test for a date format (values under it become Dates there, serials again in the converter). */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** exceljs decodes t="str" values once more after the XML parser (so "&amp;lt;" reads "<"). */
function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** OOXML escapes of characters XML cannot hold ("_x000D_"), as exceljs undoes them in <t>. */
function unescapeX(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// ---------------------------------------------------------------------------------------------
// Workbook-level parts
// ---------------------------------------------------------------------------------------------

interface SheetEntry {
  name: string;
  state?: string;
  rid?: string;
}

function readWorkbookPart(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parse(
    xml,
    (name, node) => {
      if (name === "sheet") {
        const n = attr(node, "name");
        if (n === undefined) throw new Error("sheet without a name");
        sheets.push({ name: n, state: attr(node, "state"), rid: attr(node, "id") });
      } else if (name === "workbookPr") {
        const d = attr(node, "date1904");
        date1904 = d === "1" || d === "true";
      }
    },
    () => undefined,
    () => undefined,
  );
  return { sheets, date1904 };
}

interface Rel {
  target: string;
  type: string;
}

function readRels(xml: string, base: string): Map<string, Rel> {
  const rels = new Map<string, Rel>();
  parse(
    xml,
    (name, node) => {
      if (name !== "Relationship") return;
      const id = attr(node, "Id");
      const target = attr(node, "Target");
      if (!id || !target || attr(node, "TargetMode") === "External") return;
      const resolved = target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(base, target));
      rels.set(id, { target: resolved, type: attr(node, "Type") ?? "" });
    },
    () => undefined,
    () => undefined,
  );
  return rels;
}

/** Shared strings as plain text (rich runs joined, phonetic guides left out), as the converter flattens them. */
function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let depth = 0; // inside <si>
  let inT = false;
  let inPhonetic = false;
  let buf = "";
  let runs = false;
  let plain = "";
  parse(
    xml,
    (name) => {
      if (name === "si") {
        depth = 1;
        buf = "";
        plain = "";
        runs = false;
      } else if (depth) {
        if (name === "rPh") inPhonetic = true;
        else if (name === "r") runs = true;
        else if (name === "t" && !inPhonetic) {
          inT = true;
          plain = "";
        }
      }
    },
    (name) => {
      if (name === "si") {
        out.push(buf);
        depth = 0;
      } else if (name === "rPh") inPhonetic = false;
      else if (name === "t" && inT) {
        inT = false;
        // a plain <si><t> is the whole string; runs add up
        buf = runs ? buf + unescapeX(plain) : unescapeX(plain);
      }
    },
    (t) => {
      if (inT) plain += t;
    },
  );
  return out;
}

/** Number format code per cellXfs index (undefined: General or none), as exceljs resolves it. */
function readStyles(xml: string | undefined, builtin: (id: number) => string | undefined): (string | undefined)[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  parse(
    xml,
    (name, node) => {
      if (name === "numFmt") {
        const id = parseInt(attr(node, "numFmtId") ?? "", 10);
        const code = attr(node, "formatCode");
        // exceljs drops the backslash escapes ("yyyy\\-mm" → "yyyy-mm"); the converter and the engine expect that
        if (!Number.isNaN(id) && code !== undefined) custom.set(id, code.replace(/[\\](.)/g, "$1"));
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfIds.push(parseInt(attr(node, "numFmtId") ?? "", 10));
    },
    (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
    () => undefined,
  );
  return xfIds.map((id) => (id ? custom.get(id) || builtin(id) || undefined : undefined));
}

// ---------------------------------------------------------------------------------------------
// One sheet
// ---------------------------------------------------------------------------------------------

function colNumber(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) {
    const ch = letters.charCodeAt(i);
    col = col * 26 + ((ch >= 97 ? ch - 32 : ch) - 64);
  }
  return col;
}

const ADDRESS = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function parseAddress(a: string): { row: number; col: number } | undefined {
  const m = ADDRESS.exec(a.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1]) } : undefined;
}

interface SheetContext {
  sharedStrings: string[];
  numFmts: (string | undefined)[];
  date1904: boolean;
  formatter: TextFormatter;
  /** cells read so far in the workbook (for MAX_CELLS) */
  cells: { count: number };
  stages?: ReadStages;
}

interface CellState {
  row: number;
  col: number;
  t?: string;
  styleId: number;
  formula?: string;
  shareType?: string;
  value?: string;
  /** rich runs of an inline string */
  runs?: string[];
  node?: "f" | "v" | "t";
}

function readSheet(xml: string, name: string, ctx: SheetContext): SheetModel {
  const rows: (RawRow | undefined)[] = [];
  const rowStyle: (string | undefined)[] = [];
  const colStyles: { min: number; max: number; numFmt: string }[] = [];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  const { sharedStrings, numFmts, date1904 } = ctx;
  let rowNo = 0;
  let colNo = 0;
  let cell: CellState | undefined;
  let runText: string | undefined; // inside <is><r><t>
  let inPhonetic = false;

  const finish = (c: CellState) => {
    const numFmt = c.styleId ? numFmts[c.styleId] : undefined;
    const style = c.styleId && c.styleId < numFmts.length ? (numFmt ? { numFmt } : NO_STYLE) : NO_STYLE;
    let type: number;
    let value: unknown;
    let result: unknown;
    const v = c.runs ? undefined : c.value;
    if (c.formula || c.shareType) {
      type = T_FORMULA;
      if (v) {
        if (c.t === "str") result = xmlDecode(v);
        else if (c.t === "b") result = parseInt(v, 10) !== 0;
        else if (c.t === "e") result = { error: v };
        else result = parseFloat(v);
      }
      if (result !== undefined && isDateFmt(numFmt)) result = excelToDate(result, date1904);
      value = c.formula ? { formula: c.formula, result } : { result };
    } else if (c.runs) {
      type = T_RICH_TEXT;
      value = { richText: c.runs.map((text) => ({ text })) };
    } else if (v !== undefined) {
      switch (c.t) {
        case "s": {
          const s = sharedStrings[parseInt(v, 10)];
          type = T_STRING;
          value = s ?? "";
          break;
        }
        case "str":
          type = T_STRING;
          value = xmlDecode(v);
          break;
        case "inlineStr":
          type = T_STRING;
          value = v;
          break;
        case "b":
          type = T_BOOLEAN;
          value = parseInt(v, 10) !== 0;
          break;
        case "e":
          type = T_ERROR;
          value = { error: v };
          break;
        default:
          type = T_NUMBER;
          value = parseFloat(v);
          if (isDateFmt(numFmt)) {
            type = T_DATE;
            value = excelToDate(value, date1904);
          }
      }
    } else {
      // exceljs: a styled empty cell is Null, an unstyled one Merge; both hold nothing
      type = c.styleId ? T_NULL : T_MERGE;
    }
    const r = (rows[c.row - 1] ??= { _cells: [] });
    r._cells[c.col - 1] = { type, value, result, text: "", style };
  };

  const scanStart = now();
  parse(
    xml,
    (tag, node) => {
      if (cell) {
        if (tag === "f") {
          cell.node = "f";
          cell.shareType = attr(node, "t");
        } else if (tag === "v") cell.node = "v";
        else if (tag === "rPh") inPhonetic = true;
        else if (tag === "r") (cell.runs ??= []).push("");
        else if (tag === "t" && !inPhonetic) {
          if (cell.runs) runText = "";
          else cell.node = "t";
        }
        return;
      }
      switch (tag) {
        case "row": {
          const r = attr(node, "r");
          rowNo = r !== undefined ? parseInt(r, 10) : rowNo + 1;
          if (!(rowNo >= 1)) throw new Error("bad row number");
          colNo = 0;
          const s = attr(node, "s");
          if (s !== undefined) {
            const id = parseInt(s, 10);
            if (id) rowStyle[rowNo - 1] = numFmts[id];
          }
          break;
        }
        case "c": {
          if (++ctx.cells.count > MAX_CELLS) throw new TooBigError({ kind: "cells", amount: ctx.cells.count, limit: MAX_CELLS, sheet: name });
          const r = attr(node, "r");
          let row = rowNo;
          let col = colNo + 1;
          if (r !== undefined) {
            const a = parseAddress(r);
            if (!a) throw new Error(`bad cell address ${r}`);
            row = a.row;
            col = a.col;
          }
          if (!(row >= 1)) throw new Error("cell outside a row");
          colNo = col;
          const s = attr(node, "s");
          cell = { row, col, t: attr(node, "t"), styleId: s !== undefined ? parseInt(s, 10) || 0 : 0 };
          break;
        }
        case "col": {
          const s = parseInt(attr(node, "style") ?? "", 10);
          const numFmt = s ? numFmts[s] : undefined;
          if (numFmt) colStyles.push({ min: parseInt(attr(node, "min") ?? "0", 10), max: parseInt(attr(node, "max") ?? "0", 10), numFmt });
          break;
        }
        case "mergeCell": {
          const ref = attr(node, "ref");
          if (!ref) break;
          const [a, b = a] = ref.split(":");
          const p = parseAddress(a);
          const q = parseAddress(b);
          if (!p || !q) throw new Error(`bad merge ${ref}`);
          merges.push({ top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) });
          break;
        }
        default:
          break;
      }
    },
    (tag) => {
      if (!cell) return;
      if (tag === "c") {
        finish(cell);
        cell = undefined;
        inPhonetic = false;
      } else if (tag === "rPh") inPhonetic = false;
      else if (tag === "t" && runText !== undefined && cell.runs) {
        cell.runs[cell.runs.length - 1] += unescapeX(runText);
        runText = undefined;
      } else if (tag === "f" || tag === "v" || tag === "t" || tag === "is") cell.node = undefined;
    },
    (text) => {
      if (!cell) return;
      if (runText !== undefined) runText += text;
      else if (cell.node === "f") cell.formula = (cell.formula ?? "") + text;
      else if (cell.node === "v" || cell.node === "t") cell.value = (cell.value ?? "") + text;
    },
  );

  const scanned = now();
  if (ctx.stages) ctx.stages.xml += scanned - scanStart;

  // Merges as exceljs applies them: continuation cells become Merge (their values are not the
  // table's); cells it creates for them take the row's, else the column's, number format.
  const mergeMap: Record<string, { top: number; left: number; bottom: number; right: number }> = {};
  const styled = rowStyle.length > 0 || colStyles.length > 0;
  const inherited = (row: number, col: number): { numFmt?: string } => {
    const f = rowStyle[row - 1] ?? colStyles.find((c) => col >= c.min && col <= c.max)?.numFmt;
    return f ? { numFmt: f } : NO_STYLE;
  };
  for (const m of merges) {
    mergeMap[`${m.left},${m.top}`] = m;
    const fill = styled && (m.bottom - m.top + 1) * (m.right - m.left + 1) <= MAX_MERGE_FILL;
    for (let r = m.top; r <= m.bottom; r++) {
      const row = rows[r - 1];
      if (!row && !fill) continue;
      const cells = (rows[r - 1] ??= { _cells: [] })._cells;
      for (let c = m.left; c <= m.right; c++) {
        const master = r === m.top && c === m.left;
        const existing = cells[c - 1];
        if (existing) {
          if (!master) existing.type = T_MERGE;
        } else if (fill) {
          cells[c - 1] = { type: master ? T_NULL : T_MERGE, value: null, text: "", style: inherited(r, c) };
        }
      }
    }
  }
  const sheet = sheetFromExcelJS({ name, _rows: rows, _merges: mergeMap } as never, { date1904, formatter: ctx.formatter });
  if (ctx.stages) ctx.stages.model += now() - scanned;
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// The workbook
// ---------------------------------------------------------------------------------------------

const WORKSHEET_REL = /\/worksheet$/;
/** Parts that hold no cells: never inflated (sheet parts may be named anything, so the rest are). */
const SKIPPED_PARTS =
  /^(?:docProps|customXml|\[Content_Types\])|^xl\/(?:drawings|charts|media|theme|printerSettings|externalLinks|pivotCache|pivotTables|comments|tables|ctrlProps|activeX|embeddings|richData|persons|threadedComments|queryTables|slicers|slicerCaches|timelines|model)\/|\/_rels\//;

/**
 * Read .xlsx bytes. `builtin` maps a built-in number format id to its code (exceljs's table with
 * the zh-CN fallback). Throws TooBigError for a workbook too big to check, any other Error when
 * the file is not what this reader expects (then use exceljs).
 */
export function readXlsxDirect(
  bytes: Uint8Array,
  fileName: string | undefined,
  builtin: (id: number) => string | undefined,
  stages?: ReadStages,
): DirectConversion {
  let start = now();
  let tooBigPart: TooBig | undefined;
  const wanted = (f: UnzipFileInfo) => {
    const n = f.name;
    const want = n === "xl/_rels/workbook.xml.rels" || (n.endsWith(".xml") && !SKIPPED_PARTS.test(n));
    if (want && f.originalSize > MAX_PART_BYTES) {
      tooBigPart ??= { kind: "part", amount: f.originalSize, limit: MAX_PART_BYTES };
      return false;
    }
    return want;
  };
  const files = unzipSync(bytes, { filter: wanted });
  if (tooBigPart) throw new TooBigError(tooBigPart);
  const workbookXml = partText(files, "xl/workbook.xml");
  const relsXml = partText(files, "xl/_rels/workbook.xml.rels");
  if (workbookXml === undefined || relsXml === undefined) throw new Error("no workbook part");
  const ssXml = partText(files, "xl/sharedStrings.xml");
  const stylesXml = partText(files, "xl/styles.xml");
  if (stages) {
    stages.unzip += now() - start;
    start = now();
  }
  const { sheets: entries, date1904 } = readWorkbookPart(workbookXml);
  const rels = readRels(relsXml, "xl");
  const sharedStrings = ssXml === undefined ? [] : readSharedStrings(ssXml);
  const numFmts = readStyles(stylesXml, builtin);
  if (stages) stages.xml += now() - start;
  const ctx: SheetContext = { sharedStrings, numFmts, date1904, formatter: new TextFormatter(), cells: { count: 0 }, stages };

  const sheets: SheetModel[] = [];
  const hiddenSheets: string[] = [];
  const missingSheets: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const rel = e.rid ? rels.get(e.rid) : undefined;
    if (rel && !WORKSHEET_REL.test(rel.type)) continue; // chart, dialog and macro sheets hold no cells
    // exceljs cuts names at Excel's 31 characters
    const name = e.name.length > 31 ? e.name.slice(0, 31) : e.name;
    if (seen.has(name.toLowerCase())) throw new Error("duplicate sheet name");
    seen.add(name.toLowerCase());
    start = now();
    const xml = rel ? partText(files, rel.target) : undefined;
    if (stages) stages.unzip += now() - start;
    if (xml === undefined) {
      missingSheets.push(name);
      continue;
    }
    sheets.push(readSheet(xml, name, ctx));
    if (e.state === "hidden" || e.state === "veryHidden") hiddenSheets.push(name);
  }
  const workbook: WorkbookModel = fileName === undefined ? { sheets } : { name: fileName, sheets };
  return { workbook, hiddenSheets, date1904, missingSheets };
}
