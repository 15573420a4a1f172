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
  const t = s.trim();
  if (t === "") return true;
  // hot path (every cell read): only a string starting with an invisible character can be one
  const c = t.charCodeAt(0);
  if (c !== 0x200b && c !== 0x200c && c !== 0x200d && c !== 0x2060 && c !== 0xfeff && c !== 0x00ad) return false;
  return /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/.test(t);
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
