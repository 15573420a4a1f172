import { COMPARISON_PREFIX, COMPARISON_SUFFIX, combineComparisons } from "./comparison";
import { Comparison } from "./types";
import { DECIMAL, parseDecimal } from "./number-text";

/**
 * 时效 values written as text: a deadline ("12月31日前", "2023年底前", "2023.12.31前", "年内")
 * or a duration ("≤12个月", "3个月内", "≤30个工作日"). Input is squashed, comparison symbols folded.
 */

export interface DeadlineParts {
  year?: number;
  month?: number;
  day?: number;
}

/** Words before a deadline: "截至2023年12月31日", "不晚于12月31日", "≤2023年12月". */
const LEAD = "(?:于|在|截至|截止到|截止至|截止|到|至|预计|计划|力争|确保|不晚于|不迟于|最迟|最晚|≤|<|=)*";
/** Words after it, in any combination: "前", "底前", "前完成", "内完成", "止". */
const TRAIL_WORD = "之前|以前|前|为止|止|之内|以内|内|底|末|完成|结束|完工|竣工|办结|到位|验收|完毕|实施完毕";
const TRAIL = `(?:${TRAIL_WORD})*`;
const TRAIL_REQUIRED = `(?:${TRAIL_WORD})+`;
const MONTH_PART = "(?:份|上旬|中旬|下旬|初|中)?";
const QUARTER = "第?([1-4一二三四])季度";
const YEAR_WORDS = "年底|年末|年内|年度内|年中|本年度|本年|当年度|当年|今年|上半年|下半年|全年|年度";

type Builder = (m: RegExpExecArray) => DeadlineParts;
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

const full = (body: string, trail = TRAIL) => new RegExp(`^${LEAD}${body}${trail}$`);

const PATTERNS: [RegExp, Builder][] = [
  [full(String.raw`(\d{4})年(\d{1,2})月(\d{1,2})[日号]`), (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [full(String.raw`(\d{4})([./-])(\d{1,2})\2(\d{1,2})[日号]?`), (m) => ({ year: +m[1], month: +m[3], day: +m[4] })],
  [full(String.raw`(\d{1,2})月(\d{1,2})[日号]`), (m) => ({ month: +m[1], day: +m[2] })],
  [full(String.raw`(\d{4})年(\d{1,2})月${MONTH_PART}`), (m) => ({ year: +m[1], month: +m[2] })],
  // "2023.12" alone could be a number; only with a deadline word after it is it a month.
  [full(String.raw`(\d{4})[./-](\d{1,2})`, TRAIL_REQUIRED), (m) => ({ year: +m[1], month: +m[2] })],
  [full(String.raw`(\d{1,2})月${MONTH_PART}`), (m) => ({ month: +m[1] })],
  [full(String.raw`(\d{1,2})\.(\d{1,2})`, TRAIL_REQUIRED), (m) => ({ month: +m[1], day: +m[2] })],
  [full(String.raw`(\d{4})年度?(?:${QUARTER}|${YEAR_WORDS})?`), (m) => ({ year: num(m[1]) })],
  [full(QUARTER), () => ({})],
  [full(`(?:${YEAR_WORDS})`), () => ({})],
];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function plausible(p: DeadlineParts): boolean {
  if (p.year !== undefined && (p.year < 1900 || p.year > 2200)) return false;
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== undefined) {
    if (p.day < 1) return false;
    let max = p.month ? DAYS_IN_MONTH[p.month - 1] : 31;
    if (p.month === 2 && p.year !== undefined) {
      const leap = (p.year % 4 === 0 && p.year % 100 !== 0) || p.year % 400 === 0;
      max = leap ? 29 : 28;
    }
    if (p.day > max) return false;
  }
  return true;
}

/**
 * A deadline's parts, "impossible" when the text has a deadline's shape but no such day exists
 * ("13月", "2月30日", "2023年2月29日"), or undefined when it is not a deadline at all.
 */
export function parseDeadline(s: string): DeadlineParts | "impossible" | undefined {
  for (const [re, build] of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const parts = build(m);
    const clean: DeadlineParts = {};
    if (parts.year !== undefined) clean.year = parts.year;
    if (parts.month !== undefined) clean.month = parts.month;
    if (parts.day !== undefined) clean.day = parts.day;
    return plausible(clean) ? clean : "impossible";
  }
  return undefined;
}

const DURATION_UNIT = "个工作日|工作日|个自然日|自然日|个小时|小时|分钟|个月|个星期|星期|个周|周|天|日|个季度|季度|年";
/** What is done within the time: "3个月内完成", "2小时内响应". */
const DURATION_VERB = "完成|办结|响应|到位|处理|解决|回复|答复|反馈|完工|到达|到场";
const DURATION = new RegExp(`^(${COMPARISON_PREFIX})?(${DECIMAL})(${DURATION_UNIT})(${COMPARISON_SUFFIX})?(?:${DURATION_VERB})?$`);

export interface DurationParts {
  comparison?: Comparison;
  value: number;
  unit: string;
}

export function parseDuration(s: string): DurationParts | undefined {
  const m = DURATION.exec(s);
  if (!m) return undefined;
  const comparison = combineComparisons(m[1], m[4]);
  const d: DurationParts = { value: parseDecimal(m[2]), unit: m[3] };
  if (comparison) d.comparison = comparison;
  return d;
}
