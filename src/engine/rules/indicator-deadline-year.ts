import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf, valueText } from "./utils/indicators";
import { quote } from "./utils/text";

/**
 * indicator/deadline-year: a 时效 date naming a year other than the table's budget year (from the
 * configuration, title, sheet name or file name). Nothing when no budget year is known or the
 * deadline names no year ("12月31日前", "年底前").
 */
/**
 * Details (the finer points users are not shown):
 * 时效指标的日期年份与预算年度不一致（如2023年的表写“2022年12月31日前”）。预算年度依次取自配置、标题、工作表名、文件名；都没有时不检查。不写年份的期限（“12月31日前
 * ”“年底前”）和时长（“≤30个工作日”）不检查；Excel日期单元格按其年份检查。指向指标值单元格。读不出日期的时效值只报 indicator/value-format；只检查时
 * 效指标。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/deadline-year",
    severity: "error",
    name: { zh: "时效年份不对", en: "Deadline in another year" },
    kinds: ALL_KINDS,
    docs: {
      zh: "时效指标中的年份应与预算年度一致。",
      en: "A deadline's year should be the budget year.",
    },
    messages: {
      zh: { year: "时效指标值“{{value}}”的年份是{{year}}年，与预算年度{{budgetYear}}年不一致" },
      en: { year: 'Timeliness target "{{value}}" names the year {{year}}, not the budget year {{budgetYear}}' },
    },
  },
  check(ctx) {
    const budgetYear = ctx.year;
    if (budgetYear === undefined) return;
    for (const i of indicatorsOf(ctx)) {
      if (i.kind !== "timeliness" || i.value.kind !== "deadline") continue;
      const year = i.value.year;
      if (year === undefined || year === budgetYear) continue;
      const { row, col } = i.row.value;
      ctx.report({ row, col, messageId: "year", data: { value: valueText(i) || i.value.text, year, budgetYear } });
    }
  },
};

export default rule;
