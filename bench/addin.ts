/**
 * The add-in's figures (issue: task pane): the production bundle's size, and a whole check of a
 * 200-table workbook through the real Office.js adapter over the strict in-memory Excel host —
 * time, context.sync calls and the largest response payload.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { createExcelHost, hostSheetFromModel } from "../src/demo/host";
import { createOfficePort } from "../src/excel/office-workbook";
import { checkWorkbook } from "../src/engine/check";
import { SheetModel } from "../src/engine/sheet";
import { replicate } from "./workbooks";

const ROOT = path.resolve(__dirname, "../..");

export function bundleSizes(): void {
  console.log("\n任务窗格包 task-pane bundle (webpack --mode production)");
  const out = path.join(ROOT, "dist", "addin");
  const built = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--mode", "production"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (built.status !== 0) {
    console.log(`  build failed: ${(built.stderr || built.stdout).split("\n").slice(-5).join(" ")}`);
    return;
  }
  const js = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
  let raw = 0;
  let gz = 0;
  console.log("file                              |     raw KB |    gzip KB");
  for (const f of js.sort()) {
    const bytes = fs.readFileSync(path.join(out, f));
    const g = zlib.gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += g;
    console.log(`${f.padEnd(33)} | ${(bytes.length / 1024).toFixed(1).padStart(10)} | ${(g / 1024).toFixed(1).padStart(10)}`);
  }
  console.log(
    `${"all JavaScript".padEnd(33)} | ${(raw / 1024).toFixed(1).padStart(10)} | ${(gz / 1024).toFixed(1).padStart(10)}   (target: taskpane < 350 KB gzip)`,
  );
}

export async function hostCheck(unit: SheetModel, tables = 200): Promise<void> {
  console.log(`\n加载项读取与检查 add-in read + check, ${tables} tables, real adapter over the in-memory Excel host`);
  const wb = replicate(unit, tables, 1);
  const model = { name: wb.name, sheets: wb.sheets.map((s) => hostSheetFromModel(s)), settings: {} };
  type Phase = { ms: number; syncs: number; maxRequest: number; maxResponse: number };
  const runs: { check: Phase; engine: number; highlight: Phase; clear: Phase }[] = [];
  for (let i = 0; i < 3; i++) {
    const host = createExcelHost(structuredClone(model));
    const uninstall = host.install();
    /** Runs one phase against fresh host counters: its time, syncs and largest payloads. */
    const phase = async (work: () => Promise<unknown>): Promise<Phase> => {
      host.resetStats();
      const t = performance.now();
      await work();
      const ms = performance.now() - t;
      return { ms, syncs: host.stats.syncCalls, maxRequest: host.stats.maxRequestBytes, maxResponse: host.stats.maxResponseBytes };
    };
    try {
      const port = createOfficePort();
      let read: Awaited<ReturnType<typeof port.readWorkbook>> | undefined;
      const check = await phase(async () => (read = await port.readWorkbook()));
      const t = performance.now();
      const result = checkWorkbook(read!.workbook);
      const engine = performance.now() - t;
      if (result.tables.length !== tables) throw new Error(`found ${result.tables.length} tables, expected ${tables}`);
      const highlight = await phase(() => port.applyHighlights(result.findings));
      const clear = await phase(() => port.clearHighlights());
      runs.push({ check, engine, highlight, clear });
    } finally {
      uninstall();
    }
  }
  const best = runs.reduce((a, b) => (a.check.ms + a.engine < b.check.ms + b.engine ? a : b));
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`engine check ${best.engine.toFixed(1)} ms; per phase (host emulation included; web limits 5,120 KB each way):`);
  console.log("phase      |     ms | syncs | largest request | largest response");
  for (const [name, p] of [
    ["check", best.check],
    ["highlight", best.highlight],
    ["clear", best.clear],
  ] as const)
    console.log(
      `${name.padEnd(10)} | ${p.ms.toFixed(0).padStart(6)} | ${String(p.syncs).padStart(5)} | ${kb(p.maxRequest).padStart(15)} | ${kb(p.maxResponse).padStart(16)}`,
    );
}
