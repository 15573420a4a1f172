/**
 * 填写助手: what the pane offers a clerk filling in a 监控表 or 自评表 the checker found — the
 * dropdowns its columns lack (完成目标可能性, 偏差原因 categories) and, per indicator, the cell the
 * value helper writes (自评表 实际完成值, 监控表 全年预计完成情况) started from its 年度指标值's
 * comparison and unit. Pure: the pane writes the dropdowns (data validation only, on those cells)
 * and the values (into blank cells only).
 */
import type { Rect } from "../address";
import { toA1 } from "../address";
import type { Field, TableModel } from "../model";
import type { CellValue } from "../sheet";
import type { PlanValidation } from "../sheet-plan";
import { LIST_LITERAL_LIMIT } from "../sheet-plan";
import { composeValue, isPlainNumber, rowValueText, splitValue } from "../value-compose";
import type { ValueParts } from "../value-compose";
import { DEVIATION_REASONS, LIKELIHOODS } from "./vocabulary";

export type DropdownColumn = "likelihood" | "reason";

export interface ColumnDropdown {
  column: DropdownColumn;
  /** The data validation, on the column's indicator cells only. */
  validation: PlanValidation;
  /** Cells holding something not in the list: left as they are, and named to the user. */
  offList: { cell: string; text: string }[];
}

const PROMPTS: Record<DropdownColumn, { title: string; prompt: string; errorStyle: PlanValidation["errorStyle"] }> = {
  likelihood: { title: "完成目标可能性", prompt: "确定能 / 有可能 / 完全不可能；后两者须填写偏差原因", errorStyle: "warning" },
  reason: { title: "偏差原因", prompt: "可选原因类别，再写明具体原因和改进措施", errorStyle: "information" },
};

/** Runs of consecutive rows in one column, as rectangles. */
function columnRects(rows: number[], col: number): Rect[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: Rect[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.bottom === r - 1) last.bottom = r;
    else out.push({ top: r, left: col, bottom: r, right: col });
  }
  return out;
}

function dropdown(column: DropdownColumn, cells: Field[], values: readonly string[]): ColumnDropdown | undefined {
  if (cells.length === 0) return undefined;
  const source = values.join(",");
  if (source.length > LIST_LITERAL_LIMIT) return undefined;
  const p = PROMPTS[column];
  const offList = cells
    .map((f) => ({ cell: toA1(f.row, f.col), text: f.cell.text.trim() }))
    .filter((c) => c.text !== "" && !values.includes(c.text))
    .filter((c, i, all) => all.findIndex((d) => d.cell === c.cell) === i);
  return {
    column,
    validation: {
      ranges: columnRects(
        cells.map((f) => f.row),
        cells[0].col,
      ),
      type: "list",
      values: [...values],
      source,
      allowBlank: true,
      errorStyle: p.errorStyle,
      promptTitle: p.title,
      prompt: p.prompt,
    },
    offList,
  };
}

const present = (fields: (Field | undefined)[]): Field[] => fields.filter((f): f is Field => f !== undefined);

/**
 * The dropdowns a table's columns can take: a 监控表's 完成目标可能性 and 偏差原因 when each is one
 * text column (ticked 确定能 | 有可能 | 完全不可能 or 经费保障 … 其他 columns are their own
 * categories), a 自评表's 偏差原因 column. None for other kinds.
 */
export function tableDropdowns(table: TableModel): ColumnDropdown[] {
  const out: (ColumnDropdown | undefined)[] = [];
  if (table.kind === "monitoring" && table.monitoring) {
    const m = table.monitoring;
    out.push(dropdown("likelihood", present(m.rows.map((r) => r.likelihoodCell)), LIKELIHOODS));
    if (m.columns.reasons.length === 1) out.push(dropdown("reason", present(m.rows.map((r) => r.reasons[0])), DEVIATION_REASONS));
  } else if (table.kind === "self-evaluation" && table.selfEvaluation) {
    out.push(dropdown("reason", present(table.selfEvaluation.scores.map((s) => s.reason)), DEVIATION_REASONS));
  }
  return out.filter((d): d is ColumnDropdown => d !== undefined);
}

export interface ValueTarget {
  /** Index into table.indicators. */
  index: number;
  name: string;
  /** The row's 年度指标值 as one text ("≥20人"). */
  target: string;
  /** The cell the helper writes: 实际完成值 (自评表) or 全年预计完成情况 (监控表). */
  cell: Field;
  /** The helper's start: the target's comparison and unit, no number. */
  start: ValueParts;
}

/** Which cell the value helper fills in a table of this kind, if any. */
export function valueColumn(table: TableModel): "actual" | "forecast" | undefined {
  if (table.kind === "self-evaluation" && table.selfEvaluation?.columns.actual !== undefined) return "actual";
  if (table.kind === "monitoring" && table.monitoring?.columns.forecast !== undefined) return "forecast";
  return undefined;
}

/**
 * The indicators the value helper can fill: a quantity 年度指标值 (a number the clerk's value is
 * measured against) and a blank 实际完成值 / 全年预计完成情况 cell.
 */
export function valueTargets(table: TableModel): ValueTarget[] {
  const which = valueColumn(table);
  if (!which) return [];
  const out: ValueTarget[] = [];
  table.indicators.forEach((row, index) => {
    const cell = which === "actual" ? table.selfEvaluation!.scores[index]?.actual : table.monitoring!.rows[index]?.forecast;
    if (!cell || cell.cell.text.trim() !== "") return;
    const target = rowValueText(row);
    const parts = splitValue(target);
    if (!parts) return;
    out.push({ index, name: row.name.cell.text.trim(), target, cell, start: { ...parts, number: "" } });
  });
  return out;
}

/**
 * What the helper writes for `parts` into a target's cell: a 自评表's 实际完成值 with no comparison,
 * in its target's own unit, goes in as a number (the unit is the 年度指标值's; a generated 自评表
 * scores a number), a percentage as a fraction where the cell is formatted as one; anything else
 * as the composed text ("≥215人", "215人" in another unit). Undefined when nothing can be composed.
 */
export function valueToWrite(
  target: ValueTarget,
  parts: ValueParts,
  column: "actual" | "forecast",
): { value: CellValue; asText: boolean; shown: string } | undefined {
  const text = composeValue(parts);
  if (!text) return undefined;
  const unit = parts.unit.trim();
  const plain = column === "actual" && parts.comparison === "" && unit === target.start.unit && isPlainNumber(parts.number);
  if (plain && unit !== "%") return { value: Number(parts.number), asText: false, shown: String(Number(parts.number)) };
  if (plain && /%/.test(target.cell.cell.numberFormat)) return { value: Number(parts.number) / 100, asText: false, shown: text };
  return { value: text, asText: true, shown: text };
}
