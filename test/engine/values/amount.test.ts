import { readAmount, unitInLabel } from "../../../src/engine/values";
import { AmountReading, MoneyUnit } from "../../../src/engine/values/types";
import { cell } from "../../helpers/cell";

const amount = (value: number, unit: MoneyUnit, unitSource: "cell" | "label" | "assumed", wan: number): AmountReading => ({
  kind: "amount",
  value,
  unit,
  unitSource,
  wan,
});

describe("unitInLabel", () => {
  test.each<[string, MoneyUnit | undefined]>([
    ["预算数（万元）", "万元"],
    ["预算数(万元)", "万元"],
    ["预算数\n（万元）", "万元"],
    ["预算数 ( 万元 )", "万元"],
    ["单位：万元", "万元"],
    ["单位:万元", "万元"],
    ["（单位：万元）", "万元"],
    ["单位：元", "元"],
    ["金额（元）", "元"],
    ["资金总额（万元）", "万元"],
    ["年度资金总额（万元）：", "万元"],
    ["其中：财政资金（万元）", "万元"],
    ["预算数/万元", "万元"],
    ["【万元】", "万元"],
    ["预算数", undefined],
    ["其中：财政资金", undefined],
    ["其他资金（体彩公益金）", undefined],
    ["资金支出计划（%）", undefined],
    ["单元格", undefined],
    ["", undefined],
  ])("%p → %p", (label, unit) => {
    expect(unitInLabel(label)).toBe(unit);
  });
});

describe("readAmount: numbers", () => {
  test.each<[string, ReturnType<typeof cell>, MoneyUnit | undefined, MoneyUnit | undefined, AmountReading]>([
    ["no label: 万元 assumed", cell(50), undefined, undefined, amount(50, "万元", "assumed", 50)],
    ["assumed 元", cell(500000), undefined, "元", amount(500000, "元", "assumed", 50)],
    ["label 万元", cell(50), "万元", undefined, amount(50, "万元", "label", 50)],
    ["label 元", cell(500000), "元", undefined, amount(500000, "元", "label", 50)],
    ["label wins over assumption", cell(500000), "元", "万元", amount(500000, "元", "label", 50)],
    ["fraction of 万元", cell(50.5), undefined, undefined, amount(50.5, "万元", "assumed", 50.5)],
    ["元 to 万元", cell(1234), "元", undefined, amount(1234, "元", "label", 0.1234)],
    ["zero", cell(0), undefined, undefined, amount(0, "万元", "assumed", 0)],
    ["negative", cell(-5), undefined, undefined, amount(-5, "万元", "assumed", -5)],
    ["thousands format", cell(2200, "#,##0.00", "2,200.00"), "万元", undefined, amount(2200, "万元", "label", 2200)],
    ["unit in format wins over label", cell(2200, '#,##0.00"万元"', "2,200.00万元"), "元", undefined, amount(2200, "万元", "cell", 2200)],
    ["元 in format", cell(500000, '#,##0"元"', "500,000元"), undefined, undefined, amount(500000, "元", "cell", 50)],
    ["escaped unit in format", cell(50, "0.00\\万\\元", "50.00万元"), "元", undefined, amount(50, "万元", "cell", 50)],
    ["currency format is decoration", cell(50, "¥#,##0.00", "¥50.00"), "万元", undefined, amount(50, "万元", "label", 50)],
  ])("%s", (_name, c, labelUnit, assumed, expected) => {
    expect(readAmount(c, labelUnit, assumed)).toEqual(expected);
  });
});

describe("readAmount: text", () => {
  test.each<[string, MoneyUnit | undefined, AmountReading]>([
    ["50万元", undefined, amount(50, "万元", "cell", 50)],
    ["50万元", "元", amount(50, "万元", "cell", 50)],
    ["2200万元", undefined, amount(2200, "万元", "cell", 2200)],
    ["2,200 万元", undefined, amount(2200, "万元", "cell", 2200)],
    ["２２００万元", undefined, amount(2200, "万元", "cell", 2200)],
    ["２，２００万元", undefined, amount(2200, "万元", "cell", 2200)],
    ["1,234,567.89元", undefined, amount(1234567.89, "元", "cell", 123.456789)],
    ["500000元", undefined, amount(500000, "元", "cell", 50)],
    ["500000元", "万元", amount(500000, "元", "cell", 50)],
    ["50.5", undefined, amount(50.5, "万元", "assumed", 50.5)],
    ["50.5", "元", amount(50.5, "元", "label", 0.00505)],
    ["50 万", undefined, amount(50, "万元", "cell", 50)],
    ["50万", "元", amount(50, "万元", "cell", 50)],
    ["￥500000元", undefined, amount(500000, "元", "cell", 50)],
    ["¥50", "万元", amount(50, "万元", "label", 50)],
    ["人民币50万元", undefined, amount(50, "万元", "cell", 50)],
    ["50万元整", undefined, amount(50, "万元", "cell", 50)],
    ["0", undefined, amount(0, "万元", "assumed", 0)],
    ["0.00万元", undefined, amount(0, "万元", "cell", 0)],
    ["50\n万元", undefined, amount(50, "万元", "cell", 50)],
    ["  50万元 \n", undefined, amount(50, "万元", "cell", 50)],
    ["5\u3000000元", undefined, amount(5000, "元", "cell", 0.5)],
    ["1.2亿元", undefined, amount(12000, "万元", "cell", 12000)],
    ["1.2亿", undefined, amount(12000, "万元", "cell", 12000)],
    ["500千元", undefined, amount(500000, "元", "cell", 50)],
    ["-5万元", undefined, amount(-5, "万元", "cell", -5)],
    ["－5万元", undefined, amount(-5, "万元", "cell", -5)],
    ["\u22125万元", undefined, amount(-5, "万元", "cell", -5)],
    ["-5", undefined, amount(-5, "万元", "assumed", -5)],
    ["¥-500元", undefined, amount(-500, "元", "cell", -0.05)],
    ["(5)", undefined, amount(-5, "万元", "assumed", -5)],
    ["（5万元）", undefined, amount(-5, "万元", "cell", -5)],
    ["-0", undefined, amount(0, "万元", "assumed", 0)],
  ])("%p (label %p)", (text, labelUnit, expected) => {
    expect(readAmount(cell(text), labelUnit)).toEqual(expected);
  });
});

describe("readAmount: blank", () => {
  test.each([[null], [""], ["   "], ["\n"], ["\u3000"], ["—"], ["——"], ["————"], ["-"], ["－－"], ["/"], ["／"], ["无"], [" 无 "]])(
    "%p is blank",
    (value) => {
      expect(readAmount(cell(value), "万元")).toEqual({ kind: "blank" });
    },
  );
});

describe("readAmount: invalid", () => {
  test.each([
    ["五十万"],
    ["伍拾万元整"],
    ["待定"],
    ["50万元+10万元"],
    ["50万元、10万元"],
    ["50-60万元"],
    ["约50万元"],
    ["≤50万元"],
    ["50美元"],
    ["50万人"],
    ["22,00万元"],
    ["1e5"],
    ["abc"],
    ["--5"],
    ["(-5)"],
    ["5..0"],
    ["万元"],
    ["见附件"],
  ])("%p does not read", (text) => {
    const r = readAmount(cell(text));
    expect(r.kind).toBe("invalid");
    expect(r.kind === "invalid" && r.reason.length).toBeGreaterThan(0);
  });

  test.each([[true], [false]])("boolean %p does not read", (value) => {
    expect(readAmount(cell(value)).kind).toBe("invalid");
  });

  test("a non-finite number does not read", () => {
    expect(readAmount(cell(NaN)).kind).toBe("invalid");
  });
});
