import { TableRule } from "../rule";
import { isEmptyText } from "./utils/text";

/** budget/purpose-empty: the usage text (资金用途) is blank. A table with no usage slot at all is not judged. */
/**
 * Details (the finer points users are not shown):
 * 资金用途（预算规模及资金用途中的说明文字）未填写。
 */
const rule: TableRule = {
  meta: {
    id: "budget/purpose-empty",
    severity: "warning",
    name: { zh: "资金用途未填", en: "Usage text blank" },
    docs: {
      zh: "没有写明资金用途。",
      en: "The usage of the funds is not described.",
    },
    messages: {
      zh: { empty: "资金用途未填写，请说明预算资金主要用于哪些方面" },
      en: { empty: "The usage text (资金用途) is blank; say what the money is mainly for" },
    },
  },
  check(ctx) {
    const purpose = ctx.table.budget?.purpose;
    if (!purpose || !isEmptyText(purpose)) return;
    ctx.report({ row: purpose.row, col: purpose.col, messageId: "empty" });
  },
};

export default rule;
