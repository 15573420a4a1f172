import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf, isUnitless, valueText } from "./utils/indicators";
import { quote } from "./utils/text";

/**
 * indicator/cost-not-monetary: a 成本 indicator (legacy 成本指标; in the 2021 framework 经济成本指标
 * only) whose value is neither a money amount nor a percentage ("≥1场").
 */
const rule: TableRule = {
  meta: {
    id: "indicator/cost-not-monetary",
    severity: "warning",
    kinds: ALL_KINDS,
    docs: {
      zh:
        "成本指标的值既不是金额也不是百分比（如“≥1场”“按预算执行”）。成本指标指传统框架的成本指标，2021年框架中只指经济成本指标（社会成本、生态环境成本通常为定性描述，不检查）。" +
        "金额须带货币单位（元、千元、万元、亿元，或“元/人”这类单价）；只写“万”不算金额。指向指标值单元格。空值只报 indicator/value-empty，占位符只报 indicator/value-placeholder；" +
        "只有数字没有单位的值（“≤50”）只报 indicator/unit-missing（补上单位即可）。" +
        "2021年框架的表中误放在产出指标下的“成本指标”仍按成本检查（其位置另由 indicator/unknown-level2 报告），与 frameworks.indicatorKind 一致。",
      en:
        "A cost indicator (legacy 成本指标; in the 2021 framework 经济成本指标 only: social and ecological costs are normally qualitative) " +
        'whose value is neither a money amount nor a percentage ("≥1场", "按预算执行"). Money needs a currency unit (元, 千元, 万元, 亿元, ' +
        "or a rate such as 元/人); a bare 万 is not money. Points at the value cell. Blank values get indicator/value-empty only, " +
        'placeholders indicator/value-placeholder only, and a number with no unit at all ("≤50") indicator/unit-missing only. ' +
        "A legacy 成本指标 left under 产出指标 in a 2021-framework table is still checked as a cost (its place is indicator/unknown-level2's), as frameworks.indicatorKind says.",
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
