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
  /** What the reader could not take in but the file was still checked (a sheet part missing). */
  notes?: string[];
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
  /** only when the file was read with reservations */
  notes?: string[];
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

/** What the closing line and the exit status need of one file. */
export interface Tally {
  error: string | null;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function tally(r: FileResult): Tally {
  const t = { error: r.error, tables: r.summaries.length, errors: 0, warnings: 0, infos: 0 };
  for (const f of r.findings) {
    if (f.severity === "error") t.errors++;
    else if (f.severity === "warning") t.warnings++;
    else t.infos++;
  }
  return t;
}

export function summarizeTallies(tallies: Tally[]): JsonSummary & { unreadable: number } {
  const s = { files: tallies.length, tables: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const t of tallies) {
    if (t.error !== null) s.unreadable++;
    s.tables += t.tables;
    s.errors += t.errors;
    s.warnings += t.warnings;
    s.infos += t.infos;
  }
  return s;
}

export function summarize(results: FileResult[]): JsonSummary & { unreadable: number } {
  return summarizeTallies(results.map(tally));
}

export interface RenderOptions extends TextOptions {
  format: "text" | "json";
}

/**
 * A file as the batch's output needs it, made where the file was checked (a worker thread): its
 * part of the output already rendered and its tally, so that the thread writing the output
 * neither receives nor formats the file's tables and findings. `result` only when asked for
 * (the summary workbook lists every finding).
 */
export interface FileOutcome extends Tally {
  file: string;
  /** its text block, or its entry in the JSON document's "files" (UTF-8 when sent from a worker) */
  output: string | Uint8Array;
  result?: FileResult;
}

export function fileOutcome(r: FileResult, options: RenderOptions, keepResult = false): FileOutcome {
  const output = options.format === "json" ? jsonEntry(r) : renderFileText(r, options);
  return { file: r.file, ...tally(r), output, ...(keepResult ? { result: r } : {}) };
}

export function jsonDocument(results: FileResult[]): JsonDocument {
  const { files, tables, errors, warnings, infos } = summarize(results);
  return {
    files: results.map(jsonFile),
    summary: { files, tables, errors, warnings, infos },
  };
}

/** One file of the JSON document. */
export function jsonFile(r: FileResult): JsonFile {
  return {
    file: r.file,
    error: r.error,
    ...(r.notes && r.notes.length > 0 ? { notes: r.notes } : {}),
    tables: r.summaries,
    findings: sortFindings(r.findings).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      table: f.table,
      message: f.message,
    })),
  };
}

const indent = (s: string, n: number) => s.replace(/\n/g, `\n${" ".repeat(n)}`);

const ENTRY_BEFORE = '{\n  "files": [\n    '.length;
const ENTRY_AFTER = "\n  ]\n}".length;

/** One file's entry in the JSON document's "files", indented as JSON.stringify(doc, null, 2) puts it. */
export function jsonEntry(r: FileResult): string {
  // cut from the document of this one file: indented by JSON.stringify itself, not by a second pass
  const doc = JSON.stringify({ files: [jsonFile(r)] }, null, 2);
  return doc.slice(ENTRY_BEFORE, doc.length - ENTRY_AFTER);
}

/**
 * The JSON document written file by file, byte for byte what JSON.stringify(jsonDocument(…), null, 2)
 * gives, so that a big batch never holds one string of everything.
 */
export class JsonStream {
  private count = 0;
  constructor(private readonly write: (chunk: string | Uint8Array) => void) {
    write('{\n  "files": [');
  }

  file(r: FileResult): void {
    this.entry(jsonEntry(r));
  }

  /** A file's entry made by jsonEntry (perhaps on another thread, and encoded there). */
  entry(json: string | Uint8Array): void {
    const before = `${this.count++ > 0 ? "," : ""}\n    `;
    if (typeof json === "string") this.write(before + json);
    else {
      this.write(before);
      this.write(json);
    }
  }

  end(summary: JsonSummary): void {
    this.write(`${this.count > 0 ? "\n  ]" : "]"},\n  "summary": ${indent(JSON.stringify(summary, null, 2), 2)}\n}\n`);
  }
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
  return results.map((r) => renderFileText(r, options)).join("") + renderSummaryText(summarize(results), options);
}

function painter(options: TextOptions): Paint {
  return options.color ? (style, s) => `${ANSI[style]}${s}${ANSI.reset}` : (_style, s) => s;
}

/** One file's part of the text report (ends with a blank line). */
export function renderFileText(r: FileResult, options: TextOptions = {}): string {
  const lang = options.lang;
  const t = strings(lang);
  const paint = painter(options);
  const sevStyle: Record<Severity, keyof typeof ANSI> = { error: "red", warning: "yellow", info: "cyan" };
  const sevWidth = Math.max(...(["error", "warning", "info"] as Severity[]).map((s) => t.severity[s].length));
  const lines: string[] = [];
  lines.push(paint("bold", t.fileHeader(r.file)));
  if (r.error !== null) {
    lines.push(`  ${paint("red", t.cannotRead(r.file, r.error))}`);
    lines.push("");
    return lines.join("\n") + "\n";
  }
  for (const note of r.notes ?? []) lines.push(`  ${paint("yellow", t.note(note))}`);
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
    let line = t.tableLine(i + 1, s.kind, sheetRef(s.sheet, s.range, lang), s.project?.name ?? null, framework);
    if (hidden.has(s.sheet)) line += t.hiddenSheet;
    lines.push(`  ${paint("bold", line)}`);
    for (const note of s.notes ?? []) lines.push(`    ${paint("dim", t.note(note))}`);
    const list = byTable.get(i) ?? [];
    if (list.length === 0) lines.push(`    ${paint("green", t.noFindings)}`);
    for (const f of list) lines.push(findingLine(f));
  });
  for (const f of orphans) lines.push(findingLine(f));
  lines.push("");
  return lines.join("\n") + "\n";
}

/** The closing line of the text report. */
export function renderSummaryText(s: ReturnType<typeof summarize>, options: TextOptions = {}): string {
  const paint = painter(options);
  const closing = strings(options.lang).summary(s);
  const style: keyof typeof ANSI = s.unreadable || s.errors ? "red" : s.warnings ? "yellow" : "green";
  return paint(style, closing) + "\n";
}
