/** Payload limits, protected sheets, batch failure semantics, API version gating. */

import { ExcelHost, cellsFromRows } from "../../../src/demo/host";
import { installHost, rejection, thrown } from "./helpers";

let host: ExcelHost;
let uninstall: () => void;

afterEach(() => uninstall());

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`第${i + 1}行`, i, "说明文字说明文字"]);

describe("payload limits", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({ sheets: [{ name: "Sheet1", cells: cellsFromRows(rows(200)) }] }, { requestLimitBytes: 4000, responseLimitBytes: 6000 }));
  });

  it("a request over the limit fails and applies nothing", async () => {
    const before = host.snapshot();
    const e = await rejection(
      Excel.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("Sheet1");
        s.getRange("E1").values = [["small write that would fit"]];
        s.getRange("A1:C200").values = rows(200).map((r) => r.map((v) => `${v}!`));
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.snapshot()).toEqual(before);
    expect(host.stats.batches[0]).toMatchObject({ ok: false, errorCode: "RequestPayloadSizeLimitExceeded" });
    expect(host.stats.batches[0].requestBytes).toBeGreaterThan(4000);
  });

  it("a response over the limit fails, rolls back the batch's writes, and delivers nothing", async () => {
    const before = host.snapshot();
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("E1").values = [["written in the same batch"]];
      const big = s.getRange("A1:C200").load("values");
      const e = await rejection(ctx.sync());
      expect(e.code).toBe("ResponsePayloadSizeLimitExceeded");
      expect(thrown(() => big.values).code).toBe("PropertyNotLoaded");
      // Halving the block works.
      const half = s.getRange("A1:C50").load("values");
      await ctx.sync();
      expect(half.values).toHaveLength(50);
    });
    expect(host.snapshot()).toEqual(before);
    expect(host.stats.maxResponseBytes).toBeGreaterThan(6000);
    expect(host.stats.batches.map((b) => b.ok)).toEqual([false, true]);
    const ok = host.stats.batches[1];
    expect(ok.responseBytes).toBeLessThanOrEqual(6000);
    expect(ok.responseBytes).toBeGreaterThan(1000);
  });

  it("measures UTF-8 bytes (Chinese text counts three bytes a character)", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await ctx.sync();
    });
    const ascii = host.stats.batches[0].responseBytes;
    // [{"values":[["第1行"]]}] → the 2 Chinese characters cost 6 bytes.
    expect(ascii).toBe('[{"values":[["第1行"]]}]'.length + 4);
  });
});

describe("protected sheets", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({
      sheets: [
        { name: "Open", cells: {} },
        { name: "Locked", cells: cellsFromRows([["原值"]]) },
      ],
    }));
    host.protectSheet("Locked");
  });

  it("report protection.protected and refuse writes with AccessDenied", async () => {
    const before = host.snapshot();
    await Excel.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Locked").protection.load("protected");
      const q = ctx.workbook.worksheets.getItem("Open").protection.load("protected");
      await ctx.sync();
      expect([p.protected, q.protected]).toEqual([true, false]);
      for (const write of [
        (r: Excel.Range) => (r.values = [["新"]]),
        (r: Excel.Range) => (r.format.fill.color = "#FFC7CE"),
        (r: Excel.Range) => r.format.fill.clear(),
        (r: Excel.Range) => r.merge(),
        (r: Excel.Range) => r.setCellProperties([[{ format: { fill: { color: "#FF0000" } } }]]),
      ]) {
        write(ctx.workbook.worksheets.getItem("Locked").getRange("A1"));
        const e = await rejection(ctx.sync());
        expect(e.code).toBe("AccessDenied");
      }
      ctx.workbook.worksheets.getItem("Locked").notes.add("A1", "x");
      expect((await rejection(ctx.sync())).code).toBe("AccessDenied");
      // Reads still work.
      const r = ctx.workbook.worksheets.getItem("Locked").getRange("A1").load("values");
      await ctx.sync();
      expect(r.values).toEqual([["原值"]]);
    });
    expect(host.snapshot()).toEqual(before);
  });

  it("like Excel, actions queued before the failing one stay applied (default)", async () => {
    const e = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Open").getRange("A1").values = [["before"]];
        ctx.workbook.worksheets.getItem("Locked").getRange("A1").values = [["blocked"]];
        ctx.workbook.worksheets.getItem("Open").getRange("A2").values = [["after"]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("AccessDenied");
    expect(e.debugInfo?.errorLocation).toBe("Range.values");
    expect(host.cell("Open", "A1")?.value).toBe("before");
    expect(host.cell("Open", "A2")).toBeUndefined();
    expect(host.cell("Locked", "A1")?.value).toBe("原值");
  });

  it("atomicBatches: true applies nothing of a failing batch", async () => {
    uninstall();
    ({ host, uninstall } = installHost({ sheets: [{ name: "Open", cells: {} }, { name: "Locked", cells: {} }] }, { atomicBatches: true }));
    host.protectSheet("Locked");
    await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Open").getRange("A1").values = [["before"]];
        ctx.workbook.worksheets.getItem("Locked").getRange("A1").values = [["blocked"]];
        await ctx.sync();
      }),
    );
    expect(host.cell("Open", "A1")).toBeUndefined();
  });

  it("a user cannot edit a protected sheet either", () => {
    expect(() => host.userEdit("Locked", "A1", 1)).toThrow(/protected/);
  });
});

describe("API version gating", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({ sheets: [{ name: "Sheet1", cells: {} }] }, { maxApi: "1.8" }));
  });

  it("answers isSetSupported from the configured maximum", () => {
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(Office.context.requirements.isSetSupported("excelapi", "1.10")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.2")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("throws ApiNotFound synchronously for members above it", async () => {
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("A1");
      const cases: Array<[string, () => unknown]> = [
        ["Worksheet.notes", () => s.notes],
        ["Worksheet.comments", () => s.comments],
        ["Range.getMergedAreasOrNullObject", () => r.getMergedAreasOrNullObject()],
        ["Range.getCellProperties", () => r.getCellProperties({ format: { fill: { color: true } } })],
        ["Range.setCellProperties", () => r.setCellProperties([[{}]])],
        ["RangeFill.tintAndShade", () => r.format.fill.tintAndShade],
        ["WorksheetCollection.onChanged", () => ctx.workbook.worksheets.onChanged],
        ["Application.suspendScreenUpdatingUntilNextSync", () => ctx.workbook.application.suspendScreenUpdatingUntilNextSync()],
      ];
      for (const [member, f] of cases) {
        const e = thrown(f);
        expect([member, e.code]).toEqual([member, "ApiNotFound"]);
        expect(e.message).toContain(member);
      }
      // 1.8 and below still work.
      expect(() => s.onChanged).not.toThrow();
      expect(() => r.dataValidation).not.toThrow();
    });
  });

  it("Office 2019 (ExcelApi 1.7) has no data validation but has getRangeByIndexes", async () => {
    uninstall();
    ({ host, uninstall } = installHost(undefined, { maxApi: "1.7" }));
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      expect(thrown(() => s.getRange("A1").dataValidation).code).toBe("ApiNotFound");
      const r = s.getRangeByIndexes(1, 1, 2, 2).load("address");
      await ctx.sync();
      expect(r.address).toBe("Sheet1!B2:C3");
    });
  });
});
