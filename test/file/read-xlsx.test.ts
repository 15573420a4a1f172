import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readWorkbook, readWorkbookDetailed, sniff } from "../../src/file/read-xlsx";
import { workbookFromExcelJS } from "../../src/file/exceljs-model";
import type { SheetModel } from "../../src/engine/sheet";
import { SEED, SEED_ONE_SHEET, tmpDir, writeWorkbook } from "../cli/helpers";

/** Value and displayed text at an absolute zero-based position, as the engine's SheetGrid reads them. */
function at(sheet: SheetModel, row: number, col: number) {
  const r = row - sheet.originRow;
  const c = col - sheet.originCol;
  const value = sheet.values[r]?.[c] ?? null;
  const text = sheet.text?.[r]?.[c] ?? (value === null ? "" : String(value));
  const format = sheet.numberFormats?.[r]?.[c] ?? "General";
  return { value, text, format };
}

function sheetNamed(sheets: SheetModel[], name: string): SheetModel {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${sheets.map((x) => x.name).join(", ")}`);
  return s;
}

describe("reading the public fixtures", () => {
  it("gives every sheet, in order, named after the file", async () => {
    const wb = await readWorkbook(SEED);
    expect(wb.name).toBe("seed-2023.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual(["部门整体绩效目标", "招商引资", "项目扶持资金"]);
    const one = await readWorkbook(SEED_ONE_SHEET);
    expect(one.sheets.map((s) => s.name)).toEqual(["绩效目标表"]);
  });

  it("keeps merges as zero-based Rects and continuation cells empty", async () => {
    const wb = await readWorkbook(SEED);
    const s = sheetNamed(wb.sheets, "招商引资");
    // the title A1:G1, 项目名称's value D2:G2, 预算规模及资金用途 A3:A4, the usage text B4:G4
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 6 },
        { top: 1, left: 3, bottom: 1, right: 6 },
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 3, left: 1, bottom: 3, right: 6 },
      ]),
    );
    for (const m of s.merges) {
      expect(m.top).toBeLessThanOrEqual(m.bottom);
      expect(m.left).toBeLessThanOrEqual(m.right);
    }
    expect(at(s, 0, 0).value).toBe("招商引资项目绩效目标表");
    // exceljs answers a continuation cell with its master's value; the model must not
    expect(at(s, 0, 1).value).toBeNull();
    expect(at(s, 1, 4).value).toBeNull();
    expect(at(s, 1, 3).value).toBe("招商引资");
  });

  it("reads the plan's percentages as the text cells they are", async () => {
    const wb = await readWorkbook(SEED);
    const s = sheetNamed(wb.sheets, "招商引资");
    expect(at(s, 5, 1)).toEqual({ value: "0%", text: "0%", format: "General" });
    expect(at(s, 5, 4)).toEqual({ value: "100%", text: "100%", format: "General" });
    expect(at(s, 2, 2).value).toBe("50万元");
    // labels keep their line breaks
    expect(at(s, 1, 0).value).toBe("项目\n\n编码");
  });

  it("places the grid at the first row and column holding anything", async () => {
    const one = await readWorkbook(SEED_ONE_SHEET);
    const s = one.sheets[0];
    expect(s.originRow).toBe(0);
    expect(s.originCol).toBe(0);
    // two 16-row tables, three blank rows between: rows 1–35
    expect(s.values.length).toBe(35);
    expect(Math.max(...s.values.map((r) => r.length))).toBe(7);
    expect(at(s, 19, 0).value).toBe("项目扶持资金绩效目标表");
    const text = sheetNamed((await readWorkbook(SEED)).sheets, "部门整体绩效目标");
    expect(Math.max(...text.values.map((r) => r.length))).toBe(1);
  });
});

describe("values, formats and displayed text", () => {
  let dir: string;
  beforeAll(() => {
    dir = tmpDir();
  });

  it("shows a formula saved without its result as the formula typed, not as a blank", async () => {
    const file = await writeWorkbook(path.join(dir, "formula.xlsx"), (wb) => {
      const ws = wb.addWorksheet("表");
      ws.getCell("A1").value = { formula: "100%" } as ExcelJS.CellValue;
      ws.getCell("A2").value = { formula: "1+1", result: 2 } as ExcelJS.CellValue;
      // as LibreOffice saves a 指标值 typed "=110%" and "=12台"
      ws.getCell("A3").value = { formula: "110%", result: 1.1 } as ExcelJS.CellValue;
      ws.getCell("A4").value = { formula: "12台", result: { error: "#NAME?" } } as ExcelJS.CellValue;
      ws.getCell("A5").value = { formula: "NOSUCH(1)", result: { error: "#NAME?" } } as ExcelJS.CellValue;
    });
    const s = (await readWorkbook(file)).sheets[0];
    expect(at(s, 0, 0).value).toBe("=100%");
    expect(at(s, 1, 0).value).toBe(2);
    expect(at(s, 2, 0).value).toBe("=110%");
    expect(at(s, 3, 0).value).toBe("=12台");
    expect(at(s, 4, 0).value).toBe("#NAME?");
  });

  it("offsets the grid to the used range", async () => {
    const file = await writeWorkbook(path.join(dir, "offset.xlsx"), (wb) => {
      const ws = wb.addWorksheet("表");
      ws.getCell("C5").value = "项目名称";
      ws.getCell("E9").value = 1;
      ws.mergeCells("C6:D7");
    });
    const s = (await readWorkbook(file)).sheets[0];
    expect(s.originRow).toBe(4);
    expect(s.originCol).toBe(2);
    expect(s.values.length).toBe(5); // rows 5..9
    expect(s.values[0].length).toBe(3); // columns C..E
    expect(at(s, 4, 2).value).toBe("项目名称");
    expect(at(s, 8, 4).value).toBe(1);
    expect(s.merges).toEqual([{ top: 5, left: 2, bottom: 6, right: 3 }]);
  });

  it("formats numbers as Excel shows them and keeps the raw value", async () => {
    const file = await writeWorkbook(path.join(dir, "formats.xlsx"), (wb) => {
      const ws = wb.addWorksheet("formats");
      const put = (addr: string, value: ExcelJS.CellValue, numFmt?: string) => {
        const c = ws.getCell(addr);
        c.value = value;
        if (numFmt) c.numFmt = numFmt;
      };
      put("A1", 0.25, "0%");
      put("A2", 1234.5, "#,##0.00");
      put("A3", 0.5, "0.0%");
      put("A4", 50);
      put("A5", 0.1 + 0.2);
      put("A6", true);
      put("A7", "文本");
      put("A8", 2200, '0"万元"');
    });
    const s = (await readWorkbook(file)).sheets[0];
    expect(at(s, 0, 0)).toEqual({ value: 0.25, text: "25%", format: "0%" });
    expect(at(s, 1, 0)).toEqual({ value: 1234.5, text: "1,234.50", format: "#,##0.00" });
    expect(at(s, 2, 0)).toEqual({ value: 0.5, text: "50.0%", format: "0.0%" });
    expect(at(s, 3, 0)).toEqual({ value: 50, text: "50", format: "General" });
    expect(at(s, 4, 0).text).toBe("0.3");
    expect(at(s, 5, 0)).toEqual({ value: true, text: "TRUE", format: "General" });
    expect(at(s, 6, 0)).toEqual({ value: "文本", text: "文本", format: "General" });
    expect(at(s, 7, 0)).toEqual({ value: 2200, text: "2200万元", format: '0"万元"' });
  });

  it("turns dates into 1900-system serial numbers with their displayed text", async () => {
    const file = await writeWorkbook(path.join(dir, "dates.xlsx"), (wb) => {
      const ws = wb.addWorksheet("dates");
      ws.getCell("A1").value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell("A1").numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell("A2").value = new Date(Date.UTC(2023, 5, 30, 12, 0, 0));
      ws.getCell("A2").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("A3").value = 45291;
      ws.getCell("A3").numFmt = "yyyy/m/d";
      // serials around Excel's fictitious 1900-02-29 (exceljs's own Dates are a day off there)
      ws.getCell("A4").value = 1;
      ws.getCell("A4").numFmt = "yyyy-mm-dd";
      ws.getCell("A5").value = 61;
      ws.getCell("A5").numFmt = "yyyy-mm-dd";
    });
    const s = (await readWorkbook(file)).sheets[0];
    expect(at(s, 0, 0)).toEqual({ value: 45291, text: "2023年12月31日", format: 'yyyy"年"m"月"d"日"' });
    expect(at(s, 1, 0).value).toBeCloseTo(45107.5, 9);
    expect(at(s, 1, 0).text).toBe("2023-06-30 12:00");
    expect(at(s, 2, 0)).toEqual({ value: 45291, text: "2023/12/31", format: "yyyy/m/d" });
    expect(at(s, 3, 0).value).toBe(1);
    expect(at(s, 3, 0).text).toBe("1900-01-01");
    expect(at(s, 4, 0)).toEqual({ value: 61, text: "1900-03-01", format: "yyyy-mm-dd" });
    for (const row of s.values) for (const v of row) expect(v).not.toBeInstanceOf(Date);
  });

  it("gives 1900-system serials for a workbook saved in the 1904 date system", async () => {
    const file = await writeWorkbook(path.join(dir, "d1904.xlsx"), (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("dates");
      ws.getCell("A1").value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell("A1").numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell("A2").value = 0.25;
      ws.getCell("A2").numFmt = "0%";
    });
    const detailed = await readWorkbookDetailed(file);
    expect(detailed.date1904).toBe(true);
    const s = detailed.workbook.sheets[0];
    expect(at(s, 0, 0)).toEqual({ value: 45291, text: "2023年12月31日", format: 'yyyy"年"m"月"d"日"' });
    expect(at(s, 1, 0)).toEqual({ value: 0.25, text: "25%", format: "0%" });
  });

  it("reads Chinese built-in date formats (numFmtId 31) that exceljs leaves without a code", async () => {
    // Make exceljs write the code as built-in id 31, as Chinese Excel does, then read it back.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const xform = require("exceljs/lib/xlsx/xform/style/numfmt-xform.js") as { getDefaultFmtId(code: string): number | undefined };
    const original = xform.getDefaultFmtId;
    xform.getDefaultFmtId = (code: string) => (code === 'yyyy"年"m"月"d"日"' ? 31 : original(code));
    let file: string;
    try {
      file = await writeWorkbook(path.join(dir, "builtin31.xlsx"), (wb) => {
        const ws = wb.addWorksheet("dates");
        ws.getCell("A1").value = 45291;
        ws.getCell("A1").numFmt = 'yyyy"年"m"月"d"日"';
      });
    } finally {
      xform.getDefaultFmtId = original;
    }
    const s = (await readWorkbook(file)).sheets[0];
    expect(at(s, 0, 0)).toEqual({ value: 45291, text: "2023年12月31日", format: 'yyyy"年"m"月"d"日"' });
  });

  it("flattens rich text, hyperlinks, formulas and errors to plain values", async () => {
    const file = await writeWorkbook(path.join(dir, "kinds.xlsx"), (wb) => {
      const ws = wb.addWorksheet("kinds");
      ws.getCell("A1").value = { richText: [{ text: "项目" }, { font: { bold: true }, text: "名称" }] };
      ws.getCell("A2").value = { text: "招商引资", hyperlink: "https://example.org/" };
      ws.getCell("A3").value = { formula: "B3*2", result: 100 };
      ws.getCell("B3").value = 50;
      ws.getCell("A4").value = { formula: "B4", result: 0.5 };
      ws.getCell("A4").numFmt = "0%";
      ws.getCell("A5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("A6").value = { error: "#N/A" };
      ws.getCell("A7").value = { formula: '"≥"&B3&"人"', result: "≥50人" };
      ws.getCell("A8").value = { formula: "B8" }; // no cached result
      ws.getCell("A9").value = { formula: "B3", result: 50, shareType: "shared", ref: "A9:A10" } as ExcelJS.CellValue;
      ws.getCell("A10").value = { sharedFormula: "A9", result: 60 } as ExcelJS.CellValue;
    });
    const s = (await readWorkbook(file)).sheets[0];
    expect(at(s, 0, 0).value).toBe("项目名称");
    expect(at(s, 1, 0).value).toBe("招商引资");
    expect(at(s, 2, 0).value).toBe(100);
    expect(at(s, 3, 0)).toEqual({ value: 0.5, text: "50%", format: "0%" });
    expect(at(s, 4, 0).value).toBe("#DIV/0!");
    expect(at(s, 5, 0).value).toBe("#N/A");
    expect(at(s, 6, 0).value).toBe("≥50人");
    expect(at(s, 7, 0).value).toBe("=B8"); // shown as typed (see the formula test above)
    expect(at(s, 8, 0).value).toBe(50);
    expect(at(s, 9, 0).value).toBe(60);
  });

  it("includes hidden sheets and names them", async () => {
    const file = await writeWorkbook(path.join(dir, "hidden.xlsx"), (wb) => {
      wb.addWorksheet("可见").getCell("A1").value = "a";
      wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "b";
      wb.addWorksheet("空表");
    });
    const r = await readWorkbookDetailed(file);
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(["可见", "隐藏", "空表"]);
    expect(r.hiddenSheets).toEqual(["隐藏"]);
    expect(r.workbook.sheets[2]).toEqual({ name: "空表", originRow: 0, originCol: 0, values: [], merges: [] });
    expect(r.workbook.sheets[1]).not.toHaveProperty("hidden");
  });

  it("converts an in-memory exceljs workbook (the browser path) the same way", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SEED);
    const model = workbookFromExcelJS(wb, "seed-2023.xlsx");
    expect(model).toEqual(await readWorkbook(SEED));
  });
});

describe("sniffing the bytes", () => {
  it("tells empty, old .xls, encrypted, zip and other files apart", () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(sniff(Buffer.alloc(0))).toBe("empty");
    expect(sniff(ole)).toBe("xls");
    const enc = Buffer.concat([ole, Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(64)]);
    expect(sniff(enc)).toBe("encrypted");
    expect(sniff(fs.readFileSync(SEED))).toBe("zip");
    expect(sniff(Buffer.from("项目名称,预算数\n招商引资,50\n"))).toBe("not-xlsx");
  });
});

describe("workbooks with charts", () => {
  // exceljs cannot write charts; openpyxl (which builds the shared fixtures) can.
  const python = "/usr/bin/python3";
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawnSync } = require("child_process") as typeof import("child_process");
  const hasOpenpyxl = fs.existsSync(python) && spawnSync(python, ["-c", "import openpyxl"]).status === 0;
  (hasOpenpyxl ? it : it.skip)("skips chart sheets and reads sheets with charts on them", async () => {
    const file = path.join(tmpDir(), "charts.xlsx");
    const script = `
import sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
wb = Workbook(); ws = wb.active; ws.title = "数据"
for i in range(1, 5): ws.append([i, i * i])
ch = BarChart(); ch.add_data(Reference(ws, min_col=2, min_row=1, max_row=4)); ws.add_chart(ch, "D2")
cs = wb.create_chartsheet("图表")
ch2 = BarChart(); ch2.add_data(Reference(ws, min_col=2, min_row=1, max_row=4)); cs.add_chart(ch2)
wb.create_sheet("后面")["B2"] = "项目名称"
wb.save(sys.argv[1])
`;
    const r = spawnSync(python, ["-c", script, file]);
    expect(r.status).toBe(0);
    const wb = await readWorkbook(file);
    expect(wb.sheets.map((s) => s.name)).toEqual(["数据", "后面"]);
    expect(at(wb.sheets[0], 3, 1).value).toBe(16);
    expect(at(wb.sheets[1], 1, 1).value).toBe("项目名称");
  });
});

describe("stray cells far from the table", () => {
  it("a lone space far below does not widen the grid", async () => {
    const file = await writeWorkbook(path.join(tmpDir(), "space.xlsx"), (wb) => {
      const ws = wb.addWorksheet("表");
      ws.getCell("A1").value = "项目名称";
      ws.getCell("B2").value = 1;
      ws.getCell("Z5000").value = " ";
    });
    const s = (await readWorkbook(file)).sheets[0];
    expect(s.values.length).toBe(2);
    expect(s.values[0].length).toBe(2);
  });

  it("a value at the sheet's far corner gives a sparse grid, not 17 billion cells", async () => {
    const file = await writeWorkbook(path.join(tmpDir(), "corner.xlsx"), (wb) => {
      const ws = wb.addWorksheet("表");
      ws.getCell("A1").value = "项目名称";
      ws.getCell("B1").value = "招商引资";
      ws.getCell("XFD1048576").value = "x";
    });
    const s = (await readWorkbook(file)).sheets[0];
    expect(s.values.length).toBe(1048576);
    expect(at(s, 0, 0).value).toBe("项目名称");
    expect(at(s, 0, 1).value).toBe("招商引资");
    expect(at(s, 0, 2).value).toBeNull();
    expect(at(s, 500, 3).value).toBeNull();
    expect(at(s, 1048575, 16383).value).toBe("x");
    let stored = 0;
    s.values.forEach((row) => row.forEach((v) => v !== undefined && stored++));
    expect(stored).toBeLessThan(10);
  });
});
