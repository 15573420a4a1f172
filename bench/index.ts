/**
 * `npm run bench`: prints figures, asserts nothing.
 *  - engine time per table and tables per second on 10, 100 and 1,000 tables (already in memory);
 *  - peak memory (RSS and heap);
 *  - `jixiao check` on .xlsx files against a bare exceljs load of the same files, as a ratio, and
 *    where its time and memory go, step by step, at each size;
 *  - the reviewer's batch: --jobs 1 against 2 and every core, on big and on small files.
 *
 * Sections: `npm run bench -- batch` (or engine, load, new, office, host, bundle, browser; several
 * may be named) runs only those. `--20000` adds a 20,000-table workbook to the load section (slow:
 * minutes and ~2 GB). JIXIAO_BENCH_RUNS sets the runs per figure of the load and batch sections.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawn, spawnSync } from "child_process";
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
import type { StageFigures } from "./stages";

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

const args = process.argv.slice(2);
const only = new Set(args.filter((a) => !a.startsWith("-")));
const section = (name: string) => only.size === 0 || only.has(name);
const RUNS = Number(process.env.JIXIAO_BENCH_RUNS) > 0 ? Number(process.env.JIXIAO_BENCH_RUNS) : undefined;

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

  if (section("engine")) benchEngine(unit);
  if (section("load")) await benchCli(unit, args.includes("--20000") ? [100, 1000, 5000, 20000] : [100, 1000, 5000]);
  if (section("batch")) await benchBatch(unit);
  if (section("new")) await benchNew();
  if (section("office")) await benchOfficeWriter();
  clearInterval(sample);
  if (section("engine") || section("new") || section("office"))
    console.log(`\n峰值内存 peak memory (sections above): RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`);

  if (section("host")) await hostCheck(unit, 200);
  if (section("bundle")) bundleSizes();
  if (section("browser")) await benchBrowser();
}

function benchEngine(unit: SheetModelT) {
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
 * checking only), and as whole processes (start-up, loading, JSON output), medians of rotated runs;
 * then each size's steps in a fresh process (stages.ts). 20,000 tables: whole processes only, once.
 */
async function benchCli(unit: SheetModelT, sizes: number[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  const runs = (n: number) => (n > 5000 ? 1 : (RUNS ?? 3));
  console.log(`\n命令行 jixiao check vs bare exceljs readFile (.xlsx on disk; medians of ${runs(0)}, rotated; 20,000: one run, whole process only)`);
  console.log("tables | file KB | in-process: exceljs ms | check ms | ratio | whole process: exceljs ms | check ms | ratio | peak RSS exceljs / check MiB");
  const files: { n: number; file: string }[] = [];
  for (const n of sizes) {
    const file = path.join(dir, `bench-${n}.xlsx`);
    await writeXlsx(replicate(unit, n), file);
    files.push({ n, file });
    const bareIn: number[] = [];
    const fullIn: number[] = [];
    const bareP: { ms: number; rssMb: number }[] = [];
    const fullP: { ms: number; rssMb: number }[] = [];
    for (let i = 0; i < runs(n); i++) {
      if (n <= 5000) {
        let t0 = process.hrtime.bigint();
        await new ExcelJS.Workbook().xlsx.readFile(file);
        bareIn.push(ms(t0));
        t0 = process.hrtime.bigint();
        const checked = checkWorkbook(await readWorkbook(file));
        fullIn.push(ms(t0));
        if (checked.tables.length !== n) throw new Error(`bench: found ${checked.tables.length} tables, expected ${n}`);
      }
      bareP.push(timed(["-e", `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)})`]));
      fullP.push(timed([CLI, "check", "--format", "json", "--jobs", "1", file]));
    }
    const kb = Math.round(fs.statSync(file).size / 1024);
    const inProcess = bareIn.length > 0 ? [median(bareIn), median(fullIn)] : undefined;
    const [bp, fp] = [median(bareP.map((x) => x.ms)), median(fullP.map((x) => x.ms))];
    const [br, fr] = [median(bareP.map((x) => x.rssMb)), median(fullP.map((x) => x.rssMb))];
    const [bi, fi, ri] = inProcess ? [inProcess[0].toFixed(0), inProcess[1].toFixed(0), (inProcess[1] / inProcess[0]).toFixed(2)] : ["—", "—", "—"];
    console.log(
      `${String(n).padStart(6)} | ${String(kb).padStart(7)} | ${bi.padStart(22)} | ${fi.padStart(8)} | ${ri.padStart(5)} | ` +
        `${bp.toFixed(0).padStart(25)} | ${fp.toFixed(0).padStart(8)} | ${(fp / bp).toFixed(2).padStart(5)} | ${br.toFixed(0)} / ${fr.toFixed(0)}`,
    );
  }

  console.log("\n读取与检查的各步 where check's time and memory go (a fresh process per size: cold, as the command line runs; medians)");
  console.log(
    "tables |  read | unzip |   xml | model | detect | rules | summaries | output | total ms | heap held MiB: model / +tables / +findings / +output | output MiB | peak RSS MiB",
  );
  for (const { n, file } of files) {
    const figures: StageFigures[] = [];
    for (let i = 0; i < runs(n); i++) {
      const r = spawnSync(process.execPath, ["--expose-gc", STAGES, file], { encoding: "utf8", maxBuffer: 2 ** 20 });
      if (r.status !== 0) throw new Error(`bench stages ${n}: ${r.stderr}`);
      figures.push(JSON.parse(r.stdout) as StageFigures);
    }
    const f = figures[figures.length - 1];
    if (f.tables !== n) throw new Error(`bench stages: found ${f.tables} tables, expected ${n}`);
    const step = (k: keyof StageFigures["ms"]) => median(figures.map((x) => x.ms[k]));
    const keys = ["read", "unzip", "xml", "model", "detect", "rules", "summaries", "output"] as const;
    const widths = [5, 5, 5, 5, 6, 5, 9, 6];
    const total = median(figures.map((x) => keys.reduce((sum, k) => sum + x.ms[k], 0)));
    const h = f.heapMb;
    const held = `${(h.model - h.bytes).toFixed(0)} / +${(h.tables - h.model).toFixed(0)} / +${(h.findings - h.tables).toFixed(0)} / +${(h.output - h.findings).toFixed(0)}`;
    console.log(
      `${String(n).padStart(6)} | ${keys.map((k, i) => step(k).toFixed(0).padStart(widths[i])).join(" | ")} | ${total.toFixed(0).padStart(8)} | ` +
        `${held.padStart(50)} | ${f.outputMb.toFixed(1).padStart(10)} | ${f.peakRssMb.output.toFixed(0)}`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

const STAGES = path.resolve(__dirname, "stages.js");

/** Ticks per second of /proc's CPU times. */
const CLK_TCK = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;

/** utime + stime of one thread, ms (Linux /proc; undefined elsewhere or once it has ended). */
function threadCpuMs(pid: number, tid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
  } catch {
    return undefined;
  }
}

interface Measured {
  ms: number;
  /** user + sys of the whole process (every thread) */
  cpuMs: number;
  /** user + sys of the main thread alone (sampled; undefined without /proc) */
  mainCpuMs?: number;
  rssMb: number;
}

/** One whole process, timed by /usr/bin/time; its main thread's CPU sampled from /proc meanwhile. */
function measured(args: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    let node: number | undefined;
    let mainCpuMs: number | undefined;
    const sample = setInterval(() => {
      if (node === undefined) {
        try {
          node = Number(fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(" ")[0]) || undefined;
        } catch {
          return;
        }
      }
      if (node !== undefined) mainCpuMs = threadCpuMs(node, node) ?? mainCpuMs;
    }, 10);
    child.on("error", reject);
    child.on("close", () => {
      clearInterval(sample);
      const m = /([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
      if (!m) return reject(new Error(`bench: could not time ${args.join(" ")}: ${stderr}`));
      resolve({ ms: Number(m[1]) * 1000, cpuMs: (Number(m[2]) + Number(m[3])) * 1000, mainCpuMs, rssMb: Number(m[4]) / 1024 });
    });
  });
}

/**
 * The reviewer's batch: --jobs 1 against 2 and every core, whole processes, runs interleaved
 * (each round runs every --jobs once), medians. Wall time is what counts on a quiet machine; CPU
 * time (all threads, and the main thread alone) shows the cost of the workers where it is not.
 */
async function benchBatch(unit: SheetModelT) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-batch-"));
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const jobs = [...new Set([1, 2, cores])];
  const rounds = RUNS ?? 5;
  const batches: { label: string; dir: string; halves: [string, string] }[] = [];
  const big = path.join(dir, "big");
  fs.mkdirSync(big);
  const twenty = path.join(dir, "20.xlsx");
  await writeXlsx(replicate(unit, 20), twenty);
  for (let i = 0; i < 200; i++) fs.copyFileSync(twenty, path.join(big, `dept-${String(i).padStart(3, "0")}.xlsx`));
  batches.push({ label: "200 files × 20 tables", dir: big, halves: halves(big) });
  const small = path.join(dir, "small");
  fs.mkdirSync(small);
  const smallFiles: string[] = [];
  for (const n of [1, 2, 3]) {
    smallFiles.push(path.join(dir, `${n}.xlsx`));
    await writeXlsx(replicate(unit, n), smallFiles[n - 1]);
  }
  for (let i = 0; i < 200; i++) fs.copyFileSync(smallFiles[i % 3], path.join(small, `dept-${String(i).padStart(3, "0")}.xlsx`));
  batches.push({ label: "200 files × 1–3 tables", dir: small, halves: halves(small) });

  console.log(`\n批量 batch: jixiao check --format json DIR, whole process, medians of ${rounds} interleaved rounds (${cores} cores)`);
  console.log("files                  | --jobs | wall ms | speed-up | CPU ms (all threads) | main thread CPU ms | peak RSS MiB");
  for (const b of batches) {
    const got = new Map<number, Measured[]>(jobs.map((j) => [j, []]));
    const apart: Measured[] = [];
    const runs = [...jobs, APART];
    for (let r = 0; r < rounds; r++) {
      // rotate the order so that no --jobs always runs first (or after the same one)
      for (let k = 0; k < runs.length; k++) {
        const j = runs[(k + r) % runs.length];
        if (j === APART) apart.push(await together(b.halves.map((half) => [CLI, "check", "--format", "json", "--jobs", "1", half])));
        else got.get(j)!.push(await measured([CLI, "check", "--format", "json", "--jobs", String(j), b.dir]));
      }
    }
    const one = median(got.get(1)!.map((x) => x.ms));
    for (const j of jobs) {
      const xs = got.get(j)!;
      const wall = median(xs.map((x) => x.ms));
      const main = xs.every((x) => x.mainCpuMs !== undefined) ? median(xs.map((x) => x.mainCpuMs!)).toFixed(0) : "n/a";
      console.log(
        `${b.label.padEnd(22)} | ${String(j).padStart(6)} | ${wall.toFixed(0).padStart(7)} | ${`${(one / wall).toFixed(2)}×`.padStart(8)} | ` +
          `${median(xs.map((x) => x.cpuMs))
            .toFixed(0)
            .padStart(20)} | ${main.padStart(18)} | ${median(xs.map((x) => x.rssMb)).toFixed(0)}`,
      );
    }
    const wall = median(apart.map((x) => x.ms));
    console.log(
      `${b.label.padEnd(22)} | 2 × 1¹ | ${wall.toFixed(0).padStart(7)} | ${`${(one / wall).toFixed(2)}×`.padStart(8)} | ` +
        `${median(apart.map((x) => x.cpuMs))
          .toFixed(0)
          .padStart(20)} | ${"n/a".padStart(18)} | ${median(apart.map((x) => x.rssMb)).toFixed(0)}`,
    );
  }
  console.log(
    "¹ the bound for any --jobs 2 on this machine: two separate processes at once, --jobs 1 on half the files each " +
      "(wall: the later to end; CPU and RSS: both together)",
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Marks the run of two separate processes in the rotation of --jobs values. */
const APART = -1;

/** The files of a folder split into two folders beside it (for two processes, half each). */
function halves(dir: string): [string, string] {
  const files = fs.readdirSync(dir).sort();
  const out: [string, string] = [`${dir}-a`, `${dir}-b`];
  out.forEach((half, h) => {
    fs.mkdirSync(half);
    files.forEach((f, i) => {
      if (i % 2 === h) fs.linkSync(path.join(dir, f), path.join(half, f));
    });
  });
  return out;
}

/** Processes started at once: wall until the last ends, CPU and peak RSS added up. */
async function together(commands: string[][]): Promise<Measured> {
  const all = await Promise.all(commands.map((c) => measured(c)));
  return {
    ms: Math.max(...all.map((m) => m.ms)),
    cpuMs: all.reduce((a, m) => a + m.cpuMs, 0),
    rssMb: all.reduce((a, m) => a + m.rssMb, 0),
  };
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
