import * as fs from "fs";
import * as path from "path";
import * as fc from "fast-check";
import * as ExcelJS from "exceljs";
import { run, tmpDir, writeWorkbook } from "./helpers";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { specFromTable, validateSpec } from "../../src/engine/spec";
import { layoutSpec } from "../../src/engine/layout";
import { writePlanToWorkbook } from "../../src/file/write-plan";
import { GENERIC_NOTE } from "../../src/engine/default-indicators";
import { specArb, SEED_SPEC, CLEAN_SPEC } from "../helpers/spec-arb";

function writeJson(dir: string, name: string, data: unknown): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, JSON.stringify(data, null, 2));
  return f;
}

/**
 * A list has no indicators: every sheet gets the generated defaults, each reported once as an info
 * (indicator/generic-default) at its 指标值 cell, which carries the generator's note; nothing else.
 */
async function expectOnlyGenericIndicators(result: ReturnType<typeof checkWorkbook>, file: string) {
  expect(result.findings.filter((f) => f.rule !== "indicator/generic-default")).toEqual([]);
  expect(result.findings.length).toBe(result.tables.reduce((n, t) => n + t.indicators.length, 0));
  const x = new ExcelJS.Workbook();
  await x.xlsx.readFile(file);
  for (const f of result.findings) expect(JSON.stringify(x.getWorksheet(f.sheet)!.getCell(f.cell).note)).toContain(GENERIC_NOTE);
}

describe("jixiao new --spec", () => {
  it("writes one sheet named after the project that reads back as the spec and checks as it deserves", async () => {
    const dir = tmpDir();
    const spec = writeJson(dir, "p.json", SEED_SPEC);
    const out = path.join(dir, "out.xlsx");
    const r = await run(["new", "--spec", spec, "-o", out]);
    expect(r.code).toBe(0); // warnings only
    expect(r.stderr).toMatch(/已写入 .*out\.xlsx：工作表“招商引资” A1:G16/);
    expect(r.stdout).toMatch(/plan\/back-loaded/);
    expect(r.stdout).toMatch(/indicator\/cost-not-monetary/);
    const wb = await readWorkbook(out);
    expect(wb.sheets.map((s) => s.name)).toEqual(["招商引资"]);
    const result = checkWorkbook(wb);
    expect(result.findings.map((f) => f.rule)).toEqual(["plan/back-loaded", "indicator/cost-not-monetary"]);
    expect(specFromTable(result.tables[0])).toEqual(validateSpec(SEED_SPEC).spec);
  });

  it("writes formulas with results, styles, widths, dropdowns and print setup into the file", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "out.xlsx");
    expect((await run(["new", "--spec", writeJson(dir, "p.json", CLEAN_SPEC), "-o", out, "--sheet", "表一"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("表一")!;
    expect(ws.getCell("C4").value).toEqual({ formula: "SUM(E4,G4)", result: 50 });
    expect(ws.getCell("B7").numFmt).toBe("0%");
    expect(ws.getCell("B7").value).toBe(0.2);
    expect(ws.getCell("A4").border?.top?.style).toBe("thin");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("C8").alignment?.wrapText).toBe(true);
    expect(ws.getColumn(4).width).toBeGreaterThan(20);
    expect(ws.getCell("B11").dataValidation).toMatchObject({ type: "list", formulae: ['"数量指标,质量指标,时效指标,成本指标"'] });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A1:G1", "A4:A5", "A11:A14"]));
  });

  it("never overwrites OUT silently: refuses (64) without --append or --force, leaves it unchanged", async () => {
    const dir = tmpDir();
    const spec = writeJson(dir, "p.json", CLEAN_SPEC);
    const out = await writeWorkbook(path.join(dir, "out.xlsx"), (wb) => {
      wb.addWorksheet("招商引资").getCell("A1").value = "已有内容";
    });
    const before = fs.readFileSync(out);
    const r = await run(["new", "--spec", spec, "-o", out]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/已存在/);
    expect(fs.readFileSync(out).equals(before)).toBe(true);

    // --append adds a sheet, keeping what was there
    const a = await run(["new", "--spec", spec, "-o", out, "--append"]);
    expect(a.code).toBe(0);
    const wb = await readWorkbook(out);
    expect(wb.sheets.map((s) => s.name)).toEqual(["招商引资", "招商引资 (2)"]);
    expect(wb.sheets[0].values[0][0]).toBe("已有内容");
    // --sheet naming a taken sheet is refused
    const taken = await run(["new", "--spec", spec, "-o", out, "--append", "--sheet", "招商引资"]);
    expect(taken.code).toBe(64);
    expect(taken.stderr).toMatch(/同名工作表/);
    // --force replaces the file
    const f = await run(["new", "--spec", spec, "-o", out, "--force"]);
    expect(f.code).toBe(0);
    expect((await readWorkbook(out)).sheets.map((s) => s.name)).toEqual(["招商引资"]);
    expect((await run(["new", "--spec", spec, "-o", out, "--force", "--append"])).code).toBe(64);
  });

  it("an invalid spec: every bad field listed, exit 64, nothing written", async () => {
    const dir = tmpDir();
    const bad = { ...CLEAN_SPEC, year: 23, budget: { parts: [{ label: "财政资金", amount: "50" }] }, indicators: [{ ...CLEAN_SPEC.indicators[0], value: 20 }] };
    const out = path.join(dir, "out.xlsx");
    const r = await run(["new", "--spec", writeJson(dir, "bad.json", bad), "-o", out, "--lang", "en"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/3 errors/);
    expect(r.stderr).toMatch(/year: must be a four-digit year/);
    expect(r.stderr).toMatch(/budget\.parts\[0\]\.amount: must be a number/);
    expect(r.stderr).toMatch(/indicators\[0\]\.value: must be text/);
    expect(fs.existsSync(out)).toBe(false);
    fs.writeFileSync(path.join(dir, "broken.json"), "{ not json");
    const j = await run(["new", "--spec", path.join(dir, "broken.json"), "-o", out]);
    expect(j.code).toBe(64);
    expect(j.stderr).toMatch(/不是有效的 JSON/);
    expect((await run(["new", "--spec", path.join(dir, "missing.json"), "-o", out])).code).toBe(64);
  });

  it("round trip through real .xlsx files for random valid specs (exceljs writer → readWorkbook)", async () => {
    await fc.assert(
      fc.asyncProperty(specArb, async (raw) => {
        const spec = validateSpec(raw).spec!;
        const wb = new ExcelJS.Workbook();
        writePlanToWorkbook(wb, layoutSpec(spec));
        const buf = Buffer.from(await wb.xlsx.writeBuffer());
        const dir = tmpDir();
        const file = path.join(dir, "rt.xlsx");
        fs.writeFileSync(file, buf);
        const result = checkWorkbook(await readWorkbook(file));
        expect(result.findings.map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
        expect(specFromTable(result.tables[0])).toEqual(spec);
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 25 },
    );
  }, 120000);
});

describe("jixiao new --list", () => {
  const HEADER = ["序号", "项目名称", "项目编码", "财政资金（万元）", "其他资金", "资金用途", "3月底", "6月底", "9月底", "12月底", "年度", "绩效目标"];
  const ROWS = [
    [
      1,
      "招商引资",
      "2024001",
      50,
      null,
      "组织招商引资活动，接待客商来访。",
      "20%",
      "50%",
      "75%",
      "100%",
      2024,
      "1. 瞄准重点区域开展招商推介。\n2. 接待客商来访考察。",
    ],
    [2, "项目扶持资金", "2024002", 2200, 100, "支持重点企业技术改造和扩大投资。", 0.1, 0.4, 0.7, 1, 2024, "扶持重点企业发展，带动投资增长。"],
    [3, "商务/会展", null, 30.5, 0, "举办商务会展活动。", "10%", "40%", "80%", "100%", 2024, "举办展会两次。\n吸引参展企业一百家。"],
  ];

  it("an .xlsx list of 3 projects makes 3 sheets that check clean", async () => {
    const dir = tmpDir();
    const list = await writeWorkbook(path.join(dir, "projects.xlsx"), (wb) => {
      const ws = wb.addWorksheet("项目清单");
      ws.addRow(HEADER);
      for (const r of ROWS) ws.addRow(r);
      for (const c of ["G3", "H3", "I3", "J3"]) ws.getCell(c).numFmt = "0%";
    });
    const out = path.join(dir, "out.xlsx");
    const r = await run(["new", "--list", list, "-o", out]);
    expect(r.stderr + r.stdout).toMatch(/错误 0 个，警告 0 个/);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/默认指标/);
    expect(r.stderr).toMatch(/序号/);
    const wb = await readWorkbook(out);
    expect(wb.sheets.map((s) => s.name)).toEqual(["招商引资", "项目扶持资金", "商务_会展"]);
    const result = checkWorkbook(wb);
    await expectOnlyGenericIndicators(result, out);
    expect(result.summaries.map((s) => [s.project.name, s.project.code, s.budget.total, s.plan.map((p) => p.percent), s.goals.length])).toEqual([
      ["招商引资", "2024001", 50, [20, 50, 75, 100], 2],
      ["项目扶持资金", "2024002", 2300, [10, 40, 70, 100], 1],
      ["商务/会展", null, 30.5, [10, 40, 80, 100], 2],
    ]);
    expect(result.summaries.every((s) => s.year === 2024)).toBe(true);
  });

  it("a .csv list (GB18030 as Chinese Excel saves it) with --framework 2021", async () => {
    const dir = tmpDir();
    const lines = [
      HEADER.join(","),
      ...ROWS.map((r) => r.map((v) => (v === null ? "" : typeof v === "string" && /[,\n"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v))).join(",")),
    ];
    const csv = path.join(dir, "projects.csv");
    let bytes: Buffer;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      bytes = (require("iconv-lite") as { encode(s: string, enc: string): Buffer }).encode(lines.join("\r\n"), "gb18030");
    } catch {
      bytes = Buffer.from(`\uFEFF${lines.join("\r\n")}`, "utf8");
    }
    fs.writeFileSync(csv, bytes);
    const out = path.join(dir, "out.xlsx");
    const r = await run(["new", "--list", csv, "-o", out, "--framework", "2021"]);
    expect(r.code).toBe(0);
    const result = checkWorkbook(await readWorkbook(out));
    expect(result.tables).toHaveLength(3);
    await expectOnlyGenericIndicators(result, out);
    expect(result.summaries.every((s) => s.framework === "2021")).toBe(true);
  });

  it("bad rows are listed by row and column; nothing is written", async () => {
    const dir = tmpDir();
    const csv = path.join(dir, "bad.csv");
    fs.writeFileSync(csv, `${HEADER.join(",")}\n1,招商引资,,五十,,用途,20%,50%,75%,100%,2024,目标\n2,,,10,,用途,20%,50%,75%,100%,2024,目标\n`);
    const out = path.join(dir, "out.xlsx");
    const r = await run(["new", "--list", csv, "-o", out]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/第2行 财政资金（万元）：“五十”不是金额/);
    expect(r.stderr).toMatch(/第3行 项目名称：项目名称必须填写/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("writers: names and limits", () => {
  const spec = path.resolve(__dirname, "../../samples/会议培训.json");
  const withName = (dir: string, patch: Record<string, unknown>) => {
    const file = path.join(dir, `spec-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(spec, "utf8")), ...patch }));
    return file;
  };

  it("writes a print area for a project name with an apostrophe that reads back", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "xian.xlsx");
    const r = await run(["new", "--spec", withName(dir, { name: "Xi'an外贸" }), "-o", out]);
    expect(r.code).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0].name).toBe("Xi'an外贸");
    expect(wb.worksheets[0].pageSetup.printArea).toMatch(/^A1:G\d+$/);
    const again = await run(["check", out]);
    expect(again.code).toBeLessThan(2);
    // --append loads it back with exceljs's full reader
    expect((await run(["new", "--spec", spec, "-o", out, "--append"])).code).toBeLessThan(2);
  });

  it("refuses cell text over 32,767 characters naming the field, and outputs that are not .xlsx files (64)", async () => {
    const dir = tmpDir();
    const long = await run(["new", "--spec", withName(dir, { purpose: "长".repeat(40000) }), "-o", path.join(dir, "a.xlsx")]);
    expect(long.code).toBe(64);
    expect(long.stderr).toContain("purpose");
    expect(long.stderr).toContain("32,767");
    for (const out of [path.join(dir, "x.csv"), path.join(dir, "noext"), dir]) {
      const r = await run(["new", "--spec", spec, "-o", out]);
      expect(r.code).toBe(64);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp") || f === "x.csv" || f === "noext")).toEqual([]);
  });
});
