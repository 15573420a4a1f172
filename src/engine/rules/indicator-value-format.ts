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
const rule: TableRule = {
  meta: {
    id: "indicator/value-format",
    severity: "error",
    kinds: ALL_KINDS,
    docs: {
      zh:
        "指标值与指标类型不符：数量指标没有数字（“提升”“一批”“三场”——请用阿拉伯数字）；满意度指标不是百分比（“满意”“90”“90分”）；" +
        "时效指标不是日期、期限或时长（“按期完成”“及时”“2月30日前”这种不存在的日期）。数量指标的时长（“≥3天”）和写有数字的区间（“1-2场”）算有数字；" +
        "满意度的百分比区间（“90%-95%”）算百分比。质量、效益指标可以是定性值（“是”“提升”），不检查；成本指标由 indicator/cost-not-monetary 检查。" +
        "空的指标值只报 indicator/value-empty，占位符只报 indicator/value-placeholder；能读出的值的单位、范围、年份由各自的规则检查，本规则不报。",
      en:
        'A target value unreadable for its kind: a quantity (数量) without a number ("提升", "一批", "三场": use digits); a satisfaction ' +
        '(满意度) value that is not a percentage ("满意", "90", "90分"); a timeliness (时效) value that is no date, deadline or duration ' +
        '("按期完成", an impossible date like "2月30日前"). A duration ("≥3天") or a range with digits ("1-2场") counts as a number ' +
        'for a quantity; a percentage range ("90%-95%") as a percentage for satisfaction. Quality and benefit values may be qualitative ' +
        "and are not checked; cost values are indicator/cost-not-monetary's. Blank values get indicator/value-empty only, placeholders " +
        "indicator/value-placeholder only; units, ranges and years of readable values are other rules' business.",
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
