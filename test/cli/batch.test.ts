/**
 * The reviewer's batch: --jobs gives the single-threaded output, a huge file and an unreadable
 * folder lose nothing else, --annotate writes marked copies that re-check the same, --report lists
 * every finding. Worker threads need the compiled command line: it is built once into test-output/.
 */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { FIXTURES, SEED, compiledCli, haveSoffice, run, soffice, tmpDir, writeWorkbook } from "./helpers";
import { JsonStream, jsonDocument, FileResult } from "../../src/cli/output";

const ROOT = path.resolve(__dirname, "../..");
let MAIN: string;
const SAMPLE = path.join(ROOT, "samples", "商务局2023.xlsx");

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, JIXIAO_FIXTURES: FIXTURES, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const hash = (f: string) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

/** A batch: department folders of good files, a file over the cell limit, a cut file. */
function makeBatch(): string {
  const dir = tmpDir("jixiao-batch-");
  const depts = ["财政局", "商务局", "教育局"];
  depts.forEach((d, i) => {
    fs.mkdirSync(path.join(dir, d));
    for (let k = 0; k < 4; k++) fs.copyFileSync(k % 2 ? SEED : SAMPLE, path.join(dir, d, `${d}${2023 + (k % 2)}-${i}${k}.xlsx`));
  });
  fs.writeFileSync(path.join(dir, "商务局", "截断.xlsx"), fs.readFileSync(SEED).subarray(0, 3000));
  return dir;
}

beforeAll(() => {
  MAIN = compiledCli(path.join(ROOT, "test-output", "cli-dist"));
}, 120000);

describe("check --jobs", () => {
  it("gives the output of one thread, JSON and text, bad files included", () => {
    const dir = makeBatch();
    for (const format of ["json", "text"]) {
      const one = cli(["check", "--format", format, "--jobs", "1", dir]);
      const four = cli(["check", "--format", format, "--jobs", "4", dir]);
      expect(one.code).toBe(2);
      expect(four.code).toBe(2);
      expect(four.stdout).toBe(one.stdout);
      expect(four.stderr).toBe(one.stderr);
    }
    const doc = JSON.parse(cli(["check", "--format", "json", "--jobs", "3", dir]).stdout);
    expect(doc.files).toHaveLength(13);
    expect(doc.files.filter((f: { error: string | null }) => f.error === null)).toHaveLength(12);
  }, 120000);

  it("reads files ahead without an unhandled rejection when one cannot be read (Node ends the process on one)", () => {
    const gone = path.join(tmpDir("jixiao-ahead-"), "gone.xlsx");
    const script = `const { ReadAhead } = require(${JSON.stringify(path.join(path.dirname(MAIN), "read-ahead.js"))});
      const ahead = new ReadAhead();
      const task = { kind: "check", index: 0, file: ${JSON.stringify(gone)} };
      ahead.start(task);
      setTimeout(() => ahead.take(task).catch((e) => console.log(e.problem)), 100);`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe("missing");
  });

  it("rejects a --jobs that is not a positive whole number (64)", async () => {
    for (const bad of ["0", "abc", "-2", "1.5"]) expect((await run(["check", "--jobs", bad, SEED])).code).toBe(64);
  });
});

describe("a batch never lost to one file", () => {
  it("reports a file over the cell limit and an unreadable folder by name, and every good file", async () => {
    const dir = makeBatch();
    const huge = await writeWorkbook(path.join(dir, "教育局", "巨大.xlsx"), (wb) => {
      const ws = wb.addWorksheet("明细");
      for (let r = 1; r <= 3000; r++) ws.getRow(r).values = Array.from({ length: 12 }, (_, c) => r * 12 + c);
    });
    // the huge file: over a (lowered) cell limit, on worker threads
    const r = cli(["check", "--format", "json", "--jobs", "2", dir], { JIXIAO_MAX_CELLS: "20000" });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    const byFile = new Map<string, { error: string | null; tables: unknown[] }>(doc.files.map((f: { file: string }) => [f.file, f]));
    expect(byFile.get(huge)!.error).toMatch(/太大.*20,000/);
    expect(byFile.get(path.join(dir, "商务局", "截断.xlsx"))!.error).toMatch(/损坏|不完整/);
    const good = doc.files.filter((f: { error: string | null }) => f.error === null);
    expect(good).toHaveLength(12);
    for (const f of good) expect(f.tables.length).toBeGreaterThan(0);
    expect(r.stderr).toContain(huge);
    // no raw internals in any reason
    expect(r.stderr).not.toMatch(/Invalid string length|Cannot (?:set|read) properties|Bug :|scandir|\.tmp/);

    // an unreadable folder: root reads any folder, so its listing is made to fail as a permission error would
    const locked = path.join(dir, "财政局", "锁定");
    fs.mkdirSync(locked);
    const real = fs.promises.readdir;
    const spy = jest.spyOn(fs.promises, "readdir").mockImplementation((async (p: fs.PathLike, o?: unknown) => {
      if (path.resolve(String(p)) === locked) throw Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
      return (real as (p: fs.PathLike, o?: unknown) => Promise<unknown>)(p, o);
    }) as unknown as typeof fs.promises.readdir);
    let inProcess;
    try {
      inProcess = await run(["check", "--format", "json", dir]);
    } finally {
      spy.mockRestore();
    }
    expect(inProcess.code).toBe(2);
    const doc2 = JSON.parse(inProcess.stdout);
    expect(doc2.files.find((f: { file: string }) => f.file === locked).error).toMatch(/无法读取该目录/);
    expect(doc2.files.filter((f: { error: string | null }) => f.error === null)).toHaveLength(13);
    expect(inProcess.stderr).toContain(locked);
  }, 120000);

  it("a worker that runs out of memory costs only its own file", () => {
    // a tiny memory limit per worker: every file fails alone, the run still ends with a report
    const dir = makeBatch();
    const r = cli(["check", "--format", "json", "--jobs", "2", dir], { JIXIAO_WORKER_MB: "8" });
    const doc = JSON.parse(r.stdout);
    expect(doc.files).toHaveLength(13);
    expect(r.code).toBe(2);
  }, 120000);
});

describe("--annotate and --report", () => {
  it("writes marked copies that re-check to the same findings, and a summary listing every finding", async () => {
    const dir = makeBatch();
    const before = new Map<string, string>();
    const walk = (d: string): string[] =>
      fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    for (const f of walk(dir)) before.set(f, hash(f));
    const marked = tmpDir("jixiao-marked-");
    const summary = path.join(tmpDir("jixiao-summary-"), "汇总.xlsx");
    const r = cli(["check", "--format", "json", "--jobs", "2", "--annotate", marked, "--report", summary, dir]);
    expect(r.code).toBe(2);
    for (const [f, h] of before) expect(hash(f)).toBe(h);

    const original = JSON.parse(r.stdout);
    const again = JSON.parse(cli(["check", "--format", "json", marked]).stdout);
    const strip = (doc: { files: { file: string; error: string | null; findings: unknown[]; tables: unknown[] }[] }, root: string) =>
      doc.files.filter((f) => f.error === null).map((f) => ({ file: path.relative(root, f.file), findings: f.findings, tables: f.tables }));
    expect(strip(again, marked)).toEqual(strip(original, dir));

    // the marks: the pane's colour and a note with the message at each finding's cell
    const one = original.files.find((f: { findings: unknown[] }) => f.findings.length > 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(marked, path.relative(dir, one.file))) as unknown as ExcelJS.Buffer);
    for (const f of one.findings as { sheet: string; cell: string; severity: string; message: string }[]) {
      const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(f.severity === "error" ? "FFFFC7CE" : f.severity === "warning" ? "FFFFEB9C" : "FFDDEBF7");
      const note = typeof cell.note === "string" ? cell.note : cell.note!.texts!.map((t) => t.text).join("");
      expect(note).toContain(f.message);
    }

    const rep = new ExcelJS.Workbook();
    await rep.xlsx.load(fs.readFileSync(summary) as unknown as ExcelJS.Buffer);
    const [sum, list] = [rep.getWorksheet("汇总")!, rep.getWorksheet("问题清单")!];
    expect(sum.getRow(1).getCell(1).value).toBe("部门/文件");
    expect(sum.rowCount).toBe(1 + original.files.length);
    const findings = original.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0);
    expect(findings).toBeGreaterThan(0);
    expect(list.rowCount).toBe(1 + findings);
    const link = list.getRow(2).getCell(9).value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toMatch(/\.xlsx#'.+'!\$?[A-Z]+\d+$/);
    expect(list.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(list.autoFilter).toBeTruthy();
    expect(sum.autoFilter).toBeTruthy();
  }, 180000);

  it("refuses an --annotate directory inside the checked folder (64) and a report not named .xlsx", async () => {
    const dir = makeBatch();
    expect((await run(["check", "--annotate", path.join(dir, "marked"), dir])).code).toBe(64);
    expect((await run(["check", "--report", "summary.csv", dir])).code).toBe(64);
    expect(fs.existsSync(path.join(dir, "marked"))).toBe(false);
  });
});

describe("JSON written file by file", () => {
  it("is byte for byte the document JSON.stringify gives", () => {
    const results: FileResult[] = [
      { file: "a.xlsx", error: null, summaries: [], findings: [] },
      { file: "b.xlsx", error: "无法读取", summaries: [], findings: [] },
    ];
    for (const rs of [[], results.slice(0, 1), results]) {
      let out = "";
      const s = new JsonStream((c) => (out += c));
      rs.forEach((r) => s.file(r));
      const doc = jsonDocument(rs);
      s.end(doc.summary);
      expect(out).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    }
  });
});

(haveSoffice ? describe : describe.skip)("with LibreOffice", () => {
  it("opens an annotated copy with its marks (re-saved by LibreOffice, the fills and notes are still there)", async () => {
    const src = tmpDir("jixiao-lo-src-");
    fs.copyFileSync(SAMPLE, path.join(src, "商务局2023.xlsx"));
    const marked = tmpDir("jixiao-lo-marked-");
    const r = cli(["check", "--format", "json", "--annotate", marked, src]);
    const findings = JSON.parse(r.stdout).files[0].findings as { sheet: string; cell: string; severity: string; message: string }[];
    expect(findings.length).toBeGreaterThan(0);
    const out = tmpDir("jixiao-lo-out-");
    const resaved = soffice(path.join(marked, "商务局2023.xlsx"), "xlsx", out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(resaved) as unknown as ExcelJS.Buffer);
    for (const f of findings) {
      const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
      expect(((cell.fill as ExcelJS.FillPattern).fgColor?.argb ?? "").toUpperCase()).toMatch(f.severity === "error" ? /FFC7CE$/ : /FFEB9C$|DDEBF7$/);
      expect(cell.note).toBeTruthy();
    }
    expect(soffice(path.join(marked, "商务局2023.xlsx"), "pdf", out)).toMatch(/\.pdf$/);
  }, 240000);

  it("reads .xls and .ods through LibreOffice: the same tables and findings as the .xlsx", () => {
    const dir = tmpDir("jixiao-lo-conv-");
    const xls = soffice(SAMPLE, "xls", dir);
    const ods = soffice(SAMPLE, "ods", dir);
    const base = JSON.parse(cli(["check", "--format", "json", SAMPLE]).stdout).files[0];
    for (const f of [xls, ods]) {
      const got = JSON.parse(cli(["check", "--format", "json", f]).stdout).files[0];
      expect(got.error).toBeNull();
      expect(got.tables.map((t: { range: string; sheet: string }) => `${t.sheet}!${t.range}`)).toEqual(
        base.tables.map((t: { range: string; sheet: string }) => `${t.sheet}!${t.range}`),
      );
      expect(got.findings.map((x: { rule: string; cell: string }) => `${x.rule}@${x.cell}`)).toEqual(
        base.findings.map((x: { rule: string; cell: string }) => `${x.rule}@${x.cell}`),
      );
    }
    // without LibreOffice: unreadable, with a reason saying how to convert it
    const none = cli(["check", ods], { JIXIAO_SOFFICE: "none" });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/OpenDocument.*另存为/);
    expect(none.stderr).not.toMatch(/改了扩展名/);
  }, 240000);
});
