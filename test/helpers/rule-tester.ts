import { checkWorkbook } from "../../src/engine/check";
import { CheckConfig, Rule } from "../../src/engine/rule";
import { WorkbookModel } from "../../src/engine/sheet";
import { rules } from "../../src/engine/rules";

/**
 * ESLint's RuleTester, for 绩效目标表: each case is a workbook; `valid` ones get no finding of the
 * rule, `invalid` ones get exactly the listed findings (cell, and messageId's rendered text when given).
 * The rule runs alone, with the other rules off, through the real detector, parser and runner.
 */
export interface InvalidCase {
  name: string;
  workbook: WorkbookModel;
  config?: CheckConfig;
  errors: { cell: string; sheet?: string; severity?: string }[];
}
export interface ValidCase {
  name: string;
  workbook: WorkbookModel;
  config?: CheckConfig;
}

export function onlyRule(id: string, config: CheckConfig = {}): CheckConfig {
  const off: CheckConfig["rules"] = {};
  for (const r of rules) if (r.meta.id !== id) off[r.meta.id] = "off";
  return { ...config, rules: { ...off, ...(config.rules ?? {}) } };
}

export function runRuleTests(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  describe(id, () => {
    test("is registered", () => {
      expect(rules).toContain(rule);
    });
    for (const c of cases.valid) {
      test(`valid: ${c.name}`, () => {
        const res = checkWorkbook(c.workbook, onlyRule(id, c.config));
        expect(res.tables.length).toBeGreaterThan(0);
        expect(res.findings.filter((f) => f.rule === id).map((f) => `${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      test(`invalid: ${c.name}`, () => {
        const res = checkWorkbook(c.workbook, onlyRule(id, c.config));
        const got = res.findings.filter((f) => f.rule === id);
        expect(got.map((f) => f.cell)).toEqual(c.errors.map((e) => e.cell));
        c.errors.forEach((e, i) => {
          if (e.sheet) expect(got[i].sheet).toBe(e.sheet);
          if (e.severity) expect(got[i].severity).toBe(e.severity);
          expect(got[i].message).not.toMatch(/\{\{/);
          expect(got[i].message.length).toBeGreaterThan(4);
        });
      });
    }
  });
}
