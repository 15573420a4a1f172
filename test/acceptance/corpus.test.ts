import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { rangeA1 } from "../../src/engine/address";

/**
 * Held-out style evaluation: workbooks written by other programs (openpyxl, then re-saved by
 * LibreOffice) from test/corpus/make_corpus.py, an independent reading of the spec. Scores tables
 * (sheet + range) and findings (rule + sheet + cell) against the targets.
 */
const PY = "/usr/bin/python3";
const HERE = path.resolve(__dirname, "../corpus");
const haveOpenpyxl = spawnSync(PY, ["-c", "import openpyxl"]).status === 0;
const haveSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

interface Expected {
  tables: { sheet: string; range: string }[];
  findings: { rule: string; sheet: string; cell: string }[];
}

async function score(dir: string) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort();
  const t = { exp: 0, got: 0, hit: 0 };
  const f = { exp: 0, got: 0, hit: 0 };
  const misses: string[] = [];
  for (const file of files) {
    const expected: Expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.xlsx$/, ".expected.json")), "utf8"));
    const res = checkWorkbook(await readWorkbook(path.join(dir, file)));
    const gotT = new Set(res.tables.map((x) => `${x.sheet}!${rangeA1(x.range)}`));
    const expT = new Set(expected.tables.map((x) => `${x.sheet}!${x.range}`));
    const gotF = new Set(res.findings.map((x) => `${x.rule} ${x.sheet}!${x.cell}`));
    const expF = new Set(expected.findings.map((x) => `${x.rule} ${x.sheet}!${x.cell}`));
    t.exp += expT.size;
    t.got += gotT.size;
    f.exp += expF.size;
    f.got += gotF.size;
    for (const k of expT) if (gotT.has(k)) t.hit++; else misses.push(`${file}: table missed ${k}`);
    for (const k of gotT) if (!expT.has(k)) misses.push(`${file}: table extra ${k}`);
    for (const k of expF) if (gotF.has(k)) f.hit++; else misses.push(`${file}: finding missed ${k}`);
    for (const k of gotF) if (!expF.has(k)) misses.push(`${file}: finding extra ${k}`);
  }
  return {
    files: files.length,
    tableRecall: t.hit / t.exp,
    tablePrecision: t.hit / t.got,
    findingRecall: f.hit / f.exp,
    findingPrecision: f.hit / f.got,
    misses,
  };
}

/**
 * The corpus holds every layout of the spec, the 一体化 exports included (split value columns,
 * weights, 实施期 and 年度 blocks, 元, no plan, tables beside other content): on it detection and
 * findings must be exact, not just above the targets.
 */
function expectExact(s: Awaited<ReturnType<typeof score>>, label: string) {
  if (s.misses.length) console.log(s.misses.slice(0, 40).join("\n"));
  console.log(
    `${label}: ${s.files} files; tables recall ${(s.tableRecall * 100).toFixed(1)}% precision ${(s.tablePrecision * 100).toFixed(1)}%; ` +
      `findings recall ${(s.findingRecall * 100).toFixed(1)}% precision ${(s.findingPrecision * 100).toFixed(1)}%`,
  );
  expect(s.files).toBeGreaterThan(0);
  expect(s.misses).toEqual([]);
  expect(s.tableRecall).toBe(1);
  expect(s.tablePrecision).toBe(1);
  expect(s.findingRecall).toBe(1);
  expect(s.findingPrecision).toBe(1);
}

// In CI the tools are installed by .ci/run; elsewhere the evaluation is skipped without them.
const run = haveOpenpyxl || process.env.CI ? describe : describe.skip;

run("evaluation corpus (openpyxl and LibreOffice workbooks)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-corpus-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    const made = spawnSync(PY, [path.join(HERE, "make_corpus.py"), "--out", dir, "--seed", "7", "--n", "30"], { encoding: "utf8" });
    if (made.status !== 0) throw new Error(`make_corpus.py failed: ${made.stderr}`);
  }, 120000);

  test("openpyxl-written workbooks are read exactly", async () => {
    expectExact(await score(dir), "openpyxl");
  }, 120000);

  (haveSoffice || process.env.CI ? test : test.skip)(
    "the same workbooks re-saved by LibreOffice are read exactly",
    async () => {
      const resaved = spawnSync("sh", [path.join(HERE, "resave.sh"), dir, "4"], { encoding: "utf8" });
      if (resaved.status !== 0) throw new Error(`resave.sh failed: ${resaved.stderr}`);
      expectExact(await score(path.join(dir, "libreoffice")), "LibreOffice");
    },
    240000,
  );
});
