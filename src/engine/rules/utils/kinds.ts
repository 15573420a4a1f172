import type { Field } from "../../model";
import type { MoneyBlock, MoneyRole, MoneyRow } from "../../kinds/types";
import { moneyCell } from "../../kinds/types";
import { isBlankField, numberIn, percentIn } from "../../kinds/cells";
import { showNumber } from "./text";

/**
 * What the 自评表, 监控表 and 部门表 rules share: amounts and rates read from their cells, sums
 * over a money column, the numbers a message shows. Nothing here reports.
 */

export { isBlankField, numberIn };

/** A number as a message shows a computed one: at most two decimals. */
export function show2(n: number): string {
  return showNumber(Math.round(n * 100) / 100);
}

/**
 * The rate a cell states, on the 0–100 scale, read the way that agrees with `expected` when the
 * cell is ambiguous (a bare 0.95 under General is 95% in one system's export, 0.95% in none).
 */
export function statedRate(f: Field | undefined, expected?: number): number | undefined {
  const p = percentIn(f);
  if (p === undefined || !f) return undefined;
  const bare = typeof f.cell.value === "number" && !/%/.test(f.cell.numberFormat);
  if (bare && Math.abs(p) <= 1.5) {
    const scaled = p * 100;
    if (expected === undefined || Math.abs(scaled - expected) <= Math.abs(p - expected)) return scaled;
  }
  return p;
}

/** executed ÷ base × 100, when both are numbers and the base is not 0. */
export function rateOf(executed: Field | undefined, base: Field | undefined): number | undefined {
  const e = numberIn(executed);
  const b = numberIn(base);
  if (e === undefined || b === undefined || b === 0) return undefined;
  return (e / b) * 100;
}

/** The money row a table's totals are on: the 年度资金总额 / 合计 row, else the first row. */
export function totalRow(block: MoneyBlock | undefined): MoneyRow | undefined {
  if (!block) return undefined;
  return block.rows.find((r) => r.isTotal) ?? block.rows[0];
}

/** The base a rate is taken of: the first of the roles whose cell holds a number. */
export function baseCell(block: MoneyBlock, row: MoneyRow, roles: MoneyRole[]): Field | undefined {
  for (const role of roles) {
    const f = moneyCell(block, row, role);
    if (numberIn(f) !== undefined) return f;
  }
  return undefined;
}

/**
 * Σ of a column over some rows: undefined unless at least one is a number and none holds
 * anything else (a "—" says the column does not apply). Blanks count as 0.
 */
export function columnSum(fields: (Field | undefined)[]): number | undefined {
  let sum = 0;
  let any = false;
  for (const f of fields) {
    if (isBlankField(f)) continue;
    const n = numberIn(f);
    if (n === undefined) return undefined;
    sum += n;
    any = true;
  }
  return any ? sum : undefined;
}

/** Two amounts that differ by more than rounding (amounts carry up to four decimals). */
export function differ(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) > tolerance + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Each money line whose 执行率 is not 执行数 ÷ the first base with a number (the shared check of
 * selfeval/execution-rate and monitor/execution-rate), with what it should be.
 */
export function wrongRates(block: MoneyBlock | undefined, bases: MoneyRole[], tolerance: number): { rate: Field; expected: number }[] {
  const out: { rate: Field; expected: number }[] = [];
  for (const row of block?.rows ?? []) {
    const rate = moneyCell(block!, row, "rate");
    const expected = rateOf(moneyCell(block!, row, "executed"), baseCell(block!, row, bases));
    const stated = statedRate(rate, expected);
    if (rate && expected !== undefined && stated !== undefined && differ(stated, expected, tolerance)) out.push({ rate, expected });
  }
  return out;
}
