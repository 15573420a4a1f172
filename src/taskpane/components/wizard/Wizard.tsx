import * as React from "react";
import {
  Button,
  CounterBadge,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import {
  ArrowLeft20Regular,
  ArrowRight20Regular,
  ArrowReset20Regular,
  Dismiss20Regular,
  DocumentArrowUp20Regular,
  TableMultiple20Regular,
} from "@fluentui/react-icons";
import { STEPS, Step, stepOfPath } from "../../wizard/draft";
import type { WizardSession, WizardState } from "../../wizard/session";
import { Strings, format } from "../../i18n";
import { pathSelector } from "./common";
import { ConfirmDialog } from "../ConfirmDialog";
import { StepBasics } from "./StepBasics";
import { StepBudget } from "./StepBudget";
import { StepPlan } from "./StepPlan";
import { StepGoals } from "./StepGoals";
import { StepIndicators } from "./StepIndicators";
import { StepPreview, stepTitle } from "./StepPreview";
import { StepGenerate } from "./StepGenerate";
import { BatchPanel } from "./BatchPanel";
import { FillConflictDialog } from "./FillConflictDialog";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    // Fluent gives inputs and selects a 250 px minimum: at 320 px that puts fields on top of each other
    "& .fui-Input, & .fui-Select, & .fui-Textarea, & .fui-Combobox, & .fui-Dropdown": { minWidth: "0", maxWidth: "100%" },
    "& .fui-Select__select": { minWidth: "0", textOverflow: "ellipsis" },
    "& .fui-Field": { minWidth: "0" },
  },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  steps: { listStyleType: "none", margin: "0", padding: "0", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  stepButton: { minWidth: "unset", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  heading: {
    margin: "0",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  nav: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  choose: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
});

export interface WizardProps {
  strings: Strings;
  state: WizardState;
  session: WizardSession;
}

/**
 * 新建项目表: the step list (aria-current on the current step, a count of errors per step), the
 * current step under its heading (focused when the step changes), 上一步 / 下一步, and the toolbar:
 * prefill from a table on the active sheet, batch generation, start again.
 */
export function Wizard({ strings: s, state, session }: WizardProps): React.JSX.Element {
  const styles = useStyles();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const focusPath = React.useRef<string | null>(null);
  const mounted = React.useRef(false);
  const headingId = useId("wz-step");
  const [choice, setChoice] = React.useState(0);
  const busy = state.activity !== "idle";
  const step = state.step;
  const index = STEPS.indexOf(step);

  // Focus the step's heading when the step changes (or the field a preview item points at).
  React.useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const path = focusPath.current;
    focusPath.current = null;
    const target = path ? findPathElement(path) : null;
    (target ?? headingRef.current)?.focus();
  }, [step, state.mode]);

  const jump = (path: string) => {
    const to = stepOfPath(path);
    if (to === step) findPathElement(path)?.focus();
    else {
      focusPath.current = path;
      session.goTo(to);
    }
  };

  const notice = state.notice;
  return (
    <div className={styles.root}>
      <div className={styles.toolbar} role="toolbar" aria-label={s.wzToolbar}>
        <Button size="small" icon={<DocumentArrowUp20Regular />} disabledFocusable={busy} onClick={() => void session.loadFromActiveSheet()}>
          {s.wzLoadFromSheet}
        </Button>
        {state.mode === "steps" ? (
          <Button size="small" icon={<TableMultiple20Regular />} disabledFocusable={busy} onClick={() => void session.openBatch()}>
            {s.wzBatch}
          </Button>
        ) : null}
        <Button size="small" icon={<ArrowReset20Regular />} disabledFocusable={busy} onClick={() => session.askReset()}>
          {s.wzReset}
        </Button>
      </div>
      <ConfirmDialog
        open={state.confirmReset}
        title={s.wzResetConfirmTitle}
        body={s.wzResetConfirm}
        confirm={s.wzResetYes}
        cancel={s.cancel}
        testId="reset-confirm"
        onConfirm={() => session.reset()}
        onCancel={() => session.cancelReset()}
      />
      {state.prefillChoices && (
        <div className={styles.choose} data-testid="prefill-choices">
          <Field label={s.wzChooseTable}>
            <Select value={String(choice)} onChange={(_, d) => setChoice(Number(d.value))}>
              {state.prefillChoices.map((c) => (
                <option key={c.index} value={c.index}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" onClick={() => session.chooseTable(choice)}>
            {s.wzLoad}
          </Button>
          <Button onClick={() => session.cancelChoice()}>{s.cancel}</Button>
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent} data-testid={`wz-notice-${notice.key}`}>
          <MessageBarBody>
            {notice.intent === "error" && <MessageBarTitle>{s.errorTitle}</MessageBarTitle>}
            {format(s, notice.key, notice.data)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<Dismiss20Regular />} onClick={() => session.dismissNotice()} />}
          />
        </MessageBar>
      )}
      {state.mode === "batch" ? (
        <section aria-labelledby={headingId}>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
            {s.wzBatch}
          </h2>
          <BatchPanel strings={s} state={state} session={session} onBack={() => session.closeBatch()} />
        </section>
      ) : (
        <>
          <nav aria-label={s.wzSteps}>
            <ol className={styles.steps}>
              {STEPS.map((st, i) => {
                const c = state.check.byStep[st];
                const shownErrors =
                  st !== "preview" && st !== "generate" && (state.revealed.has(st) || step === "preview" || step === "generate") ? c.errors : 0;
                return (
                  <li key={st}>
                    <Button
                      size="small"
                      className={styles.stepButton}
                      appearance={st === step ? "primary" : "subtle"}
                      aria-current={st === step ? "step" : undefined}
                      data-step={st}
                      onClick={() => session.goTo(st)}
                    >
                      {`${i + 1}. ${stepTitle(s, st)}`}
                      {shownErrors > 0 && (
                        <>
                          <CounterBadge count={shownErrors} size="small" color="danger" aria-hidden="true" style={{ marginLeft: 4 }} />
                          <span className={styles.hidden}>{format(s, "wzStepErrors", { count: shownErrors })}</span>
                        </>
                      )}
                    </Button>
                  </li>
                );
              })}
            </ol>
          </nav>
          <section aria-labelledby={headingId} data-testid={`step-${step}`}>
            <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
              {format(s, "wzStepHeading", { n: index + 1, total: STEPS.length, title: stepTitle(s, step) })}
            </h2>
            <StepBody strings={s} state={state} session={session} step={step} onJump={jump} />
          </section>
          <div className={styles.nav}>
            <Button icon={<ArrowLeft20Regular />} disabled={index === 0} onClick={() => session.back()} data-testid="wz-back">
              {s.wzBack}
            </Button>
            {index < STEPS.length - 1 && (
              <Button
                appearance={step === "preview" ? "primary" : "secondary"}
                icon={<ArrowRight20Regular />}
                iconPosition="after"
                onClick={() => session.next()}
                data-testid="wz-next"
              >
                {s.wzNext}
              </Button>
            )}
          </div>
        </>
      )}
      <FillConflictDialog
        key={state.pendingFill?.id ?? 0}
        strings={s}
        pending={state.pendingFill}
        onCancel={() => {
          session.cancelFill();
          backToGenerate();
        }}
        onConfirm={(replaceFormulas) => {
          void session.confirmFill(replaceFormulas);
          backToGenerate();
        }}
        onInsertRows={() => {
          void session.insertRowsAndFill();
          backToGenerate();
        }}
      />
    </div>
  );
}

function StepBody(props: WizardProps & { step: Step; onJump(path: string): void }): React.JSX.Element {
  const p = { strings: props.strings, state: props.state, session: props.session };
  switch (props.step) {
    case "basics":
      return <StepBasics {...p} />;
    case "budget":
      return <StepBudget {...p} />;
    case "plan":
      return <StepPlan {...p} />;
    case "goals":
      return <StepGoals {...p} />;
    case "indicators":
      return <StepIndicators {...p} />;
    case "preview":
      return <StepPreview {...p} onJump={props.onJump} />;
    case "generate":
      return <StepGenerate {...p} onShowProblems={() => props.session.goTo("preview")} />;
  }
}

/** After the conflict dialog: the focus goes back to 生成 (the dialog's own restore is not reliable when it reopens quickly). */
function backToGenerate(): void {
  setTimeout(() => document.querySelector<HTMLElement>('[data-testid="generate"]')?.focus(), 0);
}

/** The control (or message area) of a spec path; else of its parent path ("indicators[2].level1" → the row). */
function findPathElement(path: string): HTMLElement | null {
  let p = path;
  for (;;) {
    const el = document.querySelector<HTMLElement>(pathSelector(p));
    if (el) return el;
    const cut = p.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (cut === p || cut === "") return null;
    p = cut;
  }
}
