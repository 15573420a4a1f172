import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { STEPS, Step, stepOfPath } from "../../wizard/draft";
import { Strings, format, severityLabel } from "../../i18n";
import { StepProps, useStepStyles } from "./common";
import { PlanPreview } from "./PlanPreview";

const useStyles = makeStyles({
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  link: {
    textAlign: "start",
    height: "auto",
    minHeight: "unset",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    whiteSpace: "normal",
  },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  info: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
});

export function stepTitle(s: Strings, step: Step): string {
  return {
    basics: s.wzStepBasics,
    budget: s.wzStepBudget,
    plan: s.wzStepPlan,
    goals: s.wzStepGoals,
    indicators: s.wzStepIndicators,
    preview: s.wzStepPreview,
    generate: s.wzStepGenerate,
  }[step];
}

/** 预览: the checker's findings on the spec, before anything is written; each one jumps to its field. */
export function StepPreview(props: StepProps & { onJump(path: string): void }): React.JSX.Element {
  const { strings: s, state } = props;
  const styles = useStepStyles();
  const own = useStyles();
  const all = state.check.all;
  const table = state.check.spec ? <PlanPreview spec={state.check.spec} label={s.wzPreviewTable} /> : null;
  if (all.length === 0) {
    return (
      <div className={styles.stack}>
        <p data-testid="preview-clean">{s.wzPreviewClean}</p>
        {table}
      </div>
    );
  }
  const c = { error: 0, warning: 0, info: 0 };
  for (const m of all) c[m.severity]++;
  return (
    <div className={styles.stack}>
      <p>{format(s, "wzPreviewSummary", { errors: c.error, warnings: c.warning, infos: c.info })}</p>
      {STEPS.filter((st) => all.some((m) => stepOfPath(m.path) === st)).map((st) => (
        <section key={st} aria-label={stepTitle(s, st)} className={styles.stack}>
          <h3 className={styles.h3}>{stepTitle(s, st)}</h3>
          <ul className={styles.list} data-testid={`preview-${st}`}>
            {all
              .filter((m) => stepOfPath(m.path) === st)
              .map((m, i) => (
                <li key={i} className={own.item}>
                  <span className={own[m.severity]}>{severityLabel(s, m.severity)}</span>
                  <Button appearance="transparent" className={own.link} data-finding-path={m.path} onClick={() => props.onJump(m.path)}>
                    {m.message}
                  </Button>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {table}
    </div>
  );
}
