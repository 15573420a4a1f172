/** Worksheets: names, add/rename/delete, ids, activation and selection; model snapshots. */

import { ExcelHost, createExcelHost, snapshotWorkbook, cellsFromRows } from "../../../src/demo/host";
import { installHost, rejection } from "./helpers";

let host: ExcelHost;
let uninstall: () => void;

beforeEach(() => {
  ({ host, uninstall } = installHost({ sheets: [{ name: "Sheet1", cells: {} }, { name: "绩效目标表", cells: {} }] }));
});
afterEach(() => uninstall());

async function addSheet(name: string | undefined): Promise<string> {
  return Excel.run(async (ctx) => {
    const s = ctx.workbook.worksheets.add(name);
    s.load("name");
    await ctx.sync();
    return s.name;
  });
}

describe("sheet names", () => {
  it.each([
    ["31 characters", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", true],
    ["32 characters", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二", false],
    ["a colon", "a:b", false],
    ["a slash", "2023/12", false],
    ["a backslash", "a\\b", false],
    ["a question mark", "why?", false],
    ["an asterisk", "a*", false],
    ["brackets", "[1]", false],
    ["blank", "   ", false],
    ["empty", "", false],
    ["a leading apostrophe", "'x", false],
    ["the reserved name History", "history", false],
    ["full-width punctuation", "项目（2023）：说明", true],
  ])("%s", async (_what, name, ok) => {
    if (ok) {
      expect(await addSheet(name)).toBe(name);
    } else {
      const e = await rejection(addSheet(name));
      expect(e.code).toBe("InvalidArgument");
      expect(host.workbook.sheets).toHaveLength(2);
    }
  });

  it("must be unique ignoring case", async () => {
    const e = await rejection(addSheet("SHEET1"));
    expect(e.code).toBe("ItemAlreadyExists");
  });

  it("add() without a name picks the next SheetN", async () => {
    expect(await addSheet(undefined)).toBe("Sheet3");
  });

  it("rename follows the same rules", async () => {
    const e = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").name = "绩效目标表";
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("ItemAlreadyExists");
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("sheet1"); // lookup ignores case
      s.name = "检查结果";
      await ctx.sync();
      s.load("name, id, position");
      await ctx.sync();
      expect([s.name, s.position]).toEqual(["检查结果", 0]);
      const again = ctx.workbook.worksheets.getItem(s.id).load("name");
      await ctx.sync();
      expect(again.name).toBe("检查结果");
    });
  });

  it("quotes names in addresses the way Excel does", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("My Sheet");
      ctx.workbook.worksheets.add("2023");
      await ctx.sync();
      const a = ctx.workbook.worksheets.getItem("My Sheet").getRange("A1:B2").load("address");
      const b = ctx.workbook.worksheets.getItem("2023").getRange("C3").load("address");
      const c = ctx.workbook.worksheets.getItem("绩效目标表").getRange("A:B").load("address");
      await ctx.sync();
      expect([a.address, b.address, c.address]).toEqual(["'My Sheet'!A1:B2", "'2023'!C3", "绩效目标表!A:B"]);
    });
  });
});

describe("collection and navigation", () => {
  it("loads items with ids, names and positions", async () => {
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name, items/id, items/position, items/visibility");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ["Sheet1", 0, "Visible"],
        ["绩效目标表", 1, "Visible"],
      ]);
      expect(new Set(sheets.items.map((s) => s.id)).size).toBe(2);
    });
  });

  it("activate(), select() and getSelectedRange()", async () => {
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("绩效目标表");
      s.getRange("C5:D6").select();
      await ctx.sync();
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      const sel = ctx.workbook.getSelectedRange().load("address");
      const cell = ctx.workbook.getActiveCell().load("address");
      await ctx.sync();
      expect([active.name, sel.address, cell.address]).toEqual(["绩效目标表", "绩效目标表!C5:D6", "绩效目标表!C5"]);
      ctx.workbook.worksheets.getItem("Sheet1").activate();
      await ctx.sync();
    });
    expect(host.workbook.activeSheet).toBe("Sheet1");
    host.setSelection("绩效目标表", "B2");
    await Excel.run(async (ctx) => {
      const sel = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      expect(sel.address).toBe("绩效目标表!B2");
    });
  });

  it("range navigation helpers compute the right addresses", async () => {
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:D4");
      const got = [
        r.getCell(1, 1),
        r.getOffsetRange(1, 0),
        r.getResizedRange(2, -1),
        r.getBoundingRect("F6"),
        r.getIntersection("C3:Z9"),
        r.getLastRow(),
        r.getColumn(0),
        r.getRowsAbove(1),
        r.getEntireColumn(),
      ].map((x) => x.load("address"));
      const none = r.getIntersectionOrNullObject("Z1");
      await ctx.sync();
      expect(got.map((x) => x.address)).toEqual([
        "Sheet1!C3",
        "Sheet1!B3:D5",
        "Sheet1!B2:C6",
        "Sheet1!B2:F6",
        "Sheet1!C3:D4",
        "Sheet1!B4:D4",
        "Sheet1!B2:B4",
        "Sheet1!B1:D1",
        "Sheet1!B:D",
      ]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("delete() removes a sheet; the last visible sheet cannot go", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").delete();
      await ctx.sync();
    });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["绩效目标表"]);
    const e = await rejection(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("绩效目标表").delete();
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidOperation");
  });
});

describe("the model", () => {
  it("rejects bad fixtures early", () => {
    expect(() => createExcelHost({ sheets: [{ name: "a/b", cells: {} }] })).toThrow(/sheet name/);
    expect(() => createExcelHost({ sheets: [{ name: "a", cells: {} }, { name: "A", cells: {} }] })).toThrow(/Duplicate/);
    expect(() => createExcelHost({ sheets: [{ name: "a", cells: { B1: { value: 1 } }, merges: ["A1:B1"] }] })).toThrow(/inside merged area/);
  });

  it("snapshots are canonical and deep copies", () => {
    const h = createExcelHost({ sheets: [{ name: "S", cells: { B2: { value: 2 }, A1: { value: 1, fill: { color: "#ffc7ce" } }, C3: {} } }] });
    const snap = h.snapshot();
    expect(Object.keys(snap.sheets[0].cells)).toEqual(["A1", "B2"]);
    expect(snap.sheets[0].cells.A1.fill?.color).toBe("#FFC7CE");
    snap.sheets[0].cells.A1.value = 99;
    expect(h.cell("S", "A1")?.value).toBe(1);
    expect(snapshotWorkbook(h.workbook)).toEqual(h.snapshot());
  });

  it("does not share state with the model it was built from", async () => {
    const model = { sheets: [{ name: "S", cells: cellsFromRows([[1]]) }] };
    const { host: h, uninstall: un } = installHost(model);
    try {
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
        await ctx.sync();
      });
      expect(h.cell("S", "A1")?.value).toBe(2);
      expect(model.sheets[0].cells.A1.value).toBe(1);
    } finally {
      un();
    }
  });
});
