import { TableModel } from "./model";

/**
 * The 实施期 (中期) part of a table, read as a table of its own: the same table with the
 * 实施期 indicator block (三级 | 指标值 beside the 年度 ones) and the 实施期 amounts
 * (实施期资金总额 beside 年度资金总额) and the 实施期 goal (实施期目标 beside 年度目标) in place of the year's. The indicator and amount rules then
 * apply to both, each finding at its own cell; the year's stay the table's own.
 */
interface PeriodView {
  table: TableModel;
  indicators: boolean;
  budget: boolean;
  goals: boolean;
}

const views = new WeakMap<TableModel, PeriodView | null>();

export function periodView(table: TableModel): PeriodView | undefined {
  if (!table.period && !table.budget?.period && !table.periodGoals) return undefined;
  const hit = views.get(table);
  if (hit !== undefined) return hit ?? undefined;
  const block = table.period;
  const money = table.budget?.period;
  const goals = table.periodGoals;
  let v: PeriodView | null = null;
  if (block || money || goals) {
    const view: TableModel = { ...table, period: undefined, periodGoals: undefined };
    if (goals) view.goals = goals;
    if (block) {
      view.header = block.header;
      view.indicators = block.indicators;
    }
    if (money && table.budget) view.budget = { ...table.budget, total: money.total, parts: money.parts, purpose: undefined, period: undefined };
    v = { table: view, indicators: !!block, budget: !!money, goals: !!goals };
  }
  views.set(table, v);
  return v ?? undefined;
}

const AMOUNT_RULES = new Set(["budget/total-invalid", "budget/sum-mismatch", "budget/part-invalid"]);

/** Does this rule also run on the view (it reads only what the view replaced)? */
export function appliesToPeriod(view: PeriodView, ruleId: string): boolean {
  if (view.indicators && ruleId.startsWith("indicator/")) return true;
  if (view.goals && ruleId === "goal/empty") return true;
  return view.budget && AMOUNT_RULES.has(ruleId);
}
