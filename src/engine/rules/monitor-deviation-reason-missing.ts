import { TableRule } from "../rule";
import { readIndicatorValue } from "../values";
import type { IndicatorRow } from "../model";
import type { MonitorRow } from "../kinds/types";
import { numberOption } from "./utils/indicators";
import { isBlankField } from "./utils/kinds";

/**
 * An indicator's own red light: progress to month N below `red`% of the target's time share
 * (positiveindex01), for counted targets (≥ a number of things, no percentage, no money).
 */
function indicatorRed(ind: IndicatorRow, r: MonitorRow, month: number | undefined, red: number): boolean {
  if (!month || !r.progress) return false;
  const target = readIndicatorValue(ind.value.cell);
  const progress = readIndicatorValue(r.progress.cell);
  if (target.kind !== "quantity" || progress.kind !== "quantity" || target.isPercent || target.isMoney || progress.isPercent) return false;
  if (target.comparison !== undefined && target.comparison !== ">=" && target.comparison !== ">") return false;
  if (target.unit && progress.unit && target.unit !== progress.unit) return false;
  const due = (target.value * month) / 12;
  return due > 0 && (progress.value / due) * 100 < red;
}

/** monitor/deviation-reason-missing: 有可能 / 完全不可能, or a red light, with no 偏差原因. */
const rule: TableRule = {
  meta: {
    id: "monitor/deviation-reason-missing",
    severity: "error",
    kinds: ["monitoring"],
    name: { zh: "监控表未说明偏差原因", en: "Monitoring deviation unexplained" },
    docs: {
      zh: "完成目标可能性为“有可能”“完全不可能”或进度亮红灯时，应填写偏差原因。",
      en: "When a target may not or cannot be reached, or progress shows a red light, give the reason.",
    },
    messages: {
      zh: {
        likelihood: "完成目标可能性为“{{likelihood}}”，请填写偏差原因分析",
        red: "“{{name}}”执行进度亮红灯，请填写偏差原因分析",
      },
      en: {
        likelihood: 'The target is "{{likelihood}}" reachable; give the reason for the deviation',
        red: '"{{name}}" shows a red light; give the reason for the deviation',
      },
    },
    defaultOptions: { red: 60 },
  },
  check(ctx) {
    const m = ctx.table.monitoring;
    if (!m || m.columns.reasons.length === 0) return;
    const red = numberOption(ctx.options, "red", 60);
    ctx.table.indicators.forEach((ind, i) => {
      const r = m.rows[i];
      if (!r?.reasonCell || !r.reasons.every(isBlankField)) return;
      const { row, col } = r.reasonCell;
      if (r.likelihood === "maybe" || r.likelihood === "impossible") {
        ctx.report({ row, col, messageId: "likelihood", data: { likelihood: r.likelihood === "maybe" ? "有可能" : "完全不可能" } });
      } else if (indicatorRed(ind, r, m.month, red)) {
        ctx.report({ row, col, messageId: "red", data: { name: ind.name.cell.text.trim() } });
      }
    });
  },
};

export default rule;
