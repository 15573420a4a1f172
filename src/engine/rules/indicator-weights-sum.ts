import { TableRule } from "../rule";
import { Field } from "../model";
import { squash } from "../normalize";
import { Indicator, indicatorsOf } from "./utils/indicators";
import { showNumber } from "./utils/text";

/**
 * indicator/weights-sum: a table with weights (a 权重/分值 column, or "(50分)" in its 一级/二级
 * labels) whose weights do not add up: 三级 weights to their 二级's, 二级 to their 一级's where
 * labelled, all to 100. Each defect once: only the innermost group that does not add up is
 * reported (a wrong 三级 weight also breaks its 一级 and the total, which are then not reported).
 * Points at the first weight cell of that group; for label weights, at the 一级 label cell.
 */

const EPSILON = 1e-6;
const MAY_WEIGH = /分\s*[)）]/;

/** "(50分)", "（50分）", "(50 分)" in a label. */
export function labelWeight(label: string): number | undefined {
  const m = /[(（](\d+(?:\.\d+)?)分[)）]/.exec(squash(label));
  return m ? Number(m[1]) : undefined;
}

/** A weight cell's number: 10, "10", "10分", "10%"; undefined when blank or unreadable. */
export function cellWeight(f: Field | undefined): number | undefined {
  if (!f) return undefined;
  const v = f.cell.value;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const m = /^(\d+(?:\.\d+)?)(?:分|%)?$/.exec(squash(v));
  return m ? Number(m[1]) : undefined;
}

interface Level2Group {
  label: number | undefined;
  cell: { row: number; col: number };
  rows: Indicator[];
}

interface Level1Group {
  label: number | undefined;
  cell: { row: number; col: number };
  groups: Level2Group[];
  rows: Indicator[];
}

/**
 * Consecutive rows under the same 一级 (and within it the same 二级) form a group, whether the
 * label is merged, repeated down its column or written once; the group's cell is its first label.
 */
function groupsOf(list: Indicator[]): Level1Group[] {
  const ones: Level1Group[] = [];
  let last1 = "";
  let last2 = "";
  for (const i of list) {
    const t1 = squash(i.row.level1);
    const t2 = squash(i.row.level2);
    let g1 = ones[ones.length - 1];
    if (!g1 || t1 !== last1) {
      ones.push((g1 = { label: labelWeight(i.row.level1), cell: i.row.level1Cell, groups: [], rows: [] }));
      last2 = "\u0000";
    }
    last1 = t1;
    g1.rows.push(i);
    let g2 = g1.groups[g1.groups.length - 1];
    if (!g2 || t2 !== last2) {
      const same = i.row.level2Cell.row === i.row.level1Cell.row && i.row.level2Cell.col === i.row.level1Cell.col;
      g1.groups.push((g2 = { label: same ? undefined : labelWeight(i.row.level2), cell: i.row.level2Cell, rows: [] }));
    }
    last2 = t2;
    g2.rows.push(i);
  }
  return ones;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** A weight merged down over several 三级 rows is one weight (their 二级's), counted once. */
function columnSum(rows: Indicator[]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const i of rows) {
    const w = i.row.weight;
    if (!w || seen.has(`${w.row}:${w.col}`)) continue;
    seen.add(`${w.row}:${w.col}`);
    total += cellWeight(w) ?? 0;
  }
  return total;
}
const firstWeightCell = (rows: Indicator[]) => rows.find((i) => i.row.weight)?.row.weight;

const rule: TableRule = {
  meta: {
    id: "indicator/weights-sum",
    severity: "error",
    name: { zh: "权重合计不符", en: "Weights do not add up" },
    docs: {
      zh: "三级指标的权重之和应等于二级的分值，二级之和等于一级的分值，全部合计100分。",
      en: "Level-3 weights add up to their level 2's, level 2 to level 1's, and all of them to 100.",
    },
    messages: {
      zh: {
        level2: "“{{group}}”下的三级指标权重合计为{{sum}}，与其分值{{expected}}不符",
        level1: "“{{group}}”下的指标权重合计为{{sum}}，与其分值{{expected}}不符",
        total: "指标权重合计为{{sum}}，应为100",
      },
      en: {
        level2: 'The level-3 weights under "{{group}}" add up to {{sum}}, not its {{expected}}',
        level1: 'The weights under "{{group}}" add up to {{sum}}, not its {{expected}}',
        total: "The indicator weights add up to {{sum}}, not 100",
      },
    },
    defaultOptions: {},
  },
  check(ctx) {
    const list = indicatorsOf(ctx);
    const hasColumn = list.some((i) => cellWeight(i.row.weight) !== undefined);
    // most tables carry no weights: say so before grouping anything
    if (!hasColumn && !list.some((i) => MAY_WEIGH.test(i.row.level1) || MAY_WEIGH.test(i.row.level2))) return;
    const groups = groupsOf(list);
    const labelled1 = groups.some((g) => g.label !== undefined);
    const labelled2 = groups.some((g) => g.groups.some((h) => h.label !== undefined));
    if (!hasColumn && !labelled1 && !labelled2) return;
    const off = (a: number, b: number) => Math.abs(a - b) > EPSILON;
    const nameAt = (c: { row: number; col: number }) => squash(ctx.grid.text(c.row, c.col));
    let failed = false;
    for (const g1 of groups) {
      let inner = false;
      for (const g2 of g1.groups) {
        if (g2.label === undefined || !hasColumn) continue;
        const s = columnSum(g2.rows);
        const at = firstWeightCell(g2.rows);
        if (at && off(s, g2.label)) {
          inner = true;
          ctx.report({ row: at.row, col: at.col, messageId: "level2", data: { group: nameAt(g2.cell), sum: showNumber(s), expected: showNumber(g2.label) } });
        }
      }
      if (inner) {
        failed = true;
        continue;
      }
      if (g1.label === undefined) continue;
      const byLabel = g1.groups.some((h) => h.label !== undefined);
      if (byLabel) {
        // 二级 that carry no label weight count with their 三级 weights (when there are any)
        const parts = g1.groups.map((h) => h.label ?? (hasColumn ? columnSum(h.rows) : undefined));
        if (parts.some((x) => x === undefined)) continue;
        const s = sum(parts as number[]);
        if (off(s, g1.label)) {
          failed = true;
          ctx.report({ ...g1.cell, messageId: "level1", data: { group: nameAt(g1.cell), sum: showNumber(s), expected: showNumber(g1.label) } });
        }
      } else if (hasColumn) {
        const s = columnSum(g1.rows);
        const at = firstWeightCell(g1.rows);
        if (at && off(s, g1.label)) {
          failed = true;
          ctx.report({ row: at.row, col: at.col, messageId: "level1", data: { group: nameAt(g1.cell), sum: showNumber(s), expected: showNumber(g1.label) } });
        }
      }
    }
    if (failed) return;
    if (labelled1) {
      const parts = groups.map((g) => g.label ?? (hasColumn ? columnSum(g.rows) : undefined));
      if (parts.some((x) => x === undefined)) return;
      const s = sum(parts as number[]);
      const first = groups.find((g) => g.label !== undefined)!;
      if (off(s, 100)) ctx.report({ ...first.cell, messageId: "total", data: { sum: showNumber(s) } });
    } else if (hasColumn) {
      const s = columnSum(list);
      const at = firstWeightCell(list);
      if (at && off(s, 100)) ctx.report({ row: at.row, col: at.col, messageId: "total", data: { sum: showNumber(s) } });
    } else if (labelled2) {
      const all = groups.flatMap((g) => g.groups);
      if (all.some((h) => h.label === undefined)) return;
      const s = sum(all.map((h) => h.label as number));
      if (off(s, 100)) ctx.report({ ...all[0].cell, messageId: "total", data: { sum: showNumber(s) } });
    }
  },
};

export default rule;
