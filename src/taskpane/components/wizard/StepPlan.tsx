import * as React from "react";
import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { format } from "../../i18n";
import { PlanChart } from "./PlanChart";
import { GroupMessages, StepProps, fieldValidation, useStepStyles } from "./common";

function percentOf(s: string): number | null {
  const t = s
    .trim()
    .replace(/[%％]$/, "")
    .trim();
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : null;
}

/** 支出计划: the milestone set and the cumulative share spent by each, with a running chart. */
export function StepPlan({ strings: s, state, session }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const d = state.draft;
  const points = d.plan.map((m) => ({ label: m.label, percent: percentOf(m.percent) }));
  const chartLabel = format(s, "wzPlanChart", {
    points: points.map((p) => `${p.label} ${p.percent === null ? s.wzPlanBlank : `${p.percent}%`}`).join(s.listSeparator),
  });
  return (
    <div className={styles.stack}>
      <Field label={s.wzMilestones}>
        <RadioGroup value={d.milestoneSet} onChange={(_, data) => data.value !== "custom" && session.setMilestoneSet(data.value as "q10" | "q9" | "monthly")}>
          <Radio value="q10" label={s.wzSetQ10} />
          <Radio value="q9" label={s.wzSetQ9} />
          <Radio value="monthly" label={s.wzSetMonthly} />
          {d.milestoneSet === "custom" && <Radio value="custom" label={s.wzSetCustom} />}
        </RadioGroup>
      </Field>
      <p className={styles.hint}>{s.wzPlanHint}</p>
      <GroupMessages state={state} session={session} paths={["plan"]} />
      <div className={styles.grid} role="group" aria-label={s.wzPlanValues}>
        {d.plan.map((m, i) => (
          <Field
            key={`${m.label}-${i}`}
            label={format(s, "wzMilestonePercent", { label: m.label })}
            {...fieldValidation(state, session, `plan[${i}].percent`, `plan[${i}].label`)}
          >
            <Input
              data-path={`plan[${i}].percent`}
              inputMode="decimal"
              contentAfter="%"
              value={m.percent}
              onChange={(_, data) => session.setMilestone(i, data.value)}
              onBlur={() => session.touch(`plan[${i}].percent`)}
            />
          </Field>
        ))}
      </div>
      <PlanChart points={points} label={chartLabel} />
    </div>
  );
}
