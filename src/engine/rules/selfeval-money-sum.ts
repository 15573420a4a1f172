import { TableRule } from "../rule";
import { moneyCell } from "../kinds/types";
import type { MoneyRole } from "../kinds/types";
import { numberOption } from "./utils/indicators";
import { columnSum, differ, numberIn } from "./utils/kinds";
import { quote, showNumber } from "./utils/text";

const AMOUNTS: MoneyRole[] = ["initial", "annual", "executed"];

/** selfeval/money-sum: 年度资金总额 is not the sum of its parts, in any money column. */
const rule: TableRule = {
  meta: {
    id: "selfeval/money-sum",
    severity: "error",
    kinds: ["self-evaluation"],
    name: { zh: "资金合计不符", en: "Money total wrong" },
    docs: {
      zh: "自评表中年度资金总额（或金额合计）应等于其下各项资金之和，年初预算数、全年预算数、全年执行数各列分别核对。",
      en: "In a 自评表 the 年度资金总额 (or 金额合计) must equal the sum of the lines under it, in each of the 年初预算数, 全年预算数 and 全年执行数 columns.",
    },
    messages: {
      zh: { mismatch: "{{column}}合计“{{value}}”与各项之和{{sum}}不符" },
      en: { mismatch: '{{column}} total "{{value}}" is not the sum of its lines, {{sum}}' },
    },
    defaultOptions: { tolerance: 0.005 },
  },
  check(ctx) {
    const money = ctx.table.selfEvaluation?.money;
    const total = money?.rows.find((r) => r.isTotal);
    if (!money || !total) return;
    const tolerance = numberOption(ctx.options, "tolerance", 0.005);
    const parts = money.rows.filter((r) => r !== total);
    for (const role of AMOUNTS) {
      const cell = moneyCell(money, total, role);
      const value = numberIn(cell);
      const sum = columnSum(parts.map((p) => moneyCell(money, p, role)));
      if (!cell || value === undefined || sum === undefined || !differ(value, sum, tolerance)) continue;
      const column = money.headers.get(money.columns[role]!)!.replace(/\s+/g, "");
      ctx.report({ row: cell.row, col: cell.col, messageId: "mismatch", data: { column, value: quote(cell), sum: showNumber(sum) } });
    }
  },
};

export default rule;
