import { TableRule } from "../rule";
import { MilestoneReading, PERCENT_EPSILON, milestoneKey, tablePlan } from "./utils/plan";
import { showNumber } from "./utils/text";

/**
 * plan/back-loaded: the money is planned to be spent at the last moment. By default, when every
 * milestone before the last is 0% (the source document's 0%, 0%, 0%, 100%). Configuration may add
 * minimum cumulative shares per milestone (`minimum: {"6月底": 50}`): a valid milestone below its
 * minimum is reported too. Whatever the reasons, one finding at the first milestone's value cell
 * (rules.md), its message naming every shortfall. Only valid values are judged; a plan with a
 * blank or unreadable milestone before the last is not called all-zero, nor is a plan whose last
 * milestone is 0% too.
 */

function minimumsOf(option: unknown): Map<string, number> {
  const out = new Map<string, number>();
  if (!option || typeof option !== "object") return out;
  for (const [label, raw] of Object.entries(option as Record<string, unknown>)) {
    const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.normalize("NFKC").replace(/%\s*$/, "").trim()) : NaN;
    if (Number.isFinite(n) && raw !== "") out.set(milestoneKey(label), n);
  }
  return out;
}

const isZero = (m: MilestoneReading) => m.status === "valid" && Math.abs(m.value ?? 0) <= PERCENT_EPSILON;

/**
 * Details (the finer points users are not shown):
 * 资金支出计划把支出全部留到最后一个节点（之前各节点均为0%）；可按节点配置最低累计支出比例（如6月底不低于50%）。
 */
const rule: TableRule = {
  meta: {
    id: "plan/back-loaded",
    severity: "warning",
    name: { zh: "支出进度偏后", en: "Spending back-loaded" },
    docs: {
      zh: "资金不应全部留到最后支出；各节点可设最低累计比例。",
      en: "Money should not all be spent at the end; minimum shares per milestone can be set.",
    },
    messages: {
      zh: {
        allZero: "资金支出计划{{before}}均为0%，资金全部集中到{{last}}支出，难以保证支出进度达标，建议按实际用款进度分解",
        belowMinimum: "资金支出计划进度偏慢，累计支出比例低于要求：{{shortfalls}}",
        both: "资金支出计划{{before}}均为0%，资金全部集中到{{last}}支出；累计支出比例低于要求：{{shortfalls}}",
      },
      en: {
        allZero: "The spending plan is 0% at {{before}} and leaves all spending to {{last}}; spread it by when the money will actually be used",
        belowMinimum: "The spending plan is too slow, below the required cumulative shares: {{shortfalls}}",
        both: "The spending plan is 0% at {{before}} and leaves all spending to {{last}}; below the required cumulative shares: {{shortfalls}}",
      },
    },
    defaultOptions: { minimum: {} },
    // The quarter ends before the last; a monthly plan's milestones map onto them by milestoneKey.
    optionKeys: { minimum: ["3月底", "6月底", "9月底"] },
  },
  check(ctx) {
    const readings = tablePlan(ctx.table);
    if (readings.length === 0) return;
    const before = readings.slice(0, -1);
    const last = readings[readings.length - 1];
    // 0%, 0%, 0%, 0% spends nothing at all: that is plan/final-not-100's business, not this one's.
    const allZero = before.length > 0 && before.every(isZero) && !isZero(last);

    const minimums = minimumsOf(ctx.options.minimum);
    const short = readings.flatMap((m) => {
      const min = minimums.get(milestoneKey(m.milestone.label));
      if (min === undefined || m.status !== "valid" || (m.value ?? 0) >= min - PERCENT_EPSILON) return [];
      return [{ label: m.milestone.label, value: showNumber(m.value ?? 0), min: showNumber(min) }];
    });
    if (!allZero && short.length === 0) return;

    const first = readings[0].milestone.value;
    const labels = before.map((m) => m.milestone.label);
    ctx.report({
      row: first.row,
      col: first.col,
      messageId: allZero && short.length > 0 ? "both" : allZero ? "allZero" : "belowMinimum",
      data: {
        before: labels.join("、"),
        last: last.milestone.label,
        shortfalls: short.map((s) => `${s.label} ${s.value}% < ${s.min}%`).join("; "),
      },
    });
  },
};

export default rule;
