import * as fs from "fs";
import * as path from "path";
import { rules } from "../../src/engine/rules";

/**
 * Like ESLint's checkRuleFiles: every rule in the registry has its file named by its id, a test
 * file, docs and messages in Chinese and English with the same ids and placeholders, and every id
 * of rules.md is registered.
 */
const CATALOGUE = [
  "table/missing-field",
  "project/name-empty",
  "budget/total-invalid",
  "budget/sum-mismatch",
  "budget/part-invalid",
  "budget/purpose-empty",
  "plan/not-percent",
  "plan/out-of-range",
  "plan/decreasing",
  "plan/final-not-100",
  "plan/back-loaded",
  "plan/missing",
  "goal/empty",
  "goal/duplicate-across-tables",
  "indicator/missing-level1",
  "indicator/missing-level2",
  "indicator/unknown-level2",
  "indicator/name-empty",
  "indicator/value-empty",
  "indicator/basis-empty",
  "indicator/value-format",
  "indicator/percent-out-of-range",
  "indicator/satisfaction-low",
  "indicator/deadline-year",
  "indicator/cost-not-monetary",
  "indicator/duplicate",
  "indicator/value-placeholder",
  "indicator/unit-missing",
  "indicator/cost-lower-bound",
  "indicator/weights-sum",
  "indicator/generic-default",
  "selfeval/execution-rate",
  "selfeval/money-sum",
  "selfeval/score-over-weight",
  "selfeval/budget-score",
  "selfeval/total-mismatch",
  "selfeval/weights-sum",
  "selfeval/deviation-reason-missing",
  "selfeval/actual-empty",
  "monitor/execution-rate",
  "monitor/behind-schedule",
  "monitor/forecast-over-budget",
  "monitor/deviation-reason-missing",
  "dept/task-sum-mismatch",
  "dept/total-sum-mismatch",
  "dept/goal-empty",
];

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

test("every rule of the catalogue is registered, once", () => {
  expect(rules.map((r) => r.meta.id).sort()).toEqual([...CATALOGUE].sort());
});

describe.each(rules.map((r) => [r.meta.id, r] as const))("%s", (id, rule) => {
  const file = id.replace("/", "-");
  test("has its module and its test file", () => {
    expect(fs.existsSync(path.join(__dirname, "../../src/engine/rules", `${file}.ts`))).toBe(true);
    expect(fs.existsSync(path.join(__dirname, "rules", `${file}.test.ts`))).toBe(true);
  });
  test("has docs and messages in both languages with the same placeholders", () => {
    expect(rule.meta.docs.zh.length).toBeGreaterThan(5);
    expect(rule.meta.docs.en.length).toBeGreaterThan(5);
    const zh = rule.meta.messages.zh;
    const en = rule.meta.messages.en;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zh).length).toBeGreaterThan(0);
    for (const k of Object.keys(zh)) expect(placeholders(en[k])).toEqual(placeholders(zh[k]));
    expect(/[\u4e00-\u9fff]/.test(Object.values(zh).join(""))).toBe(true);
  });
  test("severity is one of error, warning, info", () => {
    expect(["error", "warning", "info"]).toContain(rule.meta.severity);
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))("%s is named for users", (_id, rule) => {
  test("a short name in both languages", () => {
    expect(rule.meta.name.zh.length).toBeGreaterThan(1);
    expect(rule.meta.name.zh.length).toBeLessThanOrEqual(12);
    expect(/[\u4e00-\u9fff]/.test(rule.meta.name.zh)).toBe(true);
    expect(rule.meta.name.en.length).toBeGreaterThan(1);
    expect(rule.meta.name.en.length).toBeLessThanOrEqual(40);
  });
  test("docs are one plain sentence: no rule ids, option keys or spec wording", () => {
    for (const d of [rule.meta.docs.zh, rule.meta.docs.en]) {
      expect(d).not.toMatch(/[a-z]+\/[a-z-]+/); // another rule's id
      expect(d).not.toMatch(/\b[a-z]+\.[a-z]+[A-Z]\w*/); // frameworks.indicatorKind
      expect(d).not.toMatch(/指向|Points at|只报|选项 |option [a-z]/);
    }
    expect(rule.meta.docs.zh.length).toBeLessThanOrEqual(60);
  });
  test("names are unique", () => {
    expect(rules.filter((r) => r.meta.name.zh === rule.meta.name.zh)).toHaveLength(1);
  });
});
