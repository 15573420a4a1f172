/**
 * `jixiao check --report SUMMARY.xlsx`: the reviewer's summary workbook. 汇总 has one row per
 * file, 问题清单 one row per finding with a link that opens the file at the cell (where the
 * spreadsheet program follows links into other workbooks); both with filters and frozen headers.
 */
import * as path from "path";
import type * as ExcelJS from "exceljs";
import type { Lang, Severity } from "../engine/rule";
import { ruleById } from "../engine/rules";
import { SEVERITY_FILL } from "../engine/marks";
import { strings } from "./messages";
import { saveWorkbookFile } from "../file/save";
import { FileResult, sortFindings } from "./output";

/** The rule behind most error findings, else most warnings, else most findings: "id（名称）×n". */
function worstRule(r: FileResult, lang: Lang | undefined): string {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const counts = new Map<string, { rank: number; n: number }>();
  for (const f of r.findings) {
    const c = counts.get(f.rule) ?? { rank: 2, n: 0 };
    c.rank = Math.min(c.rank, rank[f.severity] ?? 2);
    c.n++;
    counts.set(f.rule, c);
  }
  let best: [string, { rank: number; n: number }] | undefined;
  for (const e of counts) if (!best || e[1].rank < best[1].rank || (e[1].rank === best[1].rank && e[1].n > best[1].n)) best = e;
  if (!best) return "";
  const name = ruleName(best[0], lang);
  return `${best[0]}${name ? (lang === "en" ? ` (${name})` : `（${name}）`) : ""} ×${best[1].n}`;
}

function ruleName(id: string, lang: Lang | undefined): string {
  const meta = ruleById(id)?.meta as { name?: { zh: string; en: string } } | undefined;
  return meta?.name?.[lang === "en" ? "en" : "zh"] ?? "";
}

/** A sheet name inside a link or formula: always quoted, quotes doubled (as Excel writes it). */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function header(ws: ExcelJS.Worksheet, titles: string[], widths: number[]): void {
  ws.addRow(titles).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: titles.length } };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** `label` shown for a file: the department (its directory below the argument), else the file's own name. */
function departmentOf(file: string, root: string | undefined): string {
  const rel = root ? path.relative(root, file) : path.basename(file);
  const dir = path.dirname(rel);
  const stem = path.basename(rel).replace(/\.(xlsx|xls|ods)$/i, "");
  return dir && dir !== "." ? `${dir.split(path.sep).join("/")} / ${stem}` : stem;
}

export async function writeReport(out: string, results: (FileResult & { root?: string })[], lang: Lang | undefined): Promise<void> {
  const t = strings(lang);
  const r = t.report;
  const { Workbook } = require("exceljs") as typeof ExcelJS;
  const wb = new Workbook();
  const summary = wb.addWorksheet(r.summarySheet);
  header(summary, r.summaryHeaders, [28, 40, 8, 8, 8, 8, 40, 40]);
  const list = wb.addWorksheet(r.findingsSheet);
  header(list, r.findingsHeaders, [32, 16, 8, 20, 30, 18, 8, 70, 8]);
  const baseDir = path.dirname(path.resolve(out));

  for (const res of results) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of res.findings) counts[f.severity]++;
    const row = summary.addRow([
      departmentOf(res.file, res.root),
      res.file,
      res.error === null ? res.summaries.length : null,
      counts.error,
      counts.warning,
      counts.info,
      worstRule(res, lang),
      res.error === null ? (res.notes ?? []).join("；") : `${r.unreadable}：${res.error}`,
    ]);
    if (res.error !== null) row.getCell(8).font = { color: { argb: "FFC00000" } };
    // a link relative to the summary, so that the folder can be moved or sent as a whole
    const target = path.relative(baseDir, path.resolve(res.file)).split(path.sep).join("/");
    for (const f of sortFindings(res.findings)) {
      const fr = list.addRow([res.file, f.sheet, f.cell, f.table, f.rule, ruleName(f.rule, lang), t.severity[f.severity] ?? f.severity, f.message, null]);
      fr.getCell(9).value = { text: r.open, hyperlink: `${target}#${quoteSheet(f.sheet)}!${f.cell || "A1"}` };
      fr.getCell(9).font = { color: { argb: "FF0563C1" }, underline: true };
      fr.getCell(7).fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILL[f.severity].slice(1)}` } };
      fr.getCell(8).alignment = { wrapText: true, vertical: "top" };
    }
  }
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, summary.rowCount), column: r.summaryHeaders.length } };
  list.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, list.rowCount), column: r.findingsHeaders.length } };
  await saveWorkbookFile(wb, out);
}
