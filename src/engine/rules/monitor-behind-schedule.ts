import { TableRule } from "../rule";
import { numberOption } from "./utils/indicators";
import { show2 } from "./utils/kinds";
import { spendingLight } from "./utils/monitor-light";

/**
 * monitor/behind-schedule: spending behind the time share N/12 — below 60% of it (red) a
 * warning, 60–80% (yellow) an info. Options `red`, `yellow` (percent of the time share).
 */
const rule: TableRule = {
  meta: {
    id: "monitor/behind-schedule",
    severity: "warning",
    kinds: ["monitoring"],
    name: { zh: "预算执行进度滞后", en: "Spending behind schedule" },
    docs: {
      zh: "执行率低于时间进度的60%亮红灯（警告），60%–80%亮黄灯（提示），阈值可在设置中修改。",
      en: "An execution rate below 60% of the time share is a red light (warning), 60–80% a yellow one (info); thresholds can be set.",
    },
    messages: {
      zh: {
        red: "1-{{month}}月执行率{{rate}}%，不到时间进度{{share}}%的{{red}}%（红灯）",
        yellow: "1-{{month}}月执行率{{rate}}%，不到时间进度{{share}}%的{{yellow}}%（黄灯）",
      },
      en: {
        red: "Execution rate to month {{month}} is {{rate}}%, below {{red}}% of the time share {{share}}% (red light)",
        yellow: "Execution rate to month {{month}} is {{rate}}%, below {{yellow}}% of the time share {{share}}% (yellow light)",
      },
    },
    defaultOptions: { red: 60, yellow: 80 },
  },
  check(ctx) {
    const l = spendingLight(ctx.table);
    if (!l) return;
    const red = numberOption(ctx.options, "red", 60);
    const yellow = numberOption(ctx.options, "yellow", 80);
    const data = { month: ctx.table.monitoring!.month!, rate: show2(l.rate), share: show2(l.share), red, yellow };
    if (l.light < red) ctx.report({ row: l.cell.row, col: l.cell.col, messageId: "red", data });
    else if (l.light < yellow) ctx.report({ row: l.cell.row, col: l.cell.col, messageId: "yellow", data, info: true });
  },
};

export default rule;
