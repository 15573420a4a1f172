import { formatSections, tokenizeSection } from "./number-format";

/**
 * Excel stores dates as serial numbers and only the number format says a cell is a date, so a
 * 时效 value typed as a real date reaches the engine as e.g. 45291 with "yyyy/m/d".
 */

/**
 * True when the format shows a calendar date: it has a y or d code, or an m that is a month
 * (an m next to h or s is minutes, so "h:mm" and "mm:ss" are times, not dates). "[$-F800]" is
 * Windows' system long date, which Excel writes in front of a date pattern it may not spell out.
 */
export function isDateFormat(format: string): boolean {
  if (/\[\$-F800\]/i.test(format)) return true;
  return formatSections(format).some((section) => {
    const codes = tokenizeSection(section)
      // [h], [mm], [ss] are elapsed-time codes; other brackets are colours, locales, conditions.
      .filter((t) => t.kind === "code" || (t.kind === "bracket" && /^[hms]+$/i.test(t.text)))
      .map((t) => t.text.toLowerCase())
      .join("");
    if (/[yd]/.test(codes)) return true;
    return codes.includes("m") && !/[hs]/.test(codes) && !codes.includes("am/pm");
  });
}

const MS_PER_DAY = 86400000;

/**
 * The calendar day of a serial in the 1900 date system. Excel treats 1900 as a leap year (a
 * Lotus 1-2-3 bug it kept), so serial 60 is the nonexistent 1900-02-29 and serials from 61 on
 * are one day ahead of a true count from 1899-12-31. Serial 0 is Excel's "1900-01-00".
 * The time of day (fraction) is ignored. Throws RangeError for negative or non-finite serials,
 * which Excel cannot show as dates either.
 */
export function serialToDate(serial: number): { year: number; month: number; day: number } {
  if (!Number.isFinite(serial) || serial < 0) throw new RangeError(`not an Excel date serial: ${serial}`);
  // A midnight computed in floating point can arrive as (n-1).99999999999; half a millisecond
  // puts it back on its day without moving any real time of day across midnight.
  const whole = Math.floor(serial + 0.5 / MS_PER_DAY);
  if (whole === 0) return { year: 1900, month: 1, day: 0 };
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole : whole - 1;
  const d = new Date(Date.UTC(1899, 11, 31) + days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
