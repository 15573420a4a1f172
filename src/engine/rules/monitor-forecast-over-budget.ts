import { TableRule } from "../rule";
import { moneyCell } from "../kinds/types";
import { numberOption } from "./utils/indicators";
import { baseCell, differ, numberIn } from "./utils/kinds";
import { quote } from "./utils/text";

/** monitor/forecast-over-budget: 全年预计执行数 above 调整后预算数 (else 年初预算数). */
const rule: TableRule = {
  meta: {
    id: "monitor/forecast-over-budget",
    severity: "error",
    kinds: ["monitoring"],
    name: { zh: "预计执行数超预算", en: "Forecast over budget" },
    docs: {
      zh: "监控表的全年预计执行数不应超过调整后预算数（没有调整后预算数时为年初预算数）。",
      en: "A 监控表's forecast for the year (全年预计执行数) must not exceed the adjusted budget (else the initial budget).",
    },
    messages: {
      zh: { over: "全年预计执行数“{{forecast}}”超过预算数{{budget}}" },
      en: { over: 'The forecast "{{forecast}}" is above the budget {{budget}}' },
    },
    defaultOptions: { tolerance: 0.005 },
  },
  check(ctx) {
    const money = ctx.table.monitoring?.money;
    if (!money) return;
    const tolerance = numberOption(ctx.options, "tolerance", 0.005);
    for (const row of money.rows) {
      const cell = moneyCell(money, row, "forecast");
      const base = baseCell(money, row, ["adjusted", "initial"]);
      const f = numberIn(cell);
      const b = numberIn(base);
      if (!cell || f === undefined || b === undefined || f <= b || !differ(f, b, tolerance)) continue;
      ctx.report({ row: cell.row, col: cell.col, messageId: "over", data: { forecast: quote(cell), budget: quote(base!) } });
    }
  },
};

export default rule;
