import { TableRule, ALL_KINDS } from "../rule";
import { IndicatorValue } from "../values";
import { Indicator, indicatorsOf, valueText } from "./utils/indicators";

/** Does the value suit its indicator's kind? undefined means "no format asked of this kind". */
function fits(i: Indicator): boolean | undefined {
  const v: IndicatorValue = i.value;
  switch (i.kind) {
    case "quantity":
      // A number: "≥20人", "100%", a duration "≥3天"; a range or compound the reader leaves
      // unknown ("1-2场", "≥20人，≤50人") still states numbers.
      return v.kind === "quantity" || v.kind === "duration" || (v.kind === "unknown" && /\d/.test(v.text));
    case "satisfaction":
      return (v.kind === "quantity" && v.isPercent) || (v.kind === "unknown" && /\d\s*[%％]/.test(v.text));
    case "timeliness":
      return v.kind === "deadline" || v.kind === "duration";
    default:
      return undefined;
  }
}

/**
 * indicator/value-format: a 指标值 unreadable for its kind: 数量 without a number, 满意度 without a
 * percentage, 时效 without a date, deadline or duration. 质量, 效益 and 成本 values are not asked
 * a format here (qualitative targets are fine; 成本 has indicator/cost-not-monetary).
 */
/**
 * Details (the finer points users are not shown):
 * 指标值与指标类型不符：数量指标没有数字（“提升”“一批”“三场”——请用阿拉伯数字）；满意度指标不是百分比（“满意”“90”“90分”）；时效指标不是日期、期限或时长（“按期完成”
 * “及时”“2月30日前”这种不存在的日期）。数量指标的时长（“≥3天”）和写有数字的区间（“1-2场”）算有数字；满意度的百分比区间（“90%-95%”）算百分比。质量、效益指标可
 * 以是定性值（“是”“提升”），不检查；成本指标由 indicator/cost-not-monetary 检查。空的指标值只报 indicator/value-empty，占位符只
 * 报 indicator/value-placeholder；能读出的值的单位、范围、年份由各自的规则检查，本规则不报。
 */
const rule: TableRule = {
  meta: {
    id: "indicator/value-format",
    severity: "error",
    name: { zh: "指标值与类型不符", en: "Value does not fit its kind" },
    kinds: ALL_KINDS,
    docs: {
      zh: "数量指标要有数字，满意度要写百分比，时效指标要写日期或期限。",
      en: "Quantities need a number, satisfaction a percentage, timeliness a date or deadline.",
    },
    messages: {
      zh: {
        quantity: "数量指标值“{{value}}”中没有数字，应写明目标数量（如“≥20人”）",
        satisfaction: "满意度指标值“{{value}}”不是百分比，应写作如“≥90%”",
        timeliness: "时效指标值“{{value}}”不是有效的日期、期限或时长，应写作如“12月31日前”或“≤30个工作日”",
      },
      en: {
        quantity: 'Quantity target "{{value}}" states no number; write the target amount (e.g. "≥20人")',
        satisfaction: 'Satisfaction target "{{value}}" is not a percentage; write it like "≥90%"',
        timeliness: 'Timeliness target "{{value}}" is not a valid date, deadline or duration; write it like "12月31日前" or "≤30个工作日"',
      },
    },
  },
  check(ctx) {
    for (const i of indicatorsOf(ctx)) {
      if (i.value.kind === "blank" || i.value.kind === "placeholder") continue;
      if (fits(i) !== false) continue;
      const { row, col } = i.row.value;
      ctx.report({ row, col, messageId: i.kind, data: { value: valueText(i) } });
    }
  },
};

export default rule;
