import rule from "../../../src/engine/rules/selfeval-execution-rate";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, selfEvalSheet, SELF_MONEY } from "../../helpers/kind-tables";

const wrong = selfEvalSheet({ rate: [0.9, "0.00%"] });
const bareFraction = selfEvalSheet({ rate: 0.95, layout: "tj" });
const bareWrong = selfEvalSheet({ rate: 90, layout: "zj" });

runRuleTests(rule, {
  valid: [
    { name: "95 of 100 spent, 95.00%", workbook: book(selfEvalSheet().sheet) },
    { name: "a bare 0.95 (an export's fraction) is 95%", workbook: book(bareFraction.sheet) },
    { name: "a bare 95 is 95%", workbook: book(selfEvalSheet({ rate: 95 }).sheet) },
    {
      name: "rounded to two decimals: 33.33% of 1/3",
      workbook: book(selfEvalSheet({ money: [{ ...SELF_MONEY[0], executed: 100 / 3 }, ...SELF_MONEY.slice(1)], rate: "33.33%" }).sheet),
    },
    { name: "a blank rate is no wrong rate", workbook: book(selfEvalSheet({ rate: null }).sheet) },
  ],
  invalid: [
    { name: "90% where 95 of 100 were spent", workbook: book(wrong.sheet), errors: [{ cell: wrong.at.rate, severity: "error" }] },
    { name: "a bare 90 where 95 of 100 were spent (浙江 layout)", workbook: book(bareWrong.sheet), errors: [{ cell: bareWrong.at.rate }] },
  ],
});
