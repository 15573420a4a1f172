import { TableRule, ALL_KINDS } from "../rule";
import { toA1 } from "../address";
import { normalizeProse } from "../normalize";
import { indicatorsOf } from "./utils/indicators";
import { quote } from "./utils/text";

/** indicator/duplicate: the same 三级指标 twice in one table, reported at every later occurrence. */
/**
 * Details (the finer points users are not shown):
 * 同一张表中三级指标名称重复（忽略空格、全半角和标点差异），在第二次（及以后每次）出现的三级指标单元格报告，不论其一级、二级是否相同。空的名称由 indicator/name-emp
 * ty 报告，占位符名称由 indicator/value-placeholder 报告，都不算重复；合并到多行的同一个名称单元格只算一次。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/duplicate",
    severity: "warning",
    name: { zh: "三级指标重复", en: "Indicator repeated" },
    kinds: ALL_KINDS,
    docs: {
      zh: "同一张表中不应有重名的三级指标。",
      en: "The same indicator name appears twice in one table.",
    },
    messages: {
      zh: { duplicate: "三级指标“{{name}}”与{{first}}重复" },
      en: { duplicate: 'Level-3 indicator "{{name}}" repeats {{first}}' },
    },
  },
  check(ctx) {
    const first = new Map<string, { row: number; col: number }>();
    for (const i of indicatorsOf(ctx)) {
      if (i.nameState !== "name") continue;
      const key = normalizeProse(i.name) || i.name;
      const { row, col } = i.row.name;
      const earlier = first.get(key);
      if (!earlier) first.set(key, { row, col });
      else if (earlier.row !== row || earlier.col !== col)
        ctx.report({ row, col, messageId: "duplicate", data: { name: quote(i.row.name), first: toA1(earlier.row, earlier.col) } });
    }
  },
};

export default rule;
