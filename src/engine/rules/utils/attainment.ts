import type { Field } from "../../model";
import { readIndicatorValue } from "../../values";
import type { IndicatorValue } from "../../values";
import { squash } from "../../normalize";

/**
 * Does an 实际完成值 miss its 年度指标值? (table-kinds.md: below a ≥ target, above a ≤ target,
 * off an = target, a 定性 target not met, a deadline passed.) Undefined when the two cannot be
 * compared (different units, a text actual against a number): no guess either way.
 */

const NOT_MET = /未(完成|达到|达成|实现|达标|提升|提高|改善)|没有|不达标|不满意|不合格|部分(完成|达成|实现)|^否$|^无$|滞后|延期|推迟/;

function sameUnit(a: IndicatorValue & { kind: "quantity" }, b: IndicatorValue & { kind: "quantity" }): boolean {
  if (a.isPercent || b.isPercent) return a.isPercent === b.isPercent;
  if (a.isMoney || b.isMoney) return a.isMoney === b.isMoney;
  return a.unit === "" || b.unit === "" || squash(a.unit) === squash(b.unit);
}

function amount(v: IndicatorValue & { kind: "quantity" }): number {
  return v.isMoney && v.wan !== undefined ? v.wan : v.value;
}

function dateKey(v: IndicatorValue & { kind: "deadline" }): number | undefined {
  if (v.year === undefined || v.month === undefined) return undefined;
  return v.year * 10000 + v.month * 100 + (v.day ?? 31);
}

export function missesTarget(targetCell: Field, actualCell: Field): boolean | undefined {
  const target = readIndicatorValue(targetCell.cell);
  const actual = readIndicatorValue(actualCell.cell);
  if (actual.kind === "blank") return undefined;
  if (target.kind === "quantity" && actual.kind === "quantity") {
    if (!sameUnit(target, actual)) return undefined;
    const t = amount(target);
    const a = amount(actual);
    switch (target.comparison) {
      case "<=":
        return a > t + 1e-9;
      case "<":
        return a >= t - 1e-9;
      case ">":
        return a <= t + 1e-9;
      case "=":
        return Math.abs(a - t) > 1e-9;
      default:
        return a < t - 1e-9;
    }
  }
  if (target.kind === "deadline" && actual.kind === "deadline") {
    const t = dateKey(target);
    const a = dateKey(actual);
    return t === undefined || a === undefined ? undefined : a > t;
  }
  const said = actual.kind === "qualitative" || actual.kind === "unknown" || actual.kind === "deadline" ? actual.text : "";
  if (said && NOT_MET.test(squash(said))) return true;
  if (target.kind === "qualitative") return false;
  return undefined;
}
