import { squash } from "../normalize";

/**
 * Pieces shared by the readers that pull a number out of text someone typed.
 * Callers pass text through `squash` first, so full-width digits, ％, ，and line breaks are gone.
 */

/**
 * A decimal as people type it: thousands separators only in groups of three ("2,200"; "22,00" is
 * not accepted, as it may be a European decimal), an optional fraction.
 */
export const DECIMAL = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;

export function parseDecimal(s: string): number {
  return Number(s.replace(/,/g, ""));
}

/** Undo float noise from scaling (0.07 × 100 = 7.000000000000001), so tests and messages see 7. */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** U+2212 survives NFKC, and people paste it from Word. */
export function foldMinus(s: string): string {
  return s.replace(/\u2212/g, "-");
}

/** Dashes that templates put in cells meant to stay empty ("—", "——", "————", "-"). */
export function isDashOnly(s: string): boolean {
  return /^[-\u2010-\u2015\u2500\u2212]+$/.test(s);
}

/**
 * Cells that say "nothing here" in a money or percentage slot: blank, dashes, "/", "无".
 * Rules decide whether nothing is acceptable (a blank part counts 0, a blank total is an error).
 */
export function isNothing(raw: string): boolean {
  const s = squash(raw);
  return s === "" || isMarksOnly(s) || s === "无";
}

/** Marks that stand for "nothing written": slashes, underscores, dashes ("/", "___", "—", "--"). */
export function isMarksOnly(s: string): boolean {
  return /^[-_/\u2010-\u2015\u2500\u2212\uff3f]+$/.test(s);
}
