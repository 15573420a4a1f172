import { Comparison } from "./types";

/**
 * The ways a 指标值 says "at least", "at most", … (table-format.md lists those seen in the wild).
 * Text is expected folded (NFKC), so ＞＜＝ are already > < =.
 */

/** One spelling for each symbol, so the word lists below need not repeat ≧ ⩾ >= for ≥. */
export function foldComparisonSymbols(s: string): string {
  return s
    .replace(/>=|=>|≧|⩾/g, "≥")
    .replace(/<=|=<|≦|⩽/g, "≤")
    .replace(/==/g, "=");
}

const PREFIXES: Record<string, Comparison> = {
  "≥": ">=",
  不低于: ">=",
  不少于: ">=",
  不小于: ">=",
  大于等于: ">=",
  大于或等于: ">=",
  至少: ">=",
  // "达到95%" is a target to reach, i.e. at least.
  达到: ">=",
  "≤": "<=",
  不高于: "<=",
  不超过: "<=",
  不超出: "<=",
  不多于: "<=",
  不大于: "<=",
  小于等于: "<=",
  小于或等于: "<=",
  至多: "<=",
  最多: "<=",
  控制在: "<=",
  ">": ">",
  大于: ">",
  高于: ">",
  多于: ">",
  超过: ">",
  "<": "<",
  小于: "<",
  低于: "<",
  少于: "<",
  "=": "=",
  等于: "=",
};

const SUFFIXES: Record<string, Comparison> = {
  及以上: ">=",
  或以上: ">=",
  以上: ">=",
  及以下: "<=",
  或以下: "<=",
  以下: "<=",
  以内: "<=",
  之内: "<=",
  内: "<=",
};

const longestFirst = (words: string[]) =>
  words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");

/** Regex source matching one comparison prefix (longest spelling first: 大于等于 before 大于). */
export const COMPARISON_PREFIX = `(?:${longestFirst(Object.keys(PREFIXES))})`;
/** Regex source matching one comparison suffix ("以上", "以内", …). */
export const COMPARISON_SUFFIX = `(?:${longestFirst(Object.keys(SUFFIXES))})`;

export function prefixComparison(word: string): Comparison | undefined {
  return PREFIXES[word];
}

export function suffixComparison(word: string): Comparison | undefined {
  return SUFFIXES[word];
}

/**
 * When a value says it both ways ("达到95%以上", "控制在50万元以内"), the suffix is the more
 * specific; otherwise the prefix (a symbol or explicit word) is.
 */
export function combineComparisons(prefix?: string, suffix?: string): Comparison | undefined {
  const p = prefix ? prefixComparison(prefix) : undefined;
  const s = suffix ? suffixComparison(suffix) : undefined;
  if (p && s && (prefix === "达到" || prefix === "控制在")) return s;
  return p ?? s;
}
