import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf, isUnitless, valueText } from "./utils/indicators";
import { quote } from "./utils/text";

/**
 * indicator/unit-missing: a 数量 or 成本 value whose number has nothing after it ("≥20", a bare
 * 600). Any word or symbol after the number counts as a unit (万元, 人次, %, 万).
 */
/**
 * Details (the finer points users are not shown):
 * 数量指标或成本指标（传统框架的成本指标；2021年框架中成本指标下的各二级）的数字后没有计量单位（“≥20”、单元格里只有600）。数字后的任何文字或符号都算单位（万元、人次、%、
 * 万）；单元格数字格式里写的单位（如 0"人"、0%）也算。定性值不检查；读不出数字的值只报 indicator/value-format（数量）或 indicator/cost-n
 * ot-monetary（成本），没有单位的成本值只报本规则、不再报 indicator/cost-not-monetary。指向指标值单元格。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/unit-missing",
    severity: "warning",
    name: { zh: "缺少计量单位", en: "Unit missing" },
    kinds: ALL_KINDS,
    docs: {
      zh: "数量和成本指标的数字后应写计量单位（人、场、万元等）。",
      en: "Quantity and cost values need a unit after the number.",
    },
    messages: {
      zh: { missing: "指标值“{{value}}”的数字后没有计量单位，应写明单位（如“人”“次”“万元”“%”）" },
      en: { missing: 'Target "{{value}}" has no unit after its number; add one (e.g. 人, 次, 万元, %)' },
    },
  },
  check(ctx) {
    for (const i of indicatorsOf(ctx)) {
      if (i.kind !== "quantity" && i.kind !== "cost" && i.level1 !== "成本") continue;
      if (!isUnitless(i.value)) continue;
      const { row, col } = i.row.value;
      ctx.report({ row, col, messageId: "missing", data: { value: valueText(i) } });
    }
  },
};

export default rule;
