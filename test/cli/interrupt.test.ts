/**
 * Ctrl-C in the middle of a run, on the compiled command line in its own process: exit 130, what
 * was finished printed and the rest named, no temporary file left beside an output or in the
 * temp dir, and on a terminal the cursor shown and line wrap back on. Each run is interrupted when
 * it shows it is under way (a file's report, the progress bar, the temporary file appearing),
 * never after a fixed delay.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { FIXTURES, SEED, compiledCli, tmpDir } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");
let MAIN: string;
const SAMPLES = path.join(ROOT, "samples");
const FILES = 240;

beforeAll(() => {
  MAIN = compiledCli(path.join(ROOT, "test-output", "cli-interrupt"));
}, 120000);

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Start `command`, and interrupt it once `ready` holds (checked on every chunk of output and
 * every change in `watchDir`). `interrupt` is how: SIGINT to the process, or Ctrl-C typed on its
 * terminal.
 */
function interruptWhen(
  command: string,
  args: string[],
  ready: (seen: { stdout: string; stderr: string }) => boolean,
  options: { env: Record<string, string>; watchDir?: string; typeCtrlC?: boolean },
): Promise<Ended & { interrupted: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, JIXIAO_FIXTURES: FIXTURES, ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
    const seen = { stdout: "", stderr: "" };
    let interrupted = false;
    const watcher = options.watchDir ? fs.watch(options.watchDir, () => poke()) : undefined;
    const poke = () => {
      if (interrupted || !ready(seen)) return;
      interrupted = true;
      if (options.typeCtrlC) child.stdin.write("\x03");
      else child.kill("SIGINT");
    };
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      seen.stdout += d;
      poke();
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      seen.stderr += d;
      poke();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      watcher?.close();
      resolve({ code, signal, ...seen, interrupted });
    });
  });
}

/** Every file below `dir`, recursively. */
function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** A batch big enough to be interrupted half-way: copies of the sample and the seed. */
function makeBatch(): { dir: string; files: string[] } {
  const dir = tmpDir("jixiao-int-batch-");
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const f = path.join(dir, `部门${String(i).padStart(3, "0")}.xlsx`);
    fs.copyFileSync(i % 2 ? SEED : path.join(SAMPLES, "商务局2023.xlsx"), f);
    files.push(f);
  }
  return { dir, files };
}

/** What the interrupted check says it finished and did not: every file is one or the other. */
function finishedAndMissing(r: Ended, files: string[]) {
  const m = /已中断：已检查 (\d+)\/(\d+) 个文件/.exec(r.stderr);
  expect(m).not.toBeNull();
  const finished = files.filter((f) => r.stdout.includes(`${f}\n`) || r.stdout.includes(`${f}\r\n`));
  const listed = /未检查：(.*)/.exec(r.stderr)?.[1].split("、") ?? [];
  return { count: Number(m![1]), total: Number(m![2]), finished, listed };
}

describe("Ctrl-C", () => {
  it("check --jobs 2 --annotate: exit 130, the finished files printed, the rest named, no temporary file", async () => {
    const { dir, files } = makeBatch();
    const marked = tmpDir("jixiao-int-marked-");
    const temp = tmpDir("jixiao-int-tmp-");
    // interrupted once the first file's report is out
    const r = await interruptWhen(process.execPath, [MAIN, "check", "--jobs", "2", "--annotate", marked, dir], (s) => s.stdout.includes(files[0]), {
      env: { TMPDIR: temp },
    });
    expect(r.interrupted).toBe(true);
    expect(r.code).toBe(130);
    const { count, total, finished, listed } = finishedAndMissing(r, files);
    expect(total).toBe(FILES);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(FILES);
    // each finished file printed once, the closing line counts them
    expect(finished).toHaveLength(count);
    expect(r.stdout).toMatch(new RegExp(`共检查 ${count} 个文件`));
    // the unfinished named (the first 20, then "…"), none of them printed
    const missing = files.filter((f) => !finished.includes(f));
    expect(listed.filter((f) => f !== "…")).toEqual(missing.slice(0, 20));
    if (missing.length > 20) expect(listed[listed.length - 1]).toBe("…");
    // marked copies only of finished files, no temporary file beside them, nothing in the temp dir
    const copies = walk(marked);
    expect(copies.filter((f) => !f.endsWith(".xlsx"))).toEqual([]);
    for (const c of copies) expect(finished).toContain(path.join(dir, path.relative(marked, c)));
    expect(fs.readdirSync(temp)).toEqual([]);
  }, 120000);

  it("new --list: exit 130 while writing, no temporary file beside the output and no half-written output", async () => {
    const dir = tmpDir("jixiao-int-new-");
    const lines = fs.readFileSync(path.join(SAMPLES, "项目清单.csv"), "utf8").trim().split("\n");
    const rows = Array.from({ length: 600 }, (_, i) => lines[1 + (i % (lines.length - 1))].replace(/^[^,]+/, (name) => `${name}${i + 1}`));
    const list = path.join(dir, "清单.csv");
    fs.writeFileSync(list, [lines[0], ...rows].join("\n"));
    const outDir = path.join(dir, "out");
    fs.mkdirSync(outDir);
    const out = path.join(outDir, "项目.xlsx");
    // interrupted as soon as the temporary file it writes through appears beside the output
    const r = await interruptWhen(process.execPath, [MAIN, "new", "--list", list, "-o", out], () => fs.readdirSync(outDir).some((f) => f.endsWith(".tmp")), {
      env: {},
      watchDir: outDir,
    });
    expect(r.interrupted).toBe(true);
    expect(r.code).toBe(130);
    expect(fs.readdirSync(outDir)).toEqual([]);
  }, 120000);

  it("fill: exit 130 while writing, no temporary file beside the output", async () => {
    const dir = tmpDir("jixiao-int-fill-");
    // the sample template with a large second sheet: long enough to write to be interrupted
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(SAMPLES, "空白模板.xlsx"));
    const ws = wb.addWorksheet("明细");
    for (let r = 1; r <= 10000; r++) ws.getRow(r).values = Array.from({ length: 10 }, (_, c) => r * 10 + c);
    const template = path.join(dir, "模板.xlsx");
    await wb.xlsx.writeFile(template);
    const outDir = path.join(dir, "out");
    fs.mkdirSync(outDir);
    const r = await interruptWhen(
      process.execPath,
      [MAIN, "fill", template, "--spec", path.join(SAMPLES, "会议培训-四项产出.json"), "-o", path.join(outDir, "填好.xlsx")],
      () => fs.readdirSync(outDir).some((f) => f.endsWith(".tmp")),
      { env: {}, watchDir: outDir },
    );
    expect(r.interrupted).toBe(true);
    expect(r.code).toBe(130);
    expect(fs.readdirSync(outDir)).toEqual([]);
  }, 120000);

  const haveScript = spawnSync("sh", ["-c", "command -v script"]).status === 0;
  (haveScript ? it : it.skip)(
    "on a terminal: Ctrl-C typed while the progress bar runs shows the cursor and turns line wrap back on",
    async () => {
      const { dir } = makeBatch();
      const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
      // script(1) gives the run a pseudo-terminal; ^C typed on it reaches the run as a real Ctrl-C
      const command = [process.execPath, MAIN, "check", "--jobs", "2", dir].map(quote).join(" ");
      const r = await interruptWhen("script", ["-qefc", command, "/dev/null"], (s) => /\[[^\]]*\] [1-9]\d*\/240/.test(s.stdout), { env: {}, typeCtrlC: true });
      expect(r.interrupted).toBe(true);
      expect(r.code).toBe(130);
      // the bar hid the cursor and turned line wrap off; after the last time it did, both come back
      const hidden = Math.max(r.stdout.lastIndexOf("\x1b[?25l"), r.stdout.lastIndexOf("\x1b[?7l"));
      expect(hidden).toBeGreaterThanOrEqual(0);
      const after = r.stdout.slice(hidden);
      expect(after).toContain("\x1b[?25h");
      expect(after).toContain("\x1b[?7h");
      expect(after).toMatch(/已中断：已检查 [1-9]\d*\/240 个文件/);
    },
    120000,
  );
});
