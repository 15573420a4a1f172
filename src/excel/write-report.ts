/**
 * The report sheet: one row per finding, each with a link to its cell.
 *
 * Two syncs for any usual report: (1) the existing sheet names, to pick a free name; (2) the new
 * sheet with all its values, links and formats. A second export replaces the add-in's earlier report
 * in place when asked to (`replace`): the same sheet at the same position, cleared and written again,
 * never a "检查报告 (2)". Only a sheet that is still the add-in's report (named 检查报告, its A1 the
 * report's title) is replaced: a sheet the user renamed or wrote over is left alone. Very long reports add one sync per ROWS_PER_SYNC
 * findings, which keeps each request far below Excel on the web's 5 MB (a link is ~200 bytes).
 *
 * Every written cell is formatted as text ("@") before its value is written: Excel parses values the
 * way it parses typing, so a sheet named "2023" or a message "25%" would otherwise turn into a number.
 * Strings that typing would make a formula ("=…", "+…", "-…", "@…") or that start with an apostrophe
 * also get a leading apostrophe, Excel's "this is text" prefix, which is not part of the value: the
 * text format alone does not stop a written "=…" becoming a formula everywhere.
 */

import type { WorkbookResult } from "../engine/check";
import type { Finding, Severity } from "../engine/rule";
import { runExcel } from "./excel-run";
import { quotedSheet, uniqueSheetName } from "./sheet-names";
import type { WriteGuard } from "./write-guard";
import { SEVERITY_FILL } from "./highlight-record";
import { KIND_NAME } from "../engine/kinds/names";
import { rules } from "../engine/rules";

export const REPORT_SHEET = "检查报告";
/** A1 of every report: how an existing sheet named 检查报告 is known to be the add-in's. */
export const REPORT_TITLE = "绩效目标表检查报告";
export const REPORT_COLUMNS = ["级别", "规则", "工作表", "单元格", "说明", "表类型"] as const;
/** Rows above the first finding: title, time, counts, blank, column headings. */
export const REPORT_HEADER_ROWS = 5;
const ROWS_PER_SYNC = 2000;

const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
/** Column widths in points. */
const WIDTHS = [40, 190, 110, 60, 520, 90];

export interface ReportOptions {
  guard: WriteGuard;
  now?: () => Date;
  /** Replace this earlier report sheet's content in place (see existingReport). */
  replace?: string;
}

/**
 * The add-in's earlier report, if the workbook has one: the sheet named 检查报告 (Excel compares sheet
 * names ignoring case) whose A1 is still the report's title. One sync, two when such a sheet exists.
 */
export async function existingReport(): Promise<string | null> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const ws = sheets.items.find((s) => s.name.toLowerCase() === REPORT_SHEET.toLowerCase());
    return ws && (await isReport(context, ws)) ? ws.name : null;
  });
}

/** Is this sheet still a report of ours (A1 the title)? One sync. */
async function isReport(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<boolean> {
  const a1 = ws.getRange("A1");
  a1.load("values");
  await context.sync();
  return a1.values[0][0] === REPORT_TITLE;
}

export async function writeReport(result: WorkbookResult, options: ReportOptions): Promise<string> {
  const now = (options.now ?? (() => new Date()))();
  const findings = result.findings;
  return options.guard.around(() =>
    runExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync(); // sync 1

      let ws: Excel.Worksheet;
      let name: string;
      const old = options.replace ? sheets.items.find((s) => s.name === options.replace) : undefined;
      if (old && (await isReport(context, old))) {
        // In place: same sheet, same position; every value, format and link of the old report goes.
        ws = old;
        name = old.name;
        ws.getRange().clear("All");
      } else {
        name = uniqueSheetName(
          REPORT_SHEET,
          sheets.items.map((s) => s.name),
        );
        ws = sheets.add(name);
      }
      const cols = REPORT_COLUMNS.length;
      const head = headerRows(result, now);
      const top = ws.getRangeByIndexes(0, 0, head.length, cols);
      top.numberFormat = head.map((r) => r.map(() => "@"));
      top.values = head.map((r) => r.map(asText));
      ws.getRange("A1").format.font.set({ bold: true, size: 14 });
      const headings = ws.getRangeByIndexes(REPORT_HEADER_ROWS - 1, 0, 1, cols);
      headings.format.font.bold = true;
      headings.format.fill.color = "#D9E1F2";
      WIDTHS.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
      ws.freezePanes.freezeRows(REPORT_HEADER_ROWS);
      ws.activate();

      for (let start = 0; start < findings.length; start += ROWS_PER_SYNC) {
        const chunk = findings.slice(start, start + ROWS_PER_SYNC);
        const row0 = REPORT_HEADER_ROWS + start;
        const body = ws.getRangeByIndexes(row0, 0, chunk.length, cols);
        body.numberFormat = chunk.map(() => REPORT_COLUMNS.map(() => "@"));
        body.values = chunk.map((f) => findingRow(f).map(asText));
        body.getColumn(4).format.wrapText = true;
        chunk.forEach((f, i) => {
          // Internal link: documentReference, always with the sheet name quoted.
          ws.getRangeByIndexes(row0 + i, 3, 1, 1).hyperlink = { documentReference: `${quotedSheet(f.sheet)}!${f.cell}`, textToDisplay: f.cell };
          ws.getRangeByIndexes(row0 + i, 0, 1, 1).format.fill.color = SEVERITY_FILL[f.severity];
        });
        await context.sync(); // sync 2 (and one more per further chunk)
      }
      if (findings.length === 0) await context.sync();
      return name;
    }),
  );
}

function headerRows(result: WorkbookResult, now: Date): string[][] {
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  const book = result.name ? `工作簿：${result.name}\u3000` : "";
  const summary =
    result.findings.length === 0
      ? `${book}共 ${result.tables.length} 张表，未发现问题`
      : `${book}共 ${result.tables.length} 张表，${result.findings.length} 个问题（错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("info")}）`;
  const blank = REPORT_COLUMNS.map(() => "");
  const line = (text: string) => [text, ...blank.slice(1)];
  return [line(REPORT_TITLE), line(`检查时间：${formatTime(now)}`), line(summary), blank, [...REPORT_COLUMNS]];
}

/** The rule's user-facing name, as the findings list and the rule filter show it. */
function ruleName(id: string): string {
  return rules.find((r) => r.meta.id === id)?.meta.name.zh ?? id;
}

function findingRow(f: Finding): string[] {
  return [SEVERITY_LABEL[f.severity] ?? f.severity, ruleName(f.rule), f.sheet, f.cell, f.message, KIND_NAME[f.kind ?? "project"].zh];
}

/** A string as typed text: formula-like or apostrophe-led strings get Excel's ' prefix. */
export function asText(s: string): string {
  return /^[=+\-@']/.test(s) ? `'${s}` : s;
}

function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
