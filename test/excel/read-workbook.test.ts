/** readWorkbook / readSheet over the strict host: equal to a file read, fixed syncs, limits. */

import { ExcelHost, cellsFromRows } from "../../src/demo/host";
import { checkWorkbook } from "../../src/engine/check";
import { createOfficePort } from "../../src/excel/office-workbook";
import type { ReadProgress } from "../../src/excel/port";
import { hostFromSheets, install, manyTables, sampleWorkbook } from "./host-from-sheets";

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function strip<T extends { findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[] }>(r: T) {
  return r.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.message]);
}

describe("reading the two-table sample", () => {
  it("gives a model on which the engine finds the same 2 tables and 5 findings as reading the file", async () => {
    const fromFile = await sampleWorkbook();
    const direct = checkWorkbook(fromFile);
    expect(direct.tables).toHaveLength(2);
    expect(direct.findings).toHaveLength(5);

    ({ host, uninstall } = install(hostFromSheets(fromFile)));
    const read = await createOfficePort().readWorkbook();
    expect(read.skipped).toEqual([]);
    expect(read.workbook.name).toBe("商务局2023.xlsx");
    expect(read.workbook.sheets.map((s) => s.name)).toEqual(fromFile.sheets.map((s) => s.name));
    const viaExcel = checkWorkbook(read.workbook);
    expect(viaExcel.tables.map((t) => [t.sheet, t.name])).toEqual(direct.tables.map((t) => [t.sheet, t.name]));
    expect(strip(viaExcel)).toEqual(strip(direct));
  });

  it("reads values, merges and origins exactly (absolute coordinates, merges from 1.13)", async () => {
    const fromFile = await sampleWorkbook();
    ({ host, uninstall } = install(hostFromSheets(fromFile), { maxApi: "1.13" }));
    const read = await createOfficePort().readWorkbook();
    for (const s of fromFile.sheets) {
      const got = read.workbook.sheets.find((x) => x.name === s.name)!;
      expect(got.originRow).toBe(s.originRow);
      expect(got.originCol).toBe(s.originCol);
      expect(got.merges).toEqual([...s.merges].sort((a, b) => a.top - b.top || a.left - b.left));
      const trim = (rows: unknown[][]) =>
        rows
          .map((r) => (r ?? []).map((v) => (v === "" || v === undefined ? null : v)))
          .map((r) => {
            while (r.length && r[r.length - 1] === null) r.pop();
            return r;
          });
      expect(trim(got.values)).toEqual(trim(s.values));
    }
  });

  it("below ExcelApi 1.13 reads without merges, and the tables are still found", async () => {
    const fromFile = await sampleWorkbook();
    ({ host, uninstall } = install(hostFromSheets(fromFile), { maxApi: "1.12" }));
    const read = await createOfficePort().readWorkbook();
    expect(read.workbook.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(checkWorkbook(read.workbook).tables).toHaveLength(2);
  });

  it("places a used range that does not start at A1 at its absolute position", async () => {
    ({ host, uninstall } = install({
      sheets: [
        {
          name: "S",
          cells: cellsFromRows(
            [
              ["项目名称", "x"],
              [null, 0.25],
            ],
            "C5",
          ),
          merges: ["A2:B3"],
        },
      ],
    }));
    const read = await createOfficePort().readWorkbook();
    const s = read.workbook.sheets[0];
    expect([s.originRow, s.originCol]).toEqual([4, 2]);
    expect(s.values).toEqual([
      ["项目名称", "x"],
      [null, 0.25],
    ]);
    // A merge above and left of the values is still found (merges are queried from A1).
    expect(s.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 1 }]);
  });
});

describe("sync count", () => {
  async function syncsFor(tables: number, options = {}): Promise<{ syncs: number; maxResponse: number; sheets: number }> {
    ({ host, uninstall } = install(await manyTables(tables), options));
    host.resetStats();
    const read = await createOfficePort().readWorkbook();
    const stats = { syncs: host.stats.syncCalls, maxResponse: host.stats.maxResponseBytes, sheets: read.workbook.sheets.length };
    expect(checkWorkbook(read.workbook).tables).toHaveLength(tables);
    uninstall();
    uninstall = () => undefined;
    return stats;
  }

  it("is the same for 1, 10 and 100 tables, and at most 3 under the payload limit", async () => {
    const counts = [];
    for (const n of [1, 10, 100]) {
      const s = await syncsFor(n);
      expect(s.sheets).toBe(n);
      counts.push(s.syncs);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it("stays at 3 for 200 tables, under Excel on the web's 5 MB", async () => {
    const s = await syncsFor(200);
    expect(s.syncs).toBe(3);
    expect(s.maxResponse).toBeLessThan(5 * 1024 * 1024);
    console.info(`200 tables: ${s.syncs} syncs, largest response ${s.maxResponse} bytes`);
  });

  it("readSheet re-reads one sheet in 2 syncs, whatever the workbook's size", async () => {
    ({ host, uninstall } = install(await manyTables(50)));
    host.resetStats();
    const r = await createOfficePort().readSheet("表7");
    expect(host.stats.syncCalls).toBe(2);
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(["表7"]);
    expect(checkWorkbook(r.workbook).tables).toHaveLength(1);
  });

  it("readSheet with formulas: the cells' formulas (only where one is) come in the same 2 syncs; without it the model has none", async () => {
    ({ host, uninstall } = install(await manyTables(3)));
    host.setCell("表2", "J40", { value: 6, formula: "=2*3" });
    host.setCell("表2", "K40", { value: 7 });
    host.resetStats();
    const r = await createOfficePort().readSheet("表2", { formulas: true });
    expect(host.stats.syncCalls).toBe(2);
    const sheet = r.workbook.sheets[0];
    const at = (row: number, col: number) => sheet.formulas?.[row - sheet.originRow]?.[col - sheet.originCol];
    expect(at(39, 9)).toBe("=2*3");
    expect(at(39, 10)).toBeUndefined();
    const all = (sheet.formulas ?? []).flatMap((row) => (row ?? []).filter((f) => f !== undefined));
    expect(all).toEqual(["=2*3"]);
    expect((await createOfficePort().readSheet("表2")).workbook.sheets[0].formulas).toBeUndefined();
  });

  it("a small response limit forces the blocks to be halved, and everything is still read", async () => {
    const reference = checkWorkbook(
      await (async () => {
        ({ host, uninstall } = install(await manyTables(20)));
        return (await createOfficePort().readWorkbook()).workbook;
      })(),
    );
    uninstall();

    ({ host, uninstall } = install(await manyTables(20), { responseLimitBytes: 20_000 }));
    host.resetStats();
    const read = await createOfficePort().readWorkbook();
    const failures = host.stats.batches.filter((b) => b.errorCode === "ResponsePayloadSizeLimitExceeded").length;
    expect(failures).toBeGreaterThan(0);
    expect(Math.max(...host.stats.batches.filter((b) => b.ok).map((b) => b.responseBytes))).toBeLessThanOrEqual(20_000);
    expect(host.stats.batches.filter((b) => !b.ok && b.errorCode !== "ResponsePayloadSizeLimitExceeded")).toEqual([]);
    expect(strip(checkWorkbook(read.workbook))).toEqual(strip(reference));
    expect(read.workbook.sheets).toHaveLength(20);
  });

  it("a budget below one sheet splits sheets into row blocks without any failure", async () => {
    ({ host, uninstall } = install(await manyTables(3)));
    host.resetStats();
    const read = await createOfficePort({ read: { budgetBytes: 3000 } }).readWorkbook();
    expect(host.stats.failedBatches).toBe(0);
    expect(host.stats.syncCalls).toBeGreaterThan(4);
    expect(checkWorkbook(read.workbook).tables).toHaveLength(3);
  });

  it("reports progress per block, ending with every sheet done", async () => {
    ({ host, uninstall } = install(await manyTables(5)));
    const seen: ReadProgress[] = [];
    await createOfficePort({ read: { budgetBytes: 8000 } }).readWorkbook((p) => seen.push(p));
    expect(seen[0]).toEqual({ sheetsDone: 0, sheetsTotal: 5 });
    expect(seen[seen.length - 1]).toEqual({ sheetsDone: 5, sheetsTotal: 5 });
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) expect(seen[i].sheetsDone).toBeGreaterThanOrEqual(seen[i - 1].sheetsDone);
  });
});

describe("limits and odd sheets", () => {
  const big = () => cellsFromRows(Array.from({ length: 30 }, (_, r) => Array.from({ length: 10 }, (_, c) => `r${r}c${c}`)));

  it("a sheet over the cell limit (one stray value far below) is read in capped blocks, never skipped", async () => {
    const cells = { ...big(), J400: { value: "散落" } };
    ({ host, uninstall } = install(
      {
        sheets: [
          { name: "大表", cells },
          { name: "小表", cells: cellsFromRows([["a", 1]]) },
        ],
      },
      { cellLimit: 100 },
    ));
    const read = await createOfficePort({ read: { cellLimit: 100 } }).readWorkbook();
    expect(read.skipped).toEqual([]);
    const s = read.workbook.sheets.find((x) => x.name === "大表")!;
    expect(s.values[0][0]).toBe("r0c0");
    expect(s.values[29][9]).toBe("r29c9");
    expect(s.values[399][9]).toBe("散落");
    // 4,000 cells: had any block asked for more than 100, this host would have returned null.
    expect(host.stats.failedBatches).toBe(0);
  });

  it("when Excel returns null values (its own cell limit), the sheet is skipped, never silently dropped", async () => {
    // The port assumes 5,000,000 cells; this host returns null above 100.
    ({ host, uninstall } = install(
      {
        sheets: [
          { name: "大表", cells: big() },
          { name: "小表", cells: cellsFromRows([["a", 1]]) },
        ],
      },
      { cellLimit: 100 },
    ));
    const read = await createOfficePort().readWorkbook();
    expect(read.skipped.map((s) => s.sheet)).toEqual(["大表"]);
    expect(read.skipped[0].reason).toMatch(/上限/);
    expect(read.workbook.sheets.map((s) => s.name)).toEqual(["小表"]);
  });

  it("blank sheets are read as empty; hidden ones are listed as skipped; protected ones are named", async () => {
    ({ host, uninstall } = install({
      sheets: [
        { name: "空", cells: { B2: { fill: { color: "#FF0000" } } } },
        { name: "隐藏", cells: cellsFromRows([["x"]]), visibility: "Hidden" },
        { name: "保护", cells: cellsFromRows([["y"]]), protected: true },
      ],
    }));
    const read = await createOfficePort().readWorkbook();
    expect(read.workbook.sheets.map((s) => [s.name, s.values])).toEqual([
      ["空", []],
      ["保护", [["y"]]],
    ]);
    expect(read.skipped.map((s) => s.sheet)).toEqual(["隐藏"]);
    expect(read.protectedSheets).toEqual(["保护"]);
    const withHidden = await createOfficePort({ read: { includeHidden: true } }).readWorkbook();
    expect(withHidden.workbook.sheets.map((s) => s.name)).toEqual(["空", "隐藏", "保护"]);
  });

  it("more than 512 merged areas: the merge query is split and every merge is read", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${i * 2 + 1}:B${i * 2 + 1}`);
    const cells = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`A${i * 2 + 1}`, { value: `m${i}` }]));
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells, merges }] }));
    const read = await createOfficePort().readWorkbook();
    expect(read.workbook.sheets[0].merges).toHaveLength(600);
    expect(host.stats.batches.some((b) => b.errorCode === "InvalidOperation")).toBe(true);
  });

  it("whatever error the merge query fails with (Excel's is undocumented), smaller blocks are asked for", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${i * 2 + 1}:B${i * 2 + 1}`);
    const cells = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`A${i * 2 + 1}`, { value: `m${i}` }]));
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells, merges }] }, { mergedAreasError: "GeneralException" }));
    const read = await createOfficePort().readWorkbook();
    expect(read.workbook.sheets[0].merges).toHaveLength(600);
    expect(host.stats.batches.some((b) => b.errorCode === "GeneralException")).toBe(true);
  });

  it("readSheet of a sheet that no longer exists comes back in skipped", async () => {
    ({ host, uninstall } = install({ sheets: [{ name: "S", cells: {} }] }));
    const r = await createOfficePort().readSheet("没有");
    expect(r.workbook.sheets).toEqual([]);
    expect(r.skipped.map((s) => s.sheet)).toEqual(["没有"]);
  });
});
