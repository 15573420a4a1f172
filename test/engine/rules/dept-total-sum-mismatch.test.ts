import rule from "../../../src/engine/rules/dept-total-sum-mismatch";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, deptSheet } from "../../helpers/kind-tables";

const wrong = deptSheet({ sum: { total: 160, fiscal: 130, other: 30 } });

runRuleTests(rule, {
  valid: [{ name: "金额合计 150 | 130 | 20", workbook: book(deptSheet().sheet) }],
  invalid: [{ name: "总额 and 其他资金 totals off", workbook: book(wrong.sheet), errors: [{ cell: wrong.at.sum.total }, { cell: wrong.at.sum.other }] }],
});
