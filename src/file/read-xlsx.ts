/**
 * Read an .xlsx file from disk into the engine's WorkbookModel, read-only, and say in one line
 * why a file cannot be read (old .xls, password, truncated, not a workbook at all, …).
 */
import { promises as fs } from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import type { WorkbookModel } from "../engine/sheet";
import { convertExcelJSWorkbook, ExcelJSConversion, loadExcelJS } from "./exceljs-model";
import { readXlsxDirect, TooBig, TooBigError } from "./direct-xlsx";

export type ReadProblem =
  | "missing"
  | "empty"
  | "xls"
  | "ods"
  | "encrypted"
  | "not-xlsx"
  | "corrupt"
  | "no-xlsx-in-dir"
  | "not-a-file"
  | "permission"
  | "too-big"
  | "unparsable"
  | "convert-failed"
  | "other";

/** A file that could not be read; `problem` selects the user's message (messages.ts). */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: ReadProblem,
    readonly detail?: string,
    /** for "too-big": what was over which limit */
    readonly tooBig?: TooBig,
  ) {
    super(`${file}: ${problem}${detail ? ` (${detail})` : ""}`);
    this.name = "ReadError";
  }
}

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]); // "PK"
const ODS_MIMETYPE = Buffer.from("application/vnd.oasis.opendocument.spreadsheet", "latin1");
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/**
 * Tell what kind of file the bytes are before handing them to exceljs.
 * OLE2 compound files are either an old .xls or a password-protected .xlsx (Office keeps the
 * encrypted package in an OLE2 container with an "EncryptionInfo" stream).
 */
export function sniff(bytes: Buffer): "empty" | "xls" | "encrypted" | "zip" | "ods" | "not-xlsx" {
  if (bytes.length === 0) return "empty";
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE2_MAGIC)) {
    return bytes.indexOf(ENCRYPTION_INFO) >= 0 || bytes.indexOf(ENCRYPTED_PACKAGE) >= 0 ? "encrypted" : "xls";
  }
  if (bytes.length >= 2 && bytes.subarray(0, 2).equals(ZIP_MAGIC)) {
    // an OpenDocument package stores its type first, uncompressed ("mimetype…opendocument.spreadsheet")
    return bytes.subarray(0, 200).indexOf(ODS_MIMETYPE) >= 0 ? "ods" : "zip";
  }
  return "not-xlsx";
}

/** exceljs's built-in number format table (a plain data module: cheap to load). */
function defaultFormats(): Record<string, Record<string, string> | undefined> {
  return require("exceljs/lib/xlsx/defaultnumformats.js") as Record<string, Record<string, string> | undefined>;
}

/**
 * exceljs knows the locale-dependent built-in number formats (ids 27–36, 50–58) only per locale
 * and gives cells using them no format at all. Workbooks saved by Chinese Excel/WPS use them for
 * dates ("2023年12月31日" is id 31), so on reading fall back to the zh-CN codes.
 */
export function builtinFormat(id: number): string | undefined {
  const d = defaultFormats()[id];
  return (d && d.f) ?? d?.["zh-cn"];
}

let builtinsPatched = false;

/**
 * The same fallback for exceljs's own reader (used when the direct reader declines a file). Only
 * the reading lookup is wrapped (writing maps codes to ids through a table built at load time).
 * Node only: the browser bundle does not expose these modules.
 */
function patchChineseBuiltinFormats(): void {
  if (builtinsPatched) return;
  builtinsPatched = true;
  try {
    const xform = require("exceljs/lib/xlsx/xform/style/numfmt-xform.js") as { getDefaultFmtCode(id: number): string | undefined };
    const original = xform.getDefaultFmtCode;
    if (typeof original !== "function") return;
    xform.getDefaultFmtCode = function getDefaultFmtCode(id: number) {
      return original.call(this, id) ?? defaultFormats()[id]?.["zh-cn"];
    };
  } catch {
    // a different exceljs layout: dates in those formats stay plain numbers
  }
}

/** What the reader found besides the workbook. */
export interface ReadResult extends ExcelJSConversion {
  /** Sheets listed by the workbook whose part is missing from the file. */
  missingSheets: string[];
  /** For an .xls or .ods input: the .xlsx LibreOffice made of it (for a marked copy). */
  converted?: Buffer;
}

/**
 * Which reader: the direct one, exceljs as the fallback for anything it does not expect.
 * JIXIAO_READER=exceljs forces exceljs (tests compare the two).
 */
export async function workbookFromBytes(bytes: Buffer, file: string): Promise<ReadResult> {
  if (process.env.JIXIAO_READER !== "exceljs") {
    try {
      return readXlsxDirect(bytes, path.basename(file), builtinFormat);
    } catch (e) {
      if (e instanceof TooBigError) throw new ReadError(file, "too-big", undefined, e.info);
      // anything unusual: exceljs decides
    }
  }
  return { ...(await workbookFromBytesExcelJS(bytes, file)), missingSheets: [] };
}

/** Load bytes already known to be a zip with exceljs and convert them. */
export async function workbookFromBytesExcelJS(bytes: Buffer, file: string): Promise<ExcelJSConversion> {
  patchChineseBuiltinFormats();
  let wb: ExcelJS.Workbook;
  try {
    const { Workbook } = require("exceljs") as typeof ExcelJS;
    wb = await loadExcelJS(Workbook, bytes);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Zip-level failures mean a damaged or cut file; anything else is exceljs failing on a part.
    // The library's own words never reach the user (they name its internals, not the file's problem).
    const damaged = /zip|central directory|end of data|crc|signature|inflat|invalid (?:stored|code|distance)|unexpected end|size mismatch|compress/i.test(
      message,
    );
    throw new ReadError(file, damaged ? "corrupt" : "unparsable", message);
  }
  // A zip without a workbook part (a .docx, a plain archive) loads as no sheets at all.
  if (wb.worksheets.length === 0 && !(await looksLikeWorkbook(bytes))) {
    throw new ReadError(file, "not-xlsx", "zip without xl/workbook.xml");
  }
  return convertExcelJSWorkbook(wb, path.basename(file));
}

/** Does the zip's central directory name xl/workbook.xml? (A byte search; names are stored plainly.) */
async function looksLikeWorkbook(bytes: Buffer): Promise<boolean> {
  return bytes.indexOf(Buffer.from("xl/workbook.xml", "latin1")) >= 0;
}

/**
 * A file's bytes, read-only; throws ReadError with the reason it cannot be read. Separate from the
 * parsing so that a batch can read the next file while it checks this one.
 */
export async function readFileBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    throw fsError(file, e);
  }
  if (stat.isDirectory()) throw new ReadError(file, "no-xlsx-in-dir");
  if (!stat.isFile()) throw new ReadError(file, "not-a-file");
  try {
    // readFile opens with flag "r": nothing is ever written to the input.
    return await fs.readFile(file, { flag: "r" });
  } catch (e) {
    throw fsError(file, e);
  }
}

/**
 * Read one file, read-only; throws ReadError with the reason it cannot be read. `read`: its bytes
 * when their reading was started earlier (readFileBytes).
 */
export async function readWorkbookDetailed(file: string, read: Promise<Buffer> = readFileBytes(file)): Promise<ReadResult> {
  const bytes = await read;
  const kind = sniff(bytes);
  if (kind === "xls" || kind === "ods") {
    const xlsx = await converted(file, kind);
    return { ...(await workbookFromBytes(xlsx, file)), converted: xlsx };
  }
  if (kind !== "zip") throw new ReadError(file, kind);
  return workbookFromBytes(bytes, file);
}

/** .xls / .ods through LibreOffice; without it, a reason saying how to convert the file. */
async function converted(file: string, kind: "xls" | "ods"): Promise<Buffer> {
  const { convertToXlsx, ConvertError } = await import("./convert-office");
  try {
    return await convertToXlsx(file);
  } catch (e) {
    if (e instanceof ConvertError && e.reason === "no-soffice") throw new ReadError(file, kind);
    throw new ReadError(file, "convert-failed", e instanceof Error ? e.message : String(e));
  }
}

/** Read one .xlsx file into the engine's model (the name is the file's base name). */
export async function readWorkbook(file: string): Promise<WorkbookModel> {
  return (await readWorkbookDetailed(file)).workbook;
}

function fsError(file: string, e: unknown): ReadError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new ReadError(file, "missing");
  if (code === "EACCES" || code === "EPERM") return new ReadError(file, "permission");
  if (code === "EISDIR") return new ReadError(file, "no-xlsx-in-dir");
  return new ReadError(file, "other", e instanceof Error ? e.message : String(e));
}
