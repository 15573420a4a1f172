import { TableRule } from "../rule";
import { FRAMEWORKS, belongs, level1Label, level2Label } from "../frameworks";
import { indicatorsOf } from "./utils/indicators";

/**
 * indicator/unknown-level2: a 二级指标 that does not belong under its 一级 in the framework in
 * force (经济效益指标 under 产出指标; 成本指标 under 产出指标 in the 2021 framework), or that no
 * framework knows. Reported once per 二级 cell, however many rows it spans.
 */
/**
 * Details (the finer points users are not shown):
 * 二级指标不属于其一级指标（按所用框架，如“经济效益指标”写在产出指标下，或2021年框架中产出指标下的“成本指标”），或根本不是框架中的二级指标。指向二级指标单元格；合并或沿用到多
 * 行的同一单元格只报一次。二级为空时不报；一级无法识别时，只在二级名称不属于框架中任何一级时报告。一级、二级写在同一个合并单元格里（如“满意度指标”横跨两列）时视为未写二级，不报告。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/unknown-level2",
    severity: "error",
    name: { zh: "二级指标不对应", en: "Level-2 indicator misplaced" },
    docs: {
      zh: "二级指标应属于它所在的一级指标。",
      en: "A level-2 indicator should belong to its level-1 indicator.",
    },
    messages: {
      zh: {
        notUnder: "二级指标“{{level2}}”不属于一级指标“{{level1}}”（该一级指标下应为：{{allowed}}）",
        unknown: "“{{level2}}”不是所用指标框架中的二级指标",
        noSuchLevel1: "二级指标“{{level2}}”所在的一级指标“{{level1}}”不属于所用的指标框架",
      },
      en: {
        notUnder: 'Level-2 indicator "{{level2}}" does not belong under level-1 "{{level1}}" (which takes: {{allowed}})',
        unknown: '"{{level2}}" is not a level-2 indicator of the framework in use',
        noSuchLevel1: 'Level-2 indicator "{{level2}}" sits under level-1 "{{level1}}", which the framework in use does not have',
      },
    },
  },
  check(ctx) {
    const tree = FRAMEWORKS[ctx.framework].tree;
    const known = new Set(Object.values(tree).flat());
    const seen = new Set<string>();
    for (const i of indicatorsOf(ctx)) {
      const { level2Cell: cell, level1Cell } = i.row;
      const written = i.row.level2.trim();
      if (!written) continue;
      const key = `${cell.row},${cell.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (cell.row === level1Cell.row && cell.col === level1Cell.col) continue;
      const data = { level2: written.replace(/\s+/g, "") };
      if (i.level1) {
        if (i.level2 && belongs(ctx.framework, i.level1, i.level2)) continue;
        const under = tree[i.level1];
        const level1 = level1Label(i.level1);
        if (!under) ctx.report({ ...cell, messageId: "noSuchLevel1", data: { ...data, level1 } });
        else ctx.report({ ...cell, messageId: "notUnder", data: { ...data, level1, allowed: under.map(level2Label).join("、") } });
      } else if (!i.level2 || !known.has(i.level2)) {
        ctx.report({ ...cell, messageId: "unknown", data });
      }
    }
  },
};

export default rule;
