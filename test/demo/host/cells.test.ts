/** Merged cells, fills, cell properties, formats, text, validation, notes, settings. */

import { ExcelHost, cellsFromRows } from "../../../src/demo/host";
import { installHost, rejection } from "./helpers";

let host: ExcelHost;
let uninstall: () => void;

afterEach(() => uninstall());

function sheet(ctx: Excel.RequestContext, name = "Sheet1"): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

describe("merged cells", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({
      sheets: [{ name: "Sheet1", cells: { A1: { value: "项目支出绩效目标表" }, A2: { value: "项目名称" }, B2: { value: "x" } }, merges: ["A1:D1", "B2:D2"] }],
    }));
  });

  it("hold their value in the top-left cell only", async () => {
    await Excel.run(async (ctx) => {
      const r = sheet(ctx).getRange("A1:D2").load("values, text");
      await ctx.sync();
      expect(r.values).toEqual([
        ["项目支出绩效目标表", "", "", ""],
        ["项目名称", "x", "", ""],
      ]);
      expect(r.text[0]).toEqual(["项目支出绩效目标表", "", "", ""]);
    });
  });

  it("discard writes to cells that are not the top-left of a merge", async () => {
    await Excel.run(async (ctx) => {
      sheet(ctx).getRange("A1:D1").values = [["新标题", "b", "c", "d"]];
      sheet(ctx).getRange("C2").values = [["hidden"]];
      await ctx.sync();
      const r = sheet(ctx).getRange("A1:D2").load("values");
      await ctx.sync();
      expect(r.values).toEqual([
        ["新标题", "", "", ""],
        ["项目名称", "x", "", ""],
      ]);
    });
    expect(host.cell("Sheet1", "C2")).toBeUndefined();
  });

  it("merge() keeps only the top-left value; unmerge() splits", async () => {
    await Excel.run(async (ctx) => {
      const r = sheet(ctx).getRange("A4:B5");
      r.values = [[1, 2], [3, 4]];
      r.merge();
      await ctx.sync();
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[1, ""], ["", ""]]);
      sheet(ctx).getRange("A6:C7").merge(true);
      await ctx.sync();
    });
    expect(host.sheet("Sheet1").merges).toEqual(["A1:D1", "B2:D2", "A4:B5", "A6:C6", "A7:C7"]);
    await Excel.run(async (ctx) => {
      sheet(ctx).getRange("A4:C7").unmerge();
      await ctx.sync();
    });
    expect(host.sheet("Sheet1").merges).toEqual(["A1:D1", "B2:D2"]);
  });

  it("merge() over part of an existing merge fails with InvalidOperation", async () => {
    const e = await rejection(
      Excel.run(async (ctx) => {
        sheet(ctx).getRange("C1:E1").merge();
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidOperation");
  });

  it("getMergedAreasOrNullObject returns only merges anchored in the range (office-js #3611)", async () => {
    await Excel.run(async (ctx) => {
      const all = sheet(ctx).getRange("A1:D2").getMergedAreasOrNullObject();
      all.load("address, areaCount");
      all.areas.load("items/address, items/rowIndex, items/columnIndex, items/columnCount");
      const tail = sheet(ctx).getRange("C1:D2").getMergedAreasOrNullObject();
      await ctx.sync();
      expect(all.isNullObject).toBe(false);
      expect(all.areaCount).toBe(2);
      expect(all.address).toBe("Sheet1!A1:D1, Sheet1!B2:D2");
      expect(all.areas.items.map((a) => [a.address, a.rowIndex, a.columnIndex, a.columnCount])).toEqual([
        ["Sheet1!A1:D1", 0, 0, 4],
        ["Sheet1!B2:D2", 1, 1, 3],
      ]);
      expect(tail.isNullObject).toBe(true);
    });
  });

  it("getMergedAreasOrNullObject fails above the merged-area limit", async () => {
    uninstall();
    const merges = Array.from({ length: 6 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    ({ host, uninstall } = installHost({ sheets: [{ name: "Sheet1", cells: {}, merges }] }, { mergedAreasLimit: 5 }));
    const e = await rejection(
      Excel.run(async (ctx) => {
        sheet(ctx).getRange("A1:B20").getMergedAreasOrNullObject().load("areaCount");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidOperation");
    await Excel.run(async (ctx) => {
      const half = sheet(ctx).getRange("A1:B9").getMergedAreasOrNullObject().load("areaCount");
      await ctx.sync();
      expect(half.areaCount).toBe(5);
    });
  });
});

describe("fills", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({
      sheets: [{ name: "Sheet1", cells: { A1: { value: 1 }, B1: { value: 2, fill: { color: "#FFFFFF" } }, C1: { value: 3, fill: { color: "#FFC7CE" } } } }],
    }));
  });

  it("No fill reads #FFFFFF with tintAndShade null; a white fill reads tintAndShade 0", async () => {
    await Excel.run(async (ctx) => {
      const load = (a: string) => sheet(ctx).getRange(a).format.fill.load("color, pattern, tintAndShade");
      const none = load("A1");
      const white = load("B1");
      const pink = load("C1");
      const mixed = load("A1:C1");
      await ctx.sync();
      expect([none.color, none.pattern, none.tintAndShade]).toEqual(["#FFFFFF", "None", null]);
      expect([white.color, white.pattern, white.tintAndShade]).toEqual(["#FFFFFF", "Solid", 0]);
      expect([pink.color, pink.pattern, pink.tintAndShade]).toEqual(["#FFC7CE", "Solid", 0]);
      expect([mixed.color, mixed.pattern]).toEqual([null, null]);
    });
  });

  it("fill.clear() removes the fill; setting #FFFFFF creates a white fill", async () => {
    await Excel.run(async (ctx) => {
      sheet(ctx).getRange("C1").format.fill.clear();
      sheet(ctx).getRange("A1").format.fill.color = "#ffffff";
      await ctx.sync();
    });
    expect(host.cell("Sheet1", "C1")).toEqual({ value: 3 });
    expect(host.cell("Sheet1", "A1")).toEqual({ value: 1, fill: { color: "#FFFFFF" } });
  });

  it("rejects colours Excel would not take", async () => {
    const e = await rejection(
      Excel.run(async (ctx) => {
        sheet(ctx).getRange("A1").format.fill.color = "not-a-colour";
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });

  it("getCellProperties snapshots per cell and setCellProperties restores it", async () => {
    const before = host.snapshot();
    let saved!: Excel.CellProperties[][];
    await Excel.run(async (ctx) => {
      const r = sheet(ctx).getRange("A1:C1");
      const props = r.getCellProperties({ address: true, format: { fill: { color: true, pattern: true, tintAndShade: true }, font: { bold: true } } });
      await ctx.sync();
      saved = props.value;
      expect(saved[0].map((p) => [p.address, p.format?.fill])).toEqual([
        ["Sheet1!A1", { color: "#FFFFFF", pattern: "None", tintAndShade: null }],
        ["Sheet1!B1", { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 }],
        ["Sheet1!C1", { color: "#FFC7CE", pattern: "Solid", tintAndShade: 0 }],
      ]);
      // Highlight everything, then put it back.
      r.format.fill.color = "#FF0000";
      r.format.font.bold = true;
      await ctx.sync();
      expect(host.cell("Sheet1", "A1")?.fill).toEqual({ color: "#FF0000" });
      r.setCellProperties(saved.map((row) => row.map((p) => ({ format: p.format }))));
      await ctx.sync();
    });
    expect(host.snapshot()).toEqual(before);
  });

  it("restoring only the colour turns No fill into white (the #FFFFFF trap)", async () => {
    await Excel.run(async (ctx) => {
      sheet(ctx).getRange("A1").setCellProperties([[{ format: { fill: { color: "#FFFFFF" } } }]]);
      await ctx.sync();
    });
    expect(host.cell("Sheet1", "A1")?.fill).toEqual({ color: "#FFFFFF" });
  });
});

describe("values, text and formats", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({
      sheets: [
        {
          name: "Sheet1",
          cells: {
            A1: { value: 0.256, numberFormat: "0%" },
            B1: { value: 1234.5, numberFormat: "#,##0.00" },
            C1: { value: 45291, numberFormat: 'yyyy"年"m"月"d"日"' },
            D1: { value: 45291, numberFormat: "yyyy-mm-dd" },
            E1: { value: 1 / 3 },
            F1: { value: 12, text: "12（万元）" },
            G1: { value: 0.125, numberFormat: "0.00%" },
          },
        },
      ],
    }));
  });

  it("computes displayed text for common formats", async () => {
    await Excel.run(async (ctx) => {
      const r = sheet(ctx).getRange("A1:G1").load("text, numberFormat, valueTypes");
      await ctx.sync();
      expect(r.text).toEqual([["26%", "1,234.50", "2023年12月31日", "2023-12-31", "0.333333333", "12（万元）", "12.50%"]]);
      expect(r.numberFormat[0][0]).toBe("0%");
      expect(r.valueTypes[0]).toEqual(["Double", "Double", "Double", "Double", "Double", "Double", "Double"]);
    });
  });

  it("parses written strings as Excel parses input", async () => {
    await Excel.run(async (ctx) => {
      const r = sheet(ctx).getRange("A2:F2");
      r.values = [["25%", "1,234", "'0012", "TRUE", " 7 ", "=A1*2"]];
      sheet(ctx).getRange("A3").numberFormat = [["@"]];
      await ctx.sync();
      sheet(ctx).getRange("A3").values = [["0012"]];
      const back = sheet(ctx).getRange("A2:F3").load("values, text, formulas");
      await ctx.sync();
      expect(back.values[0]).toEqual([0.25, 1234, "0012", true, 7, ""]);
      expect(back.text[0].slice(0, 4)).toEqual(["25%", "1,234", "0012", "TRUE"]);
      expect(back.formulas[0][5]).toBe("=A1*2");
      expect(back.values[1][0]).toBe("0012");
    });
  });

  it("a null in a written grid leaves that cell unchanged", async () => {
    await Excel.run(async (ctx) => {
      sheet(ctx).getRange("A1:B1").values = [[null, 5]] as unknown as unknown[][];
      await ctx.sync();
    });
    expect(host.cell("Sheet1", "A1")?.value).toBe(0.256);
    expect(host.cell("Sheet1", "B1")?.value).toBe(5);
  });

  it("writes font, alignment, wrap, widths, heights and borders", async () => {
    await Excel.run(async (ctx) => {
      const r = sheet(ctx).getRange("A5:B6");
      r.format.font.bold = true;
      r.format.font.color = "#1F4E78";
      r.format.horizontalAlignment = "Center";
      r.format.verticalAlignment = "Center";
      r.format.wrapText = true;
      r.format.columnWidth = 120;
      r.format.rowHeight = 30;
      r.format.borders.getItem("EdgeBottom").style = "Continuous";
      r.format.borders.getItem("InsideVertical").weight = "Medium";
      await ctx.sync();
      const f = r.format.load("columnWidth, rowHeight, horizontalAlignment, wrapText");
      const bottom = r.format.borders.getItem("EdgeBottom").load("style, weight, color");
      const below = sheet(ctx).getRange("A7:B7").format.borders.getItem("EdgeTop").load("style");
      const top = r.format.borders.getItem("EdgeTop").load("style");
      const wide = sheet(ctx).getRange("A5:C5").format.load("columnWidth");
      await ctx.sync();
      expect([f.columnWidth, f.rowHeight, f.horizontalAlignment, f.wrapText]).toEqual([120, 30, "Center", true]);
      expect([bottom.style, bottom.weight, bottom.color]).toEqual(["Continuous", "Thin", "#000000"]);
      expect(below.style).toBe("Continuous");
      expect(top.style).toBe("None");
      expect(wide.columnWidth).toBeNull();
    });
    expect(host.cell("Sheet1", "A5")).toMatchObject({ font: { bold: true, color: "#1F4E78" }, wrapText: true, borders: { EdgeRight: { style: "Continuous", weight: "Medium" } } });
  });

  it("returns null values for loads over the cell limit", async () => {
    uninstall();
    ({ host, uninstall } = installHost({ sheets: [{ name: "Sheet1", cells: cellsFromRows([[1, 2, 3]]) }] }, { cellLimit: 10 }));
    await Excel.run(async (ctx) => {
      const big = sheet(ctx).getRange("A1:C4").load("values, address");
      const ok = sheet(ctx).getRange("A1:C3").load("values");
      await ctx.sync();
      expect(big.values).toBeNull();
      expect(big.address).toBe("Sheet1!A1:C4");
      expect(ok.values[0]).toEqual([1, 2, 3]);
    });
  });
});

describe("data validation, notes, comments, settings", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({ sheets: [{ name: "Sheet1", cells: {} }, { name: "Lists", cells: cellsFromRows([["是"], ["否"]]) }] }));
  });

  it("sets, reads and clears a list rule", async () => {
    await Excel.run(async (ctx) => {
      const r = sheet(ctx).getRange("B2:B4");
      r.dataValidation.clear();
      r.dataValidation.rule = { list: { inCellDropDown: true, source: "是,否" } };
      sheet(ctx).getRange("C2").dataValidation.rule = { list: { inCellDropDown: true, source: sheet(ctx, "Lists").getRange("A1:A2") } };
      await ctx.sync();
      const dv = r.dataValidation.load("type, rule");
      const c = sheet(ctx).getRange("C2").dataValidation.load("rule");
      await ctx.sync();
      expect(dv.type).toBe("List");
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "是,否" } });
      expect(c.rule.list?.source).toBe("=Lists!$A$1:$A$2");
      r.dataValidation.clear();
      await ctx.sync();
    });
    expect(host.cell("Sheet1", "B3")).toBeUndefined();
  });

  it("rejects a rule with two criteria", async () => {
    const e = await rejection(
      Excel.run(async (ctx) => {
        sheet(ctx).getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a" }, custom: { formula: "=1" } };
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });

  it("notes: add, read (content and location), delete; single cell only", async () => {
    await Excel.run(async (ctx) => {
      const notes = sheet(ctx).notes;
      notes.add("B2", "预算数应为数字");
      await ctx.sync();
      notes.load("items/content, items/authorName");
      const loc = notes.getItem("B2").getLocation().load("address");
      const none = notes.getItemOrNullObject("C3");
      await ctx.sync();
      expect(notes.items.map((n) => n.content)).toEqual(["预算数应为数字"]);
      expect(loc.address).toBe("Sheet1!B2");
      expect(none.isNullObject).toBe(true);
      notes.getItem("B2").delete();
      await ctx.sync();
    });
    expect(host.sheet("Sheet1").notes).toEqual({});
    const e = await rejection(
      Excel.run(async (ctx) => {
        sheet(ctx).notes.add("B2:B3", "x");
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });

  it("comments: add and read back", async () => {
    await Excel.run(async (ctx) => {
      const c = sheet(ctx).comments.add("A1", "请核对");
      c.load("content, authorName, id");
      await ctx.sync();
      expect([c.content, c.authorName]).toEqual(["请核对", "Test User"]);
      expect(c.id).toMatch(/^\{/);
    });
  });

  it("settings persist in the workbook model", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.settings.add("jixiao.state", { version: 1, sheets: ["表1"] });
      await ctx.sync();
    });
    expect(host.workbook.settings).toEqual({ "jixiao.state": { version: 1, sheets: ["表1"] } });
    await Excel.run(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject("jixiao.state").load("value");
      const missing = ctx.workbook.settings.getItemOrNullObject("other");
      await ctx.sync();
      expect(s.value).toEqual({ version: 1, sheets: ["表1"] });
      expect(missing.isNullObject).toBe(true);
      s.delete();
      await ctx.sync();
    });
    expect(host.workbook.settings).toEqual({});
  });

  it("custom XML parts: add, getXml, namespace", async () => {
    await Excel.run(async (ctx) => {
      const p = ctx.workbook.customXmlParts.add('<state xmlns="urn:jixiao"><v>1</v></state>');
      p.load("id, namespaceUri");
      const xml = p.getXml();
      await ctx.sync();
      expect(p.namespaceUri).toBe("urn:jixiao");
      expect(xml.value).toContain("<v>1</v>");
    });
  });
});

describe("report-sheet writes", () => {
  beforeEach(() => {
    ({ host, uninstall } = installHost({ sheets: [{ name: "表1", cells: { C7: { value: "x", fill: { color: "#FFFF00" } } } }] }));
  });

  it("hyperlinks to cells, freeze panes and RangeAreas fills", async () => {
    await Excel.run(async (ctx) => {
      const report = ctx.workbook.worksheets.add("检查结果");
      const link = report.getRange("A2");
      link.hyperlink = { documentReference: "'表1'!C7", textToDisplay: "表1!C7", screenTip: "跳到单元格" };
      report.freezePanes.freezeRows(1);
      const areas = report.getRanges("A1:B1, D4");
      areas.format.fill.color = "#DDEBF7";
      areas.load("address, areaCount, cellCount");
      await ctx.sync();
      link.load("values, hyperlink");
      const frozen = report.freezePanes.getLocationOrNullObject().load("address");
      await ctx.sync();
      expect(link.values).toEqual([["表1!C7"]]);
      expect(link.hyperlink).toEqual({ documentReference: "'表1'!C7", textToDisplay: "表1!C7", screenTip: "跳到单元格" });
      expect(frozen.address).toBe("检查结果!1:1");
      expect([areas.address, areas.areaCount, areas.cellCount]).toEqual(["检查结果!A1:B1, 检查结果!D4", 2, 3]);
    });
    expect(host.cell("检查结果", "D4")?.fill).toEqual({ color: "#DDEBF7" });
    expect(host.cell("检查结果", "C4")).toBeUndefined();
  });

  it("clear(Contents) keeps formats; clear(Formats) keeps values", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("C7").clear("Contents");
      await ctx.sync();
    });
    expect(host.cell("表1", "C7")).toEqual({ fill: { color: "#FFFF00" } });
    host.setCell("表1", "C7", { value: 1, fill: { color: "#FFFF00" }, font: { bold: true } });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表1").getRange("A1:Z99").clear(Excel.ClearApplyTo.formats);
      await ctx.sync();
    });
    expect(host.cell("表1", "C7")).toEqual({ value: 1 });
  });

  it("a user edit inside a merged area lands in its top-left cell", async () => {
    host.sheet("表1").merges = ["A1:C1"];
    await host.userEdit("表1", "B1", "标题");
    expect(host.cell("表1", "A1")?.value).toBe("标题");
    expect(host.cell("表1", "B1")).toBeUndefined();
  });
});
