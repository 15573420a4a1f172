import rule from "../../../src/engine/rules/budget-total-invalid";
import { runRuleTests } from "../../helpers/rule-tester";
import { buildTable, CLEAN, workbook } from "../../helpers/layout";

const wb = (...args: Parameters<typeof buildTable>) => workbook(buildTable(...args).sheet);

runRuleTests(rule, {
  valid: [
    { name: "the source document: 50万元", workbook: wb(CLEAN) },
    { name: "2,200 万元 with a thousands separator", workbook: wb({ total: "2,200 万元", parts: [{ label: "其中：财政资金", value: "2200万元" }, { label: "其他资金", value: null }] }) },
    { name: "a number under 预算数（万元）", workbook: wb({ totalLabel: "预算数（万元）", total: 50, parts: [{ label: "其中：财政资金", value: 50 }, { label: "其他资金", value: null }] }) },
    { name: "a number with 万元 in its number format", workbook: wb({ total: [50, '#,##0.00"万元"'] }) },
    { name: "amount in 元", workbook: wb({ total: "500000元" }) },
    { name: "full-width digits", workbook: wb({ total: "５０万元" }) },
    { name: "a bare number (万元 assumed)", workbook: wb({ total: 50, parts: [{ label: "其中：财政资金", value: 50 }, { label: "其他资金", value: null }] }) },
    { name: "zero", workbook: wb({ total: 0, parts: [{ label: "其中：财政资金", value: null }, { label: "其他资金", value: null }] }) },
    { name: "a part unreadable (budget/part-invalid's business)", workbook: wb({ parts: [{ label: "其中：财政资金", value: "待定" }, { label: "其他资金", value: null }] }) },
    { name: "no budget block (table/missing-field's business)", workbook: wb({ omit: ["budget"] }) },
  ],
  invalid: [
    { name: "blank", workbook: wb({ total: null }), errors: [{ cell: "C3", severity: "error" }] },
    { name: "template dashes count as blank", workbook: wb({ total: "——" }), errors: [{ cell: "C3" }] },
    { name: "not a number", workbook: wb({ total: "待定" }), errors: [{ cell: "C3" }] },
    { name: "text around the number", workbook: wb({ total: "约50万元" }), errors: [{ cell: "C3" }] },
    { name: "negative text", workbook: wb({ total: "-5万元" }), errors: [{ cell: "C3" }] },
    { name: "negative number under 预算数（万元）", workbook: wb({ totalLabel: "预算数（万元）", total: -50 }), errors: [{ cell: "C3" }] },
    { name: "blank, with 资金总额 as the label", workbook: wb({ totalLabel: "资金总额", total: null }), errors: [{ cell: "C3" }] },
  ],
});
