import rule from "../../../src/engine/rules/dept-goal-empty";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, deptSheet } from "../../helpers/kind-tables";

const blank = deptSheet({ goal: null });
const dashes = deptSheet({ goal: "————" });

runRuleTests(rule, {
  valid: [{ name: "a goal for the year", workbook: book(deptSheet().sheet) }],
  invalid: [
    { name: "blank goal", workbook: book(blank.sheet), errors: [{ cell: blank.at.goal }] },
    { name: "only dashes", workbook: book(dashes.sheet), errors: [{ cell: dashes.at.goal }] },
  ],
});
