import { Finding, Severity } from "../engine/rule";
import type { TableKind } from "../engine/model";

/** Pure helpers over the engine's findings: counting, filtering, grouping for the list. */

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(findings: Finding[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export interface FindingFilter {
  severities: Record<Severity, boolean>;
  /** A rule id, or "" for every rule. */
  rule: string;
}

export const ALL_FINDINGS: FindingFilter = { severities: { error: true, warning: true, info: true }, rule: "" };

export function filterFindings(findings: Finding[], filter: FindingFilter): Finding[] {
  return findings.filter((f) => filter.severities[f.severity] && (filter.rule === "" || f.rule === filter.rule));
}

export function findingKey(f: Finding): string {
  return `${f.sheet}!${f.cell}|${f.rule}`;
}

export interface TableGroup {
  table: string;
  tableIndex: number;
  /** What the table is: 项目绩效目标表, 自评表, 监控表, 部门整体目标表. */
  kind: TableKind;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  count: number;
  /** The sheet's findings (those listed) by severity. */
  severities: SeverityCounts;
  tables: TableGroup[];
}

/** A table by its place in the result, for a group without findings. */
export interface TableRef {
  sheet: string;
  table: string;
  tableIndex: number;
  kind: TableKind;
}

/**
 * Findings by sheet, then by table, in workbook order: sheets as `sheetOrder` lists them (sheets
 * not listed come after, in order of appearance), tables by index, findings as the engine sorted them.
 * `alsoTables` are listed even when none of their findings is.
 */
export function groupFindings(findings: Finding[], sheetOrder: string[] = [], alsoTables: TableRef[] = []): SheetGroup[] {
  const bySheet = new Map<string, Map<number, TableGroup>>();
  // tables the pane offers something for get their group even without a (shown) finding
  for (const t of alsoTables) {
    if (!bySheet.has(t.sheet)) bySheet.set(t.sheet, new Map());
    bySheet.get(t.sheet)!.set(t.tableIndex, { table: t.table, tableIndex: t.tableIndex, kind: t.kind, findings: [] });
  }
  for (const f of findings) {
    let tables = bySheet.get(f.sheet);
    if (!tables) bySheet.set(f.sheet, (tables = new Map()));
    let g = tables.get(f.tableIndex);
    if (!g) tables.set(f.tableIndex, (g = { table: f.table, tableIndex: f.tableIndex, kind: f.kind ?? "project", findings: [] }));
    g.findings.push(f);
  }
  const rank = (s: string) => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const seen = [...bySheet.keys()];
  return seen
    .sort((a, b) => rank(a) - rank(b) || seen.indexOf(a) - seen.indexOf(b))
    .map((sheet) => {
      const tables = [...bySheet.get(sheet)!.values()].sort((a, b) => a.tableIndex - b.tableIndex);
      const all = tables.flatMap((t) => t.findings);
      return { sheet, count: all.length, severities: countBySeverity(all), tables };
    });
}

/** The pane's name of a table kind. */
export function kindLabel(s: Record<"kindProject" | "kindSelfEvaluation" | "kindMonitoring" | "kindDepartment", string>, kind: TableKind): string {
  return kind === "self-evaluation"
    ? s.kindSelfEvaluation
    : kind === "monitoring"
      ? s.kindMonitoring
      : kind === "department"
        ? s.kindDepartment
        : s.kindProject;
}

/** Rule ids present among the findings, in first-seen order. */
export function rulesIn(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))];
}
