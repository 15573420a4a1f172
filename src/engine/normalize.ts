import { memoString } from "./memo";

/**
 * Text normalisation shared by labels, value readers and rules.
 * NFKC folds full-width digits, letters and punctuation to half-width (（→(, ％→%, ：→:, ５→5)
 * but keeps CJK; we also drop all whitespace because labels are broken by line breaks and spaces.
 */
export function fold(s: string): string {
  return s.normalize("NFKC");
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
