import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { rangeA1 } from "../../src/engine/address";
import { pythonCorpus } from "../helpers/python-corpus";

/**
 * The export-layout corpus (test/corpus/make_layouts.py): one or more workbooks per layout digest
 * of shared/research/export-layouts (安徽, 天津, 湖北, 浙江 and the generic templates; 项目 目标表, 自评表,
 * 监控表, 部门整体 目标表 / 自评表 / 监控表), with a second region's variations (header wording, repeated or merged labels, a list
 * beside, 说明 rows under, tables stacked one or two blank rows apart), written by openpyxl and
 * re-saved by LibreOffice. Each table's kind, name, range and every indicator row read, and the
 * findings (every severity), must be exactly the expected ones.
 */
const { hasOpenpyxl, dir, names, writers } = pythonCorpus(path.join(__dirname, "../corpus/make_layouts.py"), "jixiao-layouts-");

interface Expected {
  tables: { sheet: string; kind: string; name: string; range: string; indicators: string[] }[];
  findings: { rule: string; sheet: string; cell: string }[];
}

(hasOpenpyxl ? describe : describe.skip).each(writers)("written by %s", (_writer, from) => {
  test.each(names)("%s: tables, indicator rows and findings exact", async (name) => {
    const expected: Expected = JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), "utf8"));
    const res = checkWorkbook(await readWorkbook(path.join(from, `${name}.xlsx`)));
    const tables = res.tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      name: t.name?.cell.text.trim() ?? "",
      range: rangeA1(t.range),
      indicators: t.indicators.map((i) => i.name.cell.text.trim()),
    }));
    expect(tables).toEqual(expected.tables);
    const key = (f: { rule: string; sheet: string; cell: string }) => `${f.sheet}!${f.cell} ${f.rule}`;
    expect(res.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
  });
});

test("the corpus was built (openpyxl present), or this machine has no openpyxl", () => {
  expect(hasOpenpyxl ? names.length : 55).toBe(55);
});
