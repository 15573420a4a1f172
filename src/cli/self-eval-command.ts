/**
 * `jixiao new --self-eval-from FILE [--sheet NAME] -o OUT.xlsx`: the year-end 自评表 of every
 * 项目绩效目标表 in FILE (or on its sheet NAME), one sheet each, written to OUT with the same
 * rules as `new` (never over an existing OUT without --append or --force; checked after writing).
 *
 * The generated sheets' blank 实际完成值 are the clerk's to fill: selfeval/actual-empty is what they
 * deserve, so those findings alone do not make the exit status 1.
 */
import * as ExcelJS from "exceljs";
import type { CheckConfig, Lang } from "../engine/rule";
import { checkWorkbook } from "../engine/check";
import { rangeA1 } from "../engine/address";
import { safeSheetName } from "../engine/sheet-names";
import { selfEvalAfter, selfEvalPlan } from "../engine/kinds/self-eval-plan";
import { tableName } from "../engine/runner";
import { readWorkbookDetailed } from "../file/read-xlsx";
import { writePlanToWorkbook } from "../file/write-plan";
import { UsageError, isYear } from "./config";
import { strings } from "./messages";
import type { CliIO } from "./main";
import { CommonFlags, checkOutFlags, exists, hasDrawings, loadForWriting, readBytes, reportWritten, saveWorkbook } from "./project-commands";
import { readReason } from "./reasons";

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_UNREADABLE = 2;

const WORDS = {
  zh: {
    combined: "--self-eval-from 不能与 --spec 或 --list 同时使用",
    noTable: (file: string, sheet?: string) => `${file}${sheet ? ` 的工作表“${sheet}”` : ""}中没有项目绩效目标表，无法生成自评表`,
    noSheet: (file: string, sheet: string) => `${file} 中没有名为“${sheet}”的工作表`,
    sourceErrors: (table: string, n: number) => `提示：目标表“${table}”有 ${n} 个错误，自评表按原样引用其内容`,
    cannotRead: (file: string, reason: string) => `无法读取 ${file}：${reason}`,
  },
  en: {
    combined: "--self-eval-from cannot be combined with --spec or --list",
    noTable: (file: string, sheet?: string) => `${file}${sheet ? `, sheet "${sheet}",` : ""} holds no project target table to make a 自评表 from`,
    noSheet: (file: string, sheet: string) => `${file} has no sheet named "${sheet}"`,
    sourceErrors: (table: string, n: number) => `Note: the target table "${table}" has ${n} errors; the 自评表 takes its content as it is`,
    cannotRead: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  },
};

/** The rule whose findings a freshly generated 自评表 deserves (its blanks are the clerk's). */
const BLANKS_RULE = "selfeval/actual-empty";

export async function runNewSelfEval(file: string, flags: CommonFlags, v: Record<string, unknown>, io: CliIO): Promise<number> {
  const lang: Lang = flags.lang;
  const t = strings(lang);
  const w = WORDS[lang];
  if (v.spec !== undefined || v.list !== undefined) throw new UsageError(w.combined);
  checkOutFlags(flags, t);
  let year: number | undefined;
  if (v.year !== undefined) {
    year = /^\d{4}$/.test(String(v.year).trim()) ? Number(String(v.year).trim()) : NaN;
    if (!isYear(year)) throw new UsageError(t.badYear(String(v.year)));
  }
  if ((await exists(flags.out)) && !flags.append && !flags.force) throw new UsageError(t.project.outExists(flags.out));

  let source;
  try {
    source = await readWorkbookDetailed(file);
  } catch (e) {
    io.stderr.write(`${w.cannotRead(file, readReason(e, lang))}\n`);
    return EXIT_UNREADABLE;
  }
  if (flags.sheet !== undefined && !source.workbook.sheets.some((s) => s.name === flags.sheet)) {
    io.stderr.write(`${w.noSheet(file, flags.sheet)}\n`);
    return EXIT_UNREADABLE;
  }
  const config: CheckConfig = { lang, ...(year ? { year } : {}) };
  const checked = checkWorkbook(source.workbook, config);
  const tables = checked.tables.filter((x) => x.kind === "project" && (flags.sheet === undefined || x.sheet === flags.sheet));
  if (tables.length === 0) {
    io.stderr.write(`${w.noTable(file, flags.sheet)}\n`);
    return EXIT_UNREADABLE;
  }
  for (const table of tables) {
    const errors = checked.findings.filter((f) => f.tableIndex === table.index && f.severity === "error").length;
    if (errors > 0) io.stderr.write(`${w.sourceErrors(tableName(table), errors)}\n`);
  }

  let wb: ExcelJS.Workbook;
  if (flags.append && (await exists(flags.out))) {
    try {
      const bytes = await readBytes(flags.out);
      if (hasDrawings(bytes)) io.stderr.write(`${t.project.dropsDrawings(flags.out)}\n`);
      wb = await loadForWriting(bytes);
    } catch (e) {
      io.stderr.write(`${t.project.outCannotRead(flags.out, readReason(e, lang))}\n`);
      return EXIT_UNREADABLE;
    }
  } else {
    wb = new ExcelJS.Workbook();
  }
  const existing = wb.worksheets.map((x) => x.name);
  // appended to a workbook that holds the source sheet, each 自评表 goes right after it and after
  // the 自评表 generated from it before (several from one sheet in the tables' order, a second run
  // after the first's); elsewhere at the end
  const order = [...existing];
  const lastFrom = new Map<string, string>();
  const plans = tables.map((table) => {
    const plan = selfEvalPlan(table, { year: year ?? checked.summaries[table.index]?.year ?? undefined, existingSheets: existing });
    plan.sheetName = safeSheetName(plan.sheetName, existing, "自评表");
    plan.after = lastFrom.get(table.sheet) ?? selfEvalAfter(table, order, checked.tables);
    lastFrom.set(table.sheet, plan.sheetName);
    existing.push(plan.sheetName);
    return plan;
  });
  for (const plan of plans) writePlanToWorkbook(wb, plan);
  try {
    await saveWorkbook(wb, flags.out);
  } catch (e) {
    io.stderr.write(`${t.project.cannotWrite(flags.out, (e as Error).message)}\n`);
    return EXIT_UNREADABLE;
  }
  io.stderr.write(
    `${t.project.wrote(
      flags.out,
      plans.map((x) => ({ sheet: x.sheetName, range: rangeA1(x.range) })),
    )}\n`,
  );
  const sheets = plans.map((x) => x.sheetName);
  await reportWritten(flags.out, sheets, { lang }, io, lang);
  const written = checkWorkbook((await readWorkbookDetailed(flags.out)).workbook, { lang });
  const real = written.findings.filter((f) => sheets.includes(f.sheet) && f.severity === "error" && f.rule !== BLANKS_RULE);
  return real.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
