import { TableRule } from "../rule";
import { tablePlan } from "./utils/plan";
import { quote } from "./utils/text";

/** plan/not-percent: a milestone value is blank or not readable as a percentage. */
const rule: TableRule = {
  meta: {
    id: "plan/not-percent",
    severity: "error",
    name: { zh: "支出计划不是百分比", en: "Plan value not a percentage" },
    docs: {
      zh: "资金支出计划的每个时间节点都应填写百分比。",
      en: "Every spending-plan milestone needs a percentage.",
    },
    messages: {
      zh: {
        blank: "资金支出计划{{label}}未填写，请填写截至该节点的累计支出比例（如40%）",
        unreadable: "资金支出计划{{label}}的“{{text}}”不是百分比，请填写累计支出比例（如40%）",
      },
      en: {
        blank: "The spending plan's {{label}} is blank; enter the cumulative share spent by then (e.g. 40%)",
        unreadable: 'The spending plan\'s {{label}} "{{text}}" is not a percentage; enter the cumulative share spent by then (e.g. 40%)',
      },
    },
  },
  check(ctx) {
    for (const m of tablePlan(ctx.table)) {
      if (m.status !== "blank" && m.status !== "unreadable") continue;
      const v = m.milestone.value;
      ctx.report({ row: v.row, col: v.col, messageId: m.status, data: { label: m.milestone.label, text: quote(v) } });
    }
  },
};

export default rule;
