import { squash } from "../normalize";
import { AmountReading, CellInfo, MoneyUnit } from "./types";
import { DECIMAL, clean, foldMinus, isNothing, parseDecimal } from "./number-text";
import { formatAffixes, isGeneralFormat } from "./number-format";

/**
 * Money cells of the budget block. Amounts are compared in 万元, so every reading carries `wan`.
 * Units bigger or smaller than the two the model knows are folded into them: 亿元 becomes 万元
 * (1.2亿元 → 12000 万元) and 千元 becomes 元, so a correct budget is never called unreadable.
 */

/**
 * The unit a label or unit row declares: "预算数（万元）", "单位：万元", "金额(元)", "资金总额/万元".
 * Only a unit set apart (in brackets, after 单位, after a slash) counts, so a part name that merely
 * contains 元 is not taken for a unit.
 */
export function unitInLabel(label: string): MoneyUnit | undefined {
  const s = squash(label);
  const m = /(?:^|[([【〔/]|单位:?)(?:单位:?)?(?:人民币)?(万元|元)(?=$|[)\]】〕,;，；])/.exec(s);
  return m ? (m[1] as MoneyUnit) : undefined;
}

/** Written unit → model unit and the factor that converts the written number into it. */
const UNITS: Record<string, { unit: MoneyUnit; factor: number }> = {
  万元: { unit: "万元", factor: 1 },
  // "50万" in a money cell can only mean 万元.
  万: { unit: "万元", factor: 1 },
  亿元: { unit: "万元", factor: 10000 },
  亿: { unit: "万元", factor: 10000 },
  元: { unit: "元", factor: 1 },
  千元: { unit: "元", factor: 1000 },
};

const AMOUNT = new RegExp(String.raw`^(-)?(?:¥|人民币)?(-)?(${DECIMAL})(?:(万元|万|亿元|亿|千元|元)整?)?$`);

export function toWan(value: number, unit: MoneyUnit): number {
  return unit === "万元" ? value : clean(value / 10000);
}

function amount(value: number, unit: MoneyUnit, unitSource: "cell" | "label" | "assumed"): AmountReading {
  return { kind: "amount", value, unit, unitSource, wan: toWan(value, unit) };
}

/** A unit written into the number format (`#,##0.00"万元"`), as the wizard writes amounts. */
function unitInFormat(format: string): MoneyUnit | undefined {
  if (isGeneralFormat(format)) return undefined;
  const suffix = squash(formatAffixes(format).suffix);
  const u = UNITS[suffix];
  return u && u.factor === 1 ? u.unit : undefined;
}

/**
 * Read a money cell. A unit written in the cell (text or number format) wins over the label's,
 * the label's over the table-wide assumption. Blank-like cells ("", "—", "/", "无") are blank:
 * rules decide whether a blank counts 0. Negative amounts ("-5万元", "(5)") are returned as
 * amounts so that the rule can say "negative" rather than "unreadable". The formal "50万元整" reads.
 */
export function readAmount(cell: CellInfo, labelUnit?: MoneyUnit, assumedUnit: MoneyUnit = "万元"): AmountReading {
  const fallback = (value: number): AmountReading => (labelUnit ? amount(value, labelUnit, "label") : amount(value, assumedUnit, "assumed"));
  const v = cell.value;
  if (v === null) return { kind: "blank" };
  if (typeof v === "boolean") return { kind: "invalid", reason: `not an amount: ${cell.text || String(v)}` };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", reason: `not a finite number: ${v}` };
    const u = unitInFormat(cell.numberFormat);
    return u ? amount(v, u, "cell") : fallback(v);
  }
  if (isNothing(v)) return { kind: "blank" };
  let s = foldMinus(squash(v));
  // Accounting negatives: "(5)", "(5万元)".
  let negative = false;
  const paren = /^\((.+)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  const m = AMOUNT.exec(s);
  if (!m || (m[1] && m[2]) || (negative && (m[1] || m[2]))) {
    const numbers = s.match(/\d+(?:\.\d+)?/g) ?? [];
    const why = numbers.length === 0 ? "no number" : numbers.length > 1 ? "more than one number" : "unrecognised text around the number";
    return { kind: "invalid", reason: `${why}: ${v.trim()}` };
  }
  const sign = negative || m[1] || m[2] ? -1 : 1;
  // -0 would print as "-0" and fail equality with 0 in the rules' comparisons.
  const n = sign * parseDecimal(m[3]) || 0;
  if (!m[4]) return fallback(n);
  const u = UNITS[m[4]];
  return amount(clean(n * u.factor), u.unit, "cell");
}
