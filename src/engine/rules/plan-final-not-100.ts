import { TableRule } from "../rule";
import { PERCENT_EPSILON, tablePlan } from "./utils/plan";
import { showNumber } from "./utils/text";

/**
 * plan/final-not-100: the last milestone, when valid, is not 100%. A blank, unreadable or
 * out-of-range last milestone is left to plan/not-percent and plan/out-of-range.
 */
/**
 * Details (the finer points users are not shown):
 * 资金支出计划的最后一个节点应为100%（年底前支出全部预算）。
 */
const rule: TableRule = {
  meta: {
    id: "plan/final-not-100",
    severity: "error",
    name: { zh: "支出计划未到100%", en: "Plan not ending at 100%" },
    docs: {
      zh: "资金支出计划的最后一个节点应为100%。",
      en: "The last milestone of the spending plan should be 100%.",
    },
    messages: {
      zh: { final: "资金支出计划是累计进度，最后节点{{label}}应为100%，现为{{value}}%" },
      en: { final: "The spending plan is cumulative: its last milestone, {{label}}, should be 100% but is {{value}}%" },
    },
  },
  check(ctx) {
    const readings = tablePlan(ctx.table);
    const last = readings[readings.length - 1];
    if (!last || last.status !== "valid" || Math.abs((last.value ?? 0) - 100) <= PERCENT_EPSILON) return;
    const v = last.milestone.value;
    ctx.report({ row: v.row, col: v.col, messageId: "final", data: { label: last.milestone.label, value: showNumber(last.value ?? 0) } });
  },
};

export default rule;
