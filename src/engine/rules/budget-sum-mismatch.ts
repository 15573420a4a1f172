import { TableRule } from "../rule";
import { BudgetPart } from "../model";
import { budgetAmounts, inUnit } from "./utils/budget";
import { showNumber } from "./utils/text";

/**
 * budget/sum-mismatch: 预算数 ≠ the sum of its parts (财政资金 + 其他资金 + 上年结转 …, blank counts 0),
 * compared in 万元 with a tolerance. Only when the total and every part are valid; otherwise
 * budget/total-invalid and budget/part-invalid say what is wrong.
 */
const DEFAULT_TOLERANCE = 0.005;

/**
 * Details (the finer points users are not shown):
 * 预算数不等于各项资金（财政资金、其他资金、上年结转等）之和；统一换算为万元比较，允许0.005万元的误差。
 */
const rule: TableRule = {
  meta: {
    id: "budget/sum-mismatch",
    severity: "error",
    name: { zh: "预算数与各项资金不符", en: "Budget ≠ sum of parts" },
    docs: {
      zh: "预算数应等于财政资金、其他资金等各项资金之和。",
      en: "The budget total should equal the sum of its funding parts.",
    },
    messages: {
      zh: {
        mismatch: "{{name}}{{total}}{{unit}}与各项资金之和{{sum}}{{unit}}（{{parts}}）不一致，相差{{diff}}{{unit}}",
      },
      en: {
        mismatch: "The budget total ({{name}}) {{total}} {{unit}} differs from the sum of its parts, {{sum}} {{unit}} ({{parts}}), by {{diff}} {{unit}}",
      },
    },
    defaultOptions: { tolerance: DEFAULT_TOLERANCE },
  },
  check(ctx) {
    const b = budgetAmounts(ctx.table);
    const total = b?.total;
    // a part's own parts ("财政拨款" then "其中：上级补助") are in it already
    const parts = b?.parts.filter((p) => !(p.field as BudgetPart).within) ?? [];
    if (!b || !total || !total.valid || parts.length === 0 || b.parts.some((p) => !p.valid)) return;
    const t = Number(ctx.options.tolerance);
    const tolerance = Number.isFinite(t) && t >= 0 ? t : DEFAULT_TOLERANCE;
    const sum = parts.reduce((s, p) => s + (p.wan ?? 0), 0);
    const diff = (total.wan ?? 0) - sum;
    // The epsilon keeps a difference of exactly the tolerance (after float noise) acceptable.
    if (Math.abs(diff) <= tolerance + 1e-9) return;
    ctx.report({
      row: total.field.row,
      col: total.field.col,
      messageId: "mismatch",
      data: {
        name: total.name,
        total: showNumber(inUnit(total.wan ?? 0, b.unit)),
        sum: showNumber(inUnit(sum, b.unit)),
        diff: showNumber(inUnit(Math.abs(diff), b.unit)),
        unit: b.unit,
        parts: parts.map((p) => `${p.name}${showNumber(inUnit(p.wan ?? 0, b.unit))}`).join(" + "),
      },
    });
  },
};

export default rule;
