/** Displayed text and input parsing of the fake host (src/demo/host/display.ts). */

import { formatValue, parseInput, normalizeColor } from "../../../src/demo/host";

describe("formatValue", () => {
  it.each([
    [0.256, "0%", "26%"],
    [0.125, "0.00%", "12.50%"],
    [0.1234, "0.0%", "12.3%"],
    [1234.5, "#,##0.00", "1,234.50"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [1234567, "#,##0", "1,234,567"],
    [0.5, "0", "1"],
    [2.5, "0", "3"],
    [1.005, "0.00", "1.01"],
    [-5, "0;(0)", "(5)"],
    [0, '0.00;-0.00;"-"', "-"],
    [12.5, '0.00"万元"', "12.50万元"],
    [12.5, "¥#,##0.00", "¥12.50"],
    [1.5, "[Red]0.00", "1.50"],
    [45291, "yyyy-mm-dd", "2023-12-31"],
    [45291, "yyyy/m/d", "2023/12/31"],
    [45291, 'yyyy"年"m"月"d"日"', "2023年12月31日"],
    [45291, "yyyy年m月d日", "2023年12月31日"],
    [45291, "m/d/yyyy", "12/31/2023"],
    [45291.5, "yyyy-mm-dd hh:mm:ss", "2023-12-31 12:00:00"],
    [1, "yyyy-mm-dd", "1900-01-01"],
    [60, "yyyy-mm-dd", "1900-02-29"],
    [61, "yyyy-mm-dd", "1900-03-01"],
    [1 / 3, "General", "0.333333333"],
    [0.1 + 0.2, "General", "0.3"],
    [123456789012, "General", "1.23457E+11"],
    [-1.5, "General", "-1.5"],
    [42, "General", "42"],
    [3, "@", "3"],
    [2, "0.00E+00", "2"],
  ])("%p with %p → %p", (value, fmt, text) => {
    expect(formatValue(value, fmt)).toBe(text);
  });

  it("shows strings and booleans as they are", () => {
    expect(formatValue("abc", "0%")).toBe("abc");
    expect(formatValue(true, "General")).toBe("TRUE");
    expect(formatValue("", "0%")).toBe("");
  });
});

describe("parseInput", () => {
  it.each([
    ["12", undefined, { value: 12 }],
    ["-1.5", undefined, { value: -1.5 }],
    ["1e3", undefined, { value: 1000 }],
    ["25%", undefined, { value: 0.25, impliedFormat: "0%" }],
    ["12.5%", undefined, { value: 0.125, impliedFormat: "0.00%" }],
    ["1,234.5", undefined, { value: 1234.5, impliedFormat: "#,##0.00" }],
    ["'0012", undefined, { value: "0012" }],
    ["0012", "@", { value: "0012" }],
    ["true", undefined, { value: true }],
    ["=SUM(A1:A2)", undefined, { value: "", formula: "=SUM(A1:A2)" }],
    ["2023-12-31", undefined, { value: "2023-12-31" }],
    ["≥95%", undefined, { value: "≥95%" }],
    ["１２", undefined, { value: "１２" }],
  ])("%p (format %p)", (input, fmt, out) => {
    expect(parseInput(input, fmt)).toEqual(out);
  });
});

describe("normalizeColor", () => {
  it("accepts #RRGGBB and HTML names, nothing else", () => {
    expect(normalizeColor("#ffc7ce")).toBe("#FFC7CE");
    expect(normalizeColor("Yellow")).toBe("#FFFF00");
    expect(normalizeColor("#fff")).toBeNull();
    expect(normalizeColor("rgb(1,2,3)")).toBeNull();
  });
});
