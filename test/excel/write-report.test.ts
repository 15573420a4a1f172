import { rules } from "../../src/engine/rules";
/** writeReport: a new sheet, one row per finding, working links, a unique name, few syncs. */

import { ExcelHost } from "../../src/demo/host";
import { parseRect } from "../../src/demo/host/a1";
import { checkWorkbook } from "../../src/engine/check";
import type { Finding } from "../../src/engine/rule";
import { createOfficePort } from "../../src/excel/office-workbook";
import { REPORT_COLUMNS, REPORT_HEADER_ROWS } from "../../src/excel/write-report";
import { hostFromSheets, install, sampleWorkbook } from "./host-from-sheets";
import { findingAt } from "../helpers/finding";

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

const finding = (sheet: string, cell: string, message: string, severity: Finding["severity"] = "warning"): Finding =>
  findingAt(sheet, cell, { message, severity });

/**
 * Follows a documentReference ("'Sheet'!C7") the way Excel would: a sheet name needs quotes unless it
 * is letters, digits, "_" and "." not starting with a digit; inside quotes a ' is doubled. The sheet
 * must exist and the cell must parse.
 */
function follow(h: ExcelHost, ref: string): { sheet: string; cell: string } {
  let sheet: string;
  let cell: string;
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
  if (quoted) {
    sheet = quoted[1].replace(/''/g, "'");
    cell = quoted[2];
  } else {
    const bare = /^([\p{L}_][\p{L}\p{N}_.]*)!(.+)$/u.exec(ref);
    if (!bare) throw new Error(`Excel could not follow ${ref}`);
    [, sheet, cell] = bare;
  }
  expect(parseRect(cell)).not.toBeNull();
  return { sheet: h.sheet(sheet).name, cell };
}

it("lists every finding of the sample with a working link to its cell, in 2 syncs", async () => {
  const wb = await sampleWorkbook();
  ({ host, uninstall } = install(hostFromSheets(wb)));
  const before = host.snapshot();
  const port = createOfficePort({ now: () => new Date(2024, 4, 6, 9, 30) });
  const result = checkWorkbook((await port.readWorkbook()).workbook);
  expect(result.findings).toHaveLength(5);

  host.resetStats();
  const name = await port.writeReport(result);
  expect(name).toBe("检查报告");
  expect(host.stats.syncCalls).toBe(2);
  expect(host.workbook.activeSheet).toBe("检查报告");

  const s = host.sheet(name);
  const at = (r: number, c: number) => host.cell(name, `${String.fromCharCode(65 + c)}${r + 1}`);
  expect(at(0, 0)?.value).toBe("绩效目标表检查报告");
  expect(at(1, 0)?.value).toBe("检查时间：2024-05-06 09:30");
  expect(String(at(2, 0)?.value)).toContain("5 个问题");
  expect(REPORT_COLUMNS.map((_, c) => at(REPORT_HEADER_ROWS - 1, c)?.value)).toEqual(["级别", "规则", "工作表", "单元格", "说明", "表类型"]);

  result.findings.forEach((f, i) => {
    const r = REPORT_HEADER_ROWS + i;
    expect([0, 1, 2, 3, 4, 5].map((c) => at(r, c)?.value)).toEqual([
      "警告",
      rules.find((x) => x.meta.id === f.rule)!.meta.name.zh,
      f.sheet,
      f.cell,
      f.message,
      "项目绩效目标表",
    ]);
    const link = at(r, 3)?.hyperlink;
    expect(link?.textToDisplay).toBe(f.cell);
    expect(follow(host, link!.documentReference!)).toEqual({ sheet: f.sheet, cell: f.cell });
  });
  // Exactly one row per finding: nothing below the last one.
  expect(at(REPORT_HEADER_ROWS + result.findings.length, 0)).toBeUndefined();
  expect(s.frozenRows).toBe(REPORT_HEADER_ROWS);

  // The checked sheets are untouched.
  const after = host.snapshot();
  expect(after.sheets.filter((x) => x.name !== name)).toEqual(before.sheets);
});

it("takes a unique name when 检查报告 exists (ignoring case), and quotes odd sheet names in links", async () => {
  ({ host, uninstall } = install({
    sheets: [
      { name: "检查报告", cells: {} },
      { name: "检查报告 (2)", cells: {} },
      { name: "It's 2023", cells: { A1: { value: 1 } } },
      { name: "2023", cells: {} },
    ],
  }));
  const port = createOfficePort();
  const findings = [finding("It's 2023", "A1", "=不是公式", "error"), finding("2023", "B2", "25%", "info")];
  const name = await port.writeReport({ tables: [], summaries: [], findings });
  expect(name).toBe("检查报告 (3)");
  const row = REPORT_HEADER_ROWS + 1;
  expect(host.cell(name, `A${row}`)?.value).toBe("错误");
  expect(host.cell(name, `E${row}`)?.value).toBe("=不是公式"); // text, not a formula
  expect(host.cell(name, `E${row}`)?.formula).toBeUndefined();
  expect(host.cell(name, `C${row + 1}`)?.value).toBe("2023"); // text, not the number 2023
  expect(host.cell(name, `E${row + 1}`)?.value).toBe("25%");
  expect(follow(host, host.cell(name, `D${row}`)!.hyperlink!.documentReference!)).toEqual({ sheet: "It's 2023", cell: "A1" });
  expect(follow(host, host.cell(name, `D${row + 1}`)!.hyperlink!.documentReference!)).toEqual({ sheet: "2023", cell: "B2" });
});

it("writes a report for a clean workbook too", async () => {
  ({ host, uninstall } = install({ sheets: [{ name: "S", cells: {} }] }));
  const name = await createOfficePort().writeReport({ name: "a.xlsx", tables: [], summaries: [], findings: [] });
  expect(String(host.cell(name, "A3")?.value)).toContain("未发现问题");
  expect(host.cell(name, `A${REPORT_HEADER_ROWS + 1}`)).toBeUndefined();
});

it("names each finding's table kind (自评表, 监控表, 部门整体目标表)", async () => {
  ({ host, uninstall } = install({ sheets: [{ name: "S", cells: {} }] }));
  const findings: Finding[] = [
    { ...finding("S", "A1", "m"), kind: "self-evaluation" },
    { ...finding("S", "A2", "m"), kind: "monitoring" },
    { ...finding("S", "A3", "m"), kind: "department" },
  ];
  const name = await createOfficePort().writeReport({ tables: [], summaries: [], findings });
  expect([1, 2, 3].map((i) => host.cell(name, `F${REPORT_HEADER_ROWS + i}`)?.value)).toEqual(["自评表", "监控表", "部门整体目标表"]);
});

describe("a second export", () => {
  const first = [finding("S", "A1", "第一次的问题一"), finding("S", "A2", "第一次的问题二"), finding("S", "A3", "第一次的问题三", "error")];
  const second = [finding("S", "B1", "第二次的问题", "info")];

  it("finds the earlier report and replaces it in place: same sheet, same position, only the new rows, no 检查报告 (2)", async () => {
    ({ host, uninstall } = install({
      sheets: [
        { name: "S", cells: {} },
        { name: "T", cells: {} },
      ],
    }));
    const port = createOfficePort();
    expect(await port.existingReport!()).toBeNull();
    const name = await port.writeReport({ tables: [], summaries: [], findings: first });
    // the user moves the report to the front
    host.workbook.sheets.unshift(
      ...host.workbook.sheets.splice(
        host.workbook.sheets.findIndex((s) => s.name === name),
        1,
      ),
    );
    const order = host.workbook.sheets.map((s) => s.name);
    expect(await port.existingReport!()).toBe(name);
    host.resetStats();
    expect(await port.writeReport({ tables: [], summaries: [], findings: second }, { replace: name })).toBe(name);
    expect(host.stats.syncCalls).toBe(3);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(order);
    const row = REPORT_HEADER_ROWS + 1;
    expect(host.cell(name, `E${row}`)?.value).toBe("第二次的问题");
    expect(host.cell(name, `A${row}`)?.value).toBe("提示");
    // the first report's further rows, links and fills are gone
    for (const r of [row + 1, row + 2]) {
      expect(host.cell(name, `E${r}`)?.value ?? null).toBeNull();
      expect(host.cell(name, `D${r}`)?.hyperlink).toBeUndefined();
      expect(host.cell(name, `A${r}`)?.fill).toBeUndefined();
    }
    expect(String(host.cell(name, "A3")?.value)).toContain("1 个问题");
  });

  it("leaves alone a report the user renamed, and a sheet named 检查报告 that is not a report", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells: {} }] }));
    const port = createOfficePort();
    const name = await port.writeReport({ tables: [], summaries: [], findings: first });
    host.workbook.sheets.find((s) => s.name === name)!.name = "三月报告";
    expect(await port.existingReport!()).toBeNull();
    const before = host.snapshot().sheets.find((s) => s.name === "三月报告");

    ({ host, uninstall } = install({ sheets: [{ name: "检查报告", cells: { A1: { value: "我的检查记录" } } }] }));
    const own = createOfficePort();
    expect(await own.existingReport!()).toBeNull();
    // even if asked to replace it, a sheet that is no longer a report gets a new report beside it
    expect(await own.writeReport({ tables: [], summaries: [], findings: second }, { replace: "检查报告" })).toBe("检查报告 (2)");
    expect(host.cell("检查报告", "A1")?.value).toBe("我的检查记录");
    expect(before).toBeDefined();
  });
});
