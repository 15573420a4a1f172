import rule from "../../../src/engine/rules/selfeval-money-sum";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, selfEvalSheet, SELF_MONEY } from "../../helpers/kind-tables";

const badExecuted = selfEvalSheet({ money: [SELF_MONEY[0], { ...SELF_MONEY[1], executed: 70 }, ...SELF_MONEY.slice(2)] });
const badTwo = selfEvalSheet({ layout: "tj", money: [{ ...SELF_MONEY[0], initial: 90, annual: 110 }, ...SELF_MONEY.slice(1)] });

runRuleTests(rule, {
  valid: [
    { name: "100 = 80 + 20 + 0 in every column", workbook: book(selfEvalSheet().sheet) },
    {
      name: "blank parts count as nothing",
      workbook: book(
        selfEvalSheet({
          money: [
            SELF_MONEY[0],
            { ...SELF_MONEY[1], initial: 100, annual: 100, executed: 95 },
            { ...SELF_MONEY[2], initial: null, annual: null, executed: null },
          ],
        }).sheet,
      ),
    },
  ],
  invalid: [
    { name: "全年执行数 95 ≠ 70 + 20 + 0", workbook: book(badExecuted.sheet), errors: [{ cell: badExecuted.at.totals.executed }] },
    {
      name: "two columns off, each its own finding (天津 layout)",
      workbook: book(badTwo.sheet),
      errors: [{ cell: badTwo.at.totals.initial }, { cell: badTwo.at.totals.annual }],
    },
  ],
});
