/**
 * @jest-environment node
 *
 * End to end, in Chromium: opening .xlsx files with the demo's file picker (exceljs in the browser)
 * and downloading the workbook back, read in Node with exceljs and checked again by the engine.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { ROOT, checkWorkbook as checkInPane, describeBrowser, findingKeys, openDemo, outPath, summary, td, useDemo } from "./harness";

jest.setTimeout(90_000);

const SAMPLE = path.join(ROOT, "samples", "商务局2023.xlsx");
const NAME = "上传测试2023.xlsx";

/** The sample with a user's own fill, note and dropdown added: they must survive the round trip. */
async function makeInput(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet("招商引资")!;
  ws.getCell("I5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  ws.getCell("I5").note = "用户自己的批注";
  ws.getCell("I6").value = 0.25;
  ws.getCell("I6").numFmt = "0.00%";
  ws.getCell("I7").value = 1234.5;
  ws.getCell("I7").numFmt = "#,##0.00";
  ws.getCell("A20").value = "是否上报";
  ws.getCell("B20").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  const file = outPath(NAME);
  await wb.xlsx.writeFile(file);
  return file;
}

function argb(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  return f && f.type === "pattern" && f.pattern !== "none" ? (f.fgColor?.argb ?? undefined) : undefined;
}

function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as string | { texts?: { text: string }[] } | undefined;
  if (!n) return "";
  return typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
}

describeBrowser("browser demo: opening and downloading .xlsx files", () => {
  const session = useDemo();

  test("opens an .xlsx from disk, checks it, writes a report, and downloads it with the marks, notes and the new sheet", async () => {
    const input = await makeInput();
    const d = await openDemo(session());
    await d.page.getByTestId("open-file").setInputFiles(input);
    await d.page
      .getByTestId("message-info")
      .filter({ hasText: `已打开 ${NAME}` })
      .waitFor();
    await d.page.evaluate(() => window.__jixiaoDemo!.ready());
    expect(await d.page.getByTestId("file-name").innerText()).toBe(NAME);

    // The user's own fill and note are shown.
    await d.page.getByRole("tab", { name: "招商引资" }).click();
    expect(await td(d, "I5").getAttribute("data-fill")).toBe("#D9E1F2");
    expect(await td(d, "I5").getAttribute("data-note")).toBe("1");
    expect(await td(d, "I6").innerText()).toBe("25.00%");
    expect(await td(d, "I7").innerText()).toBe("1,234.50");

    await checkInPane(d);
    expect(await summary(d)).toEqual({ tables: 2, errors: 0, warnings: 5, infos: 0 });
    await d.pane.getByRole("button", { name: "导出检查报告" }).click();
    await d.page.getByRole("tab", { name: "检查报告" }).waitFor();
    expect(await d.page.getByRole("tab", { selected: true }).innerText()).toBe("检查报告");
    await d.page.screenshot({ path: outPath("report-sheet.png") });

    const [download] = await Promise.all([d.page.waitForEvent("download"), d.page.getByTestId("download").click()]);
    expect(download.suggestedFilename()).toBe(NAME);
    const saved = outPath(`downloaded-${NAME}`);
    await download.saveAs(saved);
    await d.page.getByTestId("message-info").filter({ hasText: "已下载" }).waitFor();
    await d.context.close();

    // Read back in Node.
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(SAMPLE);
    const srcWs = src.getWorksheet("招商引资")!;
    const srcBorder = srcWs.getCell("B3").border?.top?.style;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["部门整体绩效目标", "招商引资", "项目扶持资金", "检查报告"]);
    const ws = wb.getWorksheet("招商引资")!;
    // The add-in's marks: its warning conditional format and its note, on the findings' cells; the
    // cells' own fills are untouched.
    const markRefs = (w: ExcelJS.Worksheet) =>
      (
        (w as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] })
          .conditionalFormattings ?? []
      )
        .filter((c) => c.rules.some((r) => (r.formulae ?? []).some((f) => f.includes("jixiao-mark")) && r.style?.fill?.bgColor?.argb === "FFFFEB9C"))
        .flatMap((c) => c.ref.split(/[ ,]+/));
    expect(markRefs(ws)).toEqual(expect.arrayContaining(["B6", "E14"]));
    expect(argb(ws.getCell("B6"))).toBeUndefined();
    for (const cell of ["B6", "E14"]) {
      expect(noteText(ws.getCell(cell))).toMatch(/^【绩效目标表助手】/);
    }
    expect(markRefs(wb.getWorksheet("项目扶持资金")!)).toEqual(expect.arrayContaining(["C7"]));
    // The user's own things, untouched.
    expect(argb(ws.getCell("I5"))).toBe("FFD9E1F2");
    expect(noteText(ws.getCell("I5"))).toBe("用户自己的批注");
    expect(ws.getCell("B20").dataValidation).toMatchObject({ type: "list", formulae: ['"是,否"'] });
    // Layout and formats.
    expect(ws.getCell("B6").value).toBe("0%");
    expect([ws.getCell("I6").value, ws.getCell("I6").numFmt]).toEqual([0.25, "0.00%"]);
    expect([ws.getCell("I7").value, ws.getCell("I7").numFmt]).toEqual([1234.5, "#,##0.00"]);
    expect(ws.getCell("B3").font).toMatchObject({ name: "宋体", bold: true });
    expect(ws.getCell("B6").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("B3").border?.top?.style).toBe(srcBorder);
    expect(Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges)).toEqual(expect.arrayContaining(["A1", "A5", "C7"]));
    for (let c = 1; c <= 7; c++) expect(ws.getColumn(c).width).toBeCloseTo(srcWs.getColumn(c).width!, 0);
    expect(ws.getRow(1).height).toBe(srcWs.getRow(1).height);
    // The report sheet the pane wrote.
    const report = wb.getWorksheet("检查报告")!;
    expect(String(report.getCell("A1").value)).toBe("绩效目标表检查报告");
    const rows: string[] = [];
    report.eachRow((row, n) => {
      if (n > 5) rows.push(`${row.getCell(1).text}|${row.getCell(2).text}|${row.getCell(3).text}|${row.getCell(4).text}`);
    });
    expect(rows).toHaveLength(5);
    expect(rows).toContain("警告|支出进度偏后|招商引资|B6");

    // The engine reads the downloaded file as it read the original: the same tables and findings.
    const again = checkWorkbook(await readWorkbook(saved));
    expect(again.tables).toHaveLength(2);
    expect(again.findings.map((f) => `${f.sheet}!${f.cell}|${f.rule}`).sort()).toEqual((await findingKeysOf(input)).sort());
  });

  test("a file that is not an .xlsx gets a clear message and the open workbook stays", async () => {
    const d = await openDemo(session());
    await d.page.getByTestId("open-file").setInputFiles({
      name: "不是工作簿.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from("这不是一个 Excel 文件"),
    });
    expect(await d.page.getByTestId("message-error").innerText()).toBe("无法打开 不是工作簿.xlsx：这不是 .xlsx 工作簿文件。");

    const truncated = fs.readFileSync(SAMPLE).subarray(0, 2000);
    await d.page.getByTestId("open-file").setInputFiles({ name: "损坏.xlsx", mimeType: "application/octet-stream", buffer: truncated });
    await d.page.getByTestId("message-error").filter({ hasText: "损坏.xlsx" }).waitFor();
    expect(await d.page.getByTestId("message-error").innerText()).toBe("无法打开 损坏.xlsx：无法读取这个 .xlsx 文件：文件可能已损坏。");

    await d.page
      .getByTestId("open-file")
      .setInputFiles({ name: "旧版.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]) });
    await d.page.getByTestId("message-error").filter({ hasText: "旧版.xls" }).waitFor();
    expect(await d.page.getByTestId("message-error").innerText()).toBe("无法打开 旧版.xls：请选择 .xlsx 文件。");

    // Still on the sample, with a working pane.
    expect(await d.page.getByTestId("file-name").innerText()).toBe("商务局2023.xlsx");
    await checkInPane(d);
    expect((await findingKeys(d)).length).toBe(5);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});

async function findingKeysOf(file: string): Promise<string[]> {
  return checkWorkbook(await readWorkbook(file)).findings.map((f) => `${f.sheet}!${f.cell}|${f.rule}`);
}
