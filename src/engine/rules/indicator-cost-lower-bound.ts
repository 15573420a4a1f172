import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf, valueText } from "./utils/indicators";
import { quote, showNumber } from "./utils/text";

/**
 * indicator/cost-lower-bound: a money-valued 成本 indicator bounded only from below ("≥50万元",
 * "50万元以上", "不低于50万元"): a cost needs a ceiling.
 */
/**
 * Details (the finer points users are not shown):
 * 金额型成本指标只设了下限（≥、>、不低于、不少于、以上等，如“≥50万元”），成本应设上限（“≤50万元”）。补贴下限也不例外；政策规定下限的，请关闭本规则。比较方式取自指标值的读
 * 取结果，“至少”“大于”“超过”“达到”等同样算下限。只检查金额（不是金额的成本值由 indicator/cost-not-monetary 报告，没有单位的数字由 indicat
 * or/unit-missing 报告），2021年框架中只检查经济成本指标。指向指标值单元格。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/cost-lower-bound",
    severity: "warning",
    name: { zh: "成本只设下限", en: "Cost has only a lower bound" },
    kinds: ALL_KINDS,
    docs: {
      zh: "成本指标应设上限（“≤”），而不是下限（“≥”）。",
      en: "A cost should have an upper bound (≤), not a lower one (≥).",
    },
    messages: {
      zh: { lowerBound: "成本指标值“{{value}}”只设了下限，成本应设上限（如“≤{{amount}}”）" },
      en: { lowerBound: 'Cost target "{{value}}" sets only a floor; a cost needs a ceiling (e.g. "≤{{amount}}")' },
    },
  },
  check(ctx) {
    for (const i of indicatorsOf(ctx)) {
      const v = i.value;
      if (i.kind !== "cost" || v.kind !== "quantity" || !v.isMoney) continue;
      if (v.comparison !== ">=" && v.comparison !== ">") continue;
      const { row, col } = i.row.value;
      ctx.report({ row, col, messageId: "lowerBound", data: { value: valueText(i), amount: `${showNumber(v.value)}${v.unit}` } });
    }
  },
};

export default rule;
