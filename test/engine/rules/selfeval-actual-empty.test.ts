import rule from "../../../src/engine/rules/selfeval-actual-empty";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, selfEvalSheet, SELF_INDICATORS } from "../../helpers/kind-tables";

const I = SELF_INDICATORS;
const two = selfEvalSheet({ indicators: [{ ...I[0], actual: null }, I[1], { ...I[2], actual: "  " }, ...I.slice(3)] });

runRuleTests(rule, {
  valid: [
    { name: "every actual filled", workbook: book(selfEvalSheet().sheet) },
    { name: "no target, no actual asked", workbook: book(selfEvalSheet({ indicators: [{ ...I[0], target: null, actual: null }, ...I.slice(1)] }).sheet) },
  ],
  invalid: [{ name: "two actuals blank (one only spaces)", workbook: book(two.sheet), errors: [{ cell: two.at.actuals[0] }, { cell: two.at.actuals[2] }] }],
});
