import { Field, FrameworkId, IndicatorRow, TableModel } from "../../model";
import { IndicatorKind, Level1, canonLevel1, canonLevel2, indicatorKind } from "../../frameworks";
import { squash } from "../../normalize";
import { IndicatorValue, isPlaceholder, readSplitValue } from "../../values";
import { TableContext } from "../../rule";
import { quote } from "./text";
import { rowValueText } from "../../value-compose";

/**
 * What the indicator rules share: each indicator row with its kind (数量, 时效, 满意度, 成本, …)
 * under the framework in force and its 指标值 read once (values/readIndicatorValue). Rules decide
 * what fits; nothing here reports.
 *
 * "Each defect once" (rules.md) is kept by the states below: a blank or placeholder 指标值 is
 * left to indicator/value-empty and indicator/value-placeholder, and every other value rule skips it.
 */

/** What the 三级 cell holds: nothing (blank, whitespace), a template placeholder (marks only, XX, *…), or a name. */
export type NameState = "blank" | "placeholder" | "name";

export interface Indicator {
  row: IndicatorRow;
  /** Canonical 一级 / 二级, undefined when blank or not recognised. */
  level1?: Level1;
  level2?: string;
  kind: IndicatorKind;
  nameState: NameState;
  /** The 三级 name squashed (NFKC, no whitespace); "" when blank. */
  name: string;
  value: IndicatorValue;
}

function nameState(f: Field): NameState {
  const v = f.cell.value;
  if (v === null) return "blank";
  const text = typeof v === "string" ? v : f.cell.text;
  const s = squash(text);
  if (s === "") return "blank";
  return isPlaceholder(text) ? "placeholder" : "name";
}

const cache = new WeakMap<TableModel, Map<FrameworkId, Indicator[]>>();

/** The table's indicator rows, read once per table and framework. */
export function indicatorsOf(ctx: Pick<TableContext, "table" | "framework">): Indicator[] {
  let byFramework = cache.get(ctx.table);
  if (!byFramework) {
    byFramework = new Map();
    cache.set(ctx.table, byFramework);
  }
  let list = byFramework.get(ctx.framework);
  if (!list) {
    list = ctx.table.indicators.map((row) => {
      const ns = nameState(row.name);
      return {
        row,
        level1: canonLevel1(row.level1),
        level2: canonLevel2(row.level2),
        kind: indicatorKind(ctx.framework, row.level1, row.level2),
        nameState: ns,
        name: ns === "blank" ? "" : squash(row.name.cell.text),
        value: readSplitValue(row.value.cell, row.sign?.cell, row.unit?.cell),
      };
    });
    byFramework.set(ctx.framework, list);
  }
  return list;
}

/**
 * The 指标值 as a message quotes it: the cell's text, or with split columns the sign, number and
 * unit together ("≥95%", not "95").
 */
export function valueText(i: Indicator): string {
  return i.row.sign || i.row.unit ? rowValueText(i.row) : quote(i.row.value);
}

/** The percentage a value states (0–100 scale), when it is one ("≥90%", 0.9 formatted 0%). */
export function percentOf(v: IndicatorValue): number | undefined {
  return v.kind === "quantity" && v.isPercent ? v.value : undefined;
}

/** A quantity written as a number with nothing after it ("≥20", a bare 600). */
export function isUnitless(v: IndicatorValue): boolean {
  return v.kind === "quantity" && v.unit === "";
}

/** Option helpers: a rule's options come from its defaults merged with configuration. */
export function numberOption(options: Record<string, unknown>, key: string, fallback: number): number {
  const v = options[key];
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

export function stringListOption(options: Record<string, unknown>, key: string, fallback: string[]): string[] {
  const v = options[key];
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : fallback;
}
