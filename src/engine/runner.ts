import { SheetGrid } from "./sheet";
import { TableModel } from "./model";
import { CheckConfig, Finding, ReportDescriptor, Rule, RuleSetting, Severity, TableContext, appliesTo, fillTemplate } from "./rule";
import { rules as registry } from "./rules";
import { contains, toA1 } from "./address";
import { resolveYear } from "./year";
import { appliesToPeriod, periodView } from "./period";
import type { ParsedWorkbook } from "./check";

interface Resolved {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Rules in force after configuration: turned off, re-severitied, options merged over defaults. */
export function resolveRules(config: CheckConfig, all: Rule[] = registry): Resolved[] {
  const out: Resolved[] = [];
  for (const rule of all) {
    const s: RuleSetting | undefined = config.rules?.[rule.meta.id];
    let severity: Severity | "off" = rule.meta.severity;
    let options = { ...(rule.meta.defaultOptions ?? {}) };
    if (typeof s === "string") severity = s;
    else if (s) {
      if (s.severity) severity = s.severity;
      if (s.options) options = { ...options, ...s.options };
    }
    // the workbook-wide setting for which 二级 产出 needs is this rule's option
    if (rule.meta.id === "indicator/missing-level2" && config.requiredLevel2 && !(typeof s === "object" && s.options?.required)) {
      options = { ...options, required: config.requiredLevel2 };
    }
    if (severity !== "off") out.push({ rule, severity, options });
  }
  return out;
}

export function tableName(t: TableModel): string {
  const n = t.name?.cell.text.trim();
  if (n) return n;
  const title = t.title?.cell.text.trim();
  return title || `表${t.index + 1}`;
}

/** Runs every rule on every table; returns the findings of each workbook, in reading order. */
export interface RunOptions {
  /** Run table rules on these tables only (a re-check after an edit); workbook rules see all. */
  only?: Set<TableModel>;
}

export function runRules(parsed: ParsedWorkbook[], config: CheckConfig, acrossFiles: boolean, all: Rule[] = registry, run: RunOptions = {}): Finding[][] {
  const lang = config.lang ?? "zh";
  const active = resolveRules(config, all);
  const out: Finding[][] = parsed.map(() => []);

  const make = (wb: number, table: TableModel, r: Resolved, d: ReportDescriptor): Finding => {
    // A finding names a cell of its own table. Only a merge reaching in from outside the table
    // can place a field's anchor there; the table's first cell is then the honest place to point.
    if (!contains(table.range, d.row, d.col)) d = { ...d, row: table.first.row, col: table.first.col };
    const msgs = r.rule.meta.messages[lang];
    const template = msgs[d.messageId] ?? r.rule.meta.messages.zh[d.messageId] ?? d.messageId;
    return {
      rule: r.rule.meta.id,
      severity: d.info ? "info" : r.severity,
      sheet: table.sheet,
      cell: toA1(d.row, d.col),
      row: d.row,
      col: d.col,
      message: fillTemplate(template, d.data),
      table: nameOf(table),
      tableIndex: table.index,
      kind: table.kind,
    };
  };
  // a table's findings all carry its name: worked out once per table, not once per finding
  const names = new WeakMap<TableModel, string>();
  const nameOf = (t: TableModel): string => {
    let n = names.get(t);
    if (n === undefined) names.set(t, (n = tableName(t)));
    return n;
  };

  parsed.forEach((p, wb) => {
    for (const table of p.tables) {
      if (run.only && !run.only.has(table)) continue;
      const grid = p.grids.get(table.sheet) as SheetGrid;
      const framework = config.framework && config.framework !== "auto" ? config.framework : table.detectedFramework;
      const year = resolveYear(table, p.workbook, config);
      // one context per table, pointed at each rule in turn (thousands of tables × 28 rules)
      let current = active[0];
      const ctx: TableContext = { table, grid, framework, year, options: {}, report: (d) => out[wb].push(make(wb, table, current, d)) };
      for (const r of active) {
        if (r.rule.scope === "workbook" || !appliesTo(r.rule.meta, table.kind)) continue;
        current = r;
        ctx.options = r.options;
        r.rule.check(ctx);
      }
      const period = periodView(table);
      if (period) {
        ctx.table = period.table;
        for (const r of active) {
          if (r.rule.scope === "workbook" || !appliesToPeriod(period, r.rule.meta.id)) continue;
          current = r;
          ctx.options = r.options;
          r.rule.check(ctx);
        }
      }
    }
  });

  const groups = acrossFiles ? [parsed.map((_, i) => i)] : parsed.map((_, i) => [i]);
  for (const r of active) {
    if (r.rule.scope !== "workbook") continue;
    const rule = r.rule;
    for (const g of groups) {
      const tables = g.flatMap((wb) =>
        parsed[wb].tables
          .filter((table) => appliesTo(rule.meta, table.kind))
          .map((table) => ({ table, grid: parsed[wb].grids.get(table.sheet) as SheetGrid, workbook: wb })),
      );
      rule.check({
        tables,
        fileName: (wb) => parsed[wb].workbook.name,
        options: r.options,
        report: (tableIndex, wb, d) => {
          const table = parsed[wb].tables[tableIndex];
          out[wb].push(make(wb, table, r, d));
        },
      });
    }
  }
  return out.map(combine);
}

/** Each defect once, where a user would fix it (rules.md "How findings combine"). */
export function combine(findings: Finding[]): Finding[] {
  const placeholderCells = new Set(findings.filter((f) => f.rule === "indicator/value-placeholder").map((f) => `${f.sheet}!${f.cell}`));
  const seen = new Set<string>();
  const kept = findings.filter((f) => {
    const where = `${f.sheet}!${f.cell}`;
    if (placeholderCells.has(where) && f.rule !== "indicator/value-placeholder") return false;
    const key = `${f.rule}|${where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // plain code-unit order for rule ids: localeCompare (ICU) cost more than the rules on big workbooks
  return kept.sort((a, b) => a.tableIndex - b.tableIndex || a.row - b.row || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
