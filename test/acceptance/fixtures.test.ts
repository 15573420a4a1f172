import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";

/**
 * The public fixtures (the source document's two tables as real .xlsx) must give exactly the
 * tables and findings of their expected.json: rule, severity, sheet and cell, nothing more.
 * Also the sample shipped in the repo, which is the same workbook.
 */
const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");
const cases = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".expected.json")) : [];

interface Expected {
  file: string;
  tables: { sheet: string; title: string; name: string; range: string }[];
  findings: { rule: string; severity: string; sheet: string; cell: string }[];
}

const key = (f: { rule: string; severity: string; sheet: string; cell: string }) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity}`;

describe.each(cases)("fixture %s", (name) => {
  const expected: Expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8"));
  test("tables and findings are exactly the expected ones", async () => {
    const wb = await readWorkbook(path.join(FIXTURES, expected.file));
    const res = checkWorkbook(wb);
    expect(res.summaries.map((s) => ({ sheet: s.sheet, title: s.title, name: s.project.name, range: s.range }))).toEqual(expected.tables);
    expect(res.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
  });
});

test("the sample shipped in the repo checks like the seed fixture", async () => {
  const wb = await readWorkbook(path.resolve(__dirname, "../../samples/商务局2023.xlsx"));
  const res = checkWorkbook(wb);
  expect(res.tables).toHaveLength(2);
  expect(res.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(res.findings.map((f) => f.rule).sort()).toEqual(
    ["goal/duplicate-across-tables", "goal/duplicate-across-tables", "indicator/cost-not-monetary", "plan/back-loaded", "plan/back-loaded"],
  );
});
