import rule from "../../../src/engine/rules/selfeval-total-mismatch";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, selfEvalSheet } from "../../helpers/kind-tables";

const wrong = selfEvalSheet({ totalScore: 98 });
const noMoney = selfEvalSheet({ totalScore: 90 });

runRuleTests(rule, {
  valid: [
    { name: "99.5 = 9.5 + 90", workbook: book(selfEvalSheet().sheet) },
    { name: "within 0.1", workbook: book(selfEvalSheet({ totalScore: 99.45 }).sheet) },
    { name: "no 总分 written yet", workbook: book(selfEvalSheet({ totalScore: null }).sheet) },
  ],
  invalid: [
    { name: "98 where the scores make 99.5", workbook: book(wrong.sheet), errors: [{ cell: wrong.at.totalScore }] },
    { name: "the budget score left out of the total", workbook: book(noMoney.sheet), errors: [{ cell: noMoney.at.totalScore }] },
  ],
});
