/**
 * A small built-in set of indicators per framework, for projects that come from a list
 * (`jixiao new --list`, the wizard's batch mode) where no indicators were entered. Generic but
 * complete: every 一级 the framework requires, 产出 with 数量/质量/时效, values of the right kind,
 * so the generated sheet checks clean and the department only has to make them specific.
 */
import type { FrameworkId } from "./model";
import type { SpecIndicator, SpecUnit } from "./spec";

export interface DefaultIndicatorContext {
  year: number;
  /** The project's budget total in `unit` (a cost ceiling is written when known). */
  total: number | null;
  unit: SpecUnit;
}

function money(total: number, unit: SpecUnit): string {
  const n = Number(total.toPrecision(12));
  return `≤${n}${unit}`;
}

/** The note the generator writes on each generated 指标值 cell (where the host supports notes). */
export const GENERIC_NOTE = "通用指标，请按项目实际修改";

/** The values defaultIndicators writes that depend on the project: the year-end deadline and the budget ceiling. */
const YEAR_END = /^\d{4}年12月31日前$/;
const CEILING = /^≤\d+(\.\d+)?(万元|元)$/;

/**
 * Whether an indicator's 三级 name and 指标值 are still exactly one of the generated defaults (any year,
 * any budget total): once the clerk edits either, it is theirs.
 */
export function isGenericDefault(name: string, value: string): boolean {
  const wanted = GENERIC_VALUES.get(name);
  if (wanted === undefined) return false;
  return wanted.some((w) => (typeof w === "string" ? w === value : w.test(value)));
}

export function defaultIndicators(framework: FrameworkId, ctx: DefaultIndicatorContext): Required<SpecIndicator>[] {
  const out: Required<SpecIndicator>[] = [];
  const cost = ctx.total !== null && ctx.total > 0 ? money(ctx.total, ctx.unit) : null;
  if (framework === "2021") {
    out.push({
      level1: "成本指标",
      level2: "经济成本指标",
      name: "项目总成本",
      description: "项目实施的全部支出，控制在年度预算以内",
      value: cost ?? "≤100%",
      basis: "部门预算批复",
    });
  }
  out.push(
    { level1: "产出指标", level2: "数量指标", name: "计划任务完成数", description: "年度计划实施的任务（事项）数量", value: "≥1项", basis: "工作计划" },
    { level1: "产出指标", level2: "质量指标", name: "任务验收合格率", description: "完成的任务通过验收的比例", value: "≥95%", basis: "工作计划" },
    {
      level1: "产出指标",
      level2: "时效指标",
      name: "任务完成时间",
      description: "年度任务全部完成的时限",
      value: `${ctx.year}年12月31日前`,
      basis: "工作计划",
    },
  );
  if (framework === "legacy" && cost) {
    out.push({ level1: "产出指标", level2: "成本指标", name: "项目支出控制数", description: "项目支出控制在年度预算以内", value: cost, basis: "部门预算批复" });
  }
  out.push(
    {
      level1: "效益指标",
      level2: "社会效益指标",
      name: "项目实施对本领域工作的促进作用",
      description: "项目实施对相关工作开展的推动作用",
      value: "有所提升",
      basis: "工作计划",
    },
    {
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      name: "服务对象满意度",
      description: "服务对象对项目实施情况的满意程度",
      value: "≥90%",
      basis: "行业标准",
    },
  );
  return out;
}

/** Every generated name with the values it can carry (both frameworks, any year, any budget). */
const GENERIC_VALUES: Map<string, (string | RegExp)[]> = (() => {
  const out = new Map<string, (string | RegExp)[]>();
  const variants = (["2021", "legacy"] as FrameworkId[]).flatMap((f) => [
    defaultIndicators(f, { year: 2000, total: null, unit: "万元" }),
    defaultIndicators(f, { year: 2000, total: 1, unit: "万元" }),
  ]);
  for (const i of variants.flat()) {
    const v = i.value === "2000年12月31日前" ? YEAR_END : CEILING.test(i.value) ? CEILING : i.value;
    const list = out.get(i.name) ?? out.set(i.name, []).get(i.name)!;
    if (!list.some((x) => String(x) === String(v))) list.push(v);
  }
  return out;
})();
