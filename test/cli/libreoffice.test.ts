/**
 * A generated file opened and saved by another spreadsheet program (LibreOffice): it prints (PDF)
 * and, re-saved as .xlsx, checks exactly as the original (same tables, same findings).
 * Skipped where soffice is missing, except on CI (CI set), where it must run.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { tmpDir } from "./helpers";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { layoutSpec } from "../../src/engine/layout";
import { normalizeSpec, specFromTable } from "../../src/engine/spec";
import { writePlanToWorkbook } from "../../src/file/write-plan";
import { SEED_SPEC, CLEAN_SPEC } from "../helpers/spec-arb";

function findSoffice(): string | undefined {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice", "/opt/libreoffice/program/soffice"]) if (fs.existsSync(p)) return p;
  try {
    return execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const soffice = findSoffice();
const maybe = soffice || process.env.CI ? describe : describe.skip;

maybe("LibreOffice opens, prints and re-saves a generated workbook", () => {
  it("PDF and a re-saved .xlsx that checks the same", async () => {
    if (!soffice) throw new Error("soffice (LibreOffice) is required on CI for this test");
    const dir = tmpDir("jixiao-lo-");
    const file = path.join(dir, "generated.xlsx");
    const wb = new ExcelJS.Workbook();
    const seed = layoutSpec(SEED_SPEC);
    writePlanToWorkbook(wb, seed);
    const monthly = normalizeSpec({
      ...CLEAN_SPEC,
      name: "项目扶持资金",
      department: "某某区商务局",
      implementer: "某某区投资促进中心",
      budget: { parts: [{ label: "财政资金", amount: 2000 }, { label: "上年结转", amount: 150.5 }, { label: "其他资金（体彩公益金）", amount: 49.5 }] },
      plan: Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月`, percent: i === 11 ? 100 : Math.round(((i + 1) / 12) * 1000) / 10 })),
      goals: ["支持重点企业技术改造和扩大投资，带动就业和税收增长。", "培育新的经济增长点。"],
    });
    writePlanToWorkbook(wb, layoutSpec(monthly, { existingSheets: [seed.sheetName] }));
    await wb.xlsx.writeFile(file);

    const profile = `file://${path.join(dir, "profile")}`;
    const convert = (to: string, outDir: string) =>
      execFileSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", outDir, file], { stdio: "pipe", timeout: 120000 });
    const pdfDir = path.join(dir, "pdf");
    const xlsxDir = path.join(dir, "resaved");
    convert("pdf", pdfDir);
    convert("xlsx:Calc MS Excel 2007 XML", xlsxDir);
    const pdf = fs.readFileSync(path.join(pdfDir, "generated.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // one A4 page per table: fit to width, nothing spilling onto extra pages
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(2);

    const original = checkWorkbook(await readWorkbook(file));
    const resaved = checkWorkbook(await readWorkbook(path.join(xlsxDir, "generated.xlsx")));
    const view = (r: typeof original) => ({
      tables: r.summaries.map((s) => ({ ...s, notes: s.notes })),
      findings: r.findings.map((f) => [f.rule, f.sheet, f.cell, f.message]),
    });
    expect(view(resaved)).toEqual(view(original));
    expect(original.findings.map((f) => f.rule)).toEqual(["plan/back-loaded", "indicator/cost-not-monetary"]);
    expect(specFromTable(resaved.tables[1])).toEqual(monthly);
  }, 180000);
});
