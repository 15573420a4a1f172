/** Proxy objects, load/sync, the write queue, sync counting, null objects, Excel.run. */

import { ExcelHost, cellsFromRows } from "../../../src/demo/host";
import { installHost, rejection, thrown } from "./helpers";

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  ({ host, uninstall } = installHost({
    sheets: [
      {
        name: "Sheet1",
        cells: cellsFromRows([
          ["项目名称", "金额"],
          ["A", 12.5],
        ]),
      },
      { name: "表2", cells: {} },
    ],
  }));
});
afterEach(() => uninstall());

describe("reads", () => {
  it("throws PropertyNotLoaded when a property was never loaded", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.load("address");
      await ctx.sync();
      expect(r.address).toBe("Sheet1!A1:B2");
      const e = thrown(() => r.values);
      expect(e.code).toBe("PropertyNotLoaded");
      expect(e).toBeInstanceOf(OfficeExtension.Error);
    });
  });

  it("throws PropertyNotLoaded after load() until context.sync() runs", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.load("values");
      expect(thrown(() => r.values).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(r.values).toEqual([
        ["项目名称", "金额"],
        ["A", 12.5],
      ]);
    });
  });

  it("accepts the string, array, object and path forms of load", async () => {
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const a = s.getRange("A1").load("values, text");
      const b = s.getRange("B2").load(["numberFormat", "rowIndex"]);
      const c = s.getRange("B2").load({ values: true, format: { fill: { color: true } } });
      const d = s.getRange("B2").load("format/font/bold");
      const e = s.getRange("B2").load({ select: "address", expand: "format/fill" });
      await ctx.sync();
      expect([a.values, a.text]).toEqual([[["项目名称"]], [["项目名称"]]]);
      expect([b.numberFormat, b.rowIndex]).toEqual([[["General"]], 1]);
      expect([c.values, c.format.fill.color]).toEqual([[[12.5]], "#FFFFFF"]);
      expect(d.format.font.bold).toBe(false);
      expect(thrown(() => d.format.font.color).code).toBe("PropertyNotLoaded");
      expect([e.address, e.format.fill.color, e.format.fill.tintAndShade]).toEqual(["Sheet1!B2", "#FFFFFF", null]);
    });
  });

  it("fails the sync when load names a property the host does not know", async () => {
    const e = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
    expect(e.message).toContain("valuez");
  });

  it("throws NotImplemented for API members the fake does not model instead of returning undefined", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as Record<string, unknown>;
      const e = thrown(() => r.autoFill);
      expect(e.code).toBe("NotImplemented");
      expect(e.message).toContain("Range.autoFill");
      expect(thrown(() => (r.rowHidden = true)).code).toBe("NotImplemented");
    });
  });

  it("keeps loaded values as of the sync, not live", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").load("values");
      await ctx.sync();
      await host.userEdit("Sheet1", "B2", 99);
      expect(r.values).toEqual([[12.5]]);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[99]]);
    });
  });

  it("ClientResult.value throws until sync", async () => {
    await Excel.run(async (ctx) => {
      const n = ctx.workbook.worksheets.getCount();
      expect(thrown(() => n.value).code).toBe("ValueNotLoaded");
      await ctx.sync();
      expect(n.value).toBe(2);
    });
  });
});

describe("writes", () => {
  it("are invisible before sync and visible after", async () => {
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const target = s.getRange("C1");
      target.values = [["新值"]];
      target.format.fill.color = "#FFFF00";
      // Nothing reached the workbook yet: neither the model nor another proxy sees it.
      expect(host.cell("Sheet1", "C1")).toBeUndefined();
      expect(thrown(() => target.values).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(host.cell("Sheet1", "C1")).toEqual({ value: "新值", fill: { color: "#FFFF00" } });
      const other = s.getRange("C1").load("values, format/fill/color");
      await ctx.sync();
      expect(other.values).toEqual([["新值"]]);
      expect(other.format.fill.color).toBe("#FFFF00");
    });
  });

  it("runs loads and writes in queue order within one batch", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A2");
      const before = r.load("values");
      r.values = [["B"]];
      const after = ctx.workbook.worksheets.getItem("Sheet1").getRange("A2").load("values");
      await ctx.sync();
      expect(before.values).toEqual([["A"]]);
      expect(after.values).toEqual([["B"]]);
    });
  });

  it("rejects values whose shape does not match the range, at sync", async () => {
    const e = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
    expect(e.debugInfo?.errorLocation).toBe("Range.values");
    expect(host.cell("Sheet1", "A1")?.value).toBe("项目名称");
  });

  it("Excel.run's closing sync applies work queued after the last explicit sync", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("D4").values = [[1]];
    });
    expect(host.cell("Sheet1", "D4")?.value).toBe(1);
    expect(host.stats.syncCalls).toBe(0);
    expect(host.stats.roundTrips).toBe(1);
  });

  it("echoLocalWrites: true mimics Office.js, where a proxy echoes what was assigned", async () => {
    uninstall();
    ({ host, uninstall } = installHost(undefined, { echoLocalWrites: true }));
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [["x"]];
      expect(r.values).toEqual([["x"]]);
      expect(host.cell("Sheet1", "A1")).toBeUndefined();
      await ctx.sync();
      expect(host.cell("Sheet1", "A1")?.value).toBe("x");
    });
  });
});

describe("sync counting", () => {
  it("counts every context.sync() call and every round trip", async () => {
    await Excel.run(async (ctx) => {
      await ctx.sync(); // nothing queued: counted as a call, no round trip
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await ctx.sync();
      r.values = [["x"]];
      await ctx.sync();
    });
    expect(host.stats.syncCalls).toBe(3);
    expect(host.stats.roundTrips).toBe(2);
    expect(host.stats.batches.map((b) => b.actions)).toEqual([1, 1]);
    host.resetStats();
    expect(host.stats.syncCalls).toBe(0);
  });

  it("passes the value given to sync() through", async () => {
    await Excel.run(async (ctx) => {
      expect(await ctx.sync(42)).toBe(42);
    });
  });
});

describe("null objects", () => {
  it("isNullObject needs a sync, like any property", async () => {
    await Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("不存在");
      const there = ctx.workbook.worksheets.getItemOrNullObject("表2");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      const plain = ctx.workbook.worksheets.getItem("表2");
      await ctx.sync();
      expect(thrown(() => plain.isNullObject).code).toBe("PropertyNotLoaded");
    });
  });

  it("getItem fails the sync with ItemNotFound", async () => {
    const e = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Nope").load("name");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("ItemNotFound");
    expect(e).toBeInstanceOf(OfficeExtension.Error);
  });

  it("getUsedRangeOrNullObject is null on a blank sheet; getUsedRange gives A1", async () => {
    await Excel.run(async (ctx) => {
      const blank = ctx.workbook.worksheets.getItem("表2");
      const used = blank.getUsedRangeOrNullObject(true);
      const a1 = blank.getUsedRange().load("address");
      const full = ctx.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true).load("address,rowCount,columnCount");
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
      expect(a1.address).toBe("表2!A1");
      expect([full.address, full.rowCount, full.columnCount]).toEqual(["Sheet1!A1:B2", 2, 2]);
    });
  });
});

describe("Excel.run", () => {
  it("rejects a batch function that does not return a promise", async () => {
    const e = await rejection(Excel.run(((ctx: Excel.RequestContext) => void ctx) as never));
    expect(e.code).toBe("RunMustReturnPromise");
  });

  it("invalidates the run's objects when it ends, unless tracked", async () => {
    let leaked!: Excel.Range;
    let kept!: Excel.Range;
    await Excel.run(async (ctx) => {
      leaked = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      kept = ctx.workbook.worksheets.getItem("Sheet1").getRange("A2");
      ctx.trackedObjects.add(kept);
      await ctx.sync();
    });
    expect(thrown(() => leaked.load("values")).code).toBe("InvalidObjectPath");
    await Excel.run(kept, async (ctx) => {
      kept.load("values");
      await ctx.sync();
      expect(kept.values).toEqual([["A"]]);
    });
  });

  it("refuses objects from another context", async () => {
    await Excel.run(async (outer) => {
      const r = outer.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await Excel.run(async (inner) => {
        expect(thrown(() => inner.load(r, "values")).code).toBe("InvalidRequestContext");
      });
    });
  });

  it("surfaces OfficeExtension.Error fields: code, message, debugInfo", async () => {
    const e = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("ZZZZ1").load("values");
        await ctx.sync();
      }),
    );
    expect(e).toMatchObject({ code: "InvalidArgument", debugInfo: { code: "InvalidArgument" } });
    expect(e.debugInfo?.statement).toContain("getRange");
  });

  it("set() writes nested properties", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1")
        .set({ values: [["t"]], format: { fill: { color: "red" }, font: { bold: true } } });
      await ctx.sync();
    });
    expect(host.cell("Sheet1", "A1")).toEqual({ value: "t", fill: { color: "#FF0000" }, font: { bold: true } });
  });
});
