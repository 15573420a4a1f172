import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf } from "./utils/indicators";
import { quote } from "./utils/text";

/** indicator/value-empty: an indicator row with a blank 指标值 (blank, whitespace or only dashes). */
const rule: TableRule = {
  meta: {
    id: "indicator/value-empty",
    severity: "error",
    kinds: ALL_KINDS,
    docs: {
      zh:
        "指标行的指标值为空（空白、只有空格或“——”等横线）。指向指标值单元格。空的指标值只报本规则，不再报 indicator/value-format、" +
        "indicator/unit-missing、indicator/cost-not-monetary 等；只有“/”的单元格是模板占位符，由 indicator/value-placeholder 报告。",
      en:
        "An indicator row with a blank target value (blank, whitespace or only dashes). Points at the value cell. A blank value gets " +
        'this finding only, never indicator/value-format, unit-missing, cost-not-monetary etc.; a cell holding only "/" is a ' +
        "template placeholder and left to indicator/value-placeholder.",
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
