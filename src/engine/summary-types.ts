import { FrameworkId, TableKind } from "./model";

/**
 * A table as the command line's JSON shows it (cli.md): numbers in the table's unit, blanks null.
 * Every table carries its `kind`; a table of another kind than project has that kind's block
 * right after it (`selfEvaluation`, `monitoring`, `department`), then the fields every table has.
 */
export interface TableSummary {
  sheet: string;
  range: string;
  kind: TableKind;
  selfEvaluation?: SelfEvaluationSummary;
  monitoring?: MonitoringSummary;
  department?: DepartmentSummary;
  title: string | null;
  framework: FrameworkId;
  project: { code: string | null; name: string | null };
  budget: {
    unit: string;
    total: number | null;
    parts: Record<string, number | null>;
    purpose: string | null;
  };
  plan: { label: string; percent: number | null }[];
  goals: string[];
  indicators: {
    level1: string;
    level2: string;
    name: string;
    description: string | null;
    value: string;
    basis: string | null;
    cell: string;
  }[];
  year: number | null;
  notes: string[];
}

/** One indicator as every kind shows it. */
export interface IndicatorSummary {
  level1: string;
  level2: string;
  name: string;
  value: string;
  cell: string;
}

/** One line of a money matrix: its label, and each column's number (null when blank or not a number). */
export interface MoneyLineSummary {
  label: string;
  total: boolean;
  values: Record<string, number | null>;
}

interface KindSummaryBase {
  /** 项目名称, or 部门（单位）名称 for a department table. */
  name: string | null;
}

/** A 项目支出绩效自评表. */
export interface SelfEvaluationSummary extends KindSummaryBase {
  department: string | null;
  implementer: string | null;
  money: MoneyLineSummary[];
  goals: { expected: string | null; actual: string | null };
  indicators: (IndicatorSummary & { actual: string | null; weight: number | null; score: number | null; reason: string | null })[];
  total: { weight: number | null; score: number | null } | null;
}

/** A 项目绩效运行监控表. */
export interface MonitoringSummary extends KindSummaryBase {
  department: string | null;
  /** N of 1–N月. */
  month: number | null;
  money: MoneyLineSummary[];
  indicators: (IndicatorSummary & { progress: string | null; forecast: string | null; likelihood: string | null; reason: string | null })[];
}

/** A 部门整体支出绩效目标表. */
export interface DepartmentSummary extends KindSummaryBase {
  tasks: MoneyLineSummary[];
  goals: string[];
  indicators: IndicatorSummary[];
}
