import { isDateFormat, serialToDate } from "../../../src/engine/values";

describe("serialToDate (1900 date system, with Excel's leap-year bug)", () => {
  test.each([
    [0, 1900, 1, 0], // Excel shows serial 0 as 1900-01-00
    [1, 1900, 1, 1],
    [31, 1900, 1, 31],
    [59, 1900, 2, 28],
    [60, 1900, 2, 29], // the day that never was
    [61, 1900, 3, 1],
    [366, 1900, 12, 31],
    [367, 1901, 1, 1],
    [36526, 2000, 1, 1],
    [44927, 2023, 1, 1],
    [45291, 2023, 12, 31],
    [45292, 2024, 1, 1],
    [45351, 2024, 2, 29],
    [45291.5, 2023, 12, 31], // noon: the time of day is ignored
    [45291.999, 2023, 12, 31],
    [45291.99999999999, 2024, 1, 1], // float noise around midnight
    [2958465, 9999, 12, 31],
  ])("%p → %p-%p-%p", (serial, year, month, day) => {
    expect(serialToDate(serial)).toEqual({ year, month, day });
  });

  test.each([[-1], [NaN], [Infinity]])("%p is not a date serial", (serial) => {
    expect(() => serialToDate(serial)).toThrow(RangeError);
  });
});

describe("isDateFormat", () => {
  test.each([
    "yyyy/m/d",
    "m/d/yyyy",
    "m/d/yy",
    "mm-dd-yy",
    "yyyy-mm-dd",
    "yyyy\\-mm\\-dd",
    "d-mmm-yy",
    "d-mmm",
    "mmm-yy",
    "mmmm",
    "m/d",
    'yyyy"年"m"月"d"日"',
    "yyyy年m月d日",
    'm"月"d"日"',
    "[$-F800]dddd, mmmm dd, yyyy",
    "[$-F800]",
    "[$-x-sysdate]dddd, mmmm dd, yyyy",
    "[$-804]yyyy年m月d日",
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    "yyyy/m/d h:mm",
    "e年m月d日",
    "yyyy-mm-dd;@",
  ])("%p is a date format", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  test.each([
    "General",
    "G/通用格式",
    "@",
    "0",
    "0.00",
    "0%",
    "0.00%",
    "#,##0",
    "#,##0.00",
    '#,##0.00"万元"',
    '0"人"',
    '0"天"',
    '"d"0',
    "\\d0",
    "0.00_);[Red](0.00)",
    "[Red]0.00",
    "0.00E+00",
    "[$¥-804]#,##0.00",
    "¥#,##0.00;¥-#,##0.00",
    "h:mm",
    "h:mm:ss",
    "[h]:mm:ss",
    "[mm]:ss",
    "mm:ss",
    "h:mm AM/PM",
    "[$-F400]h:mm:ss AM/PM",
    "上午/下午h时mm分",
    "# ?/?",
  ])("%p is not a date format", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
