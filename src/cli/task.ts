/**
 * What `check` does with one file, the same on the main thread and on a worker: read it, check it
 * (unless goals are compared across files: then the model goes back for the joint check), and
 * write its marked copy when asked. Never throws: every failure is the file's reason.
 */
import type { CheckConfig, Finding } from "../engine/rule";
import type { WorkbookModel } from "../engine/sheet";
import { checkWorkbooks } from "../engine/check";
import { readFileBytes, readWorkbookDetailed } from "../file/read-xlsx";
import { strings } from "./messages";
import { readReason, writeReason } from "./reasons";
import { fileOutcome, FileOutcome, FileResult, RenderOptions } from "./output";

export interface CheckTask {
  kind: "check";
  index: number;
  file: string;
  config: CheckConfig;
  /** keep the model for a check across files instead of checking now */
  keepModel: boolean;
  /** where the marked copy goes (when not kept for later) */
  annotateTo?: string;
  /** how the file's output is rendered (where it is checked, not by the thread writing it) */
  render: RenderOptions;
  /** send the whole result with the outcome (for the summary workbook) */
  keepResult: boolean;
}

export interface AnnotateTask {
  kind: "annotate";
  index: number;
  file: string;
  annotateTo: string;
  findings: Finding[];
}

export type Task = CheckTask | AnnotateTask;

export interface TaskResult {
  index: number;
  /** the file checked (or unreadable), ready to write */
  outcome?: FileOutcome;
  /** read and kept for the check across files: the result so far, and the model */
  result?: FileResult;
  workbook?: WorkbookModel;
  /** the marked copy was written */
  annotated?: boolean;
  /** why the marked copy could not be written */
  annotateError?: string;
}

/** `bytes`: the file's bytes when their reading was started ahead (ReadAhead). */
export async function runTask(task: Task, bytes?: Promise<Buffer>): Promise<TaskResult> {
  if (task.kind === "annotate") return annotate(task.index, task.file, task.annotateTo, task.findings);
  const lang = task.config.lang;
  const t = strings(lang);
  const result: FileResult = { file: task.file, error: null, summaries: [], findings: [] };
  let read;
  try {
    read = await readWorkbookDetailed(task.file, bytes ?? readFileBytes(task.file));
  } catch (e) {
    result.error = readReason(e, lang);
    return { index: task.index, outcome: fileOutcome(result, task.render, task.keepResult) };
  }
  result.hiddenSheets = read.hiddenSheets;
  if (read.missingSheets.length > 0) result.notes = [t.missingSheets(read.missingSheets)];
  if (task.keepModel) return { index: task.index, result, workbook: read.workbook };
  try {
    const r = checkWorkbooks([read.workbook], task.config, { acrossFiles: false })[0];
    result.summaries = r.summaries;
    result.findings = r.findings;
  } catch (e) {
    // an engine bug on one odd workbook must not lose the rest of the batch
    result.error = t.internalError(e instanceof Error ? e.message : String(e));
    return { index: task.index, outcome: fileOutcome(result, task.render, task.keepResult) };
  }
  const outcome = fileOutcome(result, task.render, task.keepResult);
  if (!task.annotateTo) return { index: task.index, outcome };
  const a = await annotate(task.index, task.file, task.annotateTo, result.findings, read.converted, lang);
  return { ...a, outcome };
}

async function annotate(index: number, file: string, out: string, findings: Finding[], bytes?: Buffer, lang?: CheckConfig["lang"]): Promise<TaskResult> {
  try {
    const { writeAnnotated } = await import("../file/annotate");
    await writeAnnotated(file, out, findings, bytes);
    return { index, annotated: true };
  } catch (e) {
    return { index, annotateError: writeReason(e, lang) };
  }
}
