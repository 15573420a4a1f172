import rule from "../../../src/engine/rules/selfeval-budget-score";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, selfEvalSheet, SELF_MONEY } from "../../helpers/kind-tables";

const off = selfEvalSheet({ moneyScore: 10 });
const twenty = selfEvalSheet({ moneyWeight: 20, moneyScore: 19 });
const stepped = { rules: { "selfeval/budget-score": { options: { scheme: "stepped" } } } };
const overspent = selfEvalSheet({
  money: [{ ...SELF_MONEY[0], executed: 110 }, { ...SELF_MONEY[1], executed: 90 }, ...SELF_MONEY.slice(2)],
  rate: [1.1, "0.00%"],
  moneyScore: 10,
});

runRuleTests(rule, {
  valid: [
    { name: "95% × 10 = 9.5", workbook: book(selfEvalSheet().sheet) },
    { name: "湖北: 95% × 20 = 19", workbook: book(twenty.sheet) },
    { name: "over 100% spent scores the full weight", workbook: book(overspent.sheet) },
    { name: "stepped: 95% is in the 80–100% band, 7 points", workbook: book(selfEvalSheet({ moneyScore: 7 }).sheet), config: stepped },
  ],
  invalid: [
    { name: "10 points for 95%", workbook: book(off.sheet), errors: [{ cell: off.at.moneyScore, severity: "warning" }] },
    {
      name: "stepped: 9.5 points where the band gives 7",
      workbook: book(selfEvalSheet().sheet),
      config: stepped,
      errors: [{ cell: selfEvalSheet().at.moneyScore }],
    },
  ],
});
