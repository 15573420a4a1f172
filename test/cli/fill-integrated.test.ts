/**
 * `jixiao fill` on a blank 一体化 template made by another program: openpyxl writes it (two-row
 * header 指标值 over 计算符号 | 值 | 单位, a 分值 column, money in 元, no 资金支出计划, a dropdown on the
 * sign column), LibreOffice re-saves it, the command line fills it. Skipped without python3's
 * openpyxl or soffice.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { haveSoffice, run, soffice, tmpDir } from "./helpers";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { specFromTable, normalizeSpec } from "../../src/engine/spec";
import { CLEAN_SPEC } from "../helpers/spec-arb";

const PY = "/usr/bin/python3";
const haveOpenpyxl = fs.existsSync(PY) && spawnSync(PY, ["-c", "import openpyxl"]).status === 0;

(haveSoffice && haveOpenpyxl ? describe : describe.skip)("jixiao fill on an 一体化 template re-saved by LibreOffice", () => {
  it("writes sign, number and unit into their cells, money in 元, and the result checks to the one finding it deserves", async () => {
    const dir = tmpDir("jixiao-fill-integrated-");
    const made = path.join(dir, "made", "blank.xlsx");
    fs.mkdirSync(path.dirname(made));
    const py = spawnSync(PY, [path.join(__dirname, "templates/make_integrated_blank.py"), made], { encoding: "utf8" });
    expect(py.stderr).toBe("");
    const template = soffice(made, "xlsx:Calc MS Excel 2007 XML", dir);
    const spec = { ...CLEAN_SPEC, title: undefined, implementer: "某某区投资促进中心" };
    const specFile = path.join(dir, "p.json");
    fs.writeFileSync(specFile, JSON.stringify(spec));
    const out = path.join(dir, "out.xlsx");
    const r = await run(["fill", template, "--spec", specFile, "-o", out]);
    expect(r.stderr).toMatch(/已按模板/);
    expect(r.code).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("项目支出绩效目标表")!;
    const cells = (row: number) => ["D", "E", "F"].map((c) => ws.getCell(`${c}${row}`).value);
    expect(cells(10)).toEqual(["≥", 20, "人"]); // 接待客商人数 ≥20人
    expect(cells(12)).toEqual(["定性", "12月31日前", null]);
    expect(cells(13)).toEqual(["≤", 50, "万元"]);
    expect(ws.getCell("C4").value).toEqual({ formula: "SUM(E4,G4)", result: 500000 }); // 50 万元 in a 元 table
    expect(ws.getCell("G10").value).toBeNull(); // the 分值 column is not the spec's
    expect(ws.getCell("A10").text).toBe("产出指标(50分)"); // the template's label kept

    const result = checkWorkbook(await readWorkbook(out), { year: spec.year });
    // the template has no 资金支出计划: that warning, and nothing else
    expect(result.findings.map((f) => f.rule)).toEqual(["plan/missing"]);
    const back = specFromTable(result.tables[0], { year: spec.year });
    expect(back.indicators.map((i) => i.value)).toEqual(normalizeSpec(spec).indicators.map((i) => i.value));

    const pdf = fs.readFileSync(soffice(out, "pdf", dir));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  }, 180000);
});
