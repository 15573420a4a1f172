/**
 * @jest-environment node
 *
 * The batch mode's file reader on real bytes: an .xlsx written by exceljs, a CSV saved as GB18030
 * (Chinese Excel and WPS), and files that are not lists.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { ListFileError, decodeText, sheetsFromFile } from "../../src/taskpane/wizard/list-file";
import { readProjectList } from "../../src/engine/project-list";

const CSV = fs.readFileSync(path.join(__dirname, "../../samples/项目清单.csv"), "utf8");
const rows = CSV.trim()
  .split(/\r?\n/)
  .map((l) => l.split(",").map((v, i) => (i > 0 && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v === "" ? null : v)));

function toArrayBuffer(b: Uint8Array): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

test("an .xlsx list (second sheet) reads as the same projects as the CSV", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("封面").getCell("A1").value = "2024年项目清单";
  const ws = wb.addWorksheet("清单");
  for (const r of rows) ws.addRow(r);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const sheets = await sheetsFromFile("清单.xlsx", toArrayBuffer(bytes));
  expect(sheets.map((s) => s.name)).toEqual(["封面", "清单"]);
  const list = readProjectList(sheets[1], { year: 2024 })!;
  const fromCsv = readProjectList((await sheetsFromFile("清单.csv", toArrayBuffer(new TextEncoder().encode(CSV))))[0], { year: 2024 })!;
  expect(list.rows.map((r) => r.spec)).toEqual(fromCsv.rows.map((r) => r.spec));
  expect(list.rows).toHaveLength(3);
});

test("a CSV saved as GB18030 decodes; UTF-8 with a BOM too", () => {
  const gb = new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6]); // 项目名称 in GB18030
  expect(decodeText(gb)).toBe("项目名称");
  expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("项目名称")]))).toBe("项目名称");
});

test("other files are refused: a wrong type, a broken .xlsx", async () => {
  await expect(sheetsFromFile("清单.docx", new ArrayBuffer(4))).rejects.toEqual(new ListFileError("type"));
  await expect(sheetsFromFile("清单.xlsx", toArrayBuffer(new TextEncoder().encode("not a zip")))).rejects.toMatchObject({ problem: "unreadable" });
});
