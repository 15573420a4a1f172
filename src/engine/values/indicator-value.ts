import { squash } from "../normalize";
import { memoString } from "../memo";
import { CellInfo, Comparison, IndicatorValue } from "./types";
import { COMPARISON_PREFIX, COMPARISON_SUFFIX, combineComparisons, foldComparisonSymbols, prefixComparison } from "./comparison";
import { parseDeadline, parseDuration } from "./deadline";
import { parseRecurringDeadline } from "./recurring";
import { isDateFormat, serialToDate } from "./excel-date";
import { formatAffixes, formatScalesPercent, isGeneralFormat } from "./number-format";
import { DECIMAL, clean, foldMinus, isMarksOnly, parseDecimal } from "./number-text";
import { foldChineseNumerals } from "./chinese-numerals";

/**
 * What a 指标值 cell says: a quantity, a qualitative word, a deadline or duration, a leftover
 * template placeholder, or something the engine cannot tell (unknown). Rules pair this with the
 * indicator's kind (数量, 时效, 满意度, 成本) to decide whether it fits.
 */

/**
 * A template's placeholder left unfilled (rules.md `indicator/value-placeholder`): `*` anywhere
 * (`≥**%`, `**月**日前`), XX / ×× (`XX人`), 待定, or a cell holding only marks (`/`, `_`, `-`, `—`,
 * `--`). A slash inside text ("举办/参加活动场次") is ordinary writing, and "90-95%" is a value.
 */
export function isPlaceholder(text: string): boolean {
  const s = squash(text);
  return s.includes("*") || /xx/i.test(s) || s.includes("××") || s.includes("待定") || isMarksOnly(s);
}

/** Money units and what one of them is in 万元. "元/人" (a cost per head) is money too. */
const MONEY: Record<string, number> = { 元: 1 / 10000, 千元: 1 / 10, 万元: 1, 亿元: 10000 };
const MONEY_UNIT = /^(万元|亿元|千元|元)(?:[/每].*)?$/;

/**
 * Before the comparison some write the indicator's name again ("满意度≥90%", "完成率达到95%");
 * that is allowed when a comparison follows it. A few neutral lead words need none.
 */
const NEUTRAL_LEAD = /^(?:约|大约|共|共计|合计|总计|累计|计划|预计|全年|年度|完成|实现|确保|力争|保持)$|为$/;

const QUANTITY = new RegExp(String.raw`^(\D*?)(${COMPARISON_PREFIX})?(¥|人民币)?([-+])?(${DECIMAL})(.*?)(${COMPARISON_SUFFIX})?$`);

/**
 * A unit is whatever follows the number, but a second number there means a range or a sentence
 * ("90%-95%", "≥20人，≤50人"), not a unit; digits right after a letter are part of one (m2, km2,
 * as NFKC spells ㎡ and ㎞²).
 */
function plausibleUnit(unit: string): boolean {
  return !/(?:^|[^a-zA-Z\d])\d/.test(unit) && !/[≥≤<>=]/.test(unit);
}

function quantity(value: number, unit: string, comparison?: Comparison): IndicatorValue {
  const money = MONEY_UNIT.exec(unit);
  const q: IndicatorValue = {
    kind: "quantity",
    value,
    unit,
    isPercent: unit === "%",
    isMoney: !!money,
  };
  if (comparison) q.comparison = comparison;
  if (money) q.wan = clean(value * MONEY[money[1]]);
  return q;
}

function parseQuantity(s: string): IndicatorValue | undefined {
  const m = QUANTITY.exec(s.replace(/\(含(?:本数)?\)|左右/g, ""));
  if (!m) return undefined;
  const [, lead, pre, currency, sign, digits, rawUnit, post] = m;
  const comparison = combineComparisons(pre, post);
  if (lead && !comparison && !NEUTRAL_LEAD.test(lead)) return undefined;
  // "≤¥500" names no unit but can only be yuan.
  const unit = rawUnit.trim() || (currency ? "元" : "");
  if (!plausibleUnit(unit)) return undefined;
  const value = (sign === "-" ? -1 : 1) * parseDecimal(digits) || 0;
  return quantity(value, unit, comparison);
}

function readNumber(cell: CellInfo, v: number): IndicatorValue {
  const text = cell.text.trim();
  if (!Number.isFinite(v)) return { kind: "unknown", text: text || String(v) };
  if (isDateFormat(cell.numberFormat)) {
    if (v < 0) return { kind: "unknown", text: text || String(v) };
    const d = serialToDate(v);
    const iso = `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
    // Office.js shows "####" for a date too wide for its column; say the date instead.
    return { kind: "deadline", ...d, text: text && !text.startsWith("#") ? text : iso };
  }
  if (isGeneralFormat(cell.numberFormat)) return quantity(v, "");
  const value = formatScalesPercent(cell.numberFormat) ? clean(v * 100) : v;
  // The format may write a comparison or unit around the number (`"≥"0%`, `0"人"`, `0.00"万元"`).
  const { prefix, suffix } = formatAffixes(cell.numberFormat);
  const pre = foldComparisonSymbols(squash(prefix));
  const rest = foldComparisonSymbols(squash(suffix));
  const post = new RegExp(`(${COMPARISON_SUFFIX})$`).exec(rest)?.[1];
  const written = post ? rest.slice(0, -post.length) : rest;
  // A currency format (`¥#,##0.00`, `[$¥-804]#,##0`) says yuan without a unit word.
  const unit = written || (pre.includes("¥") ? "元" : "");
  const lead = pre.replace(/¥/g, "");
  return quantity(value, unit, combineComparisons(prefixComparison(lead) ? lead : undefined, post));
}

export function readIndicatorValue(cell: CellInfo): IndicatorValue {
  const v = cell.value;
  if (v === null) return { kind: "blank" };
  if (typeof v === "number") return readNumber(cell, v);
  if (typeof v === "boolean") return { kind: "qualitative", text: cell.text.trim() || (v ? "TRUE" : "FALSE") };
  return readTextValue(v);
}

/**
 * A 指标值 printed in split columns (符号 | 值 | 计量单位) read as the one value they make:
 * "≥" + 95 + "%" is "≥95%". 定性 in the sign column makes the value qualitative (a deadline stays one); a blank or
 * placeholder number cell stays what it is, whatever the sign and unit say.
 */
export function readSplitValue(value: CellInfo, sign?: CellInfo, unit?: CellInfo): IndicatorValue {
  const base = readIndicatorValue(value);
  if (!sign && !unit) return base;
  if (base.kind === "blank" || base.kind === "placeholder") return base;
  const symbol = sign ? foldComparisonSymbols(squash(sign.text)) : "";
  // a deadline printed as 定性 | 12月31日前 is still a deadline: 时效 values have no number to compare
  if (base.kind === "deadline") return base;
  if (symbol === "定性") return { kind: "qualitative", text: value.text.trim() || String(value.value) };
  const number = typeof value.value === "number" && isGeneralFormat(value.numberFormat) ? String(value.value) : squash(value.text);
  return readTextValue(joinSplitValue(symbol, number, unit ? squash(unit.text) : ""));
}

/**
 * The one 指标值 text that split 符号 | 值 | 计量单位 cells make: "≥" 95 "%" → "≥95%". 定性/定量 are
 * not part of the value, and a sign or unit the number already carries is not written twice.
 */
export function joinSplitValue(sign: string, number: string, unit: string): string {
  const lead = sign === "定性" || sign === "定量" || number.startsWith(sign) ? "" : sign;
  return lead + number + (unit && !number.endsWith(unit) ? unit : "");
}

// Text targets repeat across tables ("≥90%", "12月31日前", "提升"): read each text once.
// Callers treat readings as read-only.
const readTextValue = memoString((v: string): IndicatorValue => {
  const text = v.trim();
  if (isPlaceholder(v)) return { kind: "placeholder", text };
  const s = foldComparisonSymbols(foldMinus(squash(v))).replace(/[。；;]+$/, "");
  if (s === "") return { kind: "blank" };
  const plain = readSquashed(s, text);
  if (plain.kind !== "qualitative" && plain.kind !== "unknown") return plain;
  // "三家", "百分之九十五", "十二月底前": numerals in words, read only when they make a number.
  const digits = foldChineseNumerals(s);
  if (digits === s) return plain;
  const read = readSquashed(digits, text);
  return read.kind === "qualitative" || read.kind === "unknown" ? plain : read;
});

function readSquashed(s: string, text: string): IndicatorValue {
  const deadline = parseDeadline(s);
  if (deadline === "impossible") return { kind: "unknown", text };
  if (deadline) return { kind: "deadline", ...deadline, text };
  const recurring = parseRecurringDeadline(s);
  if (recurring) return { kind: "deadline", ...recurring, text };
  const duration = parseDuration(s);
  if (duration) return { kind: "duration", ...duration };
  const q = parseQuantity(s) ?? parseRange(s);
  if (q) return q;
  // Generous on purpose: any Chinese wording without a number is taken as a qualitative target
  // ("是", "有所提升", "群众满意度明显提高"); rules only ask numbers of 数量, 时效 and 满意度.
  if (!/\d/.test(s) && /\p{Script=Han}/u.test(s)) return { kind: "qualitative", text };
  return { kind: "unknown", text };
}

/**
 * A range ("90-95%", "90%~95%", "20至30人"): a target between two bounds, read as at least its
 * lower bound in the unit written after the upper one.
 */
const RANGE = new RegExp(String.raw`^(${DECIMAL})(%?)(?:-|~|～|至|到|—|–)(${DECIMAL})(.*)$`);

function parseRange(s: string): IndicatorValue | undefined {
  const m = RANGE.exec(s);
  if (!m) return undefined;
  const unit = m[4];
  if ((m[2] && unit !== "%") || !plausibleUnit(unit)) return undefined;
  const low = parseDecimal(m[1]);
  if (low > parseDecimal(m[3])) return undefined;
  return quantity(low, unit, ">=");
}
