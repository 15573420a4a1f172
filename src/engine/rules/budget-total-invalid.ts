import { TableRule } from "../rule";
import { budgetAmounts } from "./utils/budget";
import { quote } from "./utils/text";

/** budget/total-invalid: 预算数 is blank, not a number, or negative. */
const rule: TableRule = {
  meta: {
    id: "budget/total-invalid",
    severity: "error",
    name: { zh: "预算数无效", en: "Budget total invalid" },
    docs: {
      zh: "预算数没有填写、不是数字或是负数。",
      en: "The budget total is blank, not a number or negative.",
    },
    messages: {
      zh: {
        blank: "{{name}}未填写，请填写项目的预算金额",
        unreadable: "{{name}}“{{text}}”不是有效金额，请填写数字（如“50万元”，或在栏目中注明单位后填写50）",
        negative: "{{name}}为负数（{{text}}），预算金额不能小于0",
      },
      en: {
        blank: "The budget total ({{name}}) is blank; enter the project's budget amount",
        unreadable: 'The budget total ({{name}}) "{{text}}" is not an amount; enter a number such as 50万元',
        negative: "The budget total ({{name}}) is negative ({{text}})",
      },
    },
  },
  check(ctx) {
    const total = budgetAmounts(ctx.table)?.total;
    if (!total || total.valid) return;
    ctx.report({
      row: total.field.row,
      col: total.field.col,
      messageId: total.status,
      data: { name: total.name, text: quote(total.field) },
    });
  },
};

export default rule;
