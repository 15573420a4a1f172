import { TableRule } from "../rule";
import { isEmptyText } from "./utils/text";

/**
 * goal/empty: a 目标N label with a blank text (at that text cell), or no goal text at all (at the
 * goal text cell, else the table's first cell). A table with no goal part at all gets
 * table/missing-field instead.
 */
const rule: TableRule = {
  meta: {
    id: "goal/empty",
    severity: "error",
    name: { zh: "绩效目标未填", en: "Goal blank" },
    docs: {
      zh: "没有填写绩效目标，或某个目标的内容为空。",
      en: "A performance goal is missing or blank.",
    },
    messages: {
      zh: {
        blankItem: "{{label}}未填写目标内容，请写明该项目年度要达到的产出和效果",
        none: "未填写绩效目标，请写明该项目年度要达到的产出和效果",
      },
      en: {
        blankItem: "{{label}} has no goal text; state what the project is to achieve this year",
        none: "No performance goal is written; state what the project is to achieve this year",
      },
    },
  },
  check(ctx) {
    const goals = ctx.table.goals;
    if (!goals) return;
    const labelled = goals.goals.filter((g) => g.label !== undefined);
    for (const g of labelled) {
      if (isEmptyText(g.text)) ctx.report({ row: g.text.row, col: g.text.col, messageId: "blankItem", data: { label: g.label ?? "" } });
    }
    if (goals.goals.some((g) => !isEmptyText(g.text)) || labelled.length > 0) return;
    const at = goals.goals[0]?.text ?? ctx.table.first;
    ctx.report({ row: at.row, col: at.col, messageId: "none" });
  },
};

export default rule;
