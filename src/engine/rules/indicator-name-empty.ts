import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf, valueText } from "./utils/indicators";
import { quote } from "./utils/text";

/**
 * indicator/name-empty: an indicator row (any row below the header with a cell of its own among
 * the indicator columns, a row holding only a 一级 or 二级 label included) whose 三级指标 is blank.
 */
/**
 * Details (the finer points users are not shown):
 * 指标行（指标表头以下、表内、指标各列中有非空单元格的行，只写了一级或二级标签的行也算）的三级指标为空。指向三级指标单元格。只有空白或“——”等横线算空；“/”“XX”等模板占位符由
 *  indicator/value-placeholder 报告，本规则不报。同一行的指标值为空时另由 indicator/value-empty 报告（两处都要填）。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/name-empty",
    severity: "error",
    name: { zh: "三级指标未填", en: "Indicator name blank" },
    kinds: ALL_KINDS,
    docs: {
      zh: "指标行没有填写三级指标名称。",
      en: "An indicator row has no indicator name.",
    },
    messages: {
      zh: { empty: "三级指标名称未填写", emptyWithValue: "三级指标名称未填写（指标值为“{{value}}”）" },
      en: { empty: "The level-3 indicator name is blank", emptyWithValue: 'The level-3 indicator name is blank (its value is "{{value}}")' },
    },
  },
  check(ctx) {
    for (const i of indicatorsOf(ctx)) {
      if (i.nameState !== "blank") continue;
      const { row, col } = i.row.name;
      if (i.value.kind === "blank") ctx.report({ row, col, messageId: "empty" });
      else ctx.report({ row, col, messageId: "emptyWithValue", data: { value: valueText(i) } });
    }
  },
};

export default rule;
