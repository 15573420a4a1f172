/**
 * `jixiao` on the command line: argument parsing, reading files, running the engine, output.
 *
 *   jixiao check FILE_OR_DIR... [--format text|json] [--framework auto|legacy|2021]
 *                               [--year 2023] [--lang zh|en] [--config FILE] [--across-files]
 *   jixiao new  --spec PROJECT.json | --list PROJECTS.xlsx|.csv  -o OUT.xlsx …   (project-commands.ts)
 *   jixiao fill TEMPLATE.xlsx --spec PROJECT.json -o OUT.xlsx …
 *
 * Exit status: 64 bad usage > 2 a file could not be read > 1 an error-level finding > 0.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import type { SingleBar } from "cli-progress";
import type { CheckConfig, Lang } from "../engine/rule";
import type { WorkbookModel } from "../engine/sheet";
import { checkWorkbooks } from "../engine/check";
import { UsageError, isYear, loadConfig } from "./config";
import { expandInputs, InputFile } from "./files";
import { strings } from "./messages";
import { FileOutcome, FileResult, fileOutcome, JsonStream, RenderOptions, renderSummaryText, summarizeTallies, Tally } from "./output";
import { runTask, Task, TaskResult } from "./task";
import { onInterrupt } from "./interrupt";
import { ReadAhead } from "./read-ahead";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;
export const EXIT_USAGE = 64;

export interface Output {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
}

/** Files above this count get a progress bar (on a terminal, text output only). */
const PROGRESS_MIN_FILES = 3;

export interface CheckRun {
  files: string[];
  format: "text" | "json";
  config: CheckConfig;
  acrossFiles: boolean;
  /** worker threads (default: the machine's cores; 1 checks on the main thread) */
  jobs?: number;
  /** directory for marked copies */
  annotate?: string;
  /** summary workbook to write */
  report?: string;
}

export const EXIT_INTERRUPTED = 130;

/** Run the command line; resolves to the exit status. Never calls process.exit. */
export async function main(argv: string[], io: Partial<CliIO> = {}): Promise<number> {
  const cio: CliIO = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    env: io.env ?? process.env,
  };
  const lang = preScanLang(argv);
  const t = strings(lang);
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError(t.noCommand);
    if (command === "--help" || command === "-h" || command === "help") {
      cio.stdout.write(t.help);
      return EXIT_OK;
    }
    if (command === "--version" || command === "-v" || command === "-V") {
      cio.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    // loaded only for these commands: `check` never needs exceljs's writer
    if (command === "new" || command === "fill") {
      // Ctrl-C: the temporary file being written is removed (interrupt.ts), nothing else to do
      const release = cio.stdout === process.stdout ? onInterrupt(() => undefined) : () => undefined;
      try {
        const commands = await import("./project-commands");
        return await (command === "new" ? commands.runNew : commands.runFill)(rest, cio, lang);
      } finally {
        release();
      }
    }
    if (command !== "check") {
      throw new UsageError(command.startsWith("-") ? t.unknownOption(command) : t.unknownCommand(command));
    }
    const parsed = parseCheckArgs(rest, lang);
    if (parsed === "help") {
      cio.stdout.write(t.help);
      return EXIT_OK;
    }
    if (parsed === "version") {
      cio.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    const { flags, configFile } = parsed;
    const fileConfig = configFile ? await loadConfig(configFile, lang) : {};
    const config: CheckConfig = { ...fileConfig };
    for (const key of ["framework", "year", "lang"] as const) {
      if (flags.config[key] !== undefined) (config as Record<string, unknown>)[key] = flags.config[key];
    }
    return await runCheck({ ...flags, config }, cio);
  } catch (e) {
    if (e instanceof UsageError) {
      cio.stderr.write(`${t.usagePrefix}${e.message}\n${t.seeHelp}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

/** The message language before the arguments are parsed (for usage errors). */
function preScanLang(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    if (a === "--lang" && argv[i + 1] === "en") return "en";
    if (a === "--lang=en") return "en";
  }
  return "zh";
}

function version(): string {
  for (const p of [path.resolve(__dirname, "../../package.json"), path.resolve(__dirname, "../package.json")]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(p, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "jixiao" && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return "unknown";
}

interface ParsedCheck {
  flags: Omit<CheckRun, "config"> & { config: CheckConfig };
  configFile?: string;
}

function parseCheckArgs(args: string[], lang: Lang): ParsedCheck | "help" | "version" {
  const t = strings(lang);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        framework: { type: "string" },
        year: { type: "string" },
        lang: { type: "string" },
        config: { type: "string" },
        "across-files": { type: "boolean" },
        jobs: { type: "string", short: "j" },
        annotate: { type: "string" },
        report: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    });
  } catch (e) {
    throw new UsageError(parseArgsMessage(e, lang));
  }
  const v = parsed.values;
  if (v.help) return "help";
  if (v.version) return "version";
  const oneOf = <T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(t.badOptionValue(option, value, allowed.join(" | ")));
    return value as T;
  };
  const format = oneOf("--format", v.format, ["text", "json"] as const) ?? "text";
  const framework = oneOf("--framework", v.framework, ["auto", "legacy", "2021"] as const);
  const flagLang = oneOf("--lang", v.lang, ["zh", "en"] as const);
  let year: number | undefined;
  if (v.year !== undefined) {
    year = /^\d{4}$/.test(v.year.trim()) ? Number(v.year.trim()) : NaN;
    if (!isYear(year)) throw new UsageError(t.badYear(v.year));
  }
  if (parsed.positionals.length === 0) throw new UsageError(t.noFiles);
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    jobs = /^\s*\d+\s*$/.test(v.jobs) ? Number(v.jobs) : NaN;
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(t.badJobs(v.jobs));
  }
  if (v.report !== undefined && !/\.xlsx$/i.test(v.report)) throw new UsageError(t.reportExt(v.report));
  const config: CheckConfig = {};
  if (framework !== undefined) config.framework = framework;
  if (year !== undefined) config.year = year;
  if (flagLang !== undefined) config.lang = flagLang;
  return {
    flags: { files: parsed.positionals, format, acrossFiles: !!v["across-files"], config, jobs, annotate: v.annotate, report: v.report },
    configFile: v.config,
  };
}

function parseArgsMessage(e: unknown, lang: Lang): string {
  const t = strings(lang);
  const err = e as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(err.message ?? "")?.[1] ?? "";
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return t.unknownOption(option);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return t.missingValue(option);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return t.unexpectedArgument(option);
    default:
      return err.message ?? String(e);
  }
}

/** Where the marked copy of `input` goes: the same path below OUTDIR as below its argument; .xls/.ods become .xlsx. */
function annotatedPath(outDir: string, input: InputFile): string {
  const rel = input.root ? path.relative(input.root, input.file) : path.basename(input.file);
  return path.join(outDir, rel).replace(/\.(?:xls|ods)$/i, ".xlsx");
}

/** Refuse an --annotate directory that could overwrite an input or be read as one on the next run. */
async function checkAnnotateDir(outDir: string, args: string[], inputs: InputFile[], lang: Lang | undefined): Promise<void> {
  const t = strings(lang);
  const real = async (p: string) => fs.promises.realpath(p).catch(() => path.resolve(p));
  const out = await real(outDir);
  for (const arg of args) {
    const st = await fs.promises.stat(arg).catch(() => null);
    if (!st?.isDirectory()) continue;
    const root = await real(arg);
    if (out === root || out.startsWith(root + path.sep)) throw new UsageError(t.annotateInside);
  }
  for (const i of inputs) {
    if (i.unreadableDirectory || i.emptyDirectory) continue;
    if ((await real(annotatedPath(outDir, i))) === (await real(i.file))) throw new UsageError(t.annotateSame);
  }
}

/** `jixiao check` once the arguments are known. */
export async function runCheck(options: CheckRun, io: CliIO): Promise<number> {
  const { config, format, acrossFiles } = options;
  const lang = config.lang;
  const t = strings(lang);
  const inputs = await expandInputs(options.files);
  if (options.annotate !== undefined) await checkAnnotateDir(options.annotate, options.files, inputs, lang);

  const results: (FileOutcome | undefined)[] = new Array(inputs.length);
  // --across-files: files read, waiting for the joint check
  const pending: (FileResult | undefined)[] = [];
  const models: (WorkbookModel | undefined)[] = [];
  const problems: string[] = [];
  const bar = await progressBar(io, format, inputs.length, t.progress);
  const report = (line: string) => {
    if (bar) problems.push(line);
    else io.stderr.write(`${line}\n`);
  };
  let annotatedCount = 0;

  // Output in input order, each file as soon as it and those before it are done.
  const json = format === "json" ? new JsonStream((c) => io.stdout.write(c)) : undefined;
  const color = !!io.stdout.isTTY && io.env.NO_COLOR === undefined;
  const render: RenderOptions = { format, lang, color };
  const keepResult = options.report !== undefined;
  let emitted = 0;
  // Text waits while a progress bar is drawn on the same terminal.
  const held: (string | Uint8Array)[] = [];
  const out = (chunk: string | Uint8Array) => (bar ? held.push(chunk) : io.stdout.write(chunk));
  const emit = (r: FileOutcome) => {
    if (r.error !== null) report(t.cannotRead(r.file, r.error));
    if (json) json.entry(r.output);
    else out(r.output);
  };
  const releaseHeld = () => {
    for (const chunk of held.splice(0)) io.stdout.write(chunk);
  };
  const flush = () => {
    if (acrossFiles) return; // findings come at the end
    while (emitted < inputs.length && results[emitted]) {
      const r = results[emitted]!;
      emit(r);
      // written: only its tally is needed from now on (a big batch kept every file's output)
      results[emitted++] = { ...r, output: "" };
    }
  };
  let done = 0;
  const progress = () => {
    done++;
    bar?.update(done, { file: "" });
  };
  const settle = (index: number, r: FileOutcome) => {
    results[index] = r;
    progress();
    flush();
  };
  const fail = (index: number, file: string, reason: string) =>
    settle(index, fileOutcome({ file, error: reason, summaries: [], findings: [] }, render, keepResult));
  const onResult = (r: TaskResult) => {
    if (r.annotated) annotatedCount++;
    if (r.annotateError) report(t.annotateFailed(inputs[r.index].file, r.annotateError));
    if (r.workbook) models[r.index] = r.workbook;
    if (r.outcome) settle(r.index, r.outcome);
    else if (r.result) {
      pending[r.index] = r.result;
      progress();
    }
  };

  // Files known to be unreadable before any work.
  const tasks: Task[] = [];
  inputs.forEach((input, i) => {
    if (input.unreadableDirectory) fail(i, input.file, t.dirUnreadable);
    else if (input.emptyDirectory) fail(i, input.file, t.readProblem["no-xlsx-in-dir"]);
    else {
      const annotateTo = options.annotate !== undefined && !acrossFiles ? annotatedPath(options.annotate, input) : undefined;
      tasks.push({ kind: "check", index: i, file: input.file, config, keepModel: acrossFiles, annotateTo, render, keepResult });
    }
  });

  let interrupted = false;
  let stopPool: (() => Promise<void>) | undefined;
  const finishInterrupted = async () => {
    interrupted = true;
    await stopPool?.();
    bar?.stop();
    releaseHeld();
    for (const line of problems) io.stderr.write(`${line}\n`);
    problems.length = 0;
    // what was finished, in order; the rest named (across files, a file read but not yet
    // compared with the others is not finished)
    const missing: string[] = [];
    inputs.forEach((input, i) => {
      const r = results[i];
      if (!r) missing.push(input.file);
      else if (i >= emitted || acrossFiles) {
        if (json) json.entry(r.output);
        else io.stdout.write(r.output);
      }
    });
    const all = results.filter((r): r is FileOutcome => !!r);
    if (json) json.end(jsonSummary(all));
    else io.stdout.write(renderSummaryText(summarizeTallies(all), { lang, color }));
    io.stderr.write(`${t.interrupted(all.length, inputs.length)}\n`);
    if (missing.length > 0) io.stderr.write(`${t.notChecked(missing.length > 20 ? [...missing.slice(0, 20), "…"] : missing)}\n`);
  };
  const releaseInterrupt = io.stdout === process.stdout ? onInterrupt(finishInterrupted) : () => undefined;

  try {
    const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), tasks.length));
    await runTasks(
      tasks,
      jobs,
      onResult,
      (stop) => (stopPool = stop),
      () => interrupted,
      t,
      fail,
      (file) => bar?.update(done, { file }),
    );
    if (interrupted) return EXIT_INTERRUPTED;

    if (acrossFiles) {
      const idx = inputs.map((_, i) => i).filter((i) => models[i]);
      const checked = checkWorkbooks(
        idx.map((i) => models[i]!),
        config,
        { acrossFiles: true },
      );
      const annotateTasks: Task[] = [];
      checked.forEach((r, k) => {
        const res = pending[idx[k]]!;
        res.summaries = r.summaries;
        res.findings = r.findings;
        results[idx[k]] = fileOutcome(res, render, keepResult);
        pending[idx[k]] = undefined;
        models[idx[k]] = undefined;
        if (options.annotate !== undefined) {
          annotateTasks.push({
            kind: "annotate",
            index: idx[k],
            file: inputs[idx[k]].file,
            annotateTo: annotatedPath(options.annotate, inputs[idx[k]]),
            findings: r.findings,
          });
        }
      });
      if (annotateTasks.length > 0)
        await runTasks(
          annotateTasks,
          Math.max(1, Math.min(options.jobs ?? defaultJobs(), annotateTasks.length)),
          onResult,
          (stop) => (stopPool = stop),
          () => interrupted,
          t,
          () => undefined,
          () => undefined,
        );
      for (const r of results) emit(r!);
    }
  } finally {
    releaseInterrupt();
    if (bar) {
      bar.update(inputs.length, { file: "" });
      bar.stop();
      releaseHeld();
    }
  }
  for (const line of problems) io.stderr.write(`${line}\n`);

  const all = results as FileOutcome[];
  if (json) json.end(jsonSummary(all));
  else io.stdout.write(renderSummaryText(summarizeTallies(all), { lang, color }));

  if (options.annotate !== undefined) io.stderr.write(`${t.annotated(options.annotate, annotatedCount)}\n`);
  let exit = all.some((r) => r.error !== null) ? EXIT_UNREADABLE : all.some((r) => r.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
  if (options.report !== undefined) {
    try {
      const { writeReport } = await import("./report");
      await writeReport(
        options.report,
        all.map((r, i) => ({ ...r.result!, root: inputs[i].root })),
        lang,
      );
      io.stderr.write(`${t.reportWritten(options.report)}\n`);
    } catch (e) {
      const { writeReason } = await import("./reasons");
      io.stderr.write(`${t.reportFailed(options.report, writeReason(e, lang))}\n`);
      exit = EXIT_UNREADABLE;
    }
  }
  return exit;
}

function jsonSummary(results: Tally[]) {
  const { files, tables, errors, warnings, infos } = summarizeTallies(results);
  return { files, tables, errors, warnings, infos };
}

function defaultJobs(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/** Run the tasks on the main thread (jobs 1, or no compiled worker) or on a pool of workers. */
async function runTasks(
  tasks: Task[],
  jobs: number,
  onResult: (r: TaskResult) => void,
  setStop: (stop: () => Promise<void>) => void,
  isInterrupted: () => boolean,
  t: ReturnType<typeof strings>,
  fail: (index: number, file: string, reason: string) => void,
  onStart: (file: string) => void,
): Promise<void> {
  const { Pool, workerScript, workerMemoryMb } = await import("./pool");
  const script = jobs > 1 ? workerScript() : undefined;
  if (!script) {
    const ahead = new ReadAhead();
    ahead.start(tasks[0]);
    for (let i = 0; i < tasks.length; i++) {
      if (isInterrupted()) return;
      onStart(tasks[i].file);
      ahead.start(tasks[i + 1]);
      onResult(await runTask(tasks[i], ahead.take(tasks[i])));
    }
    return;
  }
  const memoryMb = workerMemoryMb(jobs);
  let pool: InstanceType<typeof Pool> | undefined;
  await new Promise<void>((resolve) => {
    let left = tasks.length;
    const one = () => {
      if (--left === 0) resolve();
    };
    pool = new Pool(
      script,
      jobs,
      memoryMb,
      (r) => {
        onResult(r);
        one();
      },
      (f) => {
        const task = tasks.find((x) => x.index === f.index)!;
        const reason = f.failure === "memory" ? t.outOfMemory(memoryMb) : t.internalError(f.detail ?? "");
        if (task.kind === "check") fail(f.index, task.file, reason);
        else onResult({ index: f.index, annotateError: reason });
        one();
      },
      (task) => onStart(task.file),
    );
    setStop(async () => {
      await pool?.close();
      resolve();
    });
    for (const task of tasks) pool.push(task);
  });
  await pool?.close();
}

async function progressBar(io: CliIO, format: string, total: number, label: string): Promise<SingleBar | undefined> {
  // On a terminal only: not for JSON, nor when the report itself goes to a pipe or file.
  if (format !== "text" || !io.stderr.isTTY || !io.stdout.isTTY || total <= PROGRESS_MIN_FILES) return undefined;
  const { SingleBar } = await import("cli-progress");
  const bar = new SingleBar({
    stream: io.stderr as unknown as NodeJS.WritableStream,
    format: `${label} [{bar}] {value}/{total} {file}`,
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    noTTYOutput: false,
  });
  bar.start(total, 0, { file: "" });
  return bar;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
