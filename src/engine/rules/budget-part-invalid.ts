import { TableRule } from "../rule";
import { budgetAmounts } from "./utils/budget";
import { quote } from "./utils/text";

/** budget/part-invalid: a part (财政资金, 其他资金, 上年结转, …) is not a number, or negative. Blank counts 0. */
/**
 * Details (the finer points users are not shown):
 * 资金来源（财政资金、其他资金、上年结转等）不是数字或为负数；未填写的按0计。
 */
const rule: TableRule = {
  meta: {
    id: "budget/part-invalid",
    severity: "error",
    name: { zh: "资金来源无效", en: "Funding part invalid" },
    docs: {
      zh: "某项资金（财政资金、其他资金等）不是数字或是负数。",
      en: "A funding part is not a number or negative.",
    },
    messages: {
      zh: {
        unreadable: "{{name}}“{{text}}”不是有效金额，请填写数字（如“50万元”），没有此项资金可留空",
        negative: "{{name}}为负数（{{text}}），资金金额不能小于0",
      },
      en: {
        unreadable: '{{name}} "{{text}}" is not an amount; enter a number such as 50万元, or leave it blank if there is none',
        negative: "{{name}} is negative ({{text}})",
      },
    },
  },
  check(ctx) {
    for (const part of budgetAmounts(ctx.table)?.parts ?? []) {
      if (part.valid) continue;
      ctx.report({ row: part.field.row, col: part.field.col, messageId: part.status, data: { name: part.name, text: quote(part.field) } });
    }
  },
};

export default rule;
