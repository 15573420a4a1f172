import type { Field, TableModel } from "../model";
import type { DepartmentSummary, IndicatorSummary, MoneyLineSummary, MonitoringSummary, SelfEvaluationSummary, TableSummary } from "../summary-types";
import type { MoneyBlock } from "./types";
import { toA1 } from "../address";
import { squash } from "../normalize";
import { headerKey, numberIn, percentIn } from "./cells";

/** The JSON view (cli.md) of the kinds other than project: `kind`, then that kind's fields. */

function text(f: Field | undefined): string | null {
  const t = f?.cell.text.trim();
  return t ? t : null;
}

function lines(block: MoneyBlock | undefined): MoneyLineSummary[] {
  if (!block) return [];
  return block.rows.map((r) => {
    const values: Record<string, number | null> = {};
    for (const [col, header] of block.headers) {
      const f = r.cells.get(col);
      // rates as percentages 0–100, as everywhere in the JSON
      values[headerKey(header) || header] = (col === block.columns.rate ? percentIn(f) : numberIn(f)) ?? null;
    }
    return { label: headerKey(r.label), total: r.isTotal, values };
  });
}

function indicator(i: TableModel["indicators"][number]): IndicatorSummary {
  return {
    level1: squash(i.level1),
    level2: squash(i.level2),
    name: i.name.cell.text.trim(),
    value: i.value.cell.text.trim(),
    cell: toA1(i.value.row, i.value.col),
  };
}

const LIKELIHOOD = { sure: "确定能", maybe: "有可能", impossible: "完全不可能" } as const;

/** The kind's block of a table's JSON: `{ selfEvaluation: … }`, `{ monitoring: … }` or `{ department: … }`. */
export function summarizeKind(t: TableModel): Pick<TableSummary, "selfEvaluation" | "monitoring" | "department"> {
  const name = text(t.name);
  if (t.kind === "self-evaluation") {
    const se = t.selfEvaluation;
    const s: SelfEvaluationSummary = {
      name,
      department: text(t.department),
      implementer: text(t.implementer),
      money: lines(se?.money),
      goals: { expected: text(se?.goals?.expected), actual: text(se?.goals?.actual) },
      indicators: t.indicators.map((i, k) => {
        const row = se?.scores[k];
        return {
          ...indicator(i),
          actual: text(row?.actual),
          weight: numberIn(row?.weight) ?? null,
          score: numberIn(row?.score) ?? null,
          reason: text(row?.reason),
        };
      }),
      total: se?.total ? { weight: numberIn(se.total.weight) ?? null, score: numberIn(se.total.score) ?? null } : null,
    };
    return { selfEvaluation: s };
  }
  if (t.kind === "monitoring") {
    const m = t.monitoring;
    const s: MonitoringSummary = {
      name,
      department: text(t.department),
      month: m?.month ?? null,
      money: lines(m?.money),
      indicators: t.indicators.map((i, k) => {
        const row = m?.rows[k];
        const reason = row?.reasons
          .map((f) => f.cell.text.trim())
          .filter((x) => x !== "")
          .join("；");
        return {
          ...indicator(i),
          progress: text(row?.progress),
          forecast: text(row?.forecast),
          likelihood: row?.likelihood ? LIKELIHOOD[row.likelihood] : null,
          reason: reason || null,
        };
      }),
    };
    return { monitoring: s };
  }
  const d = t.departmentData;
  const s: DepartmentSummary = {
    name,
    tasks: lines(d?.tasks),
    goals: (d?.goals ?? []).map((g) => text(g.text)).filter((g): g is string => g !== null),
    indicators: t.indicators.map(indicator),
  };
  return { department: s };
}
