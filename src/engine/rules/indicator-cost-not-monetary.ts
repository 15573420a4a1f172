import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf, isUnitless, valueText } from "./utils/indicators";
import { quote } from "./utils/text";

/**
 * indicator/cost-not-monetary: a 成本 indicator (legacy 成本指标; in the 2021 framework 经济成本指标
 * only) whose value is neither a money amount nor a percentage ("≥1场").
 */
/**
 * Details (the finer points users are not shown):
 * 成本指标的值既不是金额也不是百分比（如“≥1场”“按预算执行”）。成本指标指传统框架的成本指标，2021年框架中只指经济成本指标（社会成本、生态环境成本通常为定性描述，不检查）。金
 * 额须带货币单位（元、千元、万元、亿元，或“元/人”这类单价）；只写“万”不算金额。指向指标值单元格。空值只报 indicator/value-empty，占位符只报 indicat
 * or/value-placeholder；只有数字没有单位的值（“≤50”）只报 indicator/unit-missing（补上单位即可）。2021年框架的表中误放在产出指标下
 * 的“成本指标”仍按成本检查（其位置另由 indicator/unknown-level2 报告），与 frameworks.indicatorKind 一致。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/cost-not-monetary",
    severity: "warning",
    name: { zh: "成本不是金额", en: "Cost not an amount" },
    kinds: ALL_KINDS,
    docs: {
      zh: "成本指标应写金额（如“≤50万元”）。",
      en: "A cost indicator should be a money amount (e.g. ≤50万元).",
    },
    messages: {
      zh: { notMonetary: "成本指标值“{{value}}”既不是金额也不是比率，应写明金额（如“≤50万元”）或比率（如“≥95%”）" },
      en: { notMonetary: 'Cost target "{{value}}" is neither an amount of money nor a percentage; write an amount (e.g. "≤50万元") or a rate (e.g. "≥95%")' },
    },
  },
  check(ctx) {
    for (const i of indicatorsOf(ctx)) {
      if (i.kind !== "cost") continue;
      const v = i.value;
      if (v.kind === "blank" || v.kind === "placeholder" || isUnitless(v)) continue;
      if (v.kind === "quantity" && (v.isMoney || v.isPercent)) continue;
      const { row, col } = i.row.value;
      ctx.report({ row, col, messageId: "notMonetary", data: { value: valueText(i) } });
    }
  },
};

export default rule;
