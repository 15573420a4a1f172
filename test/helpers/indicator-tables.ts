import { CellValue, WorkbookModel } from "../../src/engine/sheet";
import { Built, CLEAN, IndicatorSpec, SEED_INDICATORS, TableSpecForTest, buildTable, workbook } from "./layout";

/**
 * Indicator blocks for the indicator rules' tests: the source document's own two tables, a clean
 * 2021-framework block, and a way to change one row of the clean block.
 */

const P = "产出\n\n指标 ";
const E = "效果\n\n指标";
const S = "满意度指标";

/** 招商引资 as in the source document: its 成本 value is "≥1场" (cost-not-monetary, nothing else). */
export const SEED_ZHAOSHANG: IndicatorSpec[] = SEED_INDICATORS.map((x, i) =>
  i === 3 ? { l1: P, l2: "成本指标", name: "举办/参加活动场次", desc: "恳谈会、推介会等开办场次", value: "≥1场", basis: "工作经验" } : x,
);

/** 项目扶持资金 as in the source document: no indicator finding at all. */
export const SEED_FUCHI: IndicatorSpec[] = [
  { l1: P, l2: "数量指标", name: "扶持企业数量", desc: "实际扶持的企业数量", value: "≥3家", basis: "工作要求" },
  { l1: P, l2: "质量指标", name: "资金发放规范性", desc: "资金发放严格按照相关制度及协议执行", value: "是", basis: "制度及协议" },
  { l1: P, l2: "时效指标", name: "项目完成时效", desc: "项目扶持资金完成时间", value: "12月31日前", basis: "工作经验" },
  { l1: P, l2: "成本指标", name: "支出实现率", desc: "实际支出资金/已到位资金", value: "≥95%", basis: "工作经验" },
  { l1: E, l2: "社会效益指标", name: "企业科技研发水平", desc: "企业科研水平是否提高", value: "是", basis: "工作经验" },
  { l1: S, l2: "服务对象满意度指标", name: "服务对象满意度", desc: "企业对政策的满意度", value: "≥90%", basis: "工作经验" },
];

/** A clean block in the 2021 framework (一级 成本指标 with 经济成本指标 and 社会成本指标). */
export const INDICATORS_2021: IndicatorSpec[] = [
  { l1: "成本指标", l2: "经济成本指标", name: "活动经费", desc: "恳谈会、推介会等活动经费", value: "≤50万元", basis: "预算标准" },
  { l1: "成本指标", l2: "社会成本指标", name: "对周边居民生活的影响", desc: "活动对周边居民的影响", value: "无明显影响", basis: "工作经验" },
  { l1: "产出指标", l2: "数量指标", name: "接待客商人数", desc: "客商人数", value: "≥20人", basis: "工作计划" },
  { l1: "产出指标", l2: "质量指标", name: "活动达标率", desc: "活动达到方案要求的比例", value: "≥95%", basis: "工作经验" },
  { l1: "产出指标", l2: "时效指标", name: "项目完成时效", desc: "完成时间", value: "2023年12月31日前", basis: "工作经验" },
  { l1: "效益指标", l2: "经济效益指标", name: "企业对高新区了解度", desc: "了解度是否提升", value: "提升", basis: "工作经验" },
  { l1: "满意度指标", l2: "服务对象满意度指标", name: "受益人满意度", desc: "受益人满意度", value: "≥90%", basis: "工作经验" },
];

/** The clean legacy block with some rows changed (index → fields to change). */
export function seedWith(changes: Record<number, Partial<IndicatorSpec>>, base: IndicatorSpec[] = SEED_INDICATORS): IndicatorSpec[] {
  return base.map((x, i) => (changes[i] ? { ...x, ...changes[i] } : x));
}

/** The clean legacy block with only one row's 指标值 changed. */
export function seedValue(index: number, value: CellValue | [CellValue, string], base: IndicatorSpec[] = SEED_INDICATORS): IndicatorSpec[] {
  return seedWith({ [index]: { value } }, base);
}

/** Indices into SEED_INDICATORS / SEED_ZHAOSHANG / SEED_FUCHI. */
export const ROW = { quantity: 0, quality: 1, timeliness: 2, cost: 3, benefit: 4, satisfaction: 5 } as const;

/** One table (the clean one, with these indicators) as a workbook, and where its cells landed. */
export function tableWith(
  indicators: IndicatorSpec[],
  spec: TableSpecForTest = {},
  opts: { cells?: Record<string, CellValue | [CellValue, string]>; merges?: string[]; sheet?: string; file?: string } = {},
): { workbook: WorkbookModel; at: Built["at"] } {
  const { sheet, at } = buildTable({ ...CLEAN, ...spec, indicators }, opts.sheet ?? "Sheet1", { cells: opts.cells, merges: opts.merges });
  const wb = workbook(sheet);
  if (opts.file !== undefined) wb.name = opts.file;
  return { workbook: wb, at };
}
