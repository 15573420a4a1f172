/** ReadPlanner: packing under a budget, cutting, halving on failure, refining from observed sizes. */

import { ReadPlanner, ReadUnit } from "../../src/excel/read-plan";

const cells = (sheet: number, rows: number, cols: number, row = 0): ReadUnit => ({ kind: "cells", sheet, row, col: 0, rows, cols });

/** Every batch until done; asserts the units exactly tile what was added. */
function drain(p: ReadPlanner): ReadUnit[][] {
  const out: ReadUnit[][] = [];
  for (let i = 0; !p.done; i++) {
    if (i > 10_000) throw new Error("planner does not terminate");
    out.push(p.nextBatch());
  }
  return out;
}

function cellCount(batches: ReadUnit[][], kind = "cells"): number {
  return batches.flat().filter((u) => u.kind === kind).reduce((n, u) => n + u.rows * u.cols, 0);
}

it("packs many small sheets into one batch when they fit", () => {
  const p = new ReadPlanner({ budgetBytes: 4 * 1024 * 1024, bytesPerCell: 48 });
  for (let s = 0; s < 100; s++) p.add(cells(s, 16, 7));
  const batches = drain(p);
  expect(batches).toHaveLength(1);
  expect(batches[0]).toHaveLength(100);
});

it("cuts a sheet into row blocks that each stay under the budget, covering every row once", () => {
  const p = new ReadPlanner({ budgetBytes: 10_000, bytesPerCell: 50 });
  p.add(cells(0, 1000, 10));
  const batches = drain(p);
  for (const b of batches) expect(b.reduce((n, u) => n + p.estimate(u), 0)).toBeLessThanOrEqual(10_000);
  const rows = batches.flat().sort((a, b) => a.row - b.row);
  let next = 0;
  for (const u of rows) {
    expect(u.row).toBe(next);
    next += u.rows;
  }
  expect(next).toBe(1000);
});

it("a row wider than the budget is cut by columns", () => {
  const p = new ReadPlanner({ budgetBytes: 2_000, bytesPerCell: 50 });
  p.add(cells(0, 2, 200));
  const batches = drain(p);
  expect(cellCount(batches)).toBe(400);
  expect(batches.flat().every((u) => u.cols < 200)).toBe(true);
});

it("never makes a cells unit larger than the cell limit", () => {
  const p = new ReadPlanner({ budgetBytes: 1e12, bytesPerCell: 1, maxCellsPerUnit: 1000 });
  p.add(cells(0, 500, 30));
  const batches = drain(p);
  expect(batches.flat().every((u) => u.rows * u.cols <= 1000)).toBe(true);
  expect(cellCount(batches)).toBe(15_000);
});

it("a refused batch is put back and the budget halved below it; the retry is half the size", () => {
  const p = new ReadPlanner({ budgetBytes: 100_000, bytesPerCell: 50 });
  p.add(cells(0, 1000, 10));
  const first = p.nextBatch();
  const firstEst = first.reduce((n, u) => n + p.estimate(u), 0);
  p.failed(first);
  expect(p.budgetBytes).toBeLessThanOrEqual(firstEst / 2);
  const retry = p.nextBatch();
  expect(retry[0].row).toBe(0); // the same rows again, fewer of them
  expect(retry.reduce((n, u) => n + p.estimate(u), 0)).toBeLessThanOrEqual(firstEst / 2);
  expect(cellCount([retry, ...drain(p)])).toBe(10_000);
});

it("refines bytes per cell from what responses really cost", () => {
  const p = new ReadPlanner({ bytesPerCell: 48 });
  p.succeeded(1000, 20_000); // 20 bytes a cell seen
  expect(p.bytesPerCell).toBeCloseTo(25);
  p.succeeded(1000, 200_000);
  expect(p.bytesPerCell).toBeCloseTo(250);
  p.succeeded(1000, 1_000); // never below the floor of an empty cell
  expect(p.bytesPerCell).toBe(16);
});

it("on a merged-areas failure, halves the merges bands and gives up only on single rows", () => {
  const p = new ReadPlanner();
  const m: ReadUnit = { kind: "merges", sheet: 0, row: 0, col: 0, rows: 10, cols: 5 };
  expect(p.failedOnMerges([m, cells(0, 10, 5)])).toEqual([]);
  const back = p.nextBatch();
  expect(back.filter((u) => u.kind === "merges").map((u) => [u.row, u.rows])).toEqual([[0, 5], [5, 5]]);
  expect(p.failedOnMerges([{ ...m, rows: 1 }])).toHaveLength(1);
});
