import { Plan } from "./model";
import type { PercentOptions } from "./values/percent";

/**
 * How to read a plan's bare numbers (no % format). Numbers that all lie in 0–1 and end at exactly
 * 1 (0.3, 0.6, 1) are fractions, even under a（%）label: a plan ending at 1% is far less likely than
 * a fraction typed into a percent column. Otherwise a（%）label means they are already 0–100.
 */
export function planScale(plan: Plan): boolean {
  const bare = plan.milestones.map((m) => m.value.cell).filter((c) => typeof c.value === "number" && !/%/.test(c.numberFormat));
  if (bare.length === 0) return false;
  const nums = bare.map((c) => c.value as number);
  return nums.every((n) => n >= 0 && n <= 1) && nums[nums.length - 1] === 1 && bare.length === plan.milestones.length;
}

/** Options for readPercent on this plan's milestone values. */
export function planPercentOptions(plan: Plan): PercentOptions {
  const fraction = planScale(plan);
  return { percentLabel: plan.percentLabel && !fraction, fractionScale: fraction };
}
