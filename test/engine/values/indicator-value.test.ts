import { isPlaceholder, readIndicatorValue } from "../../../src/engine/values";
import { Comparison, IndicatorValue } from "../../../src/engine/values/types";
import { cell } from "../../helpers/cell";

const text = (s: string) => readIndicatorValue(cell(s));

function q(value: number, unit: string, comparison?: Comparison, wan?: number): IndicatorValue {
  const r: IndicatorValue = {
    kind: "quantity",
    value,
    unit,
    isPercent: unit === "%",
    isMoney: wan !== undefined,
  };
  if (comparison) r.comparison = comparison;
  if (wan !== undefined) r.wan = wan;
  return r;
}

describe("isPlaceholder", () => {
  test.each([
    "≥**%",
    "**月**日前",
    "≥＊＊％",
    "*",
    "XX人",
    "xx人",
    "ＸＸ人",
    "≥XX%",
    "××人",
    "20××年12月31日前",
    "待定",
    "时间待定",
    "/",
    "／",
    " / ",
    "\n/\n",
  ])("%p is a placeholder", (s) => {
    expect(isPlaceholder(s)).toBe(true);
  });

  test.each([
    "举办/参加活动场次",
    "1/2",
    "元/人",
    "≥20人",
    "12月31日前",
    "提升",
    "X光机检查人数",
    "3×4米",
    "",
    "   ",
  ])("%p is not a placeholder", (s) => {
    expect(isPlaceholder(s)).toBe(false);
  });
});

describe("readIndicatorValue: quantities in text", () => {
  test.each<[string, IndicatorValue]>([
    ["≥20人", q(20, "人", ">=")],
    ["≥10次", q(10, "次", ">=")],
    ["≥1场", q(1, "场", ">=")],
    ["≥3家", q(3, "家", ">=")],
    ["≥90%", q(90, "%", ">=")],
    ["≤50万元", q(50, "万元", "<=", 50)],
    ["=100%", q(100, "%", "=")],
    ["不少于3家", q(3, "家", ">=")],
    ["达到95%", q(95, "%", ">=")],
    ["95%以上", q(95, "%", ">=")],
    ["95%及以上", q(95, "%", ">=")],
    ["3万元以内", q(3, "万元", "<=", 3)],
    ["5%以下", q(5, "%", "<=")],
    [">=90%", q(90, "%", ">=")],
    ["<=5%", q(5, "%", "<=")],
    ["＞80％", q(80, "%", ">")],
    ["＜5％", q(5, "%", "<")],
    ["＝100％", q(100, "%", "=")],
    ["＞＝90％", q(90, "%", ">=")],
    ["≧5個", q(5, "個", ">=")],
    ["≦10次", q(10, "次", "<=")],
    ["⩾90%", q(90, "%", ">=")],
    [">5家", q(5, "家", ">")],
    ["<3次", q(3, "次", "<")],
    ["不低于90%", q(90, "%", ">=")],
    ["不高于5%", q(5, "%", "<=")],
    ["不超过50万元", q(50, "万元", "<=", 50)],
    ["大于10个", q(10, "个", ">")],
    ["大于等于10个", q(10, "个", ">=")],
    ["小于3次", q(3, "次", "<")],
    ["低于5%", q(5, "%", "<")],
    ["少于3次", q(3, "次", "<")],
    ["高于80%", q(80, "%", ">")],
    ["多于5家", q(5, "家", ">")],
    ["控制在50万元以内", q(50, "万元", "<=", 50)],
    ["达到95%以上", q(95, "%", ">=")],
    ["95%(含)以上", q(95, "%", ">=")],
    ["≥95%（含）", q(95, "%", ">=")],
    ["20人", q(20, "人")],
    ["100%", q(100, "%")],
    ["600", q(600, "")],
    ["≥20", q(20, "", ">=")],
    ["≥ 20 人", q(20, "人", ">=")],
    ["≥\n20人", q(20, "人", ">=")],
    ["≥２０人", q(20, "人", ">=")],
    ["≥1,000人", q(1000, "人", ">=")],
    ["≥１，０００人", q(1000, "人", ">=")],
    ["≥1.5万人", q(1.5, "万人", ">=")],
    ["≥20人次", q(20, "人次", ">=")],
    ["≤50万", q(50, "万", "<=")],
    ["≥500元", q(500, "元", ">=", 0.05)],
    ["≤1.2亿元", q(1.2, "亿元", "<=", 12000)],
    ["≤500千元", q(500, "千元", "<=", 50)],
    ["≤200元/人", q(200, "元/人", "<=", 0.02)],
    ["≤¥50", q(50, "元", "<=", 0.005)],
    ["≥100㎡", q(100, "m2", ">=")],
    ["满意度≥90%", q(90, "%", ">=")],
    ["完成率达到95%", q(95, "%", ">=")],
    ["完成率85%以上", q(85, "%", ">=")],
    ["约50人", q(50, "人")],
    ["合格率为100%", q(100, "%")],
    ["50人左右", q(50, "人")],
    ["≥90%。", q(90, "%", ">=")],
    ["-5%", q(-5, "%")],
    ["≥-5%", q(-5, "%", ">=")],
    ["－5％", q(-5, "%")],
  ])("%p", (s, expected) => {
    expect(text(s)).toEqual(expected);
  });
});

describe("readIndicatorValue: number cells", () => {
  test.each<[string, ReturnType<typeof cell>, IndicatorValue]>([
    ["General", cell(20), q(20, "")],
    ["General, fraction", cell(0.95), q(0.95, "")],
    ["negative", cell(-3), q(-3, "")],
    ["Chinese General", cell(20, "G/通用格式"), q(20, "")],
    ["% format", cell(0.95, "0%", "95%"), q(95, "%")],
    ["% format, decimals", cell(0.955, "0.0%", "95.5%"), q(95.5, "%")],
    ["% format, float noise", cell(0.07, "0%", "7%"), q(7, "%")],
    ["quoted % does not scale", cell(95, '0"%"', "95%"), q(95, "%")],
    ["unit in format", cell(20, '0"人"', "20人"), q(20, "人")],
    ["General with unit", cell(20, 'General"人"', "20人"), q(20, "人")],
    ["comparison and unit in format", cell(20, '"≥"0"人"', "≥20人"), q(20, "人", ">=")],
    ["comparison and % in format", cell(0.9, '"≥"0%', "≥90%"), q(90, "%", ">=")],
    ["suffix comparison in format", cell(20, '0"人以上"', "20人以上"), q(20, "人", ">=")],
    ["money in format", cell(50, '#,##0.00"万元"', "50.00万元"), q(50, "万元", undefined, 50)],
    ["currency format", cell(500, "¥#,##0", "¥500"), q(500, "元", undefined, 0.05)],
    ["locale currency format", cell(500, "[$¥-804]#,##0.00", "¥500.00"), q(500, "元", undefined, 0.05)],
    ["thousands", cell(1200, "#,##0", "1,200"), q(1200, "")],
    ["too narrow to show", cell(1200, "#,##0", "####"), q(1200, "")],
  ])("%s", (_name, c, expected) => {
    expect(readIndicatorValue(c)).toEqual(expected);
  });
});

describe("readIndicatorValue: deadlines in text", () => {
  test.each<[string, number | undefined, number | undefined, number | undefined]>([
    ["12月31日前", undefined, 12, 31],
    ["2023年12月31日前", 2023, 12, 31],
    ["2023年12月31日", 2023, 12, 31],
    ["2023年12月31日前完成", 2023, 12, 31],
    ["截至2023年12月31日", 2023, 12, 31],
    ["≤2023年12月31日", 2023, 12, 31],
    ["不晚于12月31日", undefined, 12, 31],
    ["12月31日", undefined, 12, 31],
    ["12月31号前", undefined, 12, 31],
    ["１２月３１日前", undefined, 12, 31],
    ["12月\n31日前", undefined, 12, 31],
    [" 12月31日前 ", undefined, 12, 31],
    ["2024年2月29日前", 2024, 2, 29],
    ["2023.12.31前", 2023, 12, 31],
    ["2023-12-31", 2023, 12, 31],
    ["2023/12/31", 2023, 12, 31],
    ["2023/12/31前", 2023, 12, 31],
    ["12.31前", undefined, 12, 31],
    ["2023年12月底前", 2023, 12, undefined],
    ["2023年12月", 2023, 12, undefined],
    ["2023.12前", 2023, 12, undefined],
    ["12月底前", undefined, 12, undefined],
    ["12月底", undefined, 12, undefined],
    ["12月中旬", undefined, 12, undefined],
    ["12月", undefined, 12, undefined],
    ["2023年底前", 2023, undefined, undefined],
    ["2023年内完成", 2023, undefined, undefined],
    ["2023年度内", 2023, undefined, undefined],
    ["2023年度", 2023, undefined, undefined],
    ["2023年", 2023, undefined, undefined],
    ["2023年第四季度", 2023, undefined, undefined],
    ["第四季度", undefined, undefined, undefined],
    ["第4季度末", undefined, undefined, undefined],
    ["年底前", undefined, undefined, undefined],
    ["年底", undefined, undefined, undefined],
    ["年末", undefined, undefined, undefined],
    ["年内", undefined, undefined, undefined],
    ["年内完成", undefined, undefined, undefined],
    ["当年", undefined, undefined, undefined],
    ["本年度内", undefined, undefined, undefined],
    ["上半年", undefined, undefined, undefined],
  ])("%p → %p-%p-%p", (s, year, month, day) => {
    const expected: IndicatorValue = { kind: "deadline", text: s.trim() };
    if (year !== undefined) expected.year = year;
    if (month !== undefined) expected.month = month;
    if (day !== undefined) expected.day = day;
    expect(text(s)).toEqual(expected);
  });

  test.each(["13月31日前", "2月30日前", "2023年2月29日前", "12月32日前", "0月1日前", "2023年13月", "2023-13-01"])(
    "%p names no real day: unknown",
    (s) => {
      expect(text(s)).toEqual({ kind: "unknown", text: s });
    },
  );
});

describe("readIndicatorValue: Excel dates", () => {
  test.each<[ReturnType<typeof cell>, number, number, number, string]>([
    [cell(45291, "yyyy/m/d", "2023/12/31"), 2023, 12, 31, "2023/12/31"],
    [cell(45291, 'yyyy"年"m"月"d"日"', "2023年12月31日"), 2023, 12, 31, "2023年12月31日"],
    [cell(45291, "yyyy年m月d日", "2023年12月31日"), 2023, 12, 31, "2023年12月31日"],
    [cell(45291, "m/d", "12/31"), 2023, 12, 31, "12/31"],
    [cell(45291, "d-mmm", "31-Dec"), 2023, 12, 31, "31-Dec"],
    [cell(45291, "[$-F800]dddd, mmmm dd, yyyy", "Sunday, December 31, 2023"), 2023, 12, 31, "Sunday, December 31, 2023"],
    [cell(45291.5, "yyyy/m/d h:mm", "2023/12/31 12:00"), 2023, 12, 31, "2023/12/31 12:00"],
    [cell(45291, "yyyy-mm-dd", "########"), 2023, 12, 31, "2023-12-31"],
    [cell(45291, "yyyy-mm-dd", ""), 2023, 12, 31, "2023-12-31"],
    [cell(60, "yyyy-mm-dd", "1900-02-29"), 1900, 2, 29, "1900-02-29"],
  ])("%p", (c, year, month, day, shown) => {
    expect(readIndicatorValue(c)).toEqual({ kind: "deadline", year, month, day, text: shown });
  });

  test("a negative serial under a date format is unknown", () => {
    expect(readIndicatorValue(cell(-1, "yyyy/m/d", "########")).kind).toBe("unknown");
  });

  test("a time-only format is a number, not a date", () => {
    expect(readIndicatorValue(cell(0.5, "h:mm", "12:00")).kind).toBe("quantity");
  });
});

describe("readIndicatorValue: durations", () => {
  test.each<[string, Comparison | undefined, number, string]>([
    ["≤12个月", "<=", 12, "个月"],
    ["≤30个工作日", "<=", 30, "个工作日"],
    ["≤ 30 个工作日", "<=", 30, "个工作日"],
    ["≤2小时", "<=", 2, "小时"],
    ["3个月内", "<=", 3, "个月"],
    ["3个月内完成", "<=", 3, "个月"],
    ["2小时内响应", "<=", 2, "小时"],
    ["30日内", "<=", 30, "日"],
    ["30天", undefined, 30, "天"],
    ["≦10天", "<=", 10, "天"],
    ["1年", undefined, 1, "年"],
    ["≤1年", "<=", 1, "年"],
    ["1年以上", ">=", 1, "年"],
    ["１２个月", undefined, 12, "个月"],
    ["不超过15个工作日", "<=", 15, "个工作日"],
    ["≤0.5小时", "<=", 0.5, "小时"],
  ])("%p", (s, comparison, value, unit) => {
    const expected: IndicatorValue = { kind: "duration", value, unit };
    if (comparison) expected.comparison = comparison;
    expect(text(s)).toEqual(expected);
  });
});

describe("readIndicatorValue: qualitative", () => {
  test.each([
    "是",
    "否",
    "提升",
    "提高",
    "有所提升",
    "明显提升",
    "逐步提升",
    "有效提升",
    "显著提高",
    "达标",
    "合格",
    "优",
    "良",
    "好",
    "较好",
    "优良",
    "完成",
    "按期完成",
    "及时",
    "有效",
    "规范",
    "持续",
    "改善",
    "增加",
    "降低",
    "无",
    "达到国家二级标准",
    "有效保障辖区居民生活需求",
    "企业对高新区了解度明显提升",
  ])("%p", (s) => {
    expect(text(s)).toEqual({ kind: "qualitative", text: s });
  });

  test("surrounding whitespace is trimmed, inner text kept", () => {
    expect(text(" 有所\n提升 \n")).toEqual({ kind: "qualitative", text: "有所\n提升" });
  });

  test("a boolean cell", () => {
    expect(readIndicatorValue(cell(true, "General", "TRUE"))).toEqual({ kind: "qualitative", text: "TRUE" });
  });
});

describe("readIndicatorValue: blank and placeholder", () => {
  test.each([[null], [""], ["   "], ["\n"], ["\u3000"], ["\u200b"], ["\ufeff\u00ad"]])("%p is blank", (v) => {
    expect(readIndicatorValue(cell(v))).toEqual({ kind: "blank" });
  });

  test.each(["≥**%", "**月**日前", "XX人", "××人", "待定", "2023年待定", "/", "／", "≥ＸＸ％"])(
    "%p is a placeholder (checked before anything else)",
    (s) => {
      expect(text(s)).toEqual({ kind: "placeholder", text: s.trim() });
    },
  );
});

describe("readIndicatorValue: unknown", () => {
  test.each([
    "abc",
    "N/A",
    "≥20人，≤50人",
    "95-90%",
    "5+3人",
    "增长5%",
    "提高5个百分点",
    "第3阶段",
    "≥",
    "1:2",
  ])("%p", (s) => {
    expect(text(s)).toEqual({ kind: "unknown", text: s });
  });
});

describe("readIndicatorValue: marks only are placeholders", () => {
  test.each(["—", "——", "-", "--", "_", "___", "/", "— —", "＿"])("%p", (s) => {
    expect(text(s).kind).toBe("placeholder");
  });
});

describe("readIndicatorValue: ranges", () => {
  test.each([
    ["90-95%", 90, "%"],
    ["90%-95%", 90, "%"],
    ["90%~95%", 90, "%"],
    ["20-30人", 20, "人"],
    ["20至30人", 20, "人"],
  ])("%p is at least its lower bound", (s, value, unit) => {
    expect(text(s)).toMatchObject({ kind: "quantity", comparison: ">=", value, unit });
  });
});

describe("readIndicatorValue: Chinese numerals", () => {
  test.each([
    ["三家", 3, "家", undefined],
    ["不少于三家", 3, "家", ">="],
    ["十二个", 12, "个", undefined],
    ["百分之九十五", 95, "%", undefined],
    ["≥百分之九十", 90, "%", ">="],
    ["一百二十人次", 120, "人次", undefined],
    ["五万元", 5, "万元", undefined],
    ["二十场以上", 20, "场", ">="],
    ["三点五公里", 3.5, "公里", undefined],
  ])("%p", (s, value, unit, comparison) => {
    const r = text(s);
    expect(r).toMatchObject({ kind: "quantity", value, unit });
    if (r.kind === "quantity") expect(r.comparison).toBe(comparison);
  });
  test("durations and deadlines", () => {
    expect(text("十二个月")).toMatchObject({ kind: "duration", value: 12, unit: "个月" });
    expect(text("≤三十个工作日")).toMatchObject({ kind: "duration", value: 30, comparison: "<=" });
    expect(text("十二月底前")).toMatchObject({ kind: "deadline", month: 12 });
    expect(text("二〇二四年十二月三十一日前")).toMatchObject({ kind: "deadline", year: 2024, month: 12, day: 31 });
    expect(text("二〇二三年底前")).toMatchObject({ kind: "deadline", year: 2023 });
  });
  test.each(["一般", "统一规范", "一流", "显著提升", "零投诉"])("%p stays a word", (s) => {
    expect(text(s).kind).toBe("qualitative");
  });
});
