import { SheetGrid } from "./sheet";
import { Field, TableModel } from "./model";
import { CheckConfig } from "./rule";
import { TableSummary } from "./summary-types";
import { summarizeKind } from "./kinds/summary";
import { rangeA1, toA1 } from "./address";
import { readAmount } from "./values/amount";
import { readPercent } from "./values/percent";
import { MoneyUnit } from "./values/types";
import { planPercentOptions } from "./plan-scale";
import { squash } from "./normalize";
import { rowValueText } from "./value-compose";

/** The unit a table's amounts are in: the label's, else the first amount's own, else 万元 (said so). */
export function budgetUnit(t: TableModel): { unit: MoneyUnit; assumed: boolean } {
  const b = t.budget;
  if (!b) return { unit: "万元", assumed: false };
  if (b.unitFromLabel) return { unit: b.unitFromLabel, assumed: false };
  for (const f of [b.total, ...b.parts]) {
    if (!f) continue;
    const r = readAmount(f.cell);
    if (r.kind === "amount" && r.unitSource === "cell") return { unit: r.unit, assumed: false };
  }
  const anyNumber = [b.total, ...b.parts].some((f) => f && typeof f.cell.value === "number");
  return { unit: "万元", assumed: anyNumber };
}

function text(f: { cell: { text: string } } | undefined): string | null {
  const t = f?.cell.text.trim();
  return t ? t : null;
}

/** "————" or "/" in a code cell means "none", as the source document writes it. */
function code(f: { cell: { text: string } } | undefined): string | null {
  const t = text(f);
  return t && /^[-—–─_/／\s]+$/.test(t) ? null : t;
}

/** The table as the command line's JSON shows it: amounts in the table's unit, percentages 0–100. */
export function summarizeTable(t: TableModel, grid: SheetGrid, config: CheckConfig, year: number | undefined): TableSummary {
  const project = summarizeProject(t, grid, config, year);
  if (t.kind === "project") return project;
  const { sheet, range, kind, ...rest } = project;
  return { sheet, range, kind, ...summarizeKind(t), ...rest };
}

function summarizeProject(t: TableModel, _grid: SheetGrid, config: CheckConfig, year: number | undefined): TableSummary {
  const framework = config.framework && config.framework !== "auto" ? config.framework : t.detectedFramework;
  const { unit, assumed } = budgetUnit(t);
  const amount = (f: Field | undefined): number | null => {
    if (!f) return null;
    const r = readAmount(f.cell, t.budget?.unitFromLabel, unit);
    if (r.kind !== "amount") return null;
    return r.unit === unit ? r.value : unit === "万元" ? r.wan : r.wan * 10000;
  };
  const parts: Record<string, number | null> = {};
  for (const p of t.budget?.parts ?? []) parts[p.name] = amount(p);
  const notes = [...t.notes];
  if (assumed) notes.push("金额未注明单位，按万元理解");
  return {
    sheet: t.sheet,
    range: rangeA1(t.range),
    kind: t.kind,
    title: text(t.title),
    framework,
    project: { code: code(t.code), name: text(t.name) },
    budget: {
      unit,
      total: amount(t.budget?.total),
      parts,
      purpose: text(t.budget?.purpose),
    },
    plan: (t.plan?.milestones ?? []).map((m) => {
      const r = readPercent(m.value.cell, planPercentOptions(t.plan!));
      return { label: m.label, percent: r.kind === "percent" ? r.value : null };
    }),
    goals: (t.goals?.goals ?? []).map((g) => g.text.cell.text.trim()).filter((g) => g !== ""),
    indicators: t.indicators.map((i) => ({
      level1: squash(i.level1),
      level2: squash(i.level2),
      name: i.name.cell.text.trim(),
      description: text(i.description),
      value: rowValueText(i),
      basis: text(i.basis),
      cell: toA1(i.value.row, i.value.col),
    })),
    year: year ?? null,
    notes,
  };
}
