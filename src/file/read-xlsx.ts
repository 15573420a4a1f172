/**
 * Read an .xlsx file from disk into the engine's WorkbookModel, read-only, and say in one line
 * why a file cannot be read (old .xls, password, truncated, not a workbook at all, …).
 */
import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import type { WorkbookModel } from "../engine/sheet";
import { convertExcelJSWorkbook, ExcelJSConversion, loadExcelJS } from "./exceljs-model";

export type ReadProblem = "missing" | "empty" | "xls" | "encrypted" | "not-xlsx" | "corrupt" | "no-xlsx-in-dir" | "not-a-file" | "permission" | "other";

/** A file that could not be read; `problem` selects the user's message (messages.ts). */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: ReadProblem,
    readonly detail?: string,
  ) {
    super(`${file}: ${problem}${detail ? ` (${detail})` : ""}`);
    this.name = "ReadError";
  }
}

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]); // "PK"
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/**
 * Tell what kind of file the bytes are before handing them to exceljs.
 * OLE2 compound files are either an old .xls or a password-protected .xlsx (Office keeps the
 * encrypted package in an OLE2 container with an "EncryptionInfo" stream).
 */
export function sniff(bytes: Buffer): "empty" | "xls" | "encrypted" | "zip" | "not-xlsx" {
  if (bytes.length === 0) return "empty";
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE2_MAGIC)) {
    return bytes.indexOf(ENCRYPTION_INFO) >= 0 || bytes.indexOf(ENCRYPTED_PACKAGE) >= 0 ? "encrypted" : "xls";
  }
  if (bytes.length >= 2 && bytes.subarray(0, 2).equals(ZIP_MAGIC)) return "zip";
  return "not-xlsx";
}

let builtinsPatched = false;

/**
 * exceljs knows the locale-dependent built-in number formats (ids 27–36, 50–58) only per locale
 * and gives cells using them no format at all. Workbooks saved by Chinese Excel/WPS use them for
 * dates ("2023年12月31日" is id 31), so on reading fall back to the zh-CN codes. Only the reading
 * lookup is wrapped (writing maps codes to ids through a table built at load time, untouched).
 * Node only: the browser bundle does not expose these modules.
 */
function patchChineseBuiltinFormats(): void {
  if (builtinsPatched) return;
  builtinsPatched = true;
  try {
    const xform = require("exceljs/lib/xlsx/xform/style/numfmt-xform.js") as { getDefaultFmtCode(id: number): string | undefined };
    const defaults = require("exceljs/lib/xlsx/defaultnumformats.js") as Record<string, Record<string, string> | undefined>;
    const original = xform.getDefaultFmtCode;
    if (typeof original !== "function" || !defaults) return;
    xform.getDefaultFmtCode = function getDefaultFmtCode(id: number) {
      return original.call(this, id) ?? defaults[id]?.["zh-cn"];
    };
  } catch {
    // a different exceljs layout: dates in those formats stay plain numbers
  }
}

/** Load bytes already known to be a zip with exceljs and convert them. */
export async function workbookFromBytes(bytes: Buffer, file: string): Promise<ExcelJSConversion> {
  patchChineseBuiltinFormats();
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadExcelJS(ExcelJS.Workbook, bytes);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Zip-level failures mean a damaged or cut file; anything else is exceljs failing on a part.
    const damaged = /zip|central directory|end of data|crc|signature|inflat|invalid (?:stored|code|distance)|unexpected end/i.test(message);
    throw new ReadError(file, damaged ? "corrupt" : "other", message);
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

/** Read one file, read-only; throws ReadError with the reason it cannot be read. */
export async function readWorkbookDetailed(file: string): Promise<ExcelJSConversion> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    throw fsError(file, e);
  }
  if (stat.isDirectory()) throw new ReadError(file, "no-xlsx-in-dir");
  if (!stat.isFile()) throw new ReadError(file, "not-a-file");
  let bytes: Buffer;
  try {
    // readFile opens with flag "r": nothing is ever written to the input.
    bytes = await fs.readFile(file, { flag: "r" });
  } catch (e) {
    throw fsError(file, e);
  }
  const kind = sniff(bytes);
  if (kind !== "zip") throw new ReadError(file, kind);
  return workbookFromBytes(bytes, file);
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
