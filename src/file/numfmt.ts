/**
 * numfmt 3.2.5 through `require`: its published dist/numfmt.d.ts is not valid TypeScript (it
 * starts with a stray debug dump), so importing the package makes tsc fail even with skipLibCheck.
 * A plain require call is not resolved by the type checker; the two functions we use are typed here.
 */
interface NumfmtApi {
  format(pattern: string, value: unknown, options?: Record<string, unknown>): string;
  isDateFormat(pattern: string): boolean;
}

const numfmt = require("numfmt") as NumfmtApi;

/** Excel-style number formatting (throws on a bad pattern). */
export function numfmtFormat(pattern: string, value: unknown): string {
  return numfmt.format(pattern, value);
}

/** Is the pattern a date/time format? */
export function isDateFormat(pattern: string): boolean {
  return numfmt.isDateFormat(pattern);
}
