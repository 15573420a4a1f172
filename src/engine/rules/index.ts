import { Rule } from "../rule";

/** The registry: every rule, in the order findings of one cell are listed. Adding a rule = one line here. */
export const rules: Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
