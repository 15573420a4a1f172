import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";
import { pythonCorpus } from "../helpers/python-corpus";

/**
 * The other kinds' corpus (test/corpus/make_kinds.py): 自评表, 监控表 and 部门整体目标表 in the
 * layouts of real exports, written by openpyxl and re-saved by LibreOffice; kinds and findings
 * (every severity) must be exactly the expected ones.
 */
const { hasOpenpyxl, dir, names, writers } = pythonCorpus(path.join(__dirname, "../corpus/make_kinds.py"), "jixiao-kinds-");

interface Expected {
  tables: { sheet: string; kind: string }[];
  findings: { rule: string; sheet: string; cell: string }[];
}

(hasOpenpyxl ? describe : describe.skip).each(writers)("written by %s", (_writer, from) => {
  test.each(names)("%s: kinds and findings exact", async (name) => {
    const expected: Expected = JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), "utf8"));
    const res = checkWorkbook(await readWorkbook(path.join(from, `${name}.xlsx`)));
    expect(res.tables.map((t) => ({ sheet: t.sheet, kind: t.kind }))).toEqual(expected.tables);
    const key = (f: { rule: string; sheet: string; cell: string }) => `${f.sheet}!${f.cell} ${f.rule}`;
    expect(res.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
  });
});

test("the corpus was built (openpyxl present), or this machine has no openpyxl", () => {
  expect(hasOpenpyxl ? names.length : 6).toBe(6);
});
