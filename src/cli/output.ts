/** The two outputs of `jixiao check`: cli.md's JSON document and the text report for people. */
import type { Finding, Lang, Severity } from "../engine/rule";
import type { TableSummary } from "../engine/summary-types";
import { strings } from "./messages";

/** What the run learned about one input file. */
export interface FileResult {
  file: string;
  /** Why the file could not be read (one line, in the run's language), else null. */
  error: string | null;
  summaries: TableSummary[];
  findings: Finding[];
  /** Sheets hidden in the workbook (text output marks tables on them). */
  hiddenSheets?: string[];
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  table: string;
  message: string;
}

export interface JsonFile {
  file: string;
  error: string | null;
  tables: TableSummary[];
  findings: JsonFinding[];
}

export interface JsonSummary {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface JsonDocument {
  files: JsonFile[];
  summary: JsonSummary;
}

/** Findings in reading order: by table, then row, then column (stable for equal positions). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.tableIndex - b.f.tableIndex || a.f.row - b.f.row || a.f.col - b.f.col || a.i - b.i)
    .map((x) => x.f);
}

export function summarize(results: FileResult[]): JsonSummary & { unreadable: number } {
  const s = { files: results.length, tables: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const r of results) {
    if (r.error !== null) s.unreadable++;
    s.tables += r.summaries.length;
    for (const f of r.findings) {
      if (f.severity === "error") s.errors++;
      else if (f.severity === "warning") s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

export function jsonDocument(results: FileResult[]): JsonDocument {
  const { files, tables, errors, warnings, infos } = summarize(results);
  return {
    files: results.map((r) => ({
      file: r.file,
      error: r.error,
      tables: r.summaries,
      findings: sortFindings(r.findings).map((f) => ({
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        table: f.table,
        message: f.message,
      })),
    })),
    summary: { files, tables, errors, warnings, infos },
  };
}

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

const ANSI = {
  reset: "\x1b[0m",
  bold: "\x1b[1m",
  dim: "\x1b[2m",
  red: "\x1b[31m",
  yellow: "\x1b[33m",
  cyan: "\x1b[36m",
  green: "\x1b[32m",
};

type Paint = (style: keyof typeof ANSI, s: string) => string;

export interface TextOptions {
  lang?: Lang;
  color?: boolean;
}

function sheetRef(sheet: string, range: string, lang: Lang | undefined): string {
  return lang === "en" ? `sheet "${sheet}" ${range}` : `工作表“${sheet}” ${range}`;
}

export function renderText(results: FileResult[], options: TextOptions = {}): string {
  const lang = options.lang;
  const t = strings(lang);
  const paint: Paint = options.color ? (style, s) => `${ANSI[style]}${s}${ANSI.reset}` : (_style, s) => s;
  const sevStyle: Record<Severity, keyof typeof ANSI> = { error: "red", warning: "yellow", info: "cyan" };
  const sevWidth = Math.max(...(["error", "warning", "info"] as Severity[]).map((s) => t.severity[s].length));
  const lines: string[] = [];

  for (const r of results) {
    lines.push(paint("bold", t.fileHeader(r.file)));
    if (r.error !== null) {
      lines.push(`  ${paint("red", t.cannotRead(r.file, r.error))}`);
      lines.push("");
      continue;
    }
    if (r.summaries.length === 0) {
      lines.push(`  ${t.noTables}`);
    }
    const byTable = new Map<number, Finding[]>();
    const orphans: Finding[] = [];
    for (const f of sortFindings(r.findings)) {
      if (f.tableIndex >= 0 && f.tableIndex < r.summaries.length) {
        const list = byTable.get(f.tableIndex) ?? [];
        list.push(f);
        byTable.set(f.tableIndex, list);
      } else {
        orphans.push(f);
      }
    }
    const hidden = new Set(r.hiddenSheets ?? []);
    const findingLine = (f: Finding) => {
      const sev = t.severity[f.severity] ?? f.severity;
      const pad = " ".repeat(Math.max(0, sevWidth - sev.length));
      return `    ${paint(sevStyle[f.severity] ?? "bold", sev)}${pad}  ${f.cell.padEnd(5)} ${f.message}  ${paint("dim", `[${f.rule}]`)}`;
    };
    r.summaries.forEach((s, i) => {
      const framework = t.framework[s.framework] ?? s.framework;
      let line = t.tableLine(i + 1, sheetRef(s.sheet, s.range, lang), s.project?.name ?? null, framework);
      if (hidden.has(s.sheet)) line += t.hiddenSheet;
      lines.push(`  ${paint("bold", line)}`);
      for (const note of s.notes ?? []) lines.push(`    ${paint("dim", t.note(note))}`);
      const list = byTable.get(i) ?? [];
      if (list.length === 0) lines.push(`    ${paint("green", t.noFindings)}`);
      for (const f of list) lines.push(findingLine(f));
    });
    for (const f of orphans) lines.push(findingLine(f));
    lines.push("");
  }

  const s = summarize(results);
  const closing = t.summary(s);
  const style: keyof typeof ANSI = s.unreadable || s.errors ? "red" : s.warnings ? "yellow" : "green";
  lines.push(paint(style, closing));
  return lines.join("\n") + "\n";
}
