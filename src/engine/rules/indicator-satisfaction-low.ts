import { TableRule, ALL_KINDS } from "../rule";
import { indicatorsOf, numberOption, percentOf, valueText } from "./utils/indicators";
import { quote, showNumber } from "./utils/text";

const DEFAULT_THRESHOLD = 80;

/** indicator/satisfaction-low: a 满意度 target below 80% (option `threshold`, in percent). */
/**
 * Details (the finer points users are not shown):
 * 满意度目标偏低：满意度指标（一级为满意度指标，或二级为服务对象满意度指标）的百分比低于80%（选项 threshold，单位为%）。指向指标值单元格。低于0%的只报 indicat
 * or/percent-out-of-range；不是百分比的满意度只报 indicator/value-format。效益指标下名称含“满意度”的指标不算满意度指标。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/satisfaction-low",
    severity: "warning",
    name: { zh: "满意度目标偏低", en: "Satisfaction target low" },
    kinds: ALL_KINDS,
    docs: {
      zh: "满意度目标不应低于设定的标准（默认80%）。",
      en: "A satisfaction target should not be below the threshold (80% by default).",
    },
    messages: {
      zh: { low: "满意度指标值“{{value}}”低于{{threshold}}%，一般应不低于{{threshold}}%" },
      en: { low: 'Satisfaction target "{{value}}" is below {{threshold}}%; it should normally be at least {{threshold}}%' },
    },
    defaultOptions: { threshold: DEFAULT_THRESHOLD },
  },
  check(ctx) {
    const threshold = numberOption(ctx.options, "threshold", DEFAULT_THRESHOLD);
    for (const i of indicatorsOf(ctx)) {
      if (i.kind !== "satisfaction") continue;
      const p = percentOf(i.value);
      if (p === undefined || p < 0 || p >= threshold) continue;
      const { row, col } = i.row.value;
      ctx.report({ row, col, messageId: "low", data: { value: valueText(i) || `${showNumber(p)}%`, threshold: showNumber(threshold) } });
    }
  },
};

export default rule;
