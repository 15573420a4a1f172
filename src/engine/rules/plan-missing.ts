import { TableRule } from "../rule";

/**
 * plan/missing: the table has no 资金支出计划 at all. Most 一体化 system exports print none, so
 * this is a warning at the table's first cell, not a missing required part (table/missing-field
 * names the plan only when configuration lists it among the required parts).
 */
const rule: TableRule = {
  meta: {
    id: "plan/missing",
    severity: "warning",
    name: { zh: "无资金支出计划", en: "No spending plan" },
    docs: {
      zh: "绩效目标表没有资金支出计划（按时间节点的累计支出比例）。",
      en: "The table has no spending plan (the cumulative share spent by each milestone).",
    },
    messages: {
      zh: { missing: "绩效目标表没有资金支出计划，建议按3月底、6月底、9月底、12月底填写累计支出比例" },
      en: { missing: "The table has no spending plan (资金支出计划); consider adding the cumulative share spent by 3月底, 6月底, 9月底 and 12月底" },
    },
    defaultOptions: {},
  },
  check(ctx) {
    if (ctx.table.plan) return;
    ctx.report({ row: ctx.table.first.row, col: ctx.table.first.col, messageId: "missing" });
  },
};

export default rule;
