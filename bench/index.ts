/**
 * `npm run bench`: prints figures, asserts nothing.
 *  - engine time per table and tables per second on 10, 100 and 1,000 tables (already in memory);
 *  - peak memory (RSS and heap);
 *  - `jixiao check` on .xlsx files against a bare exceljs load of the same files, as a ratio.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { checkWorkbook } from "../src/engine/check";
import { readWorkbook } from "../src/cli/read-xlsx";
import { replicate, writeXlsx } from "./workbooks";

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
    console.log(`${String(n).padStart(6)} | ${r.ms.toFixed(1).padStart(8)} | ${(r.ms / n).toFixed(3).padStart(8)} | ${Math.round((n / r.ms) * 1000).toString().padStart(8)} | ${r.value.findings.length}`);
  }

  console.log("\n命令行 jixiao check vs bare exceljs load (.xlsx on disk; best of 3)");
  console.log("tables | file KB | exceljs ms | check ms | ratio");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-bench-"));
  for (const n of [10, 100, 1000]) {
    const file = path.join(dir, `bench-${n}.xlsx`);
    await writeXlsx(replicate(unit, n), file);
    const bare = await bestAsync(3, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb;
    });
    const full = await bestAsync(3, async () => checkWorkbook(await readWorkbook(file)));
    const kb = Math.round(fs.statSync(file).size / 1024);
    console.log(`${String(n).padStart(6)} | ${String(kb).padStart(7)} | ${bare.ms.toFixed(0).padStart(10)} | ${full.ms.toFixed(0).padStart(8)} | ${(full.ms / bare.ms).toFixed(3)}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  clearInterval(sample);
  console.log(`\n峰值内存 peak memory: RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
