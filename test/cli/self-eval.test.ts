import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import * as ExcelJS from "exceljs";
import { run, tmpDir } from "./helpers";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { layoutSpec } from "../../src/engine/layout";
import { writePlanToWorkbook } from "../../src/file/write-plan";
import { CLEAN_SPEC } from "../helpers/spec-arb";

/**
 * 生成自评表 from the command line, round trip: generate from the sample's two target tables →
 * check (only the blanks' findings) → fill in actuals as a clerk would, with exceljs → let
 * LibreOffice calculate the formulas → check gives exactly the planted findings.
 */

const SAMPLE = path.resolve(__dirname, "../../samples/商务局2023.xlsx");
const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => fs.existsSync(p));

/** Two clean target tables, each on its sheet. */
async function cleanSource(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, layoutSpec(CLEAN_SPEC, { sheetName: "招商引资" }));
  writePlanToWorkbook(wb, layoutSpec({ ...CLEAN_SPEC, name: "项目扶持资金", title: "项目扶持资金项目绩效目标表" }, { sheetName: "扶持" }));
  const file = path.join(dir, "目标表.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

function findings(file: string) {
  return readWorkbook(file).then((wb) => checkWorkbook(wb));
}

describe("jixiao new --self-eval-from", () => {
  it("writes one 自评表 per target table; they check as their blanks deserve and the exit status is 0", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "自评.xlsx");
    const r = await run(["new", "--self-eval-from", await cleanSource(dir), "-o", out]);
    expect(r.stderr).toMatch(/已写入 .*自评\.xlsx：工作表“招商引资自评” A1:J19、工作表“项目扶持资金自评” A1:J19/);
    expect(r.code).toBe(0);
    const res = await findings(out);
    expect(res.tables.map((t) => [t.kind, t.name?.cell.text])).toEqual([
      ["self-evaluation", "招商引资"],
      ["self-evaluation", "项目扶持资金"],
    ]);
    expect(new Set(res.findings.map((f) => f.rule))).toEqual(new Set(["selfeval/actual-empty"]));
    expect(res.findings.filter((f) => f.tableIndex === 0).map((f) => f.cell)).toEqual(["F12", "F13", "F14", "F15", "F16", "F17"]);
    expect(r.stdout).toMatch(/实际完成值未填写/);
  });

  it("--sheet picks the source sheet; a workbook without a target table is refused", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "a.xlsx");
    const src = await cleanSource(dir);
    const r = await run(["new", "--self-eval-from", src, "--sheet", "扶持", "-o", out, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect((await readWorkbook(out)).sheets.map((x) => x.name)).toEqual(["项目扶持资金自评"]);
    const again = await run(["new", "--self-eval-from", src, "-o", out]);
    expect(again.code).toBe(64); // OUT exists: neither --append nor --force
    const empty = path.join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "nothing here";
    await wb.xlsx.writeFile(empty);
    const none = await run(["new", "--self-eval-from", empty, "-o", path.join(dir, "b.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/没有项目绩效目标表/);
    expect(fs.existsSync(path.join(dir, "b.xlsx"))).toBe(false);
  });

  it("--append onto a workbook holding the source sheets: each 自评表 right after its target table's sheet", async () => {
    const dir = tmpDir();
    const src = await cleanSource(dir);
    const out = path.join(dir, "同一本.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(src);
    book.addWorksheet("说明").getCell("A1").value = "填报说明";
    await book.xlsx.writeFile(out);
    const r = await run(["new", "--self-eval-from", src, "-o", out, "--append"]);
    expect(r.code).toBe(0);
    const names = (await readWorkbook(out)).sheets.map((x) => x.name);
    expect(names).toEqual(["招商引资", "招商引资自评", "扶持", "项目扶持资金自评", "说明"]);
    // a second run appends after the first's 自评表, not between the source and them
    expect((await run(["new", "--self-eval-from", src, "-o", out, "--append"])).code).toBe(0);
    expect((await readWorkbook(out)).sheets.map((x) => x.name)).toEqual([
      "招商引资",
      "招商引资自评",
      "招商引资自评 (2)",
      "扶持",
      "项目扶持资金自评",
      "项目扶持资金自评 (2)",
      "说明",
    ]);
    // a fresh workbook has no source sheet: the 自评表 in the tables' order
    const fresh = path.join(dir, "新.xlsx");
    expect((await run(["new", "--self-eval-from", src, "-o", fresh])).code).toBe(0);
    expect((await readWorkbook(fresh)).sheets.map((x) => x.name)).toEqual(["招商引资自评", "项目扶持资金自评"]);
  });

  it("copies the target's indicators as they are: the sample's 成本 value that is no money is reported again", async () => {
    const dir = tmpDir();
    const r = await run(["new", "--self-eval-from", SAMPLE, "-o", path.join(dir, "s.xlsx")]);
    expect(r.stdout).toMatch(/indicator\/cost-not-monetary/);
    expect(r.stdout).not.toMatch(/plan\//); // a 自评表 has no spending plan to judge
    expect(r.code).toBe(0); // warnings and the clerk's blanks only
  });

  (soffice ? it : it.skip)(
    "round trip: filled in and recalculated by LibreOffice, it reports exactly the planted findings",
    async () => {
      const dir = tmpDir();
      const out = path.join(dir, "自评.xlsx");
      expect((await run(["new", "--self-eval-from", await cleanSource(dir), "-o", out])).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.worksheets[0];
      ws.getCell("G7").value = 45; // 财政资金 spent: 90% of 50
      ws.getCell("F12").value = 25; // ≥20人: met
      ws.getCell("F13").value = 8; // ≥10次: missed, and no reason (planted)
      ws.getCell("F14").value = "12月20日完成";
      ws.getCell("F15").value = 45; // ≤50万元 of 活动经费: met
      ws.getCell("F16").value = "明显提升";
      // F17 (满意度) left blank (planted)
      ws.getCell("H12").value = 15; // a hand-typed score above its 12.5 points (planted)
      // stale cached results must not survive: every formula is left for LibreOffice to calculate
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue | null;
          if (v && typeof v === "object" && "formula" in v) cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
        }),
      );
      await wb.xlsx.writeFile(path.join(dir, "filled.xlsx"));
      const conv = path.join(dir, "lo");
      execFileSync(
        soffice!,
        ["--headless", "-env:UserInstallation=file://" + path.join(dir, "profile"), "--convert-to", "xlsx", "--outdir", conv, path.join(dir, "filled.xlsx")],
        { stdio: "ignore", timeout: 120000 },
      );
      const res = await findings(path.join(conv, "filled.xlsx"));
      const first = res.findings.filter((f) => f.tableIndex === 0).map((f) => `${f.rule}@${f.cell}`);
      expect(first).toEqual(["selfeval/score-over-weight@H12", "selfeval/deviation-reason-missing@I13", "selfeval/actual-empty@F17"]);
      const t = res.tables[0].selfEvaluation!;
      const num = (f: { cell: { value: unknown } } | undefined) => f?.cell.value;
      expect(num(t.money!.rows[0].cells.get(8))).toBeCloseTo(0.9, 9); // 执行率 = 45 / 50
      expect(num(t.total!.score)).toBeCloseTo(9 + 15 + 10 + 12.5, 9); // money 9 + 15 + 8/10×12.5 + 12.5
    },
    180000,
  );

  (soffice ? it : it.skip)(
    "prints in LibreOffice as one A4 page, the table fitted to the width",
    async () => {
      const dir = tmpDir();
      const out = path.join(dir, "自评.xlsx");
      await run(["new", "--self-eval-from", await cleanSource(dir), "--sheet", "招商引资", "-o", out]);
      execFileSync(soffice!, ["--headless", "-env:UserInstallation=file://" + path.join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir, out], {
        stdio: "ignore",
        timeout: 120000,
      });
      const pdf = fs.readFileSync(path.join(dir, "自评.pdf")).toString("latin1");
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
      // A4 portrait: 595 × 842 points
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
      expect(Math.round(Number(box[1]))).toBe(595);
      expect(Math.round(Number(box[2]))).toBe(842);
    },
    180000,
  );
});
