import { evaluateFormula } from "../../../src/demo/page/formulas";
import type { CellValue } from "../../../src/demo/host";

/** A1=1, B1=2, A2="x", B2=4 */
const CELLS: Record<string, CellValue> = { "0,0": 1, "0,1": 2, "1,0": "x", "1,1": 4 };
const read = (r: number, c: number): CellValue | undefined => CELLS[`${r},${c}`];

describe("the demo host's formula values", () => {
  test.each<[string, CellValue]>([
    ["=SUM(A1,B1)", 3],
    ["=SUM(A1:B2)", 7],
    ["=SUM($A$1:$B$1)", 3],
    ["=SUM()", 0],
    ["=A1+B1*2", 5],
    ["=(A1+B1)*2", 6],
    ["=2^3^1", 8],
    ["=-A1^2", 1],
    ["=50%", 0.5],
    ["=B2*10%", 0.4],
    ["=0.1+0.2", 0.3],
    ["=C9+1", 1],
    ["=AVERAGE(A1:B2)", Number((7 / 3).toPrecision(15))],
    ["=COUNT(A1:B2)", 3],
    ["=MIN(A1:B2,-1)", -1],
    ["=MAX(A1:B2)", 4],
  ])("%s = %p", (f, v) => expect(evaluateFormula(f, read)).toEqual(v));

  test.each<[string, string]>([
    ["=B2/0", "#DIV/0!"],
    ["=AVERAGE(C1:C3)", "#DIV/0!"],
    ["=FOO(1)", "#NAME?"],
    ["=A2+1", "#VALUE!"],
    ["=1+", "#VALUE!"],
    ["=(1", "#VALUE!"],
    ["=1 2", "#VALUE!"],
    ["=A1:B1", "#VALUE!"],
    ["=中文", "#NAME?"],
  ])("%s is Excel's %s", (f, v) => expect(evaluateFormula(f, read)).toBe(v));
});
