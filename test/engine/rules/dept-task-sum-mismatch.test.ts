import rule from "../../../src/engine/rules/dept-task-sum-mismatch";
import { runRuleTests } from "../../helpers/rule-tester";
import { book, deptSheet } from "../../helpers/kind-tables";

const wrong = deptSheet({
  tasks: [
    { name: "职业技能培训", content: "组织开展职业技能培训", total: 100, fiscal: 70, other: 20 },
    { name: "就业服务", content: "开展招聘会和就业援助", total: 50, fiscal: 50, other: 0 },
  ],
  sum: { total: 150, fiscal: 120, other: 20 },
});

runRuleTests(rule, {
  valid: [
    { name: "100 = 80 + 20, 50 = 50 + 0", workbook: book(deptSheet().sheet) },
    {
      name: "a blank 其他资金 counts as nothing",
      workbook: book(
        deptSheet({ tasks: [{ name: "就业服务", content: "招聘会", total: 50, fiscal: 50, other: null }], sum: { total: 50, fiscal: 50, other: null } }).sheet,
      ),
    },
  ],
  invalid: [{ name: "100 ≠ 70 + 20", workbook: book(wrong.sheet), errors: [{ cell: wrong.at.taskTotals[0] }] }],
});
