import { TableRule, ALL_KINDS } from "../rule";
import { isBoundedRate } from "../values";
import { indicatorsOf, percentOf, valueText } from "./utils/indicators";
import { quote, showNumber } from "./utils/text";

/**
 * indicator/percent-out-of-range: a percentage above 100% for a 满意度 indicator or a bounded rate
 * (完成率, 合格率, … recognised from the 三级 name), or any percentage below 0%.
 */
/**
 * Details (the finer points users are not shown):
 * 百分比超出可能的范围：满意度指标或比率类指标（三级指标名称含完成率、合格率、覆盖率、实现率、达标率、执行率、到位率、满意率、知晓率、及格率、使用率、满意度）超过100%，或任何指标
 * 低于0%。增长率、回报率等可以超过100%，不报。指向指标值单元格。超出范围的满意度只报本规则，不再报 indicator/satisfaction-low；不是百分比的值不归本规
 * 则（满意度非百分比由 indicator/value-format 报告）。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/percent-out-of-range",
    severity: "error",
    name: { zh: "百分比超出范围", en: "Percentage out of range" },
    kinds: ALL_KINDS,
    docs: {
      zh: "完成率、满意度等比率不应超过100%，任何百分比不应低于0%。",
      en: "Rates such as completion or satisfaction cannot exceed 100%, and no percentage is negative.",
    },
    messages: {
      zh: {
        above: "“{{name}}”的指标值“{{value}}”超过100%，该比率不可能超过100%",
        below: "指标值“{{value}}”低于0%",
      },
      en: {
        above: 'The target "{{value}}" of "{{name}}" exceeds 100%, which this rate cannot',
        below: 'The target "{{value}}" is below 0%',
      },
    },
  },
  check(ctx) {
    for (const i of indicatorsOf(ctx)) {
      const p = percentOf(i.value);
      if (p === undefined) continue;
      const { row, col } = i.row.value;
      const value = valueText(i) || `${showNumber(p)}%`;
      if (p < 0) ctx.report({ row, col, messageId: "below", data: { value } });
      else if (p > 100 && (i.kind === "satisfaction" || isBoundedRate(i.name)))
        ctx.report({ row, col, messageId: "above", data: { value, name: quote(i.row.name) || "满意度" } });
    }
  },
};

export default rule;
