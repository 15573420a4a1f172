import rule from "../../../src/engine/rules/budget-part-invalid";
import { runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, workbook } from "../../helpers/layout";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);
const parts = (fiscal: unknown, other: unknown) =>
  [
    { label: "其中：财政资金", value: fiscal },
    { label: "其他资金", value: other },
  ] as NonNullable<Parameters<typeof buildTable>[0]>["parts"];

runRuleTests(rule, {
  valid: [
    { name: "the source document: blank 其他资金", workbook: wb(CLEAN) },
    { name: "dashes and 无 mean none", workbook: wb({ parts: parts("50万元", "——") }) },
    { name: "无", workbook: wb({ parts: parts("50万元", "无") }) },
    { name: "zero", workbook: wb({ parts: parts("50万元", 0) }) },
    { name: "numbers under 预算数（万元）", workbook: wb({ totalLabel: "预算数（万元）", total: 50, parts: parts(30, 20) }) },
    { name: "元 and 万元 mixed", workbook: wb({ total: "50万元", parts: parts("300000元", "20万元") }) },
    { name: "a qualified label: 其他资金（体彩公益金）", workbook: wb({ parts: [{ label: "其中：财政资金", value: "30万元" }, { label: "其他资金（体彩公益金）", value: "20万元" }] }) },
    { name: "total invalid (budget/total-invalid's business)", workbook: wb({ total: "待定" }) },
  ],
  invalid: [
    { name: "not a number", workbook: wb({ parts: parts("若干", null) }), errors: [{ cell: "E3", severity: "error" }] },
    { name: "negative", workbook: wb({ parts: parts("50万元", "-10万元") }), errors: [{ cell: "G3" }] },
    { name: "negative number", workbook: wb({ totalLabel: "预算数（万元）", total: 50, parts: parts(60, -10) }), errors: [{ cell: "G3" }] },
    { name: "both parts", workbook: wb({ parts: parts("五十万", "-1") }), errors: [{ cell: "E3" }, { cell: "G3" }] },
    {
      name: "上年结转 as a third part",
      workbook: wb({ parts: [{ label: "其中：当年财政拨款", value: "40万元" }, { label: "上年结转", value: "见附表" }, { label: "其他资金", value: null }] }),
      errors: [{ cell: "G3" }],
    },
    { name: "reported even when the total is invalid too", workbook: wb({ total: null, parts: parts("待定", null) }), errors: [{ cell: "E3" }] },
  ],
});
