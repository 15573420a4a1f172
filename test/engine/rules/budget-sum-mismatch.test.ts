import rule from "../../../src/engine/rules/budget-sum-mismatch";
import { onlyRule, runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, TableSpecForTest, workbook } from "../../helpers/layout";
import { checkWorkbook } from "../../../src/engine/check";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);
type Value = NonNullable<TableSpecForTest["total"]>;
/** 预算数 = total, 其中：财政资金 = fiscal, 其他资金 = other. */
const budget = (total: Value | null, fiscal: Value | null, other: Value | null, extra: TableSpecForTest = {}): TableSpecForTest => ({
  total,
  parts: [
    { label: "其中：财政资金", value: fiscal },
    { label: "其他资金", value: other },
  ],
  ...extra,
});
const wan = { totalLabel: "预算数（万元）" };

runRuleTests(rule, {
  valid: [
    { name: "the source document: 50万元 = 50万元 + blank", workbook: wb(CLEAN) },
    { name: "the source document's second table: 2200万元 = 2200万元 + blank", workbook: wb(budget("2,200万元", "2200万元", null)) },
    { name: "numbers under 预算数（万元）", workbook: wb(budget(50, 30, 20, wan)) },
    { name: "numbers under 单位：万元", workbook: wb(budget(50, 30, 20), "Sheet1", { cells: { H3: "单位：万元" } }) },
    { name: "bare numbers (万元 assumed for the whole table)", workbook: wb(budget(50, 30, 20)) },
    { name: "元 and 万元 mixed", workbook: wb(budget("500000元", "30万元", "200000元")) },
    { name: "a number formatted as 万元 with parts in 元", workbook: wb(budget([50, '#,##0.00"万元"'], "500000元", null)) },
    { name: "under 预算数（元）", workbook: wb(budget(500000, 300000, 200000, { totalLabel: "预算数（元）" })) },
    { name: "a bare 500000 under 预算数（元） with a part written 50万元", workbook: wb(budget(500000, "50万元", null, { totalLabel: "预算数（元）" })) },
    { name: "a bare 500000 under 单位：元 with a part written 50万元", workbook: wb(budget(500000, "50万元", null), "Sheet1", { cells: { H3: "单位：元" } }) },
    { name: "亿元", workbook: wb(budget("1.2亿元", "12000万元", null)) },
    { name: "full-width digits and spaces", workbook: wb(budget("５０ 万元", "３０万元", "20 万元")) },
    { name: "blank, dashes and 无 count 0", workbook: wb(budget("50万元", "50万元", "——")) },
    { name: "within the tolerance (0.004 万元 = 40元)", workbook: wb(budget(50, 49.996, null, wan)) },
    { name: "float noise", workbook: wb(budget(0.3, 0.1, 0.2, wan)) },
    { name: "a wider tolerance by configuration", workbook: wb(budget(50, 49.9, null, wan)), config: { rules: { "budget/sum-mismatch": { options: { tolerance: 0.5 } } } } },
    {
      name: "当年财政拨款 + 上年结转 + 其他资金（体彩公益金）",
      workbook: wb({ total: "50万元", parts: [{ label: "其中：当年财政拨款", value: "30万元" }, { label: "上年结转", value: "10万元" }, { label: "其他资金（体彩公益金）", value: "10万元" }] }),
    },
    { name: "total blank: budget/total-invalid only", workbook: wb(budget(null, "50万元", null)) },
    { name: "total unreadable: budget/total-invalid only", workbook: wb(budget("待定", "50万元", null)) },
    { name: "total negative: budget/total-invalid only", workbook: wb(budget("-50万元", "50万元", null)) },
    { name: "a part unreadable: budget/part-invalid only", workbook: wb(budget("50万元", "30万元", "若干")) },
    { name: "a part negative: budget/part-invalid only", workbook: wb(budget("50万元", "60万元", "-10万元")) },
  ],
  invalid: [
    { name: "50万元 ≠ 40万元 + blank", workbook: wb(budget("50万元", "40万元", null)), errors: [{ cell: "C3", severity: "error" }] },
    { name: "50 ≠ 30 + 10 under 预算数（万元）", workbook: wb(budget(50, 30, 10, wan)), errors: [{ cell: "C3" }] },
    { name: "parts exceed the total", workbook: wb(budget("50万元", "50万元", "5万元")), errors: [{ cell: "C3" }] },
    { name: "every part blank", workbook: wb(budget("50万元", null, null)), errors: [{ cell: "C3" }] },
    { name: "元 read as 元: 500000元 ≠ 5万元", workbook: wb(budget("500000元", "5万元", null)), errors: [{ cell: "C3" }] },
    { name: "just over the tolerance (0.01 万元)", workbook: wb(budget(50, 49.99, null, wan)), errors: [{ cell: "C3" }] },
    {
      name: "上年结转 counts",
      workbook: wb({ total: "50万元", parts: [{ label: "其中：当年财政拨款", value: "40万元" }, { label: "上年结转", value: "20万元" }, { label: "其他资金", value: null }] }),
      errors: [{ cell: "C3" }],
    },
    { name: "资金总额 as the label", workbook: wb(budget("2200万元", "2000万元", null, { totalLabel: "资金总额" })), errors: [{ cell: "C3" }] },
  ],
});

describe("budget/sum-mismatch messages", () => {
  const message = (spec: TableSpecForTest, lang: "zh" | "en" = "zh") =>
    checkWorkbook(wb(spec), onlyRule(rule.meta.id, { lang })).findings.map((f) => f.message);

  test("amounts in the table's unit, parts named", () => {
    expect(message(budget("50万元", "40万元", null))).toEqual(["预算数50万元与各项资金之和40万元（财政资金40 + 其他资金0）不一致，相差10万元"]);
  });

  test("a table in 元 says 元", () => {
    expect(message(budget(500000, 300000, 100000, { totalLabel: "预算数（元）" }))).toEqual([
      "预算数500000元与各项资金之和400000元（财政资金300000 + 其他资金100000）不一致，相差100000元",
    ]);
  });

  test("English", () => {
    expect(message(budget("50万元", "40万元", null), "en")[0]).toMatch(/^The budget total \(预算数\) 50 万元 differs/);
  });
});
