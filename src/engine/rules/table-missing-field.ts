import { TableRule } from "../rule";
import { TableModel } from "../model";

/**
 * table/missing-field: a required part of the table is absent. All missing parts go into one
 * finding at the table's first cell (the runner keeps one finding per rule and cell).
 */

interface Part {
  /** Option value naming this part (`parts: ["name", "total", "plan", …]`). */
  id: string;
  /** Other names the option accepts (as a user would write them). */
  aliases: string[];
  /** As the sheet labels it; messages in both languages quote these labels. */
  name: string;
  missing(t: TableModel): boolean;
}

const PARTS: Part[] = [
  { id: "name", aliases: ["项目名称"], name: "项目名称", missing: (t) => !t.name },
  { id: "total", aliases: ["预算数", "资金总额", "budget"], name: "预算数（或资金总额）", missing: (t) => !t.budget?.total },
  { id: "plan", aliases: ["资金支出计划"], name: "资金支出计划", missing: (t) => !t.plan },
  {
    id: "milestones",
    aliases: ["时间节点"],
    name: "资金支出计划的时间节点（如3月底、6月底）",
    missing: (t) => !!t.plan && t.plan.milestones.length === 0,
  },
  { id: "goals", aliases: ["绩效目标", "年度绩效目标"], name: "绩效目标", missing: (t) => !t.goals },
  { id: "header", aliases: ["绩效指标", "指标表头"], name: "绩效指标表头（一级指标、二级指标、三级指标、指标值）", missing: (t) => !t.header },
];

/**
 * Required by default: everything but the plan, which most 一体化 exports do not print (a table
 * without one gets plan/missing, a warning). A plan label without milestones is still a broken plan.
 */
const DEFAULT_PARTS = ["name", "total", "milestones", "goals", "header"];

/** The parts an option value asks for, resolved once per option value (thousands of tables share it). */
const resolved = new WeakMap<object, Part[]>();

function required(option: unknown): Part[] {
  const key = Array.isArray(option) ? option : DEFAULT_PARTS;
  let parts = resolved.get(key);
  if (!parts) {
    const list = key.filter((x): x is string => typeof x === "string");
    parts = PARTS.filter((p) => list.some((x) => x === p.id || p.aliases.includes(x.trim())));
    resolved.set(key, parts);
  }
  return parts;
}

const rule: TableRule = {
  meta: {
    id: "table/missing-field",
    severity: "error",
    name: { zh: "缺少必填部分", en: "Required part missing" },
    docs: {
      zh: "表中缺少项目名称、预算数、绩效目标或指标表头等必填部分（资金支出计划可在设置中设为必填）。",
      en: "The table lacks a required part: project name, budget, goals or the indicator header (the spending plan can be made required in the settings).",
    },
    messages: {
      zh: { missing: "绩效目标表缺少{{fields}}，请按模板补齐" },
      en: { missing: "The table lacks: {{fields}}; add them as in the template" },
    },
    defaultOptions: { parts: DEFAULT_PARTS },
  },
  check(ctx) {
    const missing = required(ctx.options.parts).filter((p) => p.missing(ctx.table));
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
