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
import * as path from "path";
import { parseArgs } from "util";
import { SingleBar } from "cli-progress";
import type { CheckConfig, Lang } from "../engine/rule";
import type { WorkbookModel } from "../engine/sheet";
import { checkWorkbooks, WorkbookResult } from "../engine/check";
import { UsageError, isYear, loadConfig } from "./config";
import { expandInputs } from "./files";
import { strings } from "./messages";
import { FileResult, jsonDocument, renderText } from "./output";
import { ReadError, readWorkbookDetailed } from "../file/read-xlsx";
import { runFill, runNew } from "./project-commands";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;
export const EXIT_USAGE = 64;

export interface Output {
  write(chunk: string): unknown;
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
}

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
    if (command === "new") return await runNew(rest, cio, lang);
    if (command === "fill") return await runFill(rest, cio, lang);
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
  const config: CheckConfig = {};
  if (framework !== undefined) config.framework = framework;
  if (year !== undefined) config.year = year;
  if (flagLang !== undefined) config.lang = flagLang;
  return {
    flags: { files: parsed.positionals, format, acrossFiles: !!v["across-files"], config },
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

/** `jixiao check` once the arguments are known. */
export async function runCheck(options: CheckRun, io: CliIO): Promise<number> {
  const { config, format, acrossFiles } = options;
  const lang = config.lang;
  const t = strings(lang);
  const inputs = await expandInputs(options.files);

  const results: FileResult[] = inputs.map((i) => ({ file: i.file, error: null, summaries: [], findings: [] }));
  const pending: { index: number; workbook: WorkbookModel }[] = [];
  const problems: string[] = [];
  const bar = progressBar(io, format, inputs.length, t.progress);
  const report = (line: string) => {
    if (bar) problems.push(line);
    else io.stderr.write(`${line}\n`);
  };

  const fail = (index: number, reason: string) => {
    results[index].error = reason;
    report(t.cannotRead(results[index].file, reason));
  };
  const store = (index: number, r: WorkbookResult) => {
    results[index].summaries = r.summaries;
    results[index].findings = r.findings;
  };

  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    bar?.update(i, { file: input.file });
    if (input.emptyDirectory) {
      fail(i, t.readProblem["no-xlsx-in-dir"]);
      continue;
    }
    let workbook: WorkbookModel;
    try {
      const read = await readWorkbookDetailed(input.file);
      workbook = read.workbook;
      results[i].hiddenSheets = read.hiddenSheets;
    } catch (e) {
      if (e instanceof ReadError) {
        const reason = t.readProblem[e.problem];
        fail(i, e.problem === "other" && e.detail ? t.withDetail(reason, e.detail) : reason);
      } else {
        fail(i, t.withDetail(t.readProblem.other, e instanceof Error ? e.message : String(e)));
      }
      continue;
    }
    if (acrossFiles) {
      pending.push({ index: i, workbook });
    } else {
      // Check now and let the workbook go: a batch of big files never sits in memory at once.
      try {
        store(i, checkWorkbooks([workbook], config, { acrossFiles: false })[0]);
      } catch (e) {
        // An engine bug on one odd workbook must not lose the rest of the batch.
        fail(i, t.internalError(e instanceof Error ? e.message : String(e)));
      }
    }
  }
  if (acrossFiles && pending.length > 0) {
    const checked = checkWorkbooks(
      pending.map((p) => p.workbook),
      config,
      { acrossFiles: true },
    );
    checked.forEach((r, k) => store(pending[k].index, r));
  }
  if (bar) {
    bar.update(inputs.length, { file: "" });
    bar.stop();
    for (const line of problems) io.stderr.write(`${line}\n`);
  }

  if (format === "json") {
    io.stdout.write(`${JSON.stringify(jsonDocument(results), null, 2)}\n`);
  } else {
    const color = !!io.stdout.isTTY && io.env.NO_COLOR === undefined;
    io.stdout.write(renderText(results, { lang, color }));
  }

  if (results.some((r) => r.error !== null)) return EXIT_UNREADABLE;
  if (results.some((r) => r.findings.some((f) => f.severity === "error"))) return EXIT_FINDINGS;
  return EXIT_OK;
}

function progressBar(io: CliIO, format: string, total: number, label: string): SingleBar | undefined {
  // On a terminal only: not for JSON, nor when the report itself goes to a pipe or file.
  if (format !== "text" || !io.stderr.isTTY || !io.stdout.isTTY || total <= PROGRESS_MIN_FILES) return undefined;
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
