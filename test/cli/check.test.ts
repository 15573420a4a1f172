/**
 * `jixiao check` end to end on the public fixtures, with the real engine: the JSON document of
 * cli.md, the findings the fixtures' .expected.json list, exit codes, the text report, options.
 */
import * as fs from "fs";
import * as path from "path";
import { FIXTURES, SEED, SEED_ONE_SHEET, run, tmpDir } from "./helpers";

interface Expected {
  file: string;
  tables: { sheet: string; title: string; name: string; range: string }[];
  findings: { rule: string; severity: string; sheet: string; cell: string }[];
}

const expectedFor = (xlsx: string): Expected =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, path.basename(xlsx).replace(/\.xlsx$/, ".expected.json")), "utf8"));

type Finding = { rule: string; severity: string; sheet: string; cell: string; table: string; message: string };
const key = (f: { rule: string; severity: string; sheet: string; cell: string }) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity}`;
const keys = (list: { rule: string; severity: string; sheet: string; cell: string }[]) => list.map(key).sort();

async function checkJson(args: string[]) {
  const r = await run(["check", "--format", "json", ...args]);
  return { ...r, doc: JSON.parse(r.stdout) };
}

describe.each([SEED, SEED_ONE_SHEET])("the fixture %s", (file) => {
  const expected = expectedFor(file);

  it("finds the tables the fixture lists", async () => {
    const { doc } = await checkJson([file]);
    const tables = doc.files[0].tables.map((t: { sheet: string; title: string; project: { name: string }; range: string }) => ({
      sheet: t.sheet,
      title: t.title,
      name: t.project.name,
      range: t.range,
    }));
    expect(tables).toEqual(expected.tables);
  });

  it("reports exactly the findings the fixture lists, and exits 0 (no error)", async () => {
    const { doc, code, stderr } = await checkJson([file]);
    expect(keys(doc.files[0].findings)).toEqual(keys(expected.findings));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const s = doc.summary;
    expect(s).toEqual({
      files: 1,
      tables: expected.tables.length,
      errors: expected.findings.filter((f) => f.severity === "error").length,
      warnings: expected.findings.filter((f) => f.severity === "warning").length,
      infos: expected.findings.filter((f) => f.severity === "info").length,
    });
  });
});

describe("the JSON document", () => {
  it("has exactly cli.md's shape", async () => {
    const { doc } = await checkJson([SEED]);
    expect(Object.keys(doc).sort()).toEqual(["files", "summary"]);
    expect(Object.keys(doc.summary).sort()).toEqual(["errors", "files", "infos", "tables", "warnings"]);
    const f = doc.files[0];
    expect(Object.keys(f).sort()).toEqual(["error", "file", "findings", "tables"]);
    expect(f.file).toBe(SEED);
    expect(f.error).toBeNull();

    const t = f.tables[0];
    expect(Object.keys(t).sort()).toEqual(
      ["budget", "framework", "goals", "indicators", "kind", "notes", "plan", "project", "range", "sheet", "title", "year"].sort(),
    );
    expect(t).toMatchObject({
      kind: "project",
      sheet: "招商引资",
      range: "A1:G16",
      title: "招商引资项目绩效目标表",
      framework: "legacy",
      project: { name: "招商引资" },
      budget: { unit: "万元", total: 50, parts: { 财政资金: 50, 其他资金: null } },
      plan: [
        { label: "3月底", percent: 0 },
        { label: "6月底", percent: 0 },
        { label: "10月底", percent: 0 },
        { label: "12月底", percent: 100 },
      ],
      year: 2023,
    });
    expect(t.goals).toHaveLength(2);
    expect(t.indicators).toHaveLength(6);
    expect(t.indicators[0]).toMatchObject({ level2: "数量指标", name: "接待客商人数", value: "≥20人", basis: "工作计划", cell: "E11" });
    expect(Object.keys(t.indicators[0]).sort()).toEqual(["basis", "cell", "description", "level1", "level2", "name", "value"]);

    expect(f.findings.length).toBeGreaterThan(0);
    for (const finding of f.findings as Finding[]) {
      expect(Object.keys(finding).sort()).toEqual(["cell", "message", "rule", "severity", "sheet", "table"]);
      expect(finding.message).toEqual(expect.any(String));
      expect(finding.message.length).toBeGreaterThan(0);
      expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
    }
    const backLoaded = (f.findings as Finding[]).find((x) => x.rule === "plan/back-loaded" && x.sheet === "招商引资");
    expect(backLoaded).toMatchObject({ severity: "warning", cell: "B6", table: "招商引资" });
  });

  it("lists findings in reading order within each file", async () => {
    const { doc } = await checkJson([SEED_ONE_SHEET]);
    const cells = (doc.files[0].findings as Finding[]).map((f) => f.cell);
    const rows = cells.map((c) => Number(/\d+/.exec(c)![0]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });
});

describe("options", () => {
  it("--across-files compares goals across the files of a run", async () => {
    const dup = (doc: { files: { findings: Finding[] }[] }) =>
      doc.files.flatMap((f) => f.findings).filter((f) => f.rule === "goal/duplicate-across-tables").length;
    const alone = await checkJson([SEED, SEED_ONE_SHEET]);
    const across = await checkJson(["--across-files", SEED, SEED_ONE_SHEET]);
    expect(dup(alone.doc)).toBe(4);
    // the second file's 招商引资 now repeats the first file's goals too
    expect(dup(across.doc)).toBeGreaterThan(dup(alone.doc));
  });

  it("--year and --framework reach the engine", async () => {
    const { doc } = await checkJson(["--year", "2024", "--framework", "2021", SEED]);
    for (const t of doc.files[0].tables) {
      expect(t.year).toBe(2024);
      expect(t.framework).toBe("2021");
    }
  });

  it("--lang en gives English messages and report", async () => {
    const { stdout, code } = await run(["check", "--lang", "en", SEED]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Checked 1 file, 2 tables: 0 errors, 5 warnings, 0 infos/);
    expect(stdout).toMatch(/warning\s+B6/);
  });
});

describe("a configuration file", () => {
  let dir: string;
  beforeAll(() => {
    dir = tmpDir();
  });
  const writeConfig = (name: string, config: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(config));
    return file;
  };

  it("turns a rule off", async () => {
    const before = await checkJson([SEED]);
    expect((before.doc.files[0].findings as Finding[]).some((f) => f.rule === "plan/back-loaded")).toBe(true);
    const config = writeConfig("off.json", { rules: { "plan/back-loaded": "off" } });
    const after = await checkJson(["--config", config, SEED]);
    const findings = after.doc.files[0].findings as Finding[];
    expect(findings.some((f) => f.rule === "plan/back-loaded")).toBe(false);
    expect(findings.length).toBe(before.doc.files[0].findings.length - 2);
    expect(after.code).toBe(0);
  });

  it("raises a rule to error, which makes the exit status 1", async () => {
    const config = writeConfig("error.json", { rules: { "plan/back-loaded": { severity: "error" } } });
    const { doc, code } = await checkJson(["--config", config, SEED]);
    const backLoaded = (doc.files[0].findings as Finding[]).filter((f) => f.rule === "plan/back-loaded");
    expect(backLoaded.map((f) => f.severity)).toEqual(["error", "error"]);
    expect(doc.summary.errors).toBe(2);
    expect(code).toBe(1);
  });

  it("is overridden by command-line flags", async () => {
    const config = writeConfig("year.json", { year: 2030, lang: "en" });
    const { doc } = await checkJson(["--config", config, "--year", "2023", "--lang", "zh", SEED]);
    expect(doc.files[0].tables[0].year).toBe(2023);
    const { doc: en } = await checkJson(["--config", config, SEED]);
    expect(en.files[0].tables[0].year).toBe(2030);
  });
});

describe("the text report", () => {
  it("shows each file, table and finding for a finance user, and a closing summary", async () => {
    const { stdout, code } = await run(["check", SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain(`文件：${SEED}`);
    expect(stdout).toMatch(/表1.*招商引资.*A1:G16.*项目名称：招商引资/);
    expect(stdout).toMatch(/表2.*项目扶持资金.*A1:G16.*项目名称：项目扶持资金/);
    expect(stdout).toMatch(/警告\s+B6\s/);
    expect(stdout).toMatch(/警告\s+E14\s/);
    expect(stdout).toContain("[plan/back-loaded]");
    expect(stdout.trim().split("\n").pop()).toBe("共检查 1 个文件、2 张表：错误 0 个，警告 5 个，提示 0 个");
    expect(stdout).not.toContain("\x1b["); // not a terminal: no colour
  });
});

describe("directories", () => {
  it("expand to every .xlsx below them, sorted, without Excel's ~$ lock files", async () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, "b-sub"));
    fs.copyFileSync(SEED, path.join(dir, "b-sub", "z.xlsx"));
    fs.copyFileSync(SEED, path.join(dir, "a-2023.xlsx"));
    fs.copyFileSync(SEED, path.join(dir, "c.XLSX"));
    fs.writeFileSync(path.join(dir, "~$a-2023.xlsx"), "owner file");
    fs.writeFileSync(path.join(dir, "notes.txt"), "");
    const { doc, code } = await checkJson([dir]);
    expect(doc.files.map((f: { file: string }) => path.relative(dir, f.file))).toEqual([
      "a-2023.xlsx",
      path.join("b-sub", "z.xlsx"),
      "c.XLSX",
    ]);
    expect(code).toBe(0);
  });
});
