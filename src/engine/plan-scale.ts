import { Plan } from "./model";

/**
 * Bare numbers in a plan without a（%）label and without a % format are fractions when they all
 * lie in 0–1 and the last one is 1 (0.3, 0.6, 1), else they are already on the 0–100 scale.
 */
export function planScale(plan: Plan): boolean {
  if (plan.percentLabel) return false;
  const bare = plan.milestones.map((m) => m.value.cell).filter((c) => typeof c.value === "number" && !/%/.test(c.numberFormat));
  if (bare.length === 0) return false;
  const nums = bare.map((c) => c.value as number);
  return nums.every((n) => n >= 0 && n <= 1) && nums[nums.length - 1] === 1;
}
