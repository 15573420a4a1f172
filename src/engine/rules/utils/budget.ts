import { LabelledField, TableModel } from "../../model";
import { partName } from "../../labels";
import { budgetUnit } from "../../summary";
import { readAmount, unitInLabel } from "../../values/amount";
import { AmountReading, MoneyUnit } from "../../values/types";
import { clean } from "../../values/number-text";

/**
 * Every amount of a table's budget block, read once (cached per table) and put in 万元, with the
 * verdict the budget rules share (rules.md "How findings combine"):
 * - the total is valid only as a non-negative number (blank is invalid);
 * - a part is valid as a non-negative number or blank (blank counts 0).
 */

export type AmountStatus = "ok" | "blank" | "unreadable" | "negative";

export interface AmountSlot {
  field: LabelledField;
  /** The part or total name as reported: "财政资金", "其他资金", "预算数", "资金总额". */
  name: string;
  reading: AmountReading;
  status: AmountStatus;
  /** The amount in 万元; 0 for a blank part; undefined when unreadable or a blank total. */
  wan?: number;
}

export interface BudgetAmounts {
  /** The unit the table's amounts are shown in (the label's, else the first amount's own, else 万元). */
  unit: MoneyUnit;
  total?: AmountSlot & { valid: boolean };
  parts: (AmountSlot & { valid: boolean })[];
}

const cache = new WeakMap<TableModel, BudgetAmounts | undefined>();

function slot(field: LabelledField, labelUnit: MoneyUnit | undefined, unit: MoneyUnit): AmountSlot {
  // A unit in the slot's own label ("财政资金（元）") applies to it; else the block's; else the table's.
  const reading = readAmount(field.cell, unitInLabel(field.label) ?? labelUnit, unit);
  const name = partName(field.label);
  if (reading.kind === "blank") return { field, name, reading, status: "blank" };
  if (reading.kind === "invalid") return { field, name, reading, status: "unreadable" };
  return { field, name, reading, status: reading.wan < 0 ? "negative" : "ok", wan: reading.wan };
}

/** The table's budget amounts, or undefined when the table has no budget block. */
export function budgetAmounts(table: TableModel): BudgetAmounts | undefined {
  if (cache.has(table)) return cache.get(table);
  const b = table.budget;
  let out: BudgetAmounts | undefined;
  if (b) {
    const { unit } = budgetUnit(table);
    const total = b.total ? slot(b.total, b.unitFromLabel, unit) : undefined;
    out = {
      unit,
      total: total ? { ...total, valid: total.status === "ok" } : undefined,
      parts: b.parts.map((p) => {
        const s = slot(p, b.unitFromLabel, unit);
        return { ...s, wan: s.status === "blank" ? 0 : s.wan, valid: s.status === "ok" || s.status === "blank" };
      }),
    };
  }
  cache.set(table, out);
  return out;
}

/** An amount in 万元 shown in the table's unit, for messages ("50", "500000"). */
export function inUnit(wan: number, unit: MoneyUnit): number {
  return clean(unit === "万元" ? wan : wan * 10000);
}
