import { printAreaAfterInsert, printAreaParts } from "../../src/engine/print-area";

/** The print area of a template rows are inserted into: as Excel moves it, and grown where the table ends it. */

describe("printAreaParts: the areas of an address, without their sheet", () => {
  test("Excel's RangeAreas address, a comma inside a quoted sheet name included", () => {
    expect(printAreaParts("模板!$A$1:$G$16")).toEqual(["$A$1:$G$16"]);
    expect(printAreaParts("'Q1, Q2''s'!$A$1:$G$16, 'Q1, Q2''s'!$I$1:$K$16")).toEqual(["$A$1:$G$16", "$I$1:$K$16"]);
  });
  test("exceljs's pageSetup.printArea joins areas with &&", () => {
    expect(printAreaParts("A1:G16&&I1:K16")).toEqual(["A1:G16", "I1:K16"]);
    expect(printAreaParts("")).toEqual([]);
  });
});

describe("printAreaAfterInsert", () => {
  // 2 rows inserted under Excel row 16 (zero-based 15)
  const insert = (...parts: string[]) => printAreaAfterInsert(parts, 15, 2);

  test("an area ending on the row the new rows go under grows over them; Excel would not, so it is said", () => {
    expect(insert("A1:G16")).toEqual({ parts: ["A1:G18"], extended: true });
    expect(insert("$A$1:$G$16")).toEqual({ parts: ["$A$1:$G$18"], extended: true });
    expect(insert("$1:$16")).toEqual({ parts: ["$1:$18"], extended: true });
    expect(insert("G16:A1")).toEqual({ parts: ["G18:A1"], extended: true });
    expect(insert("A16")).toEqual({ parts: ["A16:A18"], extended: true });
  });

  test("inside an area it grows, below it moves, above it stays: as Excel adjusts a reference, nothing to write", () => {
    expect(insert("A1:G20")).toEqual({ parts: ["A1:G22"], extended: false });
    expect(insert("A17:G20")).toEqual({ parts: ["A19:G22"], extended: false });
    expect(insert("A17")).toEqual({ parts: ["A19"], extended: false });
    expect(insert("A1:G15")).toEqual({ parts: ["A1:G15"], extended: false });
    expect(insert("A:G")).toEqual({ parts: ["A:G"], extended: false });
  });

  test("several areas: each on its own; one of them ending there is enough to write them all", () => {
    expect(insert("A1:G16", "A20:G30", "I1:K8")).toEqual({ parts: ["A1:G18", "A22:G32", "I1:K8"], extended: true });
  });
});
