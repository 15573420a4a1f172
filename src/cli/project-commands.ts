/**
 * `jixiao new` and `jixiao fill`: project specs (and project lists) → .xlsx.
 *
 *   jixiao new  --spec PROJECT.json -o OUT.xlsx [--sheet NAME] [--append | --force]
 *   jixiao new  --list PROJECTS.xlsx|.csv -o OUT.xlsx [--year Y] [--framework legacy|2021] [--append | --force]
 *   jixiao fill TEMPLATE.xlsx --spec PROJECT.json -o OUT.xlsx [--sheet NAME] [--insert-rows] [--force]
 *
 * Decisions (documented in the help):
 * - OUT existing is never overwritten silently: without --append or --force the command refuses
 *   (exit 64) and touches nothing. --append adds the new sheets to OUT; --force replaces OUT.
 *   Files are written to a temporary file beside OUT and renamed, so OUT is never half-written.
 * - A spec that cannot be read or fails validation is bad usage (exit 64, as a bad --config is),
 *   every bad field listed. A template or list or --append target that cannot be read: exit 2.
 * - fill refuses (exit 2, OUT not written) when any target cell holds something different or the
 *   template has no room for part of the spec; the template is only ever read. With --insert-rows,
 *   indicators without a row get one: rows inserted in their 一级/二级 group's style (planRowInserts,
 *   insertTemplateRows), the sheet read again and the fill planned anew on it.
 * - After writing, the written file is read back and its new tables checked; the report goes to
 *   standard output and the exit status is check's: 1 if a written table has an error finding.
 */
import { promises as fs } from "fs";
import * as fsSync from "fs";
import * as path from "path";
import { parseArgs } from "util";
import * as ExcelJS from "exceljs";
import type { CheckConfig, Lang } from "../engine/rule";
import type { FrameworkId } from "../engine/model";
import { NormalSpec, validateSpec } from "../engine/spec";
import { layoutSpec } from "../engine/layout";
import { safeSheetName, sheetNameProblem } from "../engine/sheet-names";
import { planFill } from "../engine/fill";
import { planRowInserts } from "../engine/fill-rows";
import { insertTemplateRows } from "../file/insert-rows";
import { parseWorkbook, checkWorkbook } from "../engine/check";
import { readProjectList, csvToSheet } from "../engine/project-list";
import { rangeA1 } from "../engine/address";
import type { SheetPlan } from "../engine/sheet-plan";
import { UsageError, isYear } from "./config";
import { strings } from "./messages";
import { ReadError, readWorkbookDetailed, sniff, workbookFromBytes } from "../file/read-xlsx";
import { prepareExcelJSReader, loadExcelJS } from "../file/exceljs-model";
import { writePlanCell, writePlanToWorkbook } from "../file/write-plan";
import { saveWorkbookFile } from "../file/save";
import { readReason, writeReason } from "./reasons";
import { renderText, FileResult } from "./output";
import type { CliIO } from "./main";
import { runNewSelfEval } from "./self-eval-command";

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_UNREADABLE = 2;
const EXIT_USAGE = 64;

export interface CommonFlags {
  out: string;
  append: boolean;
  force: boolean;
  lang: Lang;
  sheet?: string;
}

function parse(args: string[], lang: Lang) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        spec: { type: "string" },
        sheet: { type: "string" },
        append: { type: "boolean" },
        force: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
        list: { type: "string" },
        year: { type: "string" },
        framework: { type: "string" },
        "self-eval-from": { type: "string" },
        "insert-rows": { type: "boolean" },
      },
    });
  } catch (e) {
    const t = strings(lang);
    const err = e as { code?: string; message?: string };
    const option = /'(-[^' ]+)/.exec(err.message ?? "")?.[1] ?? "";
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(t.unknownOption(option));
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(t.missingValue(option));
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new UsageError(t.unexpectedArgument(option));
    throw new UsageError(err.message ?? String(e));
  }
}

function langOf(v: unknown): Lang {
  if (v === undefined) return "zh";
  if (v !== "zh" && v !== "en") throw new UsageError(strings("zh").badOptionValue("--lang", String(v), "zh | en"));
  return v;
}

export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** Read and validate a spec file; problems are reported and turned into exit 64. */
async function loadSpec(file: string, io: CliIO, lang: Lang): Promise<NormalSpec | number> {
  const t = strings(lang).project;
  let text: string;
  try {
    text = await fs.readFile(file, { encoding: "utf8", flag: "r" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const reason = code === "ENOENT" ? strings(lang).readProblem.missing : code === "EISDIR" ? strings(lang).readProblem["not-a-file"] : (e as Error).message;
    io.stderr.write(`${t.specCannotRead(file, reason)}\n`);
    return EXIT_USAGE;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    io.stderr.write(`${t.specBadJson(file, (e as Error).message)}\n`);
    return EXIT_USAGE;
  }
  const v = validateSpec(raw, lang);
  if (!v.spec) {
    io.stderr.write(`${t.specInvalid(file, v.errors.length)}\n${v.errors.map((e) => t.specError(e.path, e.message)).join("\n")}\n`);
    return EXIT_USAGE;
  }
  const long = tooLongFields(v.spec);
  if (long.length > 0) {
    io.stderr.write(`${t.specInvalid(file, long.length)}\n${long.map((p) => t.specError(p, t.tooLong(MAX_CELL_TEXT))).join("\n")}\n`);
    return EXIT_USAGE;
  }
  return v.spec;
}

/** Write a workbook to OUT through a temporary file in the same directory, then rename. */
export const saveWorkbook = saveWorkbookFile;

const DRAWING_PARTS = ["xl/drawings/", "xl/charts/", "xl/media/"];

/** Load an existing .xlsx for writing: drawings skipped (exceljs cannot keep charts), everything else kept. */
export async function loadForWriting(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  prepareExcelJSReader(wb);
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return wb;
  } catch {
    // a part exceljs cannot parse in full (validations, conditional formats): load without them
    return loadExcelJS(ExcelJS.Workbook, bytes);
  }
}

export function hasDrawings(bytes: Buffer): boolean {
  return DRAWING_PARTS.some((p) => bytes.indexOf(Buffer.from(p, "latin1")) >= 0);
}

export async function readBytes(file: string): Promise<Buffer> {
  const st = await fs.stat(file).catch((e) => {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(file, code === "ENOENT" || code === "ENOTDIR" ? "missing" : code === "EACCES" ? "permission" : "other", (e as Error).message);
  });
  if (st.isDirectory()) throw new ReadError(file, "not-a-file");
  const bytes = await fs.readFile(file, { flag: "r" });
  const kind = sniff(bytes);
  if (kind !== "zip") throw new ReadError(file, kind);
  return bytes;
}

/** Read OUT back and check the tables on `sheets`; print the report; the exit status. */
export async function reportWritten(out: string, sheets: string[], config: CheckConfig, io: CliIO, lang: Lang): Promise<number> {
  const read = await readWorkbookDetailed(out);
  const result = checkWorkbook(read.workbook, config);
  const keep = new Set(sheets);
  const index = new Map<number, number>();
  const summaries = result.summaries.filter((s, i) => {
    if (!keep.has(s.sheet)) return false;
    index.set(i, index.size);
    return true;
  });
  const findings = result.findings.filter((f) => keep.has(f.sheet) && index.has(f.tableIndex)).map((f) => ({ ...f, tableIndex: index.get(f.tableIndex)! }));
  const file: FileResult = { file: out, error: null, summaries, findings };
  io.stdout.write(renderText([file], { lang, color: !!io.stdout.isTTY && io.env.NO_COLOR === undefined }));
  return findings.some((f) => f.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}

export function checkOutFlags(flags: CommonFlags, t: ReturnType<typeof strings>): void {
  if (!flags.out) throw new UsageError(t.project.needOut);
  if (flags.append && flags.force) throw new UsageError(t.project.appendAndForce);
  if (!/\.xlsx$/i.test(flags.out)) throw new UsageError(t.project.outExt(flags.out));
  let isDir = false;
  try {
    isDir = fsSync.statSync(flags.out).isDirectory();
  } catch {
    // does not exist yet: fine
  }
  if (isDir) throw new UsageError(t.project.outIsDir(flags.out));
}

/** Excel keeps at most 32,767 characters in a cell. */
const MAX_CELL_TEXT = 32767;

/** Fields of a spec too long for one cell, by path ("goals[1]"). */
function tooLongFields(value: unknown, at = ""): string[] {
  if (typeof value === "string") return value.length > MAX_CELL_TEXT ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => tooLongFields(v, `${at}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => tooLongFields(v, at ? `${at}.${k}` : k));
  return [];
}

/** What `new` and `fill` both begin with: their options, language and words; undefined after --help. */
function startCommand(args: string[], io: CliIO, preLang: Lang) {
  const parsed = parse(args, preLang);
  const v = parsed.values;
  const lang = langOf(v.lang);
  const t = strings(lang);
  if (v.help) {
    io.stdout.write(t.help);
    return undefined;
  }
  return { parsed, v, lang, t, p: t.project };
}

// ---------------------------------------------------------------------------------------------
// new
// ---------------------------------------------------------------------------------------------

export async function runNew(args: string[], io: CliIO, preLang: Lang): Promise<number> {
  const start = startCommand(args, io, preLang);
  if (!start) return EXIT_OK;
  const { parsed, v, lang, t, p } = start;
  if (parsed.positionals.length > 0) throw new UsageError(t.unexpectedArgument(parsed.positionals[0]));
  if (v["insert-rows"] !== undefined) throw new UsageError(t.unknownOption("--insert-rows"));
  const flags: CommonFlags = { out: v.out as string, append: !!v.append, force: !!v.force, lang, sheet: v.sheet as string | undefined };
  // 生成自评表 (self-eval-command.ts): from the project tables of a checked workbook
  if (v["self-eval-from"] !== undefined) return runNewSelfEval(v["self-eval-from"] as string, flags, v, io);
  if (!v.spec && !v.list) throw new UsageError(p.needSpecOrList);
  if (v.spec && v.list) throw new UsageError(p.specAndList);
  checkOutFlags(flags, t);
  if (v.list && flags.sheet !== undefined) throw new UsageError(p.sheetWithList);
  let year: number | undefined;
  if (v.year !== undefined) {
    year = /^\d{4}$/.test(String(v.year).trim()) ? Number(String(v.year).trim()) : NaN;
    if (!isYear(year)) throw new UsageError(t.badYear(String(v.year)));
  }
  let framework: FrameworkId | undefined;
  if (v.framework !== undefined) {
    if (v.framework !== "legacy" && v.framework !== "2021") throw new UsageError(t.badOptionValue("--framework", String(v.framework), "legacy | 2021"));
    framework = v.framework;
  }
  if ((await exists(flags.out)) && !flags.append && !flags.force) throw new UsageError(p.outExists(flags.out));

  // the projects
  let specs: NormalSpec[];
  if (v.spec) {
    const s = await loadSpec(v.spec as string, io, lang);
    if (typeof s === "number") return s;
    specs = [s];
  } else {
    const file = v.list as string;
    let sheet;
    try {
      if (/\.csv$/i.test(file)) {
        const bytes = await fs.readFile(file, { flag: "r" });
        sheet = csvToSheet(decodeText(bytes), path.basename(file));
      } else {
        const read = await readWorkbookDetailed(file);
        sheet = read.workbook.sheets.find((s) => readProjectList(s)) ?? read.workbook.sheets[0];
      }
    } catch (e) {
      io.stderr.write(
        `${p.listCannotRead(file, readReason(e instanceof Error && (e as NodeJS.ErrnoException).code === "ENOENT" ? new ReadError(file, "missing") : e, lang))}\n`,
      );
      return EXIT_UNREADABLE;
    }
    const list = sheet ? readProjectList(sheet, { year, framework, lang }) : undefined;
    if (!list) throw new UsageError(p.listNoHeader(file));
    if (list.rows.length === 0) throw new UsageError(p.listEmpty(file));
    const bad = list.rows.flatMap((r) => r.errors.map((e) => p.listError(r.row, e.column, e.message)));
    if (bad.length > 0) {
      io.stderr.write(`${p.listInvalid(file, bad.length)}\n${bad.join("\n")}\n`);
      return EXIT_USAGE;
    }
    if (list.ignored.length > 0) io.stderr.write(`${p.listIgnored(list.ignored.join("、"))}\n`);
    specs = list.rows.map((r) => r.spec!);
    const long = list.rows.flatMap((r) => tooLongFields(r.spec).map((f) => p.listError(r.row, f, p.tooLong(MAX_CELL_TEXT))));
    if (long.length > 0) {
      io.stderr.write(`${p.listInvalid(file, long.length)}\n${long.join("\n")}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`${p.defaultIndicators(specs.length)}\n`);
  }

  // the workbook to write into
  let wb: ExcelJS.Workbook;
  if (flags.append && (await exists(flags.out))) {
    try {
      const bytes = await readBytes(flags.out);
      if (hasDrawings(bytes)) io.stderr.write(`${p.dropsDrawings(flags.out)}\n`);
      wb = await loadForWriting(bytes);
    } catch (e) {
      io.stderr.write(`${p.outCannotRead(flags.out, readReason(e, lang))}\n`);
      return EXIT_UNREADABLE;
    }
  } else {
    wb = new ExcelJS.Workbook();
  }
  const existing = wb.worksheets.map((w) => w.name);
  if (flags.sheet !== undefined) {
    const problem = sheetNameProblem(flags.sheet, existing);
    if (problem) throw new UsageError(p.badSheetName(flags.sheet, p.sheetProblem[problem]));
  }
  const plans: SheetPlan[] = [];
  for (const spec of specs) {
    const plan = layoutSpec(spec, { sheetName: flags.sheet ?? safeSheetName(spec.name, existing) });
    existing.push(plan.sheetName);
    plans.push(plan);
  }
  for (const plan of plans) writePlanToWorkbook(wb, plan);
  try {
    await saveWorkbook(wb, flags.out);
  } catch (e) {
    io.stderr.write(`${p.cannotWrite(flags.out, writeReason(e, lang))}\n`);
    return EXIT_UNREADABLE;
  }
  io.stderr.write(
    `${p.wrote(
      flags.out,
      plans.map((x) => ({ sheet: x.sheetName, range: rangeA1(x.range) })),
    )}\n`,
  );
  const config: CheckConfig = { lang };
  if (specs.length === 1) {
    config.year = specs[0].year;
    config.framework = specs[0].framework;
  }
  return reportWritten(
    flags.out,
    plans.map((x) => x.sheetName),
    config,
    io,
    lang,
  );
}

/** A formula made only of SUM, cell references and "+" (what a template's 预算数 adds its parts with). */
const PARTS_FORMULA = /^\s*(?:SUM\(\s*[$A-Z0-9:,\s]+\)|[$A-Z]+[$0-9]+(?:\s*\+\s*[$A-Z]+[$0-9]+)+)\s*$/i;

/** budget.total conflicts whose template cell is such a formula: cell → formula. */
async function formulaTotals(bytes: Buffer, sheet: string, conflicts: { cell: string; path: string }[], total: number | null): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const candidates = conflicts.filter((c) => c.path === "budget.total");
  if (candidates.length === 0 || total === null) return out;
  const ws = (await loadForWriting(bytes)).getWorksheet(sheet);
  for (const c of candidates) {
    const f = ws?.getCell(c.cell).formula;
    if (typeof f === "string" && PARTS_FORMULA.test(f)) out.set(c.cell, f);
  }
  return out;
}

/** UTF-8 (with or without BOM), else GB18030 (a CSV saved by Chinese Excel or WPS). */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030").decode(bytes);
    } catch {
      return bytes.toString("utf8");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// fill
// ---------------------------------------------------------------------------------------------

export async function runFill(args: string[], io: CliIO, preLang: Lang): Promise<number> {
  const start = startCommand(args, io, preLang);
  if (!start) return EXIT_OK;
  const { parsed, v, lang, t, p } = start;
  if (parsed.positionals.length === 0) throw new UsageError(p.needTemplate);
  if (parsed.positionals.length > 1) throw new UsageError(p.oneTemplate);
  for (const o of ["append", "list", "year", "framework"] as const) if (v[o] !== undefined) throw new UsageError(t.unknownOption(`--${o}`));
  const template = parsed.positionals[0];
  const flags: CommonFlags = { out: v.out as string, append: false, force: !!v.force, lang, sheet: v.sheet as string | undefined };
  if (!v.spec) throw new UsageError(p.needSpecOrList);
  checkOutFlags(flags, t);
  if (path.resolve(template) === path.resolve(flags.out)) throw new UsageError(p.sameFile(template));
  const [a, b] = await Promise.all([fs.realpath(template).catch(() => null), fs.realpath(flags.out).catch(() => null)]);
  if (a && b && a === b) throw new UsageError(p.sameFile(template));
  if ((await exists(flags.out)) && !flags.force) throw new UsageError(p.outExists(flags.out));

  const spec = await loadSpec(v.spec as string, io, lang);
  if (typeof spec === "number") return spec;

  // read the template (read-only) and find its table
  let bytes: Buffer;
  let parsedWb;
  try {
    bytes = await readBytes(template);
    parsedWb = parseWorkbook((await workbookFromBytes(bytes, template)).workbook);
  } catch (e) {
    io.stderr.write(`${p.templateCannotRead(template, readReason(e, lang))}\n`);
    return EXIT_UNREADABLE;
  }
  const candidates = parsedWb.tables.filter((x) => flags.sheet === undefined || x.sheet === flags.sheet);
  if (candidates.length === 0) {
    io.stderr.write(`${flags.sheet !== undefined ? p.templateNoSheet(template, flags.sheet) : p.templateNoTable(template)}\n`);
    return EXIT_UNREADABLE;
  }
  const grid = (sheet: string) => parsedWb.grids.get(sheet)!;
  const table =
    candidates.find((x) => !x.name || grid(x.sheet).isBlank(x.name.row, x.name.col)) ??
    candidates.find((x) => x.name && x.name.cell.text.trim() === spec.name) ??
    candidates[0];
  let fill = planFill(grid(table.sheet), table, spec);
  // 预算数 written as a formula of the parts (=SUM(C5:D5), =C5+D5) is fillable: it is kept and its
  // cached result set, since the parts it adds are what the fill writes.
  let keptFormulas = await formulaTotals(bytes, table.sheet, fill.conflicts, spec.budget.total);
  fill.conflicts = fill.conflicts.filter((c) => !keptFormulas.has(c.cell));
  const inserts = v["insert-rows"] ? planRowInserts(grid(table.sheet), table, fill.conflicts) : undefined;
  if (inserts) {
    // the rows inserted into a copy, which is read again and filled as if it were the template
    const copy = await loadForWriting(bytes);
    insertTemplateRows(copy.getWorksheet(table.sheet)!, inserts);
    bytes = Buffer.from(await copy.xlsx.writeBuffer());
    const again = parseWorkbook((await workbookFromBytes(bytes, template)).workbook);
    const moved = again.tables.find((x) => x.sheet === table.sheet && x.first.row === table.first.row && x.first.col === table.first.col);
    if (!moved) {
      io.stderr.write(`${p.templateNoTable(template)}\n`);
      return EXIT_UNREADABLE;
    }
    fill = planFill(again.grids.get(table.sheet)!, moved, spec);
    keptFormulas = await formulaTotals(bytes, table.sheet, fill.conflicts, spec.budget.total);
    fill.conflicts = fill.conflicts.filter((c) => !keptFormulas.has(c.cell));
  }
  if (fill.conflicts.length > 0) {
    const lines = fill.conflicts.map((c) =>
      c.kind === "differs"
        ? p.conflict(c.cell, c.has, c.wants, c.path)
        : c.kind === "year"
          ? p.yearClash(c.cell, c.has, c.wants)
          : c.kind === "unfilled"
            ? p.unfilled(c.cell, c.wants)
            : c.below !== undefined
              ? p.noRoomRow(c.cell, c.wants, c.path)
              : p.noRoom(c.cell, c.wants, c.path),
    );
    io.stderr.write(`${p.refused(template, fill.conflicts.length)}\n${lines.join("\n")}\n`);
    return EXIT_UNREADABLE;
  }
  if (inserts) io.stderr.write(`${p.inserted(inserts.map((i) => ({ after: i.after + 1, count: i.count })))}\n`);
  for (const s of fill.skipped) io.stderr.write(`${p.skipped(s.path, s.what)}\n`);

  // write: the template's bytes loaded afresh, the writes applied, saved as OUT
  if (hasDrawings(bytes)) io.stderr.write(`${p.dropsDrawings(template)}\n`);
  const wb = await loadForWriting(bytes);
  const ws = wb.getWorksheet(table.sheet);
  if (!ws) {
    io.stderr.write(`${p.templateNoSheet(template, table.sheet)}\n`);
    return EXIT_UNREADABLE;
  }
  for (const w of fill.writes) writePlanCell(ws, w);
  for (const [cell, formula] of keptFormulas) ws.getCell(cell).value = { formula, result: spec.budget.total ?? undefined } as ExcelJS.CellFormulaValue;
  try {
    await saveWorkbook(wb, flags.out);
  } catch (e) {
    io.stderr.write(`${p.cannotWrite(flags.out, writeReason(e, lang))}\n`);
    return EXIT_UNREADABLE;
  }
  io.stderr.write(`${p.filled(flags.out, template, table.sheet, fill.writes.length)}\n`);
  return reportWritten(flags.out, [table.sheet], { lang, year: spec.year, framework: spec.framework }, io, lang);
}
