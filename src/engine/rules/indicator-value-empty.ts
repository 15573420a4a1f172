import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf } from "./utils/indicators";
import { quote } from "./utils/text";

/** indicator/value-empty: an indicator row with a blank 指标值 (blank, whitespace or only dashes). */
/**
 * Details (the finer points users are not shown):
 * 指标行的指标值为空（空白、只有空格或“——”等横线）。指向指标值单元格。空的指标值只报本规则，不再报 indicator/value-format、indicator/unit-m
 * issing、indicator/cost-not-monetary 等；只有“/”的单元格是模板占位符，由 indicator/value-placeholder 报告。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/value-empty",
    severity: "error",
    name: { zh: "指标值未填", en: "Indicator value blank" },
    kinds: ALL_KINDS,
    docs: {
      zh: "指标行没有填写指标值。",
      en: "An indicator row has no target value.",
    },
    messages: {
      zh: { empty: "指标值未填写", emptyNamed: "“{{name}}”的指标值未填写" },
      en: { empty: "The target value is blank", emptyNamed: 'The target value of "{{name}}" is blank' },
    },
  },
  check(ctx) {
    for (const i of indicatorsOf(ctx)) {
      if (i.value.kind !== "blank") continue;
      const { row, col } = i.row.value;
      if (i.nameState === "name") ctx.report({ row, col, messageId: "emptyNamed", data: { name: quote(i.row.name) } });
      else ctx.report({ row, col, messageId: "empty" });
    }
  },
};

export default rule;
