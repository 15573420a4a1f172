import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { createExcelHost, snapshotWorkbook } from "../../../src/demo/host";
import { XlsxImportError, readXlsx, charsToPoints, pointsToChars } from "../../../src/demo/page/xlsx-import";
import { writeXlsx } from "../../../src/demo/page/xlsx-export";
import { readWorkbook } from "../../../src/file/read-xlsx";
import { checkWorkbook } from "../../../src/engine/check";
import { hostWorkbookFromModel } from "../../../src/demo/host";

const SAMPLE = path.join(__dirname, "../../../samples/商务局2023.xlsx");

describe("the demo's .xlsx reader and writer (exceljs, as in the browser)", () => {
  test("reads the sample with its layout: values as the engine reads them, merges, fonts, borders, sizes", async () => {
    const { workbook, warnings } = await readXlsx(ExcelJS, fs.readFileSync(SAMPLE), "商务局2023.xlsx");
    expect(warnings).toEqual([]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["部门整体绩效目标", "招商引资", "项目扶持资金"]);
    const s = workbook.sheets[1];
    expect(s.merges).toContain("A1:G1");
    expect(s.cells.A1).toMatchObject({ value: "招商引资项目绩效目标表", font: { name: "黑体", bold: true, size: 16 } });
    expect(s.cells.B6).toMatchObject({ value: "0%", horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true });
    expect(s.cells.B3.borders?.EdgeTop).toEqual({ style: "Continuous", weight: "Thin" });
    expect(s.columnWidths?.A).toBe(charsToPoints(14));
    expect(s.rowHeights?.["1"]).toBe(32);
    // The same values the engine gets from the command line's reader.
    const engine = hostWorkbookFromModel(await readWorkbook(SAMPLE));
    for (const [i, sheet] of engine.sheets.entries()) {
      const values = (cells: typeof sheet.cells) =>
        Object.fromEntries(
          Object.entries(cells)
            .filter(([, c]) => c.value !== undefined)
            .map(([k, c]) => [k, [c.value, c.text]]),
        );
      expect(values(workbook.sheets[i].cells)).toEqual(values(sheet.cells));
    }
    expect(() => createExcelHost(workbook)).not.toThrow();
  });

  test("what it writes reads back the same, and checks the same", async () => {
    const first = await readXlsx(ExcelJS, fs.readFileSync(SAMPLE), "商务局2023.xlsx");
    const s = first.workbook.sheets[1];
    s.cells.B6 = { ...s.cells.B6, fill: { color: "#FFEB9C" } };
    s.notes = { B6: { content: "【绩效目标表助手】计划后置" } };
    s.cells.H2 = { value: 0.25, numberFormat: "0.00%", text: "25.00%" };
    s.cells.H3 = { value: 3, formula: "=SUM(H4:H5)" };
    s.cells.H6 = { value: "是", dataValidation: { rule: { list: { inCellDropDown: true, source: "是,否" } } } };
    s.cells.H7 = { value: "B6", hyperlink: { documentReference: "'招商引资'!B6" } };
    const bytes = await writeXlsx(ExcelJS, first.workbook);
    const file = path.join(__dirname, "../../../test-output/demo-roundtrip.xlsx");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    const second = await readXlsx(ExcelJS, bytes, "商务局2023.xlsx");
    const a = snapshotWorkbook(first.workbook);
    const b = snapshotWorkbook(second.workbook);
    expect(b.sheets.map((x) => x.name)).toEqual(a.sheets.map((x) => x.name));
    for (let i = 0; i < a.sheets.length; i++) {
      expect(b.sheets[i].cells).toEqual(a.sheets[i].cells);
      expect(b.sheets[i].merges).toEqual(a.sheets[i].merges);
      expect(b.sheets[i].notes).toEqual(a.sheets[i].notes);
      expect(b.sheets[i].rowHeights).toEqual(a.sheets[i].rowHeights);
      for (const [col, pt] of Object.entries(a.sheets[i].columnWidths ?? {})) expect(b.sheets[i].columnWidths?.[col]).toBeCloseTo(pt, 0);
    }
    const findings = (wb: Awaited<ReturnType<typeof readWorkbook>>) => checkWorkbook(wb).findings.map((f) => `${f.sheet}!${f.cell}|${f.rule}`);
    expect(findings(await readWorkbook(file))).toEqual(findings(await readWorkbook(SAMPLE)));
  });

  test("a protected sheet stays protected, with its unlocked cells editable and its password kept through a download", async () => {
    const src = new ExcelJS.Workbook();
    const ws = src.addWorksheet("受保护");
    ws.getCell("A1").value = "项目名称";
    ws.getCell("B1").value = "x";
    ws.getCell("B2").protection = { locked: false };
    await ws.protect("密码", { selectLockedCells: true, selectUnlockedCells: true });
    src.addWorksheet("未保护").getCell("A1").value = 1;
    const { workbook } = await readXlsx(ExcelJS, new Uint8Array(await src.xlsx.writeBuffer()), "p.xlsx");
    const [locked, open] = workbook.sheets;
    expect([locked.protected, open.protected]).toEqual([true, undefined]);
    expect(locked.cells.B2).toEqual({ locked: false });
    expect(locked.cells.B1.locked).toBeUndefined();
    expect(locked.protectionOptions).toMatchObject({ algorithmName: "SHA-512", hashValue: expect.any(String) });

    const host = createExcelHost(workbook);
    expect(() => host.userEdit("受保护", "B1", "y")).toThrow(/B1 is locked/);
    await host.userEdit("受保护", "B2", "填写");
    expect(host.cell("受保护", "B2")).toMatchObject({ value: "填写", locked: false });
    await host.userEdit("未保护", "A1", 2);

    const back = await readXlsx(ExcelJS, await writeXlsx(ExcelJS, host.workbook), "p.xlsx");
    expect(back.workbook.sheets[0].protected).toBe(true);
    expect(back.workbook.sheets[0].protectionOptions).toEqual(locked.protectionOptions);
    expect(back.workbook.sheets[0].cells.B2).toEqual({ value: "填写", locked: false });
    expect(back.workbook.sheets[1].protected).toBeUndefined();
  });

  test("formula conditional formats (the add-in's marks) read back as they were written, in priority order", async () => {
    const { workbook } = await readXlsx(ExcelJS, fs.readFileSync(SAMPLE), "商务局2023.xlsx");
    const marks = [
      { id: "{CF-a}", type: "Custom" as const, ranges: ["B6", "E14:E15"], formula: '=N("jixiao-mark:error")=0', fill: "#FFC7CE" },
      { id: "{CF-b}", type: "Custom" as const, ranges: ["C7"], formula: '=N("jixiao-mark:warning")=0', fill: "#FFEB9C", fontColor: "#9C5700" },
    ];
    workbook.sheets[1].conditionalFormats = marks;
    const back = await readXlsx(ExcelJS, await writeXlsx(ExcelJS, workbook), "商务局2023.xlsx");
    expect(back.workbook.sheets[1].conditionalFormats?.map(({ id: _id, ...cf }) => cf)).toEqual(marks.map(({ id: _id, ...cf }) => cf));
    expect(back.workbook.sheets[0].conditionalFormats).toBeUndefined();
    expect(() => createExcelHost(back.workbook)).not.toThrow();
  });

  test("column widths: characters ⇄ points", () => {
    for (const w of [8.43, 9.14, 10, 13, 14, 20, 34, 110]) expect(pointsToChars(charsToPoints(w))).toBe(w);
  });

  test.each<[string, Uint8Array, RegExp]>([
    ["empty", new Uint8Array(0), /文件是空的/],
    ["text", new TextEncoder().encode("hello"), /这不是 \.xlsx 工作簿文件/],
    ["old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /旧版 Excel 文件/],
    ["a cut zip", new Uint8Array(fs.readFileSync(SAMPLE).subarray(0, 3000)), /文件可能已损坏/],
  ])("a bad file (%s) is refused with a message", async (_, bytes, message) => {
    const e = await readXlsx(ExcelJS, bytes, "x.xlsx").catch((err: unknown) => err);
    expect(e).toBeInstanceOf(XlsxImportError);
    expect((e as XlsxImportError).zh).toMatch(message);
    expect((e as XlsxImportError).en).not.toBe("");
  });
});
