import { TableRule } from "../rule";
import { TableModel } from "../model";

/**
 * table/missing-field: a required part of the table is absent. All missing parts go into one
 * finding at the table's first cell (the runner keeps one finding per rule and cell).
 */

interface Part {
  /** As the sheet labels it; messages in both languages quote these labels. */
  name: string;
  missing(t: TableModel): boolean;
}

const PARTS: Part[] = [
  { name: "项目名称", missing: (t) => !t.name },
  { name: "预算数（或资金总额）", missing: (t) => !t.budget?.total },
  { name: "资金支出计划", missing: (t) => !t.plan },
  { name: "资金支出计划的时间节点（如3月底、6月底）", missing: (t) => !!t.plan && t.plan.milestones.length === 0 },
  { name: "绩效目标", missing: (t) => !t.goals },
  { name: "绩效指标表头（一级指标、二级指标、三级指标、指标值）", missing: (t) => !t.header },
];

/**
 * Details (the finer points users are not shown):
 * 绩效目标表缺少必填部分：项目名称、预算数（或资金总额）、资金支出计划、绩效目标、绩效指标表头。
 */
const rule: TableRule = {
  meta: {
    id: "table/missing-field",
    severity: "error",
    name: { zh: "缺少必填部分", en: "Required part missing" },
    docs: {
      zh: "表中缺少项目名称、预算数、资金支出计划、绩效目标或指标表头等必填部分。",
      en: "The table lacks a required part: project name, budget, spending plan, goals or the indicator header.",
    },
    messages: {
      zh: { missing: "绩效目标表缺少{{fields}}，请按模板补齐" },
      en: { missing: "The table lacks: {{fields}}; add them as in the template" },
    },
  },
  check(ctx) {
    const missing = PARTS.filter((p) => p.missing(ctx.table));
    if (missing.length === 0) return;
    ctx.report({
      row: ctx.table.first.row,
      col: ctx.table.first.col,
      messageId: "missing",
      data: { fields: missing.map((p) => p.name).join("、") },
    });
  },
};

export default rule;
