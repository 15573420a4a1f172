import { Milestone, Plan, TableModel } from "../../model";
import { normalizeLabel } from "../../normalize";
import { planPercentOptions } from "../../plan-scale";
import { readPercent } from "../../values/percent";

/**
 * Each milestone of a table's spending plan, read once (cached per plan) on the 0–100 scale, with
 * the verdict the plan rules share (rules.md "How findings combine"): a blank or unreadable value
 * belongs to plan/not-percent, one outside 0–100% to plan/out-of-range; the rest are valid and
 * are all that plan/decreasing, plan/final-not-100 and plan/back-loaded look at.
 */

export type MilestoneStatus = "valid" | "blank" | "unreadable" | "out-of-range";

export interface MilestoneReading {
  milestone: Milestone;
  status: MilestoneStatus;
  /** Percent on the 0–100 scale (50 means 50%), for "valid" and "out-of-range". */
  value?: number;
}

/** Values closer than this are equal: 99.9999999 written as a fraction is 100%. */
export const PERCENT_EPSILON = 1e-6;

const cache = new WeakMap<Plan, MilestoneReading[]>();

export function planReadings(plan: Plan): MilestoneReading[] {
  const hit = cache.get(plan);
  if (hit) return hit;
  const opts = planPercentOptions(plan);
  const out = plan.milestones.map((milestone): MilestoneReading => {
    const r = readPercent(milestone.value.cell, opts);
    if (r.kind === "blank") return { milestone, status: "blank" };
    if (r.kind === "invalid") return { milestone, status: "unreadable" };
    const inRange = r.value >= -PERCENT_EPSILON && r.value <= 100 + PERCENT_EPSILON;
    return { milestone, status: inRange ? "valid" : "out-of-range", value: r.value };
  });
  cache.set(plan, out);
  return out;
}

/** The table's milestone readings; none when it has no plan. */
export function tablePlan(table: TableModel): MilestoneReading[] {
  return table.plan ? planReadings(table.plan) : [];
}

const CHINESE_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/**
 * The month-end a milestone label stands for, so that configuration written "6月底" also finds
 * "6月末", "截至6月底", "6月", "6月30日", "上半年" or "第二季度"; other labels are compared as written.
 */
export function milestoneKey(label: string): string {
  const n = normalizeLabel(label)
    .replace(/^截[至止]/, "")
    .replace(/累计$/, "");
  let m = /^(\d{1,2})月(?:份)?(?:底|末|前)?$/.exec(n);
  if (m) return `${Number(m[1])}月底`;
  m = /^(\d{1,2})月(\d{1,2})日(?:前)?$/.exec(n);
  if (m) {
    const month = Number(m[1]);
    const last = new Date(Date.UTC(2001, month, 0)).getUTCDate();
    return Number(m[2]) === last ? `${month}月底` : `${month}月${Number(m[2])}日`;
  }
  m = /^(?:第)?([一二三四1-4])季度(?:末|底)?$/.exec(n);
  if (m) return `${(CHINESE_DIGIT[m[1]] ?? Number(m[1])) * 3}月底`;
  if (n === "上半年") return "6月底";
  if (n === "前三季度") return "9月底";
  if (n === "下半年" || n === "全年" || n === "年底" || n === "年末") return "12月底";
  return n;
}
