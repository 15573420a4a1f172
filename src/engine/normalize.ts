import { memoString } from "./memo";

/**
 * Text normalisation shared by labels, value readers and rules.
 * NFKC folds full-width digits, letters and punctuation to half-width (（→(, ％→%, ：→:, ５→5)
 * but keeps CJK; we also drop all whitespace because labels are broken by line breaks and spaces.
 */
export function fold(s: string): string {
  const n = s.normalize("NFKC");
  // Zero-width characters and soft hyphens arrive from web pages and Word; NFKC keeps them, yet
  // they show as nothing, so "预算\u200b数" must read as 预算数.
  return INVISIBLE_TEST.test(n) ? n.replace(INVISIBLE, "") : n;
}

/** Characters that show as nothing: zero-width space/joiners, word joiner, BOM, soft hyphen. */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const INVISIBLE_TEST = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/** A string holding nothing visible: whitespace and invisible characters only. */
export function isInvisible(s: string): boolean {
  // hot path (every cell read): a string starting with a visible character is visible; CJK and
  // ASCII are decided by one comparison
  const c = s.charCodeAt(0);
  if ((c > 0x3000 && c !== 0xfeff) || (c > 0x20 && c < 0x7f)) return false;
  if (
    c > 0x20 &&
    c !== 0xa0 &&
    c !== 0x00ad &&
    c !== 0x1680 &&
    !(c >= 0x2000 && c <= 0x200d) &&
    !(c >= 0x2028 && c <= 0x202f) &&
    c !== 0x205f &&
    c !== 0x2060 &&
    c !== 0x3000
  )
    return false;
  return /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/.test(s);
}

/** Folded, with every kind of whitespace removed ("绩效\n\n目标 " → "绩效目标"). */
export const squash = memoString((s: string): string => fold(s).replace(/[\s\u00a0\u3000]+/g, ""));

/** A label as compared against the dictionary: squashed, trailing colons removed. */
export const normalizeLabel = memoString((s: string): string => squash(s).replace(/[:：]+$/, ""));

/** For comparing free text (goals): squashed, punctuation removed, lower-cased. */
export const normalizeProse = memoString((s: string): string =>
  squash(s)
    .replace(/[\p{P}\p{S}]/gu, "")
    .toLowerCase(),
);
