import { TableRule } from "../rule";
import { MilestoneReading, PERCENT_EPSILON, tablePlan } from "./utils/plan";
import { showNumber } from "./utils/text";

/**
 * plan/decreasing: the plan is cumulative, so a valid milestone lower than the last valid one
 * before it is wrong; it points at the lower cell. Blank, unreadable and out-of-range values are
 * left to plan/not-percent and plan/out-of-range.
 */
const rule: TableRule = {
  meta: {
    id: "plan/decreasing",
    severity: "error",
    name: { zh: "支出计划递减", en: "Plan decreasing" },
    docs: {
      zh: "资金支出计划是累计进度，后一个节点不能低于前一个节点。",
      en: "The plan is cumulative: a milestone must not be lower than the one before.",
    },
    messages: {
      zh: { decreasing: "资金支出计划是累计进度，{{label}}（{{value}}%）低于前一节点{{prev}}（{{prevValue}}%）" },
      en: { decreasing: "The spending plan is cumulative, but {{label}} ({{value}}%) is lower than the milestone before it, {{prev}} ({{prevValue}}%)" },
    },
  },
  check(ctx) {
    let prev: MilestoneReading | undefined;
    for (const m of tablePlan(ctx.table)) {
      if (m.status !== "valid") continue;
      if (prev && (m.value ?? 0) < (prev.value ?? 0) - PERCENT_EPSILON) {
        const v = m.milestone.value;
        ctx.report({
          row: v.row,
          col: v.col,
          messageId: "decreasing",
          data: { label: m.milestone.label, value: showNumber(m.value ?? 0), prev: prev.milestone.label, prevValue: showNumber(prev.value ?? 0) },
        });
      }
      prev = m;
    }
  },
};

export default rule;
