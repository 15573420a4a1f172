/**
 * A marked copy of a checked workbook (`jixiao check --annotate`): each finding's cell filled in
 * the task pane's colour for its worst severity, with a note holding the messages. Everything else
 * is what exceljs reads back from the original (values, formulas, formats, merges, other sheets);
 * the original is only read.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import type { Finding } from "../engine/rule";
import { SEVERITY_FILL, SEVERITY_RANK, noteText } from "../engine/marks";
import { loadExcelJS, prepareExcelJSReader } from "./exceljs-model";
import { saveWorkbookFile } from "./save";

interface Mark {
  rank: number;
  messages: string[];
}

/** Worst severity and every message per sheet and cell. */
export function marksOf(findings: Finding[]): Map<string, Map<string, Mark>> {
  const out = new Map<string, Map<string, Mark>>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    let sheet = out.get(f.sheet);
    if (!sheet) out.set(f.sheet, (sheet = new Map()));
    const m = sheet.get(f.cell) ?? { rank: 2, messages: [] };
    m.rank = Math.min(m.rank, SEVERITY_RANK[f.severity] ?? 2);
    m.messages.push(f.message);
    sheet.set(f.cell, m);
  }
  return out;
}

const COLOURS = [SEVERITY_FILL.error, SEVERITY_FILL.warning, SEVERITY_FILL.info];

/** Load for writing: everything exceljs keeps; drawings exceljs cannot parse, or comments it chokes on, are left out. */
async function loadFull(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const { Workbook } = require("exceljs") as typeof ExcelJS;
  const wb = new Workbook();
  prepareExcelJSReader(wb);
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return wb;
  } catch {
    return loadExcelJS(Workbook, bytes);
  }
}

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office.js proxies */

/** Apply the marks to a loaded workbook; returns how many cells were marked. */
export function markWorkbook(wb: ExcelJS.Workbook, findings: Finding[]): number {
  let marked = 0;
  for (const [sheetName, cells] of marksOf(findings)) {
    const ws = wb.getWorksheet(sheetName);
    if (!ws) continue;
    for (const [address, m] of cells) {
      let cell = ws.getCell(address);
      if (cell.isMerged && cell.master) cell = cell.master;
      const argb = `FF${COLOURS[Math.min(m.rank, 2)].slice(1)}`;
      // a new style object: exceljs shares one style object among the cells of one style
      cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } } };
      const ours = noteText(m.messages);
      const existing = cell.note;
      const before = typeof existing === "string" ? existing : (existing?.texts?.map((t) => t.text).join("") ?? "");
      // the department's own note stays; ours follows it
      cell.note = before ? `${before}\n\n${ours}`.slice(0, 32767) : ours;
      marked++;
    }
  }
  return marked;
}
/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */

/** Write the marked copy of `input` to `output` (directories created), through a temporary file. */
export async function writeAnnotated(input: string, output: string, findings: Finding[], bytes?: Buffer): Promise<number> {
  const data = bytes ?? (await fs.readFile(input, { flag: "r" }));
  const wb = await loadFull(data);
  const marked = markWorkbook(wb, findings);
  await fs.mkdir(path.dirname(output), { recursive: true });
  await saveWorkbookFile(wb, output);
  return marked;
}
