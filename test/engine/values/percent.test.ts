import { readPercent } from "../../../src/engine/values";
import { PercentOptions } from "../../../src/engine/values/percent";
import { cell } from "../../helpers/cell";

const LABEL: PercentOptions = { percentLabel: true };
const FRACTION: PercentOptions = { percentLabel: false, fractionScale: true };
const PLAIN: PercentOptions = { percentLabel: false };
const BOTH: PercentOptions = { percentLabel: true, fractionScale: true };

describe("readPercent: number cells", () => {
  test.each<[string, ReturnType<typeof cell>, PercentOptions, number]>([
    ["% format scales", cell(0.5, "0%", "50%"), PLAIN, 50],
    ["% format, label too", cell(0.5, "0%", "50%"), LABEL, 50],
    ["% format, fractionScale too", cell(0.5, "0%", "50%"), FRACTION, 50],
    ["decimals", cell(0.255, "0.0%", "25.5%"), PLAIN, 25.5],
    ["float noise", cell(0.07, "0%", "7%"), PLAIN, 7],
    ["100%", cell(1, "0%", "100%"), PLAIN, 100],
    ["0%", cell(0, "0%", "0%"), PLAIN, 0],
    ["negative", cell(-0.1, "0%", "-10%"), PLAIN, -10],
    ["over 100", cell(1.2, "0%", "120%"), PLAIN, 120],
    ["sections", cell(0.5, "0.00%;[Red]-0.00%", "50.00%"), PLAIN, 50],
    ["quoted % does not scale", cell(50, '0"%"', "50%"), PLAIN, 50],
    ["quoted % does not scale under fractionScale", cell(50, '0"%"', "50%"), FRACTION, 50],
    ["bare under label", cell(50), LABEL, 50],
    ["bare fraction under label stays", cell(0.5), LABEL, 0.5],
    ["bare 100 under label", cell(100), LABEL, 100],
    ["label wins over fractionScale", cell(50), BOTH, 50],
    ["fractionScale", cell(0.5), FRACTION, 50],
    ["fractionScale 1", cell(1), FRACTION, 100],
    ["fractionScale 0", cell(0), FRACTION, 0],
    ["fractionScale noise", cell(0.35), FRACTION, 35],
    ["plain 0–100", cell(50), PLAIN, 50],
    ["plain fraction stays", cell(0.5), PLAIN, 0.5],
    ["number format without %", cell(50, "0.00", "50.00"), LABEL, 50],
  ])("%s", (_name, c, opts, value) => {
    expect(readPercent(c, opts)).toEqual({ kind: "percent", value });
  });
});

describe("readPercent: text", () => {
  test.each<[string, PercentOptions, number]>([
    ["50%", PLAIN, 50],
    ["50%", LABEL, 50],
    ["50%", FRACTION, 50],
    ["５０％", PLAIN, 50],
    ["50 %", PLAIN, 50],
    ["50\n%", PLAIN, 50],
    [" 30% ", PLAIN, 30],
    ["50.5%", PLAIN, 50.5],
    ["100％", PLAIN, 100],
    ["0%", PLAIN, 0],
    ["-10%", PLAIN, -10],
    ["－10％", PLAIN, -10],
    ["120%", PLAIN, 120],
    ["50", LABEL, 50],
    ["５０", LABEL, 50],
    ["0.5", LABEL, 0.5],
    ["50", PLAIN, 50],
    ["0.5", FRACTION, 50],
    ["50", BOTH, 50],
  ])("%p with %p → %p", (text, opts, value) => {
    expect(readPercent(cell(text), opts)).toEqual({ kind: "percent", value });
  });
});

describe("readPercent: blank", () => {
  test.each([[null], [""], ["  "], ["\n"], ["—"], ["——"], ["/"], ["无"]])("%p is blank", (value) => {
    expect(readPercent(cell(value), LABEL)).toEqual({ kind: "blank" });
  });
});

describe("readPercent: invalid", () => {
  test.each([
    ["待定"],
    ["十月"],
    ["abc"],
    ["百分之五十"],
    ["50%以上"],
    ["≥50%"],
    ["50%-60%"],
    ["50%%"],
    ["5O%"],
    ["1,2%"],
    ["6月底"],
    ["%"],
  ])("%p does not read", (text) => {
    const r = readPercent(cell(text), LABEL);
    expect(r.kind).toBe("invalid");
    expect(r.kind === "invalid" && r.reason.length).toBeGreaterThan(0);
  });

  test("a boolean does not read", () => {
    expect(readPercent(cell(true), LABEL).kind).toBe("invalid");
  });
});
