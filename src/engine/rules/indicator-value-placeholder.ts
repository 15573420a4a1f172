import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf, valueText } from "./utils/indicators";
import { quote } from "./utils/text";

/**
 * indicator/value-placeholder: a 指标值 or 三级指标 still holding a template placeholder: `*`, XX,
 * ××, 待定 anywhere in the cell (`≥**%`, `**月**日前`, `XX人`), or a cell that is only "/".
 */
/**
 * Details (the finer points users are not shown):
 * 指标值或三级指标名称仍是模板占位符：单元格任何位置含“*”“XX”“××”“待定”（“≥**%”“**月**日前”“XX人”），或只有“/”。名称中的斜杠不算（“举办/参加活动场次
 * ”）。指向该单元格；本规则取代同一单元格上的其他所有结果，所以占位符不再报 indicator/value-format、indicator/value-empty、indicat
 * or/name-empty、indicator/duplicate 等。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/value-placeholder",
    severity: "error",
    name: { zh: "仍是模板占位符", en: "Template placeholder left" },
    kinds: ALL_KINDS,
    docs: {
      zh: "指标或指标值仍是“XX”“**”“待定”等占位符，需换成实际内容。",
      en: "An indicator still holds a template placeholder (XX, **, 待定).",
    },
    messages: {
      zh: {
        value: "指标值“{{value}}”是模板占位符，请填写实际目标值",
        name: "三级指标“{{name}}”是模板占位符，请填写实际指标名称",
      },
      en: {
        value: 'Target value "{{value}}" is a template placeholder; fill in the actual target',
        name: 'Level-3 indicator "{{name}}" is a template placeholder; fill in the actual indicator name',
      },
    },
  },
  check(ctx) {
    for (const i of indicatorsOf(ctx)) {
      if (i.nameState === "placeholder") ctx.report({ row: i.row.name.row, col: i.row.name.col, messageId: "name", data: { name: quote(i.row.name) } });
      if (i.value.kind === "placeholder") ctx.report({ row: i.row.value.row, col: i.row.value.col, messageId: "value", data: { value: valueText(i) } });
    }
  },
};

export default rule;
