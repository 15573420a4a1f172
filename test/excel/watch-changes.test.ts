/** watchChanges: user edits reported once, the add-in's own writes not, cell-edit mode waited out. */

import { ExcelHost, WorkbookModel } from "../../src/demo/host";
import type { Finding } from "../../src/engine/rule";
import { createOfficePort } from "../../src/excel/office-workbook";
import type { TableChange } from "../../src/excel/port";
import { install } from "./host-from-sheets";
import { findingAt } from "../helpers/finding";

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

const model = (): WorkbookModel => ({
  sheets: [
    { name: "表1", cells: { A1: { value: "项目名称" }, B2: { value: 10 } } },
    { name: "Other Sheet", cells: { C3: { value: "x" } } },
  ],
});

const finding = (sheet: string, cell: string): Finding => findingAt(sheet, cell, { severity: "error" });

for (const maxApi of ["1.18", "1.14", "1.9"]) {
  describe(`on ExcelApi ${maxApi}`, () => {
    it("a user edit fires the watcher once, with the sheet's name and the address", async () => {
      ({ host, uninstall } = install(model(), { maxApi }));
      const port = createOfficePort({ eventGraceMs: 0 });
      const seen: TableChange[] = [];
      const stop = await port.watchChanges((c) => seen.push(c));
      await host.userEdit("Other Sheet", "C3", "改了");
      expect(seen).toEqual([{ sheet: "Other Sheet", address: "C3", source: "Local" }]);
      await host.userEdit("表1", "B2:C2", [[1, 2]]);
      expect(seen[1]).toEqual({ sheet: "表1", address: "B2:C2", source: "Local" });
      expect(seen).toHaveLength(2);
      await stop();
    });

    it("the add-in's own highlight, clear and report writes do not fire it", async () => {
      ({ host, uninstall } = install(model(), { maxApi }));
      const port = createOfficePort({ eventGraceMs: 0 });
      const seen: TableChange[] = [];
      const stop = await port.watchChanges((c) => seen.push(c));
      await port.applyHighlights([finding("表1", "B2"), finding("Other Sheet", "C3")]);
      await port.clearHighlights();
      await port.writeReport({ name: "x", tables: [], summaries: [], findings: [finding("表1", "B2")] });
      await port.saveSettings({ year: 2024 });
      await host.flushEvents();
      expect(seen).toEqual([]);
      await host.userEdit("表1", "B2", 11);
      expect(seen).toEqual([{ sheet: "表1", address: "B2", source: "Local" }]);
      await stop();
    });

    it("unsubscribe removes the handler through its own request context", async () => {
      ({ host, uninstall } = install(model(), { maxApi }));
      const port = createOfficePort({ eventGraceMs: 0 });
      const seen: TableChange[] = [];
      const stop = await port.watchChanges((c) => seen.push(c));
      expect(host.handlerCount).toBe(1);
      await stop();
      await stop(); // twice is harmless
      expect(host.handlerCount).toBe(0);
      await host.userEdit("表1", "B2", 12);
      expect(seen).toEqual([]);
    });
  });
}

it("the report sheet's own writes would fire onChanged: they are marked ThisLocalAddin (1.14+) and ignored", async () => {
  ({ host, uninstall } = install(model()));
  const raw: Array<{ triggerSource?: string }> = [];
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.onChanged.add(async (e) => void raw.push(e));
    await ctx.sync();
  });
  const port = createOfficePort();
  const seen: TableChange[] = [];
  await port.watchChanges((c) => seen.push(c));
  await port.writeReport({ tables: [], summaries: [], findings: [finding("表1", "B2")] });
  await host.flushEvents();
  expect(raw.length).toBeGreaterThan(0); // the writes did raise events…
  expect(raw.every((e) => e.triggerSource === "ThisLocalAddin")).toBe(true);
  expect(seen).toEqual([]); // …and the watcher dropped them
});

it("a sheet added after watching starts is resolved by reloading the names (a background read)", async () => {
  ({ host, uninstall } = install(model()));
  const port = createOfficePort();
  const seen: TableChange[] = [];
  await port.watchChanges((c) => seen.push(c));
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.add("新表");
    await ctx.sync();
  });
  await host.userEdit("新表", "A1", "x");
  expect(seen).toEqual([{ sheet: "新表", address: "A1", source: "Local" }]);
});

describe("cell-edit mode (the user typing, IME composition)", () => {
  it("a background read waits until the user leaves the cell instead of failing", async () => {
    ({ host, uninstall } = install(model()));
    const port = createOfficePort();
    host.setCellEditMode(true);
    let done = false;
    const reading = port.readSheet("表1").then((r) => {
      done = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(host.stats.failedBatches).toBe(0);
    host.setCellEditMode(false);
    const r = await reading;
    expect(r.workbook.sheets[0].values[0]).toEqual(["项目名称"]);
    expect(host.stats.failedBatches).toBe(0);
  });

  it("the id → name lookup an edit triggers also waits instead of failing", async () => {
    ({ host, uninstall } = install(model()));
    const port = createOfficePort();
    const seen: TableChange[] = [];
    await port.watchChanges((c) => seen.push(c));
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("后加");
      await ctx.sync();
    });
    // The user edits the new sheet, then is straight back in a cell before the handler's read runs.
    const edit = host.userEdit("后加", "B1", "y");
    host.setCellEditMode(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    host.setCellEditMode(false);
    await edit;
    await host.flushEvents();
    expect(seen).toEqual([{ sheet: "后加", address: "B1", source: "Local" }]);
    expect(host.eventErrors).toEqual([]);
    expect(host.stats.failedBatches).toBe(0);
  });

  it("without delayForCellEdit the same read would fail (the host is strict)", async () => {
    ({ host, uninstall } = install(model()));
    host.setCellEditMode(true);
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

test("a co-author's edit is reported with source Remote", async () => {
  const { host, uninstall } = install({ sheets: [{ name: "表1", cells: { A1: { value: 1 } } }] });
  try {
    const port = createOfficePort({ eventGraceMs: 0 });
    const seen: TableChange[] = [];
    const stop = await port.watchChanges((c) => seen.push(c));
    await host.remoteEdit("表1", "A1", 2);
    await host.userAction({ kind: "insertRows", sheet: "表1", row: 1, count: 1, remote: true });
    expect(seen.map((c) => c.source)).toEqual(["Remote", "Remote"]);
    await stop();
  } finally {
    uninstall();
  }
});
