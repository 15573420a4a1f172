import { TableRule } from "../rule";
import { isGenericDefault } from "../default-indicators";
import { squash } from "../normalize";
import { indicatorsOf, valueText } from "./utils/indicators";

/**
 * indicator/generic-default: an indicator the batch generator filled in for a project listed
 * without indicators (default-indicators.ts), still exactly as generated: its 三级 name AND its
 * 指标值. They pass every other rule on purpose (the sheet is complete), so this one says they are
 * not yet the project's own. Editing either the name or the value makes it the clerk's: no finding.
 * At the 指标值 cell, where the generator also writes its note.
 *
 * One default alone is also what a clerk writes by hand ("服务对象满意度 ≥90%", "项目总成本 ≤50万元"):
 * a table is taken for a generated one only while at least GENERATED_EVIDENCE of its rows are still
 * generic (a generated set has 5 to 7), so a hand-written table is never told its indicator is generic.
 */
const GENERATED_EVIDENCE = 3;

/**
 * Details (the finer points users are not shown):
 * 三级指标名称与指标值都与批量生成时填入的通用指标完全相同（年度和预算上限按生成规则可为任意值）；改动任一项后不再提示。指向指标值单元格。
 * 表中至少有3行仍是通用指标时才提示（手工填写的表偶尔也会有一行与通用指标相同）。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/generic-default",
    severity: "info",
    name: { zh: "通用指标未修改", en: "Generic indicator unchanged" },
    docs: {
      zh: "批量生成时填入的通用指标还没有按项目实际修改。",
      en: "An indicator filled in by batch generation has not yet been made specific to the project.",
    },
    messages: {
      zh: { generic: "“{{name}}”（{{value}}）是批量生成的通用指标，请按项目实际修改" },
      en: { generic: '"{{name}}" ({{value}}) is a generic indicator from batch generation; make it specific to the project' },
    },
  },
  check(ctx) {
    const generic = indicatorsOf(ctx).filter((i) => i.nameState === "name" && isGenericDefault(i.name, squash(valueText(i))));
    if (generic.length < GENERATED_EVIDENCE) return;
    for (const i of generic)
      ctx.report({ row: i.row.value.row, col: i.row.value.col, messageId: "generic", data: { name: i.row.name.cell.text.trim(), value: valueText(i) } });
  },
};

export default rule;
