import * as React from "react";
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import { ArrowSync20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { safeSheetName } from "../../../engine/sheet-names";
import { format } from "../../i18n";
import { StepProps, useStepStyles } from "./common";
import { ResultBar } from "./ResultBar";
import type { Target } from "../../wizard/session";

/**
 * 生成: where to write (a new sheet, the blank template on the active sheet, or — after a table was
 * loaded from the active sheet — that table updated in place), and the button.
 */
export function StepGenerate({ strings: s, state, session, onShowProblems }: StepProps & { onShowProblems(): void }): React.JSX.Element {
  const styles = useStepStyles();
  const busy = state.activity !== "idle";
  const blocked = state.check.blocking > 0 || !state.check.spec;
  const t = state.template;
  const fillable = !!t && !t.protected;
  const name = state.draft.name.trim();
  return (
    <div className={styles.stack}>
      {blocked && (
        <MessageBar intent="error" data-testid="generate-blocked">
          <MessageBarBody>
            <MessageBarTitle>{s.wzBlockedTitle}</MessageBarTitle>
            {format(s, "wzBlocked", { count: Math.max(1, state.check.blocking) })}{" "}
            <Button appearance="transparent" size="small" onClick={onShowProblems}>
              {s.wzShowProblems}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={s.wzTarget}>
        <RadioGroup value={state.target} onChange={(_, d) => session.setTarget(d.value as Target)}>
          <Radio value="new" label={format(s, "wzTargetNew", { sheet: safeSheetName(name || s.wzUnnamed) })} />
          <Radio value="fill" disabled={!fillable} label={t ? format(s, "wzTargetFill", { sheet: t.sheet, range: t.range }) : s.wzTargetFillNone} />
          {state.loaded && <Radio value="update" label={format(s, "wzTargetUpdate", { sheet: state.loaded.sheet, range: state.loaded.range })} />}
        </RadioGroup>
      </Field>
      {state.target === "new" && (
        <Field label={s.wzLayoutStyle}>
          <RadioGroup value={state.layoutStyle} onChange={(_, d) => session.setLayoutStyle(d.value as "manual" | "integrated")}>
            <Radio value="manual" label={s.wzLayoutManual} />
            <Radio value="integrated" label={s.wzLayoutIntegrated} />
          </RadioGroup>
        </Field>
      )}
      <div className={styles.row}>
        {state.activity === "detecting" ? (
          <Spinner size="tiny" label={s.wzDetecting} />
        ) : (
          <span className={styles.hint} data-testid="template-status">
            {t
              ? t.protected
                ? format(s, "wzTemplateProtected", { sheet: t.sheet })
                : format(s, "wzTemplateFound", { sheet: t.sheet, range: t.range })
              : format(s, "wzNoTemplate", { sheet: state.activeSheet || "—" })}
          </span>
        )}
        <Button size="small" appearance="subtle" icon={<ArrowSync20Regular />} disabledFocusable={busy} onClick={() => void session.detectTemplate()}>
          {s.wzDetectAgain}
        </Button>
      </div>
      {state.target === "fill" && <p className={styles.hint}>{s.wzFillHint}</p>}
      {state.target === "update" && <p className={styles.hint}>{s.wzUpdateHint}</p>}
      {state.target === "fill" && t?.facts.year !== undefined && String(t.facts.year) !== state.draft.year.trim() && (
        <MessageBar intent="warning" data-testid="year-clash">
          <MessageBarBody>{format(s, "wzYearClash", { template: t.facts.year, year: state.draft.year })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => session.useTemplateYear()}>
              {format(s, "wzUseTemplateYear", { year: t.facts.year })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Button
        appearance="primary"
        size="large"
        icon={<TableAdd20Regular />}
        disabledFocusable={blocked || state.activity === "writing"}
        onClick={() => void session.generate()}
        data-testid="generate"
      >
        {state.activity === "writing" ? s.wzGenerating : s.wzGenerate}
      </Button>
      {state.result && <ResultBar strings={s} result={state.result} />}
    </div>
  );
}
