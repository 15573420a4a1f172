import rule from "../../../src/engine/rules/selfeval-score-over-weight";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, selfEvalSheet, SELF_INDICATORS } from "../../helpers/kind-tables";

const over = selfEvalSheet({ indicators: [{ ...SELF_INDICATORS[0], score: 25 }, ...SELF_INDICATORS.slice(1)] });
const negative = selfEvalSheet({ indicators: [...SELF_INDICATORS.slice(0, 4), { ...SELF_INDICATORS[4], score: -2 }] });
const moneyOver = selfEvalSheet({ moneyScore: 12 });

runRuleTests(rule, {
  valid: [
    { name: "every score within its weight", workbook: book(selfEvalSheet().sheet) },
    { name: "a score equal to its weight", workbook: book(selfEvalSheet({ moneyScore: 10 }).sheet) },
  ],
  invalid: [
    { name: "25 points of a 20-point indicator", workbook: book(over.sheet), errors: [{ cell: over.at.scores[0] }] },
    { name: "a negative score", workbook: book(negative.sheet), errors: [{ cell: negative.at.scores[4] }] },
    { name: "12 budget points of 10", workbook: book(moneyOver.sheet), errors: [{ cell: moneyOver.at.moneyScore }] },
  ],
});
