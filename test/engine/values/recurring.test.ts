import { parseRecurringDeadline } from "../../../src/engine/values/recurring";
import { readIndicatorValue } from "../../../src/engine/values";
import { cell } from "../../helpers/cell";

describe("recurring deadlines", () => {
  test.each([
    ["每月15日前", { day: 15 }],
    ["每季度首月25日前", { day: 25 }],
    ["每月10日前", { day: 10 }],
    ["每年6月底前", { month: 6 }],
    ["每季度末", {}],
    ["每周五前", {}],
    ["每月5号前报送", { day: 5 }],
  ])("%s is a deadline without a year", (s, parts) => {
    expect(parseRecurringDeadline(s)).toEqual(parts);
    expect(readIndicatorValue(cell(s))).toMatchObject({ kind: "deadline", text: s });
  });
  test.each(["每月", "每月32日前", "每年13月底前", "每人15元", "15日前每月"])("%s is not one", (s) => {
    expect(parseRecurringDeadline(s)).toBeUndefined();
  });
});
