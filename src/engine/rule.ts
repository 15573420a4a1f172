import { FrameworkId, TableKind, TableModel } from "./model";
import { SheetGrid } from "./sheet";

export type Severity = "error" | "warning" | "info";
export type Lang = "zh" | "en";

/** One defect, reported once, at the cell a user would fix. A public interface (rules.md). */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the one cell at fault (top-left of a merged area). */
  cell: string;
  /** Zero-based position of `cell`. */
  row: number;
  col: number;
  message: string;
  /** The table's name (its 项目名称 or 部门（单位）名称, else its title, else "表N"). */
  table: string;
  /** What the table is (project, self-evaluation, monitoring, department). */
  kind?: TableKind;
  /** Index of the table in the workbook result. */
  tableIndex: number;
}

export interface RuleMessages {
  /** messageId → template with {{placeholders}} */
  zh: Record<string, string>;
  en: Record<string, string>;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** Short user-facing name, shown in the findings list, the rule filter, settings and the report ("支出计划递减"). */
  name: { zh: string; en: string };
  /** One plain sentence for users: what the rule asks of the table (no spec wording, no ids). */
  docs: { zh: string; en: string };
  messages: RuleMessages;
  /** Defaults for the options this rule understands; configuration overrides them key by key. */
  defaultOptions?: Record<string, unknown>;
  /**
   * For an option that maps keys to numbers (plan/back-loaded's `minimum: {"6月底": 50}`): the keys a
   * settings form offers an input for. Keys already in a user's configuration are offered too.
   */
  optionKeys?: Record<string, readonly string[]>;
  /**
   * The table kinds the rule checks (table-kinds.md). Absent: project tables only, so a rule
   * written for the 项目绩效目标表 never reports a 自评表 as a broken one.
   */
  kinds?: readonly TableKind[];
}

/** Does the rule check tables of this kind? */
export function appliesTo(meta: RuleMeta, kind: TableKind): boolean {
  return (meta.kinds ?? PROJECT_ONLY).includes(kind);
}

const PROJECT_ONLY: readonly TableKind[] = ["project"];

/**
 * Every kind: the indicator rules that read one indicator row at a time (values, placeholders…).
 * The rules about the 一级/二级 tree as a whole (missing-level1/2, unknown-level2) stay with
 * project tables: a 自评表 or 监控表 reports the indicators it was given, not a new tree.
 */
export const ALL_KINDS: readonly TableKind[] = ["project", "self-evaluation", "monitoring", "department"];
/** Kinds named by a 项目名称. */
export const NAMED_KINDS: readonly TableKind[] = ["project", "self-evaluation", "monitoring"];

export interface ReportDescriptor {
  row: number;
  col: number;
  messageId: string;
  /** A milder case of the same defect (a yellow light where red is a warning): reported as info. */
  info?: boolean;
  data?: Record<string, string | number>;
}

/** What a rule sees of one table. */
export interface TableContext {
  table: TableModel;
  grid: SheetGrid;
  /** The framework in force for this table (forced by configuration or recognised). */
  framework: FrameworkId;
  /** Budget year in force, when anything names one. */
  year?: number;
  options: Record<string, unknown>;
  report(d: ReportDescriptor): void;
}

/** What a workbook-wide rule sees: every table of the workbook (or of the batch). */
export interface WorkbookContext {
  tables: { table: TableModel; grid: SheetGrid; workbook: number }[];
  /** The file name of a workbook of the batch (a finding about another file names it). */
  fileName?(workbook: number): string | undefined;
  options: Record<string, unknown>;
  report(tableIndex: number, workbook: number, d: ReportDescriptor): void;
}

export interface TableRule {
  meta: RuleMeta;
  scope?: "table";
  check(ctx: TableContext): void;
}

export interface WorkbookRule {
  meta: RuleMeta;
  scope: "workbook";
  check(ctx: WorkbookContext): void;
}

export type Rule = TableRule | WorkbookRule;

export type RuleSetting = "off" | Severity | { severity?: Severity | "off"; options?: Record<string, unknown> };

export interface CheckConfig {
  /** Force a framework, or "auto" (default) to recognise it per table. */
  framework?: FrameworkId | "auto";
  /** Budget year; else taken from the title, sheet name or file name. */
  year?: number;
  lang?: Lang;
  rules?: Record<string, RuleSetting>;
  /** Which 二级 产出指标 must have (indicator/missing-level2); default 数量, 质量, 时效. */
  requiredLevel2?: string[];
}

export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  if (!template.includes("{{")) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => (k in data ? String(data[k]) : `{{${k}}}`));
}
