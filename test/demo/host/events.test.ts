/** onChanged events, userEdit, triggerSource, enableEvents, cell-edit mode. */

import { ExcelHost, FakeWorksheetChangedEventArgs } from "../../../src/demo/host";
import { installHost, rejection } from "./helpers";

let host: ExcelHost;
let uninstall: () => void;

afterEach(() => uninstall());

async function listen(kind: "sheet" | "workbook" = "sheet"): Promise<{ events: Excel.WorksheetChangedEventArgs[]; result: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> }> {
  const events: Excel.WorksheetChangedEventArgs[] = [];
  let result!: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  await Excel.run(async (ctx) => {
    const handler = async (args: Excel.WorksheetChangedEventArgs) => {
      events.push(args);
    };
    result = kind === "sheet" ? ctx.workbook.worksheets.getItem("表1").onChanged.add(handler) : ctx.workbook.worksheets.onChanged.add(handler);
    await ctx.sync();
  });
  return { events, result };
}

describe("onChanged", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({ sheets: [{ name: "表1", cells: { B2: { value: 10 } } }, { name: "表2", cells: {} }] }));
  });

  it("fires on a user edit with triggerSource Unknown and details for one cell", async () => {
    const { events } = await listen();
    await host.userEdit("表1", "B2", "12.5");
    expect(events).toHaveLength(1);
    const e = events[0];
    const id = host.sheet("表1").id;
    expect(e).toMatchObject({ type: "WorksheetChanged", address: "B2", changeType: "RangeEdited", source: "Local", worksheetId: id, triggerSource: "Unknown" });
    expect(e.details).toEqual({ valueBefore: 10, valueAfter: 12.5, valueTypeBefore: "Double", valueTypeAfter: "Double" });
    expect(host.cell("表1", "B2")?.value).toBe(12.5);
  });

  it("fires for the add-in's own writes with triggerSource ThisLocalAddin, after the sync", async () => {
    const { events } = await listen();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("A1:B1").values = [["x", "y"]];
      ctx.workbook.worksheets.getItem("表1").getRange("C1").format.fill.color = "#FFFF00"; // formats do not fire onChanged
      expect(events).toHaveLength(0);
      await ctx.sync();
    });
    await host.flushEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ address: "A1:B1", triggerSource: "ThisLocalAddin" });
    expect(events[0].details).toBeUndefined();
  });

  it("only fires for the sheet it was registered on; worksheets.onChanged covers all", async () => {
    const one = await listen("sheet");
    const all = await listen("workbook");
    await host.userEdit("表2", "A1", "甲");
    expect(one.events).toHaveLength(0);
    expect(all.events.map((e) => e.worksheetId)).toEqual([host.sheet("表2").id]);
  });

  it("is not registered until the registering batch syncs, and stops after remove() + sync", async () => {
    const events: unknown[] = [];
    await Excel.run(async (ctx) => {
      const result = ctx.workbook.worksheets.getItem("表1").onChanged.add(async (a) => void events.push(a));
      await host.userEdit("表1", "A1", 1);
      expect(events).toHaveLength(0);
      await ctx.sync();
      await host.userEdit("表1", "A1", 2);
      expect(events).toHaveLength(1);
      result.remove();
      await ctx.sync();
      await host.userEdit("表1", "A1", 3);
      expect(events).toHaveLength(1);
    });
    expect(host.handlerCount).toBe(0);
  });

  it("lets the handler read the changed range through args.getRange(ctx)", async () => {
    const seen: unknown[] = [];
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").onChanged.add((args) =>
        Excel.run(async (c2) => {
          const r = args.getRange(c2).load("values, address");
          await c2.sync();
          seen.push([r.address, r.values]);
        }),
      );
      await ctx.sync();
    });
    await host.userEdit("表1", "C3", "25%");
    expect(seen).toEqual([["表1!C3", [[0.25]]]]);
  });

  it("omits triggerSource on hosts below ExcelApi 1.14", async () => {
    uninstall();
    ({ host, uninstall } = installHost({ sheets: [{ name: "表1", cells: {} }] }, { maxApi: "1.13" }));
    const { events } = await listen();
    await host.userEdit("表1", "A1", "x");
    expect(events).toHaveLength(1);
    expect((events[0] as FakeWorksheetChangedEventArgs).triggerSource).toBeUndefined();
  });

  it("runtime.enableEvents = false silences handlers", async () => {
    const { events } = await listen();
    await Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("表1").getRange("A1").values = [[1]];
      await ctx.sync();
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    await host.flushEvents();
    expect(events).toHaveLength(0);
  });

  it("records errors thrown by handlers instead of crashing", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").onChanged.add(async () => {
        throw new Error("handler bug");
      });
      await ctx.sync();
    });
    await host.userEdit("表1", "A1", 1);
    expect(host.eventErrors).toHaveLength(1);
  });
});

describe("cell-edit mode", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({ sheets: [{ name: "表1", cells: {} }] }));
  });

  it("fails a plain batch with InvalidOperationInCellEditMode and applies nothing", async () => {
    host.setCellEditMode(true);
    const e = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表1").getRange("A1").values = [["x"]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidOperationInCellEditMode");
    expect(host.cell("表1", "A1")).toBeUndefined();
  });

  it("delays a delayForCellEdit batch until edit mode ends", async () => {
    host.setCellEditMode(true);
    let done = false;
    const run = Excel.run({ delayForCellEdit: true }, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表1").getRange("A1").load("values");
      await ctx.sync();
      done = true;
      return r.values;
    });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(done).toBe(false);
    host.setCellEditMode(false);
    expect(await run).toEqual([[""]]);
    expect(done).toBe(true);
  });

  it("a user edit ends edit mode and releases delayed batches", async () => {
    host.setCellEditMode(true);
    const run = Excel.run({ delayForCellEdit: true }, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表1").getRange("A1").load("values");
      await ctx.sync();
      return r.values;
    });
    await host.userEdit("表1", "A1", "输入完毕");
    expect(await run).toEqual([["输入完毕"]]);
    expect(host.cellEditMode).toBe(false);
  });

  it("does not delay when the DelayForCellEdit set is unsupported", async () => {
    uninstall();
    ({ host, uninstall } = installHost(undefined, { requirementSets: { DelayForCellEdit: "" } }));
    host.setCellEditMode(true);
    const e = await rejection(
      Excel.run({ delayForCellEdit: true }, async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidOperationInCellEditMode");
  });
});

describe("removing a handler later, through its context", () => {
  it("works with Excel.run(result.context, …) as the docs show", async () => {
    ({ host, uninstall } = installHost({ sheets: [{ name: "表1", cells: {} }] }));
    const { events, result } = await listen();
    await Excel.run(result.context, async (ctx) => {
      result.remove();
      await ctx.sync();
    });
    await host.userEdit("表1", "A1", 1);
    expect(events).toHaveLength(0);
    expect(host.handlerCount).toBe(0);
  });
});
