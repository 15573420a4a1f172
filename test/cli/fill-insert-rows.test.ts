/**
 * `jixiao fill --insert-rows` (issue 11): the rows a template lacks inserted in its style, then
 * filled; the written file re-read (merges, formats, dropdowns, print area, formulas below) and
 * opened by LibreOffice.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { haveSoffice, run, soffice, tmpDir } from "./helpers";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { insertTemplateRows, shiftRowRefs } from "../../src/file/insert-rows";
import { CLEAN_SPEC } from "../helpers/spec-arb";

const SAMPLE = path.resolve(__dirname, "../../samples/空白模板.xlsx");
const MEETING = path.resolve(__dirname, "../../samples/会议培训.json");
const PY = "/usr/bin/python3";
const haveOpenpyxl = fs.existsSync(PY) && spawnSync(PY, ["-c", "import openpyxl"]).status === 0;

async function load(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0];
}

describe("jixiao fill --insert-rows", () => {
  it("the sample template and 会议培训.json: refused without the flag (naming it), filled with it in the 产出 block's style", async () => {
    const dir = tmpDir("jixiao-insert-");
    const out = path.join(dir, "out.xlsx");
    const refused = await run(["fill", SAMPLE, "--spec", MEETING, "-o", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("A17：模板中没有位置写入“产出指标/成本指标/培训总成本”（indicators[4]）；加 --insert-rows");
    expect(fs.existsSync(out)).toBe(false);

    const r = await run(["fill", SAMPLE, "--spec", MEETING, "-o", out, "--insert-rows"]);
    expect(r.stderr).toContain("已按模板格式插入行：第 14 行下 1 行");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/错误 0 个，警告 0 个/);

    const before = await load(SAMPLE);
    const ws = await load(out);
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A11:A15", "F15:G15", "F16:G16", "F17:G17"]));
    expect(ws.model.merges).not.toContain("A11:A14");
    expect(ws.getRow(15).height).toBe(before.getRow(14).height);
    expect(ws.getRow(16).height).toBe(before.getRow(15).height); // the rows below moved with their heights
    for (const c of ["B", "C", "E", "F"]) {
      expect(ws.getCell(`${c}15`).border?.bottom?.style).toBe(before.getCell(`${c}14`).border?.bottom?.style);
      expect(ws.getCell(`${c}15`).font).toEqual(before.getCell(`${c}14`).font);
    }
    expect(["B15", "C15", "E15"].map((a) => ws.getCell(a).value)).toEqual(["成本指标", "培训总成本", "≤20万元"]);
    expect(ws.getCell("A16").text).toBe(before.getCell("A15").text);
    expect(ws.getCell("C3").value).toEqual({ formula: "SUM(E3,G3)", result: 20 });

    const result = checkWorkbook(await readWorkbook(out), { year: 2024 });
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    expect(result.tables[0].indicators.map((i) => i.name.cell.text)).toContain("培训总成本");
    if (haveSoffice)
      expect(
        fs
          .readFileSync(soffice(out, "pdf", dir))
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
  }, 180000);

  it("moves what lies below: formulas, dropdowns, conditional formats, the print area", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    for (let r = 1; r <= 6; r++) ws.getCell(r, 1).value = r;
    ws.getCell("B6").value = { formula: "SUM(A1:A5)+$A$6+Other!A6", result: 21 } as ExcelJS.CellFormulaValue;
    ws.mergeCells("A2:A3");
    ws.mergeCells("B3:C3");
    ws.getCell("D3").dataValidation = { type: "list", allowBlank: true, formulae: ['"a,b"'] };
    ws.getCell("D5").dataValidation = { type: "list", allowBlank: true, formulae: ['"c,d"'] };
    ws.addConditionalFormatting({ ref: "A4:A6", rules: [{ type: "expression", priority: 1, formulae: ["A4>1"] }] });
    ws.pageSetup.printArea = "A1:D6";
    ws.getRow(3).height = 30;
    insertTemplateRows(ws, [{ after: 2, count: 2, extend: [{ top: 1, left: 0, bottom: 2, right: 0 }], repeat: [], rowMerges: [{ left: 1, right: 2 }] }]);
    const file = path.join(tmpDir("jixiao-insert-unit-"), "t.xlsx");
    await wb.xlsx.writeFile(file);
    const back = await load(file);
    expect(back.getCell("B8").value).toEqual({ formula: "SUM(A1:A7)+$A$8+Other!A6", result: 21 });
    expect([...back.model.merges].sort()).toEqual(["A2:A5", "B3:C3", "B4:C4", "B5:C5"]);
    expect(back.getRow(4).height).toBe(30);
    expect(back.getCell("A6").value).toBe(4);
    const dv = (a: string) => back.getCell(a).dataValidation?.formulae;
    expect([dv("D3"), dv("D4"), dv("D5"), dv("D7")]).toEqual([['"a,b"'], ['"a,b"'], ['"a,b"'], ['"c,d"']]);
    expect(dv("D6")).toBeUndefined();
    expect(back.pageSetup.printArea).toBe("A1:D8");
    expect(shiftRowRefs("A4:A6", 2, 2)).toBe("A6:A8");
  });

  (haveOpenpyxl ? it : it.skip)("an 一体化 template (openpyxl): the new rows keep the sign column's dropdown and the print area grows", async () => {
    const dir = tmpDir("jixiao-insert-integrated-");
    const template = path.join(dir, "blank.xlsx");
    expect(spawnSync(PY, [path.join(__dirname, "templates/make_integrated_blank.py"), template], { encoding: "utf8" }).status).toBe(0);
    const quantity = CLEAN_SPEC.indicators[0];
    const spec = {
      ...CLEAN_SPEC,
      title: undefined,
      implementer: "某某区投资促进中心",
      indicators: [...CLEAN_SPEC.indicators, { ...quantity, name: "签约项目数", value: "≥3个" }],
    };
    const specFile = path.join(dir, "p.json");
    fs.writeFileSync(specFile, JSON.stringify(spec));
    const out = path.join(dir, "out.xlsx");
    const r = await run(["fill", template, "--spec", specFile, "-o", out, "--insert-rows"]);
    expect(r.code).toBe(0);
    const ws = await load(out);
    // 数量指标 is row 10: the new row 11 under it, inside the 产出 merge (A10:A14 now)
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A10:A14"]));
    expect(["D11", "E11", "F11"].map((a) => ws.getCell(a).value)).toEqual(["≥", 3, "个"]);
    expect(ws.getCell("D11").dataValidation?.type).toBe("list");
    expect(ws.getCell("D16").dataValidation?.type).toBe("list");
    expect(ws.pageSetup.printArea).toBe("A1:H16");
    const result = checkWorkbook(await readWorkbook(out), { year: spec.year });
    expect(result.findings.map((f) => f.rule)).toEqual(["plan/missing"]);
  });
});
