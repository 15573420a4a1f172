import { Field, TableModel } from "../../model";
import { clean, isNothing } from "../../values/number-text";

/**
 * Small helpers shared by the structure, budget, plan and goal rules: what counts as an empty
 * text slot, how numbers are shown in messages, how another table is named in a message.
 */

/** A text slot holds nothing a reader could use: blank, whitespace, dashes ("————"), "/", "无". */
export function isEmptyText(f: Field | undefined): boolean {
  if (!f) return true;
  const v = f.cell.value;
  if (v === null) return true;
  if (typeof v !== "string") return false;
  return isNothing(v);
}

/** A number as a message shows it: no float noise (0.1 + 0.2 → 0.3), no trailing zeros. */
export function showNumber(n: number): string {
  return String(clean(n));
}

/** The cell's text as a message quotes it: one line, trimmed, cut when long. */
export function quote(f: Field, max = 30): string {
  const t = f.cell.text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** How a message names a table: its 项目名称, else its title, else 表N (as the runner does). */
export function tableLabel(t: TableModel): string {
  return t.name?.cell.text.trim() || t.title?.cell.text.trim() || `表${t.index + 1}`;
}
