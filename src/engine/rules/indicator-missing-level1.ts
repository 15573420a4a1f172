import { TableRule } from "../rule";
import { Level1, level1Label, requiredLevel1 } from "../frameworks";
import { indicatorsOf } from "./utils/indicators";

/**
 * indicator/missing-level1: a 一级指标 the framework in force requires is absent (legacy: 产出,
 * 效益/效果, 满意度; 2021 also 成本). One finding per table, at the indicator header's first cell,
 * naming every missing 一级 (the runner keeps one finding per rule and cell).
 */
/**
 * Details (the finer points users are not shown):
 * 一级指标不全：所用指标框架要求的一级指标（传统框架：产出、效益（效果）、满意度；2021年框架另有成本）在表中没有出现。指向指标表头的第一个单元格，一次列出所有缺少的一级指标。表中
 * 没有指标表头时由 table/missing-field 报告，本规则不再报告。只认一级指标列中写出（或合并、沿用）的一级名称，不由二级指标反推。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/missing-level1",
    severity: "error",
    name: { zh: "缺少一级指标", en: "Level-1 indicator missing" },
    docs: {
      zh: "表中应有产出、效益、满意度等全部一级指标。",
      en: "The table should have every level-1 indicator (output, effect, satisfaction…).",
    },
    messages: {
      zh: { missing: "缺少一级指标：{{missing}}（应包含{{required}}）" },
      en: { missing: "Level-1 indicator missing: {{missing}} (required: {{required}})" },
    },
  },
  check(ctx) {
    const header = ctx.table.header;
    if (!header || header.col < 0) return;
    const present = new Set<Level1 | undefined>(indicatorsOf(ctx).map((i) => i.level1));
    const required = requiredLevel1(ctx.framework);
    const missing = required.filter((l) => !present.has(l));
    if (missing.length === 0) return;
    ctx.report({
      row: header.row,
      col: header.col,
      messageId: "missing",
      data: {
        missing: missing.map(level1Label).join("、"),
        required: required.map(level1Label).join("、"),
      },
    });
  },
};

export default rule;
