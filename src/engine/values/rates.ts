import { squash } from "../normalize";

/**
 * Indicators whose value is a share of a whole and so cannot exceed 100% (rules.md,
 * `indicator/percent-out-of-range`). Growth rates (增长率) and returns (回报率) can, and are absent.
 * A name only has to contain one of these: "任务完成率", "群众满意度", "不合格率" (still a share).
 */
export const BOUNDED_RATE_WORDS = [
  "完成率",
  "合格率",
  "覆盖率",
  "实现率",
  "达标率",
  "执行率",
  "到位率",
  "满意率",
  "知晓率",
  "及格率",
  "使用率",
  "满意度",
] as const;

export function isBoundedRate(name: string): boolean {
  const s = squash(name);
  return BOUNDED_RATE_WORDS.some((w) => s.includes(w));
}
