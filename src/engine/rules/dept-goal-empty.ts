import { TableRule } from "../rule";
import { isEmptyText } from "./utils/text";

/** dept/goal-empty: no 年度总体目标 text. */
const rule: TableRule = {
  meta: {
    id: "dept/goal-empty",
    severity: "error",
    kinds: ["department"],
    name: { zh: "年度总体目标为空", en: "No annual goal" },
    docs: {
      zh: "部门整体目标表应填写年度总体目标。",
      en: "A 部门整体目标表 must state the department's goal for the year (年度总体目标).",
    },
    messages: {
      zh: { empty: "年度总体目标未填写", missing: "表中没有年度总体目标" },
      en: { empty: "The goal for the year (年度总体目标) is blank", missing: "The table has no goal for the year (年度总体目标)" },
    },
    defaultOptions: {},
  },
  check(ctx) {
    const goals = ctx.table.departmentData?.goals ?? [];
    if (goals.some((g) => !isEmptyText(g.text))) return;
    const first = goals[0];
    if (!first) {
      ctx.report({ row: ctx.table.first.row, col: ctx.table.first.col, messageId: "missing" });
      return;
    }
    const at = first.text ?? first;
    ctx.report({ row: at.row, col: at.col, messageId: "empty" });
  },
};

export default rule;
