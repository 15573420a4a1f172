/**
 * `npm run bench`: prints figures, asserts nothing.
 *  - engine time per table and tables per second on 10, 100 and 1,000 tables (already in memory);
 *  - peak memory (RSS and heap);
 *  - `jixiao check` on .xlsx files against a bare exceljs load of the same files, as a ratio.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import * as ExcelJS from "exceljs";
import type { SheetModel as SheetModelT } from "../src/engine/sheet";
import { checkWorkbook } from "../src/engine/check";
import { readWorkbook } from "../src/file/read-xlsx";
import { replicate, writeXlsx } from "./workbooks";
import { bundleSizes, hostCheck } from "./addin";
import { layoutSpec } from "../src/engine/layout";
import { normalizeSpec, specFindings, NormalSpec } from "../src/engine/spec";
import { defaultIndicators } from "../src/engine/default-indicators";
import { writePlanToWorkbook } from "../src/file/write-plan";
import { SheetPlan } from "../src/engine/sheet-plan";
import { createExcelHost, ExcelHost } from "../src/demo/host";
import { createOfficePort } from "../src/excel/office-workbook";
import { benchBrowser } from "./browser";

const SAMPLE = path.resolve(__dirname, "../../samples/商务局2023.xlsx");

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function best<T>(runs: number, f: () => T): { ms: number; value: T } {
  let bestMs = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    value = f();
    bestMs = Math.min(bestMs, ms(t0));
  }
  return { ms: bestMs, value };
}

async function bestAsync<T>(runs: number, f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let bestMs = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    value = await f();
    bestMs = Math.min(bestMs, ms(t0));
  }
  return { ms: bestMs, value };
}

async function main() {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);

  console.log(`机器 machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
  const sampleWb = await readWorkbook(SAMPLE);
  // one table of the sample, as its sheet holds it (the first sheet is text only)
  const unit = sampleWb.sheets.find((s) => s.name === checkWorkbook(sampleWb).tables[0].sheet)!;

  console.log("\n引擎 engine (workbook already in memory; best of 5)");
  console.log("tables | total ms | ms/table | tables/s | findings");
  for (const n of [10, 100, 1000]) {
    const wb = replicate(unit, n);
    checkWorkbook(wb); // warm up
    const r = best(5, () => checkWorkbook(wb));
    if (r.value.tables.length !== n) throw new Error(`bench workbook: found ${r.value.tables.length} tables, expected ${n}`);
    console.log(
      `${String(n).padStart(6)} | ${r.ms.toFixed(1).padStart(8)} | ${(r.ms / n).toFixed(3).padStart(8)} | ${Math.round((n / r.ms) * 1000)
        .toString()
        .padStart(8)} | ${r.value.findings.length}`,
    );
  }

  await benchCli(unit);
  await benchNew();
  await benchOfficeWriter();
  clearInterval(sample);
  console.log(`\n峰值内存 peak memory (sections above): RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`);

  await hostCheck(unit, 200);
  bundleSizes();
  await benchBrowser();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall time and peak RSS of one whole process (node start-up, loading, output included). */
function timed(args: string[]): { ms: number; rssMb: number } {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 512 * 2 ** 20,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const m = /([\d.]+) (\d+)\s*$/.exec(r.stderr ?? "");
  if (!m) throw new Error(`bench: could not time ${args.join(" ")}: ${r.stderr}`);
  return { ms: Number(m[1]) * 1000, rssMb: Number(m[2]) / 1024 };
}

const CLI = path.resolve(__dirname, "../src/cli/main.js");

/**
 * `jixiao check` against a bare exceljs readFile of the same file: in one warm process (reading and
 * checking only), and as whole processes (start-up, loading, JSON output), medians of rotated runs.
 */
async function benchCli(unit: SheetModelT) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  console.log("\n命令行 jixiao check vs bare exceljs readFile (.xlsx on disk; medians of 3, rotated)");
  console.log("tables | file KB | in-process: exceljs ms | check ms | ratio | whole process: exceljs ms | check ms | ratio | peak RSS exceljs / check MiB");
  for (const n of [100, 1000, 5000]) {
    const file = path.join(dir, `bench-${n}.xlsx`);
    await writeXlsx(replicate(unit, n), file);
    const bareIn: number[] = [];
    const fullIn: number[] = [];
    const bareP: { ms: number; rssMb: number }[] = [];
    const fullP: { ms: number; rssMb: number }[] = [];
    for (let i = 0; i < 3; i++) {
      let t0 = process.hrtime.bigint();
      await new ExcelJS.Workbook().xlsx.readFile(file);
      bareIn.push(ms(t0));
      t0 = process.hrtime.bigint();
      const checked = checkWorkbook(await readWorkbook(file));
      fullIn.push(ms(t0));
      if (checked.tables.length !== n) throw new Error(`bench: found ${checked.tables.length} tables, expected ${n}`);
      bareP.push(timed(["-e", `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)})`]));
      fullP.push(timed([CLI, "check", "--format", "json", "--jobs", "1", file]));
    }
    const kb = Math.round(fs.statSync(file).size / 1024);
    const [bi, fi] = [median(bareIn), median(fullIn)];
    const [bp, fp] = [median(bareP.map((x) => x.ms)), median(fullP.map((x) => x.ms))];
    const [br, fr] = [median(bareP.map((x) => x.rssMb)), median(fullP.map((x) => x.rssMb))];
    console.log(
      `${String(n).padStart(6)} | ${String(kb).padStart(7)} | ${bi.toFixed(0).padStart(22)} | ${fi.toFixed(0).padStart(8)} | ${(fi / bi).toFixed(2).padStart(5)} | ` +
        `${bp.toFixed(0).padStart(25)} | ${fp.toFixed(0).padStart(8)} | ${(fp / bp).toFixed(2).padStart(5)} | ${br.toFixed(0)} / ${fr.toFixed(0)}`,
    );
  }

  // the batch: 200 copies of a 20-table file, one thread against every core
  const batch = path.join(dir, "batch");
  fs.mkdirSync(batch);
  const one = path.join(dir, "bench-20.xlsx");
  await writeXlsx(replicate(unit, 20), one);
  for (let i = 0; i < 200; i++) fs.copyFileSync(one, path.join(batch, `dept-${String(i).padStart(3, "0")}.xlsx`));
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const single: number[] = [];
  const multi: number[] = [];
  for (let i = 0; i < 3; i++) {
    single.push(timed([CLI, "check", "--format", "json", "--jobs", "1", batch]).ms);
    multi.push(timed([CLI, "check", "--format", "json", "--jobs", String(cores), batch]).ms);
  }
  console.log(`\n批量 batch: 200 files × 20 tables, whole process, medians of 3`);
  console.log(
    `--jobs 1: ${median(single).toFixed(0)} ms; --jobs ${cores}: ${median(multi).toFixed(0)} ms; speed-up ${(median(single) / median(multi)).toFixed(2)}×`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

/** 100 different project specs (names, amounts, plans, goals vary), default indicators. */
function benchSpecs(n: number): NormalSpec[] {
  const out: NormalSpec[] = [];
  for (let i = 0; i < n; i++) {
    const fiscal = 10 + ((i * 37) % 500) + (i % 7) / 4;
    const other = i % 3 === 0 ? null : (i * 13) % 90;
    const total = fiscal + (other ?? 0);
    out.push(
      normalizeSpec({
        year: 2024,
        code: `2024${String(i).padStart(4, "0")}`,
        name: `公共服务项目${i + 1}`,
        unit: "万元",
        budget: {
          parts: [
            { label: "财政资金", amount: fiscal },
            { label: "其他资金", amount: other },
          ],
        },
        purpose: `主要用于第${i + 1}个项目的实施、运行维护和相关服务采购。`,
        plan: [
          { label: "3月底", percent: 10 + (i % 10) },
          { label: "6月底", percent: 45 + (i % 5) },
          { label: "9月底", percent: 75 },
          { label: "12月底", percent: 100 },
        ],
        goals: [`完成第${i + 1}个项目年度建设任务，提升公共服务水平。`, `项目${i + 1}按期通过验收。`],
        framework: i % 2 === 0 ? "legacy" : "2021",
        indicators: defaultIndicators(i % 2 === 0 ? "legacy" : "2021", { year: 2024, total, unit: "万元" }),
      }),
    );
  }
  return out;
}

/** `jixiao new`: laying out and writing 100 project sheets into one .xlsx file. */
async function benchNew() {
  const n = 100;
  const specs = benchSpecs(n);
  console.log(`\n生成 jixiao new: ${n} project sheets into one .xlsx (best of 3)`);
  layoutSpec(specs[0]); // warm up
  const layout = best(3, () => {
    const names: string[] = [];
    return specs.map((s) => {
      const p = layoutSpec(s, { existingSheets: names });
      names.push(p.sheetName);
      return p;
    });
  });
  const plans: SheetPlan[] = layout.value;
  const findings = best(3, () => specs.map((s) => specFindings(s).length));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-new-"));
  const file = path.join(dir, "new-100.xlsx");
  const write = await bestAsync(3, async () => {
    const wb = new ExcelJS.Workbook();
    for (const p of plans) writePlanToWorkbook(wb, p);
    await wb.xlsx.writeFile(file);
  });
  const total = await bestAsync(3, async () => {
    const wb = new ExcelJS.Workbook();
    const names: string[] = [];
    for (const s of specs) {
      const p = layoutSpec(s, { existingSheets: names });
      names.push(p.sheetName);
      writePlanToWorkbook(wb, p);
    }
    await wb.xlsx.writeFile(file);
  });
  const check = checkWorkbook(await readWorkbook(file));
  if (check.tables.length !== n) throw new Error(`bench new: read back ${check.tables.length} tables, expected ${n}`);
  const kb = Math.round(fs.statSync(file).size / 1024);
  console.log("step                          | total ms | ms/sheet");
  console.log(`layoutSpec                    | ${layout.ms.toFixed(1).padStart(8)} | ${(layout.ms / n).toFixed(3).padStart(8)}`);
  console.log(`specFindings (layout + check) | ${findings.ms.toFixed(1).padStart(8)} | ${(findings.ms / n).toFixed(3).padStart(8)}`);
  console.log(`exceljs write + save          | ${write.ms.toFixed(1).padStart(8)} | ${(write.ms / n).toFixed(3).padStart(8)}`);
  console.log(`layout + write + save         | ${total.ms.toFixed(1).padStart(8)} | ${(total.ms / n).toFixed(3).padStart(8)}`);
  console.log(`file ${kb} KB; read back: ${check.tables.length} tables, ${check.findings.length} findings`);
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The Office.js writer (src/excel/write-plan.ts) on the in-memory Excel host: syncs to write one
 * project sheet (target ≤ 2), and a batch of 100 in one writePlans, with the largest request and
 * the time. The host counts context.sync() calls as Excel would receive them.
 */
async function benchOfficeWriter() {
  const specs = benchSpecs(100);
  const plans = specs.map((s) => layoutSpec(s));
  let host: ExcelHost | undefined;
  const install = (): (() => void) => {
    host = createExcelHost({ sheets: [{ name: "Sheet1", cells: {} }] });
    return host.install();
  };
  console.log("\n写入 Office.js writer on the in-memory Excel host (best of 3)");
  console.log("what                      | syncs | max request KB | ms");
  const run = async (label: string, write: (port: ReturnType<typeof createOfficePort>) => Promise<unknown>, target?: number) => {
    let syncs = 0;
    let request = 0;
    const r = await bestAsync(3, async () => {
      const uninstall = install();
      try {
        await write(createOfficePort({ eventGraceMs: 0 }));
        syncs = host!.stats.syncCalls;
        request = host!.stats.maxRequestBytes;
      } finally {
        uninstall();
      }
    });
    const verdict = target === undefined ? "" : syncs <= target ? `  (target ≤ ${target}: ok)` : `  (target ≤ ${target}: OVER)`;
    console.log(`${label.padEnd(25)} | ${String(syncs).padStart(5)} | ${(request / 1024).toFixed(1).padStart(14)} | ${r.ms.toFixed(1)}${verdict}`);
    return syncs;
  };
  const one = await run("one sheet (writePlan)", (port) => port.writePlan(plans[0]), 2);
  await run("100 sheets (writePlans)", (port) => port.writePlans(plans));
  if (one > 2) throw new Error(`bench office writer: one sheet took ${one} syncs, target ≤ 2`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
