import { TableRule } from "../rule";
import { moneyCell } from "../kinds/types";
import { numberOption } from "./utils/indicators";
import { columnSum, differ, numberIn } from "./utils/kinds";
import { quote, showNumber } from "./utils/text";

/** dept/task-sum-mismatch: a task's 总额 is not 财政拨款 + 其他资金. */
const rule: TableRule = {
  meta: {
    id: "dept/task-sum-mismatch",
    severity: "error",
    kinds: ["department"],
    name: { zh: "任务金额不符", en: "Task amount wrong" },
    docs: {
      zh: "部门整体目标表中每项年度主要任务的总额应等于财政拨款与其他资金之和。",
      en: "In a 部门整体目标表 each task's total (总额) must equal its 财政拨款 plus 其他资金.",
    },
    messages: {
      zh: { mismatch: "任务“{{task}}”的总额“{{total}}”与各项资金之和{{sum}}不符" },
      en: { mismatch: 'The total "{{total}}" of task "{{task}}" is not the sum of its funds, {{sum}}' },
    },
    defaultOptions: { tolerance: 0.005 },
  },
  check(ctx) {
    const tasks = ctx.table.departmentData?.tasks;
    if (!tasks || tasks.parts.length === 0) return;
    const tolerance = numberOption(ctx.options, "tolerance", 0.005);
    for (const row of tasks.rows) {
      if (row.isTotal) continue;
      const cell = moneyCell(tasks, row, "total");
      const total = numberIn(cell);
      const sum = columnSum(tasks.parts.map((c) => row.cells.get(c)));
      if (!cell || total === undefined || sum === undefined || !differ(total, sum, tolerance)) continue;
      ctx.report({ row: cell.row, col: cell.col, messageId: "mismatch", data: { task: row.label.trim(), total: quote(cell), sum: showNumber(sum) } });
    }
  },
};

export default rule;
