import { TableRule } from "../rule";
import { numberOption } from "./utils/indicators";
import { columnSum, differ, numberIn } from "./utils/kinds";
import { quote, showNumber } from "./utils/text";

/** dept/total-sum-mismatch: 金额合计 is not the sum of the tasks, in any money column. */
const rule: TableRule = {
  meta: {
    id: "dept/total-sum-mismatch",
    severity: "error",
    kinds: ["department"],
    name: { zh: "金额合计不符", en: "Task total wrong" },
    docs: {
      zh: "部门整体目标表的金额合计应等于各项年度主要任务之和，总额、财政拨款、其他资金各列分别核对。",
      en: "In a 部门整体目标表 the 金额合计 row must equal the sum of the tasks, in each money column.",
    },
    messages: {
      zh: { mismatch: "{{column}}合计“{{value}}”与各任务之和{{sum}}不符" },
      en: { mismatch: '{{column}} total "{{value}}" is not the sum of the tasks, {{sum}}' },
    },
    defaultOptions: { tolerance: 0.005 },
  },
  check(ctx) {
    const tasks = ctx.table.departmentData?.tasks;
    const total = tasks?.rows.find((r) => r.isTotal);
    if (!tasks || !total) return;
    const tolerance = numberOption(ctx.options, "tolerance", 0.005);
    const rows = tasks.rows.filter((r) => r !== total);
    for (const [col, header] of tasks.headers) {
      const cell = total.cells.get(col);
      const value = numberIn(cell);
      const sum = columnSum(rows.map((r) => r.cells.get(col)));
      if (!cell || value === undefined || sum === undefined || !differ(value, sum, tolerance)) continue;
      ctx.report({
        row: cell.row,
        col: cell.col,
        messageId: "mismatch",
        data: { column: header.replace(/\s+/g, ""), value: quote(cell), sum: showNumber(sum) },
      });
    }
  },
};

export default rule;
