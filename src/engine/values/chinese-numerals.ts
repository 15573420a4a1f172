/**
 * Chinese numerals as people write them in targets and titles: "三家", "十二个月", "百分之九十五",
 * "十二月底前", "二〇二四年". Converting is only safe where a number is plainly meant (before a
 * measure word, 年/月/日, or after 百分之): "一般", "统一", "一流" are words, not numbers.
 */

const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 10000, 亿: 100000000 };

const NUMERAL_CHARS = "〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿";
/** A run of numerals that starts like a number (a digit or 十, never a bare 百/千/万). */
const RUN = `[〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾][${NUMERAL_CHARS}]*`;
/** Point and decimals: "三点五公里". */
const DECIMALS = "(?:点[〇零一二两三四五六七八九]+)?";

/**
 * What may follow a number for it to be read as one: measure words, units, time words, and the
 * comparison words that close a target ("三家以上"). Longer words first is not needed: a match
 * only has to start with one of them.
 */
const AFTER =
  "个|家|人|名|位|次|场|项|台|套|件|份|户|所|批|篇|期|处|座|条|辆|本|册|张|块|亩|间|栋|幢|宗|类|轮|起|例|只|头|株|棵|把|部|种|门|支|组|队|班|节|课|学时|课时|天|日|号|周|月|年|季度|小时|分钟|秒|公里|千米|米|平方|立方|吨|斤|公斤|千克|克|升|毫升|元|万|亿|倍|成|%|以上|以内|以下|及以上|及以下|之内|内|左右";

const NUMBER_BEFORE = new RegExp(`(${RUN})(${DECIMALS})(?=${AFTER})`, "g");
const PERCENT = new RegExp(`百分之(${RUN}|百)(${DECIMALS})`, "g");
const WHOLE = new RegExp(`^(${RUN})(${DECIMALS})$`);
const HAS_NUMERAL = new RegExp(`[${NUMERAL_CHARS}]`);

/** The value of a numeral run, or undefined when it is not a well-formed number. */
export function chineseNumber(run: string): number | undefined {
  // Digit by digit when no unit character appears: "二〇二四" = 2024, "三" = 3.
  if ([...run].every((ch) => ch in DIGIT)) return Number([...run].map((ch) => DIGIT[ch]).join(""));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (ch in DIGIT) {
      if (digit !== undefined && DIGIT[ch] !== 0) return undefined; // two digits in a row: "三四十"
      digit = DIGIT[ch] === 0 ? undefined : DIGIT[ch];
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch];
      digit = undefined;
    } else if (ch in BIG_UNIT) {
      total = (total + section + (digit ?? 0)) * BIG_UNIT[ch];
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

function decimals(point: string): string {
  return point ? "." + [...point.slice(1)].map((ch) => DIGIT[ch]).join("") : "";
}

/**
 * The text with the numerals that plainly stand for numbers written in digits: "三家" → "3家",
 * "百分之九十五" → "95%", "二〇二四年十二月底前" → "2024年12月底前". Anything else is left alone.
 * A big unit (万/亿) ending a run before a measure word stays a word ("五万人次" → "5万人次").
 */
export function foldChineseNumerals(s: string): string {
  if (!HAS_NUMERAL.test(s)) return s;
  const whole = WHOLE.exec(s);
  if (whole) {
    const n = chineseNumber(whole[1]);
    return n === undefined ? s : String(n) + decimals(whole[2]);
  }
  return s
    .replace(PERCENT, (m, run: string, point: string) => {
      const n = run === "百" ? 100 : chineseNumber(run);
      return n === undefined ? m : `${n}${decimals(point)}%`;
    })
    .replace(NUMBER_BEFORE, (m, run: string, point: string) => {
      // "五万人次": keep 万 as the unit word the value is written in
      const big = /[万亿]$/.test(run) && run.length > 1 ? run.slice(-1) : "";
      const n = chineseNumber(big ? run.slice(0, -1) : run);
      return n === undefined ? m : `${n}${decimals(point)}${big}`;
    });
}
