import { squash } from "../normalize";
import { CellInfo, PercentReading } from "./types";
import { DECIMAL, clean, foldMinus, isNothing, parseDecimal } from "./number-text";
import { formatAffixes, formatScalesPercent, isGeneralFormat } from "./number-format";

/**
 * Percentages of the spending plan and of similar slots, always returned on the 0–100 scale.
 * Range is not judged here (rules report -10% or 120% with their own message).
 */
export interface PercentOptions {
  /** The label says the values are percentages ("资金支出计划（%）"), so a bare 50 means 50%. */
  percentLabel: boolean;
  /** Without such a label, take a bare number as a fraction of 1 (0.5 → 50%). */
  fractionScale?: boolean;
}

const PERCENT_TEXT = new RegExp(String.raw`^([-+])?(${DECIMAL})(%)?$`);

function bare(n: number, opts: PercentOptions): number {
  if (opts.percentLabel || !opts.fractionScale) return n;
  return clean(n * 100);
}

export function readPercent(cell: CellInfo, opts: PercentOptions): PercentReading {
  const v = cell.value;
  if (v === null) return { kind: "blank" };
  if (typeof v === "boolean") return { kind: "invalid", reason: `not a percentage: ${cell.text || String(v)}` };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", reason: `not a finite number: ${v}` };
    // Excel stores 50% as 0.5 under a % format; a quoted "%" (`0"%"`) shows 50 as "50%" unscaled.
    if (formatScalesPercent(cell.numberFormat)) return { kind: "percent", value: clean(v * 100) };
    if (!isGeneralFormat(cell.numberFormat) && squash(formatAffixes(cell.numberFormat).suffix) === "%") {
      return { kind: "percent", value: v };
    }
    return { kind: "percent", value: bare(v, opts) };
  }
  if (isNothing(v)) return { kind: "blank" };
  const s = foldMinus(squash(v));
  const m = PERCENT_TEXT.exec(s);
  if (!m) return { kind: "invalid", reason: `not a percentage: ${v.trim()}` };
  const n = (m[1] === "-" ? -1 : 1) * parseDecimal(m[2]) || 0;
  return { kind: "percent", value: m[3] ? n : bare(n, opts) };
}
