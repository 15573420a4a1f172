import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { readWorkbook } from "../../src/file/read-xlsx";
import { checkWorkbook } from "../../src/engine/check";

/**
 * The other kinds' corpus (test/corpus/make_kinds.py): 自评表, 监控表 and 部门整体目标表 in the
 * layouts of real exports, written by openpyxl and re-saved by LibreOffice; kinds and findings
 * (every severity) must be exactly the expected ones.
 */

const PYTHON = "/usr/bin/python3";
const hasOpenpyxl = (() => {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => fs.existsSync(p));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-kinds-"));
if (hasOpenpyxl) {
  execFileSync(PYTHON, [path.join(__dirname, "../corpus/make_kinds.py"), dir], { stdio: "ignore" });
  if (soffice) {
    execFileSync(
      soffice,
      [
        "--headless",
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--convert-to",
        "xlsx",
        "--outdir",
        path.join(dir, "lo"),
        ...fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".xlsx"))
          .map((f) => path.join(dir, f)),
      ],
      {
        stdio: "ignore",
        timeout: 240000,
      },
    );
  }
}
const names = hasOpenpyxl
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => f.replace(/\.xlsx$/, ""))
  : [];

interface Expected {
  tables: { sheet: string; kind: string }[];
  findings: { rule: string; sheet: string; cell: string }[];
}

const writers: [string, string][] = [["openpyxl", dir]];
if (soffice) writers.push(["LibreOffice", path.join(dir, "lo")]);

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
