import * as fs from "fs";
import * as path from "path";
import { run, tmpDir } from "./helpers";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { TEMPLATES, SOURCE_BLANK, Template, specFor, templateWorkbook } from "../helpers/templates";

async function setup(t: Template, spec = specFor(t)) {
  const dir = tmpDir("jixiao-fill-");
  const template = path.join(dir, `${t.name}.xlsx`);
  await templateWorkbook(t, "绩效目标表").xlsx.writeFile(template);
  // an old mtime, so that any write would show
  const old = new Date("2023-01-02T03:04:05Z");
  fs.utimesSync(template, old, old);
  const specFile = path.join(dir, "p.json");
  fs.writeFileSync(specFile, JSON.stringify(spec));
  return { dir, template, specFile, out: path.join(dir, "out.xlsx"), bytes: fs.readFileSync(template), mtime: fs.statSync(template).mtimeMs };
}

function unchanged(s: { template: string; bytes: Buffer; mtime: number }) {
  expect(fs.readFileSync(s.template).equals(s.bytes)).toBe(true);
  expect(fs.statSync(s.template).mtimeMs).toBe(s.mtime);
}

describe("jixiao fill", () => {
  it.each(TEMPLATES.map((t) => [t.name, t] as const))("%s: fills the blank template into OUT, which checks clean; the template is untouched", async (_n, t) => {
    const s = await setup(t);
    const r = await run(["fill", s.template, "--spec", s.specFile, "-o", s.out]);
    expect(r.stderr).toMatch(/已按模板/);
    expect(r.stdout).toMatch(/错误 0 个，警告 0 个/);
    expect(r.code).toBe(0);
    unchanged(s);
    const result = checkWorkbook(await readWorkbook(s.out), { year: specFor(t).year });
    expect(result.findings).toEqual([]);
    expect(result.summaries[0].project.name).toBe("招商引资");
    expect(result.summaries[0].plan.map((p) => p.percent)).toEqual([25, 55, 80, 100]);
  });

  it("keeps the template's layout: merges, borders and other sheets", async () => {
    const s = await setup(SOURCE_BLANK);
    expect((await run(["fill", s.template, "--spec", s.specFile, "-o", s.out])).code).toBe(0);
    const ExcelJS = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(s.out);
    const ws = wb.getWorksheet("绩效目标表")!;
    expect(ws.model.merges).toEqual(expect.arrayContaining(SOURCE_BLANK.merges));
    expect(ws.getCell("C3").border?.top?.style).toBe("thin");
    expect(ws.getCell("C3").value).toEqual({ formula: "SUM(E3,G3)", result: 50 });
    expect(ws.getCell("B6").numFmt).toBe("0%");
  });

  it("refuses (exit 2) when target cells hold something different, naming them; OUT is not written, the template untouched", async () => {
    const t: Template = { ...SOURCE_BLANK, rows: SOURCE_BLANK.rows.map((r) => [...r]) };
    t.rows[1][3] = "项目扶持资金";
    t.rows[5][1] = "30%";
    const s = await setup(t);
    const r = await run(["fill", s.template, "--spec", s.specFile, "-o", s.out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/未填写/);
    expect(r.stderr).toMatch(/D2：模板中已有“项目扶持资金”，项目说明要求“招商引资”（name）/);
    expect(r.stderr).toMatch(/B6：模板中已有“30%”，项目说明要求“25%”/);
    expect(fs.existsSync(s.out)).toBe(false);
    unchanged(s);
  });

  it("refuses when the template has no room for every indicator", async () => {
    const spec = specFor(SOURCE_BLANK);
    spec.indicators = [...spec.indicators, ...spec.indicators.map((i) => ({ ...i, name: `${i.name}二` }))];
    const s = await setup(SOURCE_BLANK, spec);
    const r = await run(["fill", s.template, "--spec", s.specFile, "-o", s.out, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no place for/);
    expect(fs.existsSync(s.out)).toBe(false);
    unchanged(s);
  });

  it("never writes over the template or an existing OUT without --force", async () => {
    const s = await setup(SOURCE_BLANK);
    expect((await run(["fill", s.template, "--spec", s.specFile, "-o", s.template])).code).toBe(64);
    expect((await run(["fill", s.template, "--spec", s.specFile, "-o", s.template, "--force"])).code).toBe(64);
    fs.writeFileSync(s.out, "keep me");
    const r = await run(["fill", s.template, "--spec", s.specFile, "-o", s.out]);
    expect(r.code).toBe(64);
    expect(fs.readFileSync(s.out, "utf8")).toBe("keep me");
    expect((await run(["fill", s.template, "--spec", s.specFile, "-o", s.out, "--force"])).code).toBe(0);
    unchanged(s);
  });

  it("an unreadable template is exit 2", async () => {
    const dir = tmpDir();
    const spec = path.join(dir, "p.json");
    fs.writeFileSync(spec, JSON.stringify(specFor(SOURCE_BLANK)));
    const r = await run(["fill", path.join(dir, "nope.xlsx"), "--spec", spec, "-o", path.join(dir, "o.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法读取模板/);
  });
});

describe("a template whose 预算数 is the SUM of its parts", () => {
  it("is filled, the formula kept with the total as its result", async () => {
    const ExcelJS = await import("exceljs");
    const { parseWorkbook } = await import("../../src/engine/check");
    const dir = tmpDir("jixiao-fill-sum-");
    const blank = path.resolve(__dirname, "../../samples/空白模板.xlsx");
    const parsed = parseWorkbook(await readWorkbook(blank));
    const table = parsed.tables[0];
    const cellOf = (f: { row: number; col: number }) => `${String.fromCharCode(65 + f.col)}${f.row + 1}`;
    const total = table.budget!.total!;
    const parts = table.budget!.parts;
    const formula = `SUM(${parts.map(cellOf).join(",")})`;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(blank) as never);
    wb.getWorksheet(table.sheet)!.getCell(cellOf(total)).value = { formula, result: 0 } as never;
    const template = path.join(dir, "sum.xlsx");
    await wb.xlsx.writeFile(template);
    const out = path.join(dir, "out.xlsx");
    // the sample spec with four 产出 indicators fits the sample template's four 产出 rows
    const spec = path.resolve(__dirname, "../../samples/会议培训-四项产出.json");
    const r = await run(["fill", template, "--spec", spec, "-o", out]);
    expect(r.stderr).not.toContain("冲突");
    expect(r.code).toBeLessThan(2);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(fs.readFileSync(out) as never);
    const cell = back.getWorksheet(table.sheet)!.getCell(cellOf(total));
    expect(cell.formula).toBe(formula);
    const want = JSON.parse(fs.readFileSync(spec, "utf8"));
    const expected = want.budget.total ?? want.budget.parts.reduce((s: number, p: { amount: number | null }) => s + (p.amount ?? 0), 0);
    expect(cell.result).toBeCloseTo(expected);
  });
});
