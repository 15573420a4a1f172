/**
 * One workbook through `jixiao check`'s steps, in a fresh process (run by index.ts, one per size),
 * printing one JSON line: the time of each step (cold, as the command line runs it) and the
 * memory held after it. Usage: node --expose-gc stages.js FILE
 */
import * as fs from "fs";
import * as path from "path";
import { parseWorkbook } from "../src/engine/check";
import { runRules } from "../src/engine/runner";
import { summarizeTable } from "../src/engine/summary";
import { resolveYear } from "../src/engine/year";
import { readXlsxDirect, ReadStages } from "../src/file/direct-xlsx";
import { builtinFormat } from "../src/file/read-xlsx";
import { jsonEntry } from "../src/cli/output";

export interface StageFigures {
  tables: number;
  ms: Record<"read" | "unzip" | "xml" | "model" | "detect" | "rules" | "summaries" | "output", number>;
  /** heap held after the step (after a full GC), MiB */
  heapMb: Record<"bytes" | "model" | "tables" | "findings" | "output", number>;
  /** the process's peak RSS after the step, MiB */
  peakRssMb: Record<"model" | "tables" | "findings" | "output", number>;
  outputMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const peak = () => process.resourceUsage().maxRSS / 1024;

function main(file: string): StageFigures {
  let t = performance.now();
  const lap = () => {
    const n = performance.now();
    const d = n - t;
    t = n;
    return d;
  };
  const bytes = fs.readFileSync(file);
  const read = lap();
  const heapBytes = heap();
  const stages: ReadStages = { unzip: 0, xml: 0, model: 0 };
  t = performance.now();
  const { workbook } = readXlsxDirect(bytes, path.basename(file), builtinFormat, stages);
  lap();
  const heapModel = heap();
  const rssModel = peak();
  t = performance.now();
  const parsed = parseWorkbook(workbook);
  const detect = lap();
  const heapTables = heap();
  const rssTables = peak();
  t = performance.now();
  const findings = runRules([parsed], {}, false)[0];
  const rules = lap();
  const summaries = parsed.tables.map((x) => summarizeTable(x, parsed.grids.get(x.sheet)!, {}, resolveYear(x, workbook, {})));
  const summaryMs = lap();
  const heapFindings = heap();
  const rssFindings = peak();
  t = performance.now();
  const entry = jsonEntry({ file, error: null, summaries, findings });
  const output = lap();
  const heapOutput = heap();
  return {
    tables: parsed.tables.length,
    ms: { read, ...stages, detect, rules, summaries: summaryMs, output },
    heapMb: { bytes: heapBytes, model: heapModel, tables: heapTables, findings: heapFindings, output: heapOutput },
    peakRssMb: { model: rssModel, tables: rssTables, findings: rssFindings, output: peak() },
    outputMb: Buffer.byteLength(entry) / 2 ** 20,
  };
}

if (require.main === module) process.stdout.write(`${JSON.stringify(main(process.argv[2]))}\n`);
