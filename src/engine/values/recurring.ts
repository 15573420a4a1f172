import type { DeadlineParts } from "./deadline";

/**
 * Recurring deadlines: a 时效 target that repeats ("每月15日前", "每季度首月25日前", "每月10日前",
 * "每周五前", "每年6月底前", "每季度末"). A valid deadline without a year of its own: the
 * deadline-year rule has nothing to compare. Separate from parseDeadline on purpose: one shape,
 * one function (values/ is shared with the Chinese-numeral reading).
 */
const PERIOD = "(?:每个?(?:月|季度|季|半年|年度|年|周|星期))";
const WITHIN = "(?:首月|末月|第[一二三123]个?月|初|末|底|中旬|上旬|下旬)";
const DAY = "(?:(\\d{1,2})(?:日|号))";
const WEEKDAY = "(?:[一二三四五六日天])";
const BEFORE = "(?:前|之前|以前|内|止)";
const VERB = "(?:完成|办结|报送|上报|支付|拨付|发放|兑付|到位|提交)";
const RECURRING = new RegExp(`^${PERIOD}(${WITHIN})?(?:(\\d{1,2})月(?:底|末)?)?(?:${DAY}|${WEEKDAY})?${BEFORE}?${VERB}?$`);

export function parseRecurringDeadline(s: string): DeadlineParts | undefined {
  const m = RECURRING.exec(s);
  if (!m) return undefined;
  // "每月" alone names no deadline: something must say when within the period
  if (s.replace(new RegExp(`^${PERIOD}`), "") === "") return undefined;
  const month = m[2] !== undefined ? Number(m[2]) : undefined;
  const day = m[3] !== undefined ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}
