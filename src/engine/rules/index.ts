import { Rule } from "../rule";
// structure, budget, plan and goal rules (imports)
// indicator rules (imports)

/** The registry: every rule. Adding a rule = its file, its test file and one line here. */
export const rules: Rule[] = [
  // structure, budget, plan and goal rules
  // indicator rules
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
