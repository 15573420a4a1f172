import { TableRule } from "../rule";
import { isBlankField, numberIn } from "./utils/kinds";
import { missesTarget } from "./utils/attainment";

/** selfeval/deviation-reason-missing: a target missed (or points lost) with no 偏差原因. */
const rule: TableRule = {
  meta: {
    id: "selfeval/deviation-reason-missing",
    severity: "error",
    kinds: ["self-evaluation"],
    name: { zh: "自评表未说明偏差原因", en: "Self-evaluation deviation unexplained" },
    docs: {
      zh: "实际完成值未达到指标值，或得分低于分值时，应填写偏差原因分析及改进措施。",
      en: "When an actual value misses its target or a score is below its weight, give the reason and the remedy.",
    },
    messages: {
      zh: {
        missed: "实际完成值“{{actual}}”未达到指标值“{{target}}”，请填写偏差原因及改进措施",
        lost: "得分{{score}}低于分值{{weight}}，请填写偏差原因及改进措施",
      },
      en: {
        missed: 'The actual value "{{actual}}" misses the target "{{target}}"; give the reason and the remedy',
        lost: "The score {{score}} is below the weight {{weight}}; give the reason and the remedy",
      },
    },
    defaultOptions: {},
  },
  check(ctx) {
    const se = ctx.table.selfEvaluation;
    if (!se || se.columns.reason === undefined) return;
    ctx.table.indicators.forEach((ind, i) => {
      const s = se.scores[i];
      if (!s?.reason || !isBlankField(s.reason)) return;
      const { row, col } = s.reason;
      if (s.actual && !isBlankField(ind.value) && missesTarget(ind.value, s.actual)) {
        ctx.report({ row, col, messageId: "missed", data: { actual: s.actual.cell.text.trim(), target: ind.value.cell.text.trim() } });
        return;
      }
      const score = numberIn(s.score);
      const weight = numberIn(s.weight);
      if (score !== undefined && weight !== undefined && score < weight - 1e-9) {
        ctx.report({ row, col, messageId: "lost", data: { score: s.score!.cell.text.trim(), weight: s.weight!.cell.text.trim() } });
      }
    });
  },
};

export default rule;
