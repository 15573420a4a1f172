/**
 * The wizard's 指标值 helper: a comparison, a number and a unit composed into the text a 指标值 cell
 * holds ("≥" 20 "人" → "≥20人", "不少于" 3 "家" → "不少于3家"), and the way back (a typed value split
 * into its parts, to start the helper from what is there). Pure; the split uses the checker's own
 * value reader, so what the helper composes is what the checker reads.
 */
import { joinSplitValue, readIndicatorValue } from "./values/indicator-value";
import type { Comparison } from "./values/types";
import { foldComparisonSymbols } from "./values/comparison";
import { canonLevel1, canonLevel2 } from "./frameworks";

/** The comparisons offered, in the order shown; "" writes none ("100%", "12场"). */
export const VALUE_COMPARISONS = ["≥", "≤", "=", ">", "<", "不低于", "不少于", "不高于", "不超过", "达到", ""] as const;
export type ValueComparison = (typeof VALUE_COMPARISONS)[number];

export interface ValueParts {
  comparison: ValueComparison;
  /** As typed: "20", "95.5". */
  number: string;
  unit: string;
}

/** A plain decimal as typed (no grouping, no exponent): "20", "0.5", "95.50". */
export function isPlainNumber(s: string): boolean {
  return /^\s*-?(\d+(\.\d+)?|\.\d+)\s*$/.test(s);
}

/** "≥" + "20" + "人" → "≥20人". Empty when the number is not a plain decimal. */
export function composeValue(p: ValueParts): string {
  if (!isPlainNumber(p.number)) return "";
  const n = String(Number(p.number.trim()));
  return `${p.comparison}${n}${p.unit.trim()}`;
}

const SYMBOL: Record<Comparison, ValueComparison> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };

/**
 * A value text split for the helper: its comparison as written when it is one of the offered ones
 * (else the symbol of what it means), its number and unit. Undefined when it is not a quantity.
 */
export function splitValue(text: string): ValueParts | undefined {
  const v = readIndicatorValue({ row: 0, col: 0, value: text, text, numberFormat: "General" });
  if (v.kind !== "quantity" && v.kind !== "duration") return undefined;
  const t = foldComparisonSymbols(text.trim().normalize("NFKC"));
  const written = VALUE_COMPARISONS.filter((c) => c !== "" && t.startsWith(c)).sort((a, b) => b.length - a.length)[0];
  const comparison: ValueComparison = written ?? (v.comparison ? SYMBOL[v.comparison] : "");
  return { comparison, number: String(v.value), unit: v.unit };
}

/**
 * The comparison the helper starts from: an upper bound for costs and for durations (a 成本 is
 * kept under its amount, a 时效 done within its days: "≥" there builds what the checker flags),
 * a lower bound for everything else (at least so many people, at least this rate).
 */
export function defaultComparison(level1: string, level2: string): ValueComparison {
  const l1 = canonLevel1(level1);
  const l2 = canonLevel2(level2) ?? "";
  return l1 === "成本" || /成本$/.test(l2) || l2 === "时效" ? "≤" : "≥";
}

/** Typical units per 二级 (canonical short name), for the helper's suggestions. */
export const TYPICAL_UNITS: Record<string, string[]> = {
  数量: ["人", "人次", "次", "场", "期", "个", "项", "家", "户", "台（套）", "平方米", "公里", "条", "份"],
  质量: ["%"],
  时效: ["天", "个工作日", "个月", "小时"],
  成本: ["万元", "元", "元/人", "%"],
  经济成本: ["万元", "元", "%"],
  社会成本: ["%"],
  生态环境成本: ["%"],
  经济效益: ["万元", "%", "个"],
  社会效益: ["%", "人次", "户"],
  生态效益: ["%", "吨"],
  可持续影响: ["年", "%"],
  服务对象满意度: ["%"],
};

/**
 * The 指标值 of an indicator row as one text: the cell's own text, or with split 符号 | 值 | 计量单位
 * columns the three together ("≥" 95 "%" → "≥95%"; 定性/定量 are not part of the value).
 */
export function rowValueText(row: { value: { cell: { text: string } }; sign?: { cell: { text: string } }; unit?: { cell: { text: string } } }): string {
  const value = row.value.cell.text.replace(/\s+/g, " ").trim();
  if ((!row.sign && !row.unit) || value === "") return value;
  const text = (f?: { cell: { text: string } }) => (f ? f.cell.text.replace(/\s+/g, "") : "");
  return joinSplitValue(text(row.sign), value, text(row.unit));
}
