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
