import { TableRule } from "../rule";
import { belongs, canonLevel2, level2Label } from "../frameworks";
import { indicatorsOf, stringListOption } from "./utils/indicators";

const DEFAULT_REQUIRED = ["数量", "质量", "时效"];

/**
 * indicator/missing-level2: 产出指标 lacks one of the required 二级 (option `required`, default
 * 数量, 质量, 时效). One finding at the (first) 产出指标 label cell, naming every missing 二级.
 */
/**
 * Details (the finer points users are not shown):
 * 产出指标下缺少应有的二级指标（默认数量、质量、时效指标，可用选项 required 配置，写“数量”或“数量指标”均可）。指向产出指标的一级标签单元格（有多个时取第一个），一次列出
 * 所有缺少的二级指标。表中没有产出指标时只报 indicator/missing-level1。无法识别的二级名称（同时由 indicator/unknown-level2 报告）不
 * 算作任何二级；所用框架中不属于产出指标的必备项（如2021年框架下的“成本”）不要求。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/missing-level2",
    severity: "warning",
    name: { zh: "产出指标不全", en: "Output indicators incomplete" },
    docs: {
      zh: "产出指标下应有数量、质量、时效等二级指标。",
      en: "Output indicators should include quantity, quality and timeliness.",
    },
    messages: {
      zh: { missing: "产出指标缺少二级指标：{{missing}}" },
      en: { missing: "The output indicator (产出指标) lacks level-2 indicators: {{missing}}" },
    },
    defaultOptions: { required: DEFAULT_REQUIRED },
  },
  check(ctx) {
    const outputs = indicatorsOf(ctx).filter((i) => i.level1 === "产出");
    if (outputs.length === 0) return;
    const required = stringListOption(ctx.options, "required", DEFAULT_REQUIRED)
      .map((name) => canonLevel2(name))
      .filter((l2): l2 is string => !!l2 && belongs(ctx.framework, "产出", l2));
    const present = new Set(outputs.map((i) => i.level2));
    const missing = [...new Set(required)].filter((l2) => !present.has(l2));
    if (missing.length === 0) return;
    const label = outputs[0].row.level1Cell;
    ctx.report({ row: label.row, col: label.col, messageId: "missing", data: { missing: missing.map(level2Label).join("、") } });
  },
};

export default rule;
