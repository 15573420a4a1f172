#!/usr/bin/env node
/**
 * Writes samples/空白模板.xlsx: the sample's first table with every value cell blanked (labels,
 * merges, borders and formats kept), as departments receive blank templates. Uses exceljs and the
 * engine's own detector to find the value cells. Run after `npm run build:cli`.
 */
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");
const { readWorkbook } = require("../dist/file/read-xlsx");
const { checkWorkbook } = require("../dist/engine/check");
const { toA1 } = require("../dist/engine/address");

async function main() {
  const src = path.join(__dirname, "..", "samples", "商务局2023.xlsx");
  const model = await readWorkbook(src);
  const table = checkWorkbook(model).tables[0];
  const cells = [];
  const push = (f) => f && cells.push(toA1(f.row, f.col));
  push(table.code);
  push(table.name);
  for (const f of [table.budget.total, ...table.budget.parts]) push(f);
  push(table.budget.purpose);
  for (const m of table.plan.milestones) push(m.value);
  for (const g of table.goals.goals) push(g.text);
  for (const i of table.indicators) for (const f of [i.name, i.description, i.value, i.basis]) push(f);
  for (const i of table.indicators) if (i.level2Cell) cells.push(toA1(i.level2Cell.row, i.level2Cell.col));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  for (const ws of [...wb.worksheets]) if (ws.name !== table.sheet) wb.removeWorksheet(ws.id);
  const ws = wb.getWorksheet(table.sheet);
  ws.name = "绩效目标表";
  ws.getCell("A1").value = "项目绩效目标表";
  for (const a of cells) ws.getCell(a).value = null;
  await wb.xlsx.writeFile(path.join(__dirname, "..", "samples", "空白模板.xlsx"));
  console.log(`samples/空白模板.xlsx: ${cells.length} value cells blanked`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
