import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf, valueText } from "./utils/indicators";
import { quote } from "./utils/text";

/**
 * indicator/name-empty: an indicator row (any row below the header with a cell of its own among
 * the indicator columns, a row holding only a 一级 or 二级 label included) whose 三级指标 is blank.
 */
const rule: TableRule = {
  meta: {
    id: "indicator/name-empty",
    severity: "error",
    kinds: ALL_KINDS,
    docs: {
      zh:
        "指标行（指标表头以下、表内、指标各列中有非空单元格的行，只写了一级或二级标签的行也算）的三级指标为空。指向三级指标单元格。" +
        "只有空白或“——”等横线算空；“/”“XX”等模板占位符由 indicator/value-placeholder 报告，本规则不报。同一行的指标值为空时另由 indicator/value-empty 报告（两处都要填）。",
      en:
        "An indicator row (below the indicator header, inside the table, with a non-blank cell among its indicator columns; a row " +
        "holding only a level-1 or level-2 label counts) whose level-3 name is blank. Points at the level-3 cell. Only blanks and dashes " +
        'count; a placeholder ("/", "XX") is left to indicator/value-placeholder. A blank value on the same row is indicator/value-empty\'s (both need filling).',
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
