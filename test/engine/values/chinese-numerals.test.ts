import { chineseNumber, foldChineseNumerals } from "../../../src/engine/values/chinese-numerals";
import { yearIn, yearLineYear } from "../../../src/engine/year";
import { normalizeLabel, squash } from "../../../src/engine/normalize";

describe("chineseNumber", () => {
  test.each([
    ["三", 3],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一百零五", 105],
    ["一百二十", 120],
    ["三千", 3000],
    ["两万", 20000],
    ["二〇二四", 2024],
    ["一二", 12],
  ])("%p = %p", (s, n) => expect(chineseNumber(s)).toBe(n));
  test("malformed runs are no number", () => expect(chineseNumber("三四十")).toBeUndefined());
});

describe("foldChineseNumerals", () => {
  test.each([
    ["三家", "3家"],
    ["百分之九十五", "95%"],
    ["百分之百", "100%"],
    ["十二月底前", "12月底前"],
    ["二〇二四年", "2024年"],
    ["一般", "一般"],
    ["统一", "统一"],
  ])("%p → %p", (s, out) => expect(foldChineseNumerals(s)).toBe(out));
});

describe("the budget year in Chinese numerals", () => {
  test("from a title", () => {
    expect(yearIn("二〇二四年度招商引资项目绩效目标表")).toBe(2024);
    expect(yearIn("二零二三年项目支出绩效目标表")).toBe(2023);
  });
  test("from a year line", () => expect(yearLineYear("（二〇二五年度）")).toBe(2025));
});

describe("invisible characters count as nothing", () => {
  test.each(["预算\u200b数", "预算\u200c数", "预算\u200d数", "预算\u2060数", "\ufeff预算数", "预\u00ad算数"])("%p", (s) => {
    expect(normalizeLabel(s)).toBe("预算数");
    expect(squash(s)).toBe("预算数");
  });
});
