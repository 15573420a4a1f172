import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf } from "./utils/indicators";
import { isEmptyText, quote } from "./utils/text";

/** indicator/basis-empty: a blank 指标值确定依据, where the table has that column. */
/**
 * Details (the finer points users are not shown):
 * 指标值确定依据为空（空白、横线、“/”或“无”），仅在表中有该列（指标值确定依据、依据、指标值来源，或按内容判为依据的“绩效标准”列）时检查。指向依据单元格；同一依据合并到多行时只
 * 看合并区左上角。只写了一级或二级标签的指标行同样检查（与 indicator/name-empty、indicator/value-empty 各报各的单元格）。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/basis-empty",
    severity: "warning",
    name: { zh: "确定依据未填", en: "Basis blank" },
    kinds: ALL_KINDS,
    docs: {
      zh: "没有填写指标值的确定依据。",
      en: "The basis of a target value is blank.",
    },
    messages: {
      zh: { empty: "指标值确定依据未填写", emptyNamed: "“{{name}}”的指标值确定依据未填写（如“工作计划”“历史标准”“行业标准”）" },
      en: {
        empty: "The basis of the target value is blank",
        emptyNamed: 'The basis of the target value of "{{name}}" is blank (e.g. 工作计划, 历史标准, 行业标准)',
      },
    },
  },
  check(ctx) {
    for (const i of indicatorsOf(ctx)) {
      const basis = i.row.basis;
      if (!basis || !isEmptyText(basis)) continue;
      if (i.nameState === "name") ctx.report({ row: basis.row, col: basis.col, messageId: "emptyNamed", data: { name: quote(i.row.name) } });
      else ctx.report({ row: basis.row, col: basis.col, messageId: "empty" });
    }
  },
};

export default rule;
