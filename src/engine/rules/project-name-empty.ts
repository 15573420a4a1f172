import { TableRule, NAMED_KINDS } from "../rule";
import { isEmptyText } from "./utils/text";

/** project/name-empty: the 项目名称 label is there, its value is blank (or only "————"). */
const rule: TableRule = {
  meta: {
    id: "project/name-empty",
    severity: "error",
    name: { zh: "项目名称未填", en: "Project name blank" },
    kinds: NAMED_KINDS,
    docs: {
      zh: "有“项目名称”一栏，但没有填写项目名称。",
      en: "The project name is blank.",
    },
    messages: {
      zh: { empty: "项目名称未填写，请填写与预算项目一致的名称" },
      en: { empty: "The project name (项目名称) is blank; enter the budget project's name" },
    },
  },
  check(ctx) {
    const name = ctx.table.name;
    if (!name || !isEmptyText(name)) return;
    ctx.report({ row: name.row, col: name.col, messageId: "empty" });
  },
};

export default rule;
