/**
 * A project list picked with the pane's file input: .csv (UTF-8 or GB18030, as Chinese Excel and
 * WPS save it) or .xlsx (read by exceljs's browser build: webpack resolves "exceljs" to its
 * package.json "browser" entry, dist/exceljs.min.js). The .xlsx reader — exceljs, and the CLI's
 * browser-safe exceljs-model.ts with numfmt — is loaded only when an .xlsx is picked, so none of it
 * is in the pane's first bundle. No Node module is imported (test/taskpane/wizard-batch.test.tsx
 * walks the imports).
 */
import type { SheetModel } from "../../engine/sheet";
import { csvToSheet } from "../../engine/project-list";

export class ListFileError extends Error {
  constructor(readonly problem: "type" | "unreadable") {
    super(problem);
    this.name = "ListFileError";
  }
}

/** UTF-8 (with or without BOM), else GB18030. */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    try {
      return new TextDecoder("gb18030").decode(data);
    } catch {
      return new TextDecoder("utf-8").decode(data);
    }
  }
}

/** The file's bytes (Blob.arrayBuffer where there is one, else a FileReader). */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof (file as Blob & { arrayBuffer?: unknown }).arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error ?? new Error("read failed"));
    r.readAsArrayBuffer(file);
  });
}

type ExcelJSModule = { Workbook?: new () => import("exceljs").Workbook; default?: { Workbook: new () => import("exceljs").Workbook } };

/** The sheets of a list file, as the engine's sheet models. */
export async function sheetsFromFile(name: string, bytes: ArrayBuffer): Promise<SheetModel[]> {
  if (/\.csv$/i.test(name)) return [csvToSheet(decodeText(bytes), name)];
  if (!/\.xlsx$/i.test(name)) throw new ListFileError("type");
  try {
    const [mod, { convertExcelJSWorkbook, loadExcelJS }] = await Promise.all([
      import("exceljs") as unknown as Promise<ExcelJSModule>,
      import("../../file/exceljs-model"),
    ]);
    const Workbook = mod.Workbook ?? mod.default!.Workbook;
    const wb = await loadExcelJS(Workbook, new Uint8Array(bytes));
    return convertExcelJSWorkbook(wb, name).workbook.sheets;
  } catch {
    throw new ListFileError("unreadable");
  }
}
