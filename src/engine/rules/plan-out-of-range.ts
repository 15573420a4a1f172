import { TableRule } from "../rule";
import { tablePlan } from "./utils/plan";
import { showNumber } from "./utils/text";

/** plan/out-of-range: a milestone value below 0% or above 100%. */
const rule: TableRule = {
  meta: {
    id: "plan/out-of-range",
    severity: "error",
    name: { zh: "支出计划超出0–100%", en: "Plan outside 0–100%" },
    docs: {
      zh: "资金支出计划的比例应在0%到100%之间。",
      en: "A spending-plan share must be between 0% and 100%.",
    },
    messages: {
      zh: { range: "资金支出计划{{label}}为{{value}}%，累计支出比例应在0%到100%之间" },
      en: { range: "The spending plan's {{label}} is {{value}}%; a cumulative share must lie between 0% and 100%" },
    },
  },
  check(ctx) {
    for (const m of tablePlan(ctx.table)) {
      if (m.status !== "out-of-range") continue;
      const v = m.milestone.value;
      ctx.report({ row: v.row, col: v.col, messageId: "range", data: { label: m.milestone.label, value: showNumber(m.value ?? 0) } });
    }
  },
};

export default rule;
