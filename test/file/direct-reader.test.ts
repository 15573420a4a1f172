/**
 * The direct reader (fflate + saxes) against exceljs's reader: the same engine model for every
 * workbook at hand, and the files exceljs cannot take (an openpyxl comment layout, a missing sheet
 * part, too many cells) read or refused with a reason.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { builtinFormat, readWorkbookDetailed, workbookFromBytesExcelJS } from "../../src/file/read-xlsx";
import { readXlsxDirect, TooBigError } from "../../src/file/direct-xlsx";
import { FIXTURES, tmpDir, writeWorkbook } from "../cli/helpers";

const PY = "/usr/bin/python3";
const haveOpenpyxl = spawnSync(PY, ["-c", "import openpyxl"]).status === 0;

async function sameModel(file: string): Promise<void> {
  const bytes = fs.readFileSync(file);
  const viaExcelJS = await workbookFromBytesExcelJS(bytes, file);
  const direct = readXlsxDirect(bytes, path.basename(file), builtinFormat);
  expect(direct.workbook).toEqual(viaExcelJS.workbook);
  expect(direct.hiddenSheets).toEqual(viaExcelJS.hiddenSheets);
  expect(direct.date1904).toBe(viaExcelJS.date1904);
}

describe("the direct reader gives exceljs's model", () => {
  const files = [
    ...fs
      .readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(FIXTURES, f)),
    ...fs
      .readdirSync(path.resolve(__dirname, "../../samples"))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.resolve(__dirname, "../../samples", f)),
  ];
  it.each(files)("%s", async (file) => sameModel(file));

  it("on values, formulas, rich text, dates (1900 and 1904), formats, merges and hidden sheets written by exceljs", async () => {
    const dir = tmpDir();
    for (const date1904 of [false, true]) {
      const file = await writeWorkbook(path.join(dir, `kinds-${date1904}.xlsx`), (wb) => {
        wb.properties.date1904 = date1904;
        const ws = wb.addWorksheet("表1");
        ws.getCell("B2").value = "项目名称";
        ws.getCell("C2").value = { richText: [{ text: "招商" }, { text: "引资", font: { bold: true } }] };
        ws.getCell("B3").value = 0.25;
        ws.getCell("B3").numFmt = "0%";
        ws.getCell("B4").value = new Date(Date.UTC(2023, 11, 31, 12, 30));
        ws.getCell("B4").numFmt = 'yyyy"年"m"月"d"日"';
        ws.getCell("B5").value = { formula: "B3*2", result: 0.5 };
        ws.getCell("B6").value = { formula: "1/0", result: { error: "#DIV/0!" } };
        ws.getCell("B7").value = true;
        ws.getCell("B8").value = 'a & <b> _x000D_ "q"';
        ws.getCell("B9").value = 1234.5;
        ws.getCell("B9").numFmt = "#,##0.00";
        ws.getCell("D2").value = "合并";
        ws.mergeCells("D2:F3");
        ws.getCell("E2").numFmt = "0.0";
        ws.getColumn(8).numFmt = "0.00";
        ws.mergeCells("H2:H4");
        const hidden = wb.addWorksheet("隐藏");
        hidden.state = "hidden";
        hidden.getCell("A1").value = 3;
        wb.addWorksheet("空");
      });
      await sameModel(file);
    }
  });

  (haveOpenpyxl ? it : it.skip)(
    "on workbooks written by openpyxl (the evaluation corpus)",
    async () => {
      const dir = tmpDir("jixiao-corpus-");
      const made = spawnSync(PY, [path.resolve(__dirname, "../corpus/make_corpus.py"), "--out", dir, "--seed", "11", "--n", "8"], { encoding: "utf8" });
      expect(made.status).toBe(0);
      const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) await sameModel(path.join(dir, f));
    },
    120000,
  );
});

describe("what exceljs cannot read", () => {
  (haveOpenpyxl ? it : it.skip)("reads every value of a workbook with openpyxl comments", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "comments.xlsx");
    const script = [
      "import openpyxl, sys",
      "from openpyxl.comments import Comment",
      "wb = openpyxl.Workbook(); ws = wb.active; ws.title = '表1'",
      "ws['A1'] = '项目名称'; ws['B1'] = '招商引资'; ws['B2'] = 50",
      "ws['B1'].comment = Comment('请核对', '审核人'); ws['B2'].comment = Comment('单位：万元', '审核人')",
      "wb.save(sys.argv[1])",
    ].join("\n");
    expect(spawnSync(PY, ["-c", script, file]).status).toBe(0);
    const r = await readWorkbookDetailed(file);
    expect(r.workbook.sheets[0].values).toEqual([
      ["项目名称", "招商引资"],
      [null, 50],
    ]);
  });

  it("names a sheet whose part is missing and reads the others", async () => {
    const dir = tmpDir();
    const full = await writeWorkbook(path.join(dir, "full.xlsx"), (wb) => {
      wb.addWorksheet("甲").getCell("A1").value = "甲";
      wb.addWorksheet("乙").getCell("A1").value = "乙";
    });
    const parts = unzipSync(fs.readFileSync(full));
    const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
    const target = /Target="([^"]*sheet2\.xml)"/.exec(rels)![1].replace(/^\/?(xl\/)?/, "xl/");
    delete parts[target];
    const cut = path.join(dir, "cut.xlsx");
    fs.writeFileSync(cut, zipSync(parts));
    const r = await readWorkbookDetailed(cut);
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(["甲"]);
    expect(r.missingSheets).toEqual(["乙"]);
  });

  it("refuses a workbook over the cell limit instead of exhausting memory", async () => {
    const dir = tmpDir();
    const file = await writeWorkbook(path.join(dir, "many.xlsx"), (wb) => {
      const ws = wb.addWorksheet("大表");
      for (let r = 1; r <= 300; r++) ws.getRow(r).values = [r, r, r, r];
    });
    const { readXlsxDirect: direct } = jest.requireActual("../../src/file/direct-xlsx") as typeof import("../../src/file/direct-xlsx");
    expect(direct(fs.readFileSync(file), "many.xlsx", builtinFormat).workbook.sheets[0].values).toHaveLength(300);
    // the limit is read when the module loads: a fresh copy with a small one
    jest.resetModules();
    process.env.JIXIAO_MAX_CELLS = "1000";
    try {
      const fresh = require("../../src/file/direct-xlsx") as typeof import("../../src/file/direct-xlsx");
      let caught: unknown;
      try {
        fresh.readXlsxDirect(fs.readFileSync(file), "many.xlsx", builtinFormat);
      } catch (e) {
        caught = e;
      }
      expect((caught as InstanceType<typeof TooBigError>).info).toEqual({ kind: "cells", amount: 1001, limit: 1000, sheet: "大表" });
    } finally {
      delete process.env.JIXIAO_MAX_CELLS;
      jest.resetModules();
    }
  });
});
