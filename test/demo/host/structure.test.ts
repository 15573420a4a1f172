/** The host's structural edits as Excel does them: rows inserted and deleted, sort, copy and cut, conditional formats. */

import { ExcelHost, createExcelHost } from "../../../src/demo/host";
import { rectsOfCells, formatCellsOf } from "../../../src/demo/host/structure";

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function setup(): void {
  host = createExcelHost({
    sheets: [
      {
        name: "S",
        cells: {
          A1: { value: "表头", fill: { color: "#DDEBF7" } },
          A2: { value: 3, fill: { color: "#FFC000", tintAndShade: 0.4 } },
          B2: { value: "c" },
          A3: { value: 1 },
          B3: { value: "a" },
          A4: { value: 2 },
          B4: { value: "b" },
        },
        notes: { B3: { content: "用户批注" } },
        merges: ["D1:E1"],
        conditionalFormats: [{ id: "cf1", type: "Custom", ranges: ["B3"], formula: "=TRUE", fill: "#FFC7CE" }],
      },
      { name: "T", cells: {} },
    ],
  });
  uninstall = host.install();
}

test("insert rows: cells, notes, merges and conditional formats move down; the new rows take the format above", async () => {
  setup();
  await host.userAction({ kind: "insertRows", sheet: "S", row: 3, count: 2 });
  const s = host.sheet("S");
  expect(s.cells.A5?.value).toBe(1);
  expect(s.notes).toEqual({ B5: { content: "用户批注" } });
  expect(s.cells.A3).toEqual({ fill: { color: "#FFC000", tintAndShade: 0.4 } }); // format of A2, no value
  expect(s.cells.A4).toEqual({ fill: { color: "#FFC000", tintAndShade: 0.4 } });
  expect(s.conditionalFormats![0].ranges).toEqual(["B5"]);
  expect(s.merges).toEqual(["D1:E1"]);
  // Inserted below a formatted cell, the conditional format extends over the new row.
  await host.userAction({ kind: "insertRows", sheet: "S", row: 6, count: 1 });
  expect(host.sheet("S").conditionalFormats![0].ranges).toEqual(["B5:B6"]);
});

test("delete rows: their cells, notes and conditional-format cells go; the rest moves up", async () => {
  setup();
  await host.userAction({ kind: "deleteRows", sheet: "S", row: 3, count: 1 });
  const s = host.sheet("S");
  expect(s.cells.A3?.value).toBe(2);
  expect(s.notes ?? {}).toEqual({});
  expect(s.conditionalFormats ?? []).toEqual([]);
});

test("sort: whole cells (value, format, note, conditional format) move with their row", async () => {
  setup();
  await host.userAction({ kind: "sortRows", sheet: "S", range: "A2:B4", column: "A" });
  const s = host.sheet("S");
  expect([2, 3, 4].map((r) => s.cells[`A${r}`]?.value)).toEqual([1, 2, 3]);
  expect(s.cells.A4?.fill).toEqual({ color: "#FFC000", tintAndShade: 0.4 });
  expect(s.notes).toEqual({ B2: { content: "用户批注" } });
  expect(s.conditionalFormats![0].ranges).toEqual(["B2"]);
  // A block that cuts a merged area cannot be sorted.
  await expect(host.userAction({ kind: "sortRows", sheet: "S", range: "D1:D2", column: "D" })).rejects.toThrow();
});

test("copy copies value, format, note and conditional formats (to another sheet too); cut leaves the source empty", async () => {
  setup();
  await host.userAction({ kind: "copyPaste", sheet: "S", from: "B3", to: "F10" });
  let s = host.sheet("S");
  expect(s.cells.F10).toEqual({ value: "a" });
  expect(s.notes!.F10).toEqual({ content: "用户批注" });
  expect(s.conditionalFormats![0].ranges.sort()).toEqual(["B3", "F10"]);
  await host.userAction({ kind: "copyPaste", sheet: "S", from: "B3", to: "A1", toSheet: "T" });
  expect(host.sheet("T").conditionalFormats!.map((cf) => cf.ranges)).toEqual([["A1"]]);
  await host.userAction({ kind: "copyPaste", sheet: "S", from: "A2:B2", to: "H20", cut: true });
  s = host.sheet("S");
  expect(s.cells.A2).toBeUndefined();
  expect(s.cells.H20).toEqual({ value: 3, fill: { color: "#FFC000", tintAndShade: 0.4 } });
  expect(s.cells.I20).toEqual({ value: "c" });
});

test("the API does the same: Range.insert / delete / sort.apply / copyFrom / moveTo, with onChanged", async () => {
  setup();
  const seen: string[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async (e) => {
      seen.push(`${e.changeType}:${e.address}`);
    });
    await context.sync();
  });
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("3:3").insert(Excel.InsertShiftDirection.down);
    await context.sync();
    ws.getRange("4:4").delete(Excel.DeleteShiftDirection.up);
    ws.getRange("A2:B4").sort.apply([{ key: 0, ascending: false }]);
    ws.getRange("F1").copyFrom("A2:B2");
    ws.getRange("F1:G1").moveTo("F5");
    await context.sync();
  });
  await host.flushEvents();
  const s = host.sheet("S");
  expect([2, 3, 4].map((r) => s.cells[`A${r}`]?.value)).toEqual([3, 2, undefined]);
  expect(s.cells.F5?.value).toBe(3);
  expect(s.cells.F1).toBeUndefined();
  expect(seen[0]).toMatch(/^RowInserted:/);
  expect(seen).toContain("RowDeleted:4:4");
});

test("conditional formats through the API: add on RangeAreas, read back, delete; protected sheets refuse", async () => {
  setup();
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    const cf = ws.getRanges("A2,B4").conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = '=N("x")=0';
    cf.custom.format.fill.color = "#FFEB9C";
    await context.sync();
    const all = ws.getRange().conditionalFormats;
    all.load("items/id,items/type,items/customOrNullObject/rule/formula");
    await context.sync();
    expect(all.items.map((c) => c.customOrNullObject.rule.formula)).toEqual(['=N("x")=0', "=TRUE"]);
    all.items[1].delete();
    await context.sync();
  });
  expect(host.sheet("S").conditionalFormats).toEqual([expect.objectContaining({ ranges: ["A2", "B4"], fill: "#FFEB9C" })]);
  host.protectSheet("S");
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "AccessDenied" });
});

test("rectsOfCells gives the fewest row-major rectangles", () => {
  const cells = formatCellsOf({ id: "x", type: "Custom", formula: "", ranges: ["A1:B2", "C1", "A5"] });
  expect(rectsOfCells(cells)).toEqual(["A1:C1", "A2:B2", "A5"]);
  expect(rectsOfCells(formatCellsOf({ id: "y", type: "Custom", formula: "", ranges: ["B2:C4"] }))).toEqual(["B2:C4"]);
});

test("a theme-tinted fill reads as its shown colour with its tint; writing both back tints twice (as in Excel)", async () => {
  setup();
  await Excel.run(async (context) => {
    const fill = context.workbook.worksheets.getItem("S").getRange("A2").format.fill;
    fill.load("color,tintAndShade");
    await context.sync();
    expect(fill.color).toBe("#FFD966"); // #FFC000 lightened by 0.4
    expect(fill.tintAndShade).toBe(0.4);
    const b = context.workbook.worksheets.getItem("S").getRange("B2");
    b.setCellProperties([[{ format: { fill: { color: fill.color, tintAndShade: fill.tintAndShade } } }]]);
    await context.sync();
  });
  expect(host.cell("S", "B2")?.fill).toEqual({ color: "#FFD966", tintAndShade: 0.4 }); // shows #FFE8A3, not #FFD966
});

/**
 * The print area is the sheet's Print_Area name, which Excel adjusts as it adjusts every reference
 * (inserting above a named range moves it, inserting within it expands it; deleting within shrinks it).
 */
describe("the print area moves with inserted and deleted rows, as a reference", () => {
  const printArea = () => host.sheet("S").pageLayout?.printArea;
  function withArea(area: string): void {
    setup();
    host.sheet("S").pageLayout = { printArea: area, orientation: "Landscape" };
  }

  test("rows inserted inside grow it, above move it, right under its last row leave it", async () => {
    withArea("A2:E4");
    await host.userAction({ kind: "insertRows", sheet: "S", row: 3, count: 2 });
    expect(printArea()).toBe("A2:E6");
    await host.userAction({ kind: "insertRows", sheet: "S", row: 7, count: 1 }); // right under row 6
    expect(printArea()).toBe("A2:E6");
    await host.userAction({ kind: "insertRows", sheet: "S", row: 2, count: 1 }); // at its first row: it moves
    expect(printArea()).toBe("A3:E7");
    await host.userAction({ kind: "insertRows", sheet: "S", row: 1, count: 1 });
    expect(printArea()).toBe("A4:E8");
    expect(host.sheet("S").pageLayout?.orientation).toBe("Landscape");
  });

  test("each of several areas on its own; cells shifted in only some of an area's columns leave it", async () => {
    withArea("A1:B4,D6:E8");
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("3:3").insert(Excel.InsertShiftDirection.down);
      await context.sync();
      ws.getRange("A2:A2").insert(Excel.InsertShiftDirection.down);
      await context.sync();
    });
    expect(printArea()).toBe("A1:B5,D7:E9");
  });

  test("rows deleted inside shrink it; an area whose rows are all deleted goes, and with the last the print area", async () => {
    withArea("A2:E6,A8:E9");
    await host.userAction({ kind: "deleteRows", sheet: "S", row: 3, count: 2 });
    expect(printArea()).toBe("A2:E4,A6:E7");
    await host.userAction({ kind: "deleteRows", sheet: "S", row: 6, count: 2 });
    expect(printArea()).toBe("A2:E4");
    await host.userAction({ kind: "deleteRows", sheet: "S", row: 1, count: 5 });
    expect(host.sheet("S").pageLayout).toEqual({ orientation: "Landscape" });
  });

  test("PageLayout.getPrintArea / getPrintAreaOrNullObject (1.9) read it as RangeAreas; setPrintArea takes several areas", async () => {
    setup();
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("S").pageLayout;
      const none = layout.getPrintAreaOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      layout.getPrintArea().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("S").pageLayout;
      layout.setPrintArea("$A$1:$G$16, I1:K16");
      const area = layout.getPrintAreaOrNullObject().load("address,areaCount");
      await context.sync();
      expect(area.isNullObject).toBe(false);
      expect([area.address, area.areaCount]).toEqual(["S!A1:G16, S!I1:K16", 2]);
    });
    expect(host.sheet("S").pageLayout?.printArea).toBe("A1:G16,I1:K16");
  });
});
