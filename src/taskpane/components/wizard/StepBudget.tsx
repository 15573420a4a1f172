import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Textarea, Tooltip } from "@fluentui/react-components";
import { Add20Regular, Delete20Regular } from "@fluentui/react-icons";
import { PART_LABELS, draftTotal } from "../../wizard/draft";
import { format } from "../../i18n";
import { formatPlanNumber, amountFormat } from "../../../engine/layout";
import { GroupMessages, StepProps, fieldValidation, useStepStyles } from "./common";

/** 资金: the unit, the budget parts (add/remove), the total they make, the use of the money. */
export function StepBudget({ strings: s, state, session }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const d = state.draft;
  const total = draftTotal(d);
  const listId = "wz-part-labels";
  return (
    <div className={styles.stack}>
      <Field label={s.wzUnit} {...fieldValidation(state, session, "unit")}>
        <RadioGroup layout="horizontal" value={d.unit} onChange={(_, data) => session.setUnit(data.value as "万元" | "元")}>
          <Radio value="万元" label={s.wzUnitWan} />
          <Radio value="元" label={s.wzUnitYuan} />
        </RadioGroup>
      </Field>
      <GroupMessages state={state} session={session} paths={["budget", "budget.parts"]} />
      <datalist id={listId}>
        {PART_LABELS.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <ul className={styles.list} aria-label={s.wzParts}>
        {d.parts.map((p, i) => (
          <li key={p.key} className={styles.row} data-testid={`part-${i}`}>
            <Field className={styles.grow} label={format(s, "wzPartLabel", { n: i + 1 })} {...fieldValidation(state, session, `budget.parts[${i}].label`)}>
              <Input
                data-path={`budget.parts[${i}].label`}
                list={listId}
                value={p.label}
                onChange={(_, data) => session.setPart(p.key, { label: data.value })}
                onBlur={() => session.touch(`budget.parts[${i}].label`)}
              />
            </Field>
            <Field
              className={styles.grow}
              label={format(s, "wzPartAmount", { n: i + 1, unit: d.unit })}
              {...fieldValidation(state, session, `budget.parts[${i}].amount`)}
            >
              <Input
                data-path={`budget.parts[${i}].amount`}
                inputMode="decimal"
                value={p.amount}
                onChange={(_, data) => session.setPart(p.key, { amount: data.value })}
                onBlur={() => session.touch(`budget.parts[${i}].amount`)}
              />
            </Field>
            <Tooltip content={format(s, "wzRemovePart", { n: i + 1 })} relationship="label">
              <Button
                aria-label={format(s, "wzRemovePart", { n: i + 1 })}
                icon={<Delete20Regular />}
                appearance="subtle"
                onClick={() => session.removePart(p.key)}
              />
            </Tooltip>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button icon={<Add20Regular />} onClick={() => session.addPart()}>
          {s.wzAddPart}
        </Button>
      </div>
      <Field label={s.wzTotal} {...fieldValidation(state, session, "budget.total")}>
        <output data-testid="budget-total" data-path="budget.total" tabIndex={-1} aria-live="polite">
          {total === null ? s.wzTotalNone : `${formatPlanNumber(total, amountFormat(total))} ${d.unit}`}
        </output>
      </Field>
      <Field label={s.wzPurpose} hint={s.wzPurposeHint} {...fieldValidation(state, session, "purpose")}>
        <Textarea
          data-path="purpose"
          resize="vertical"
          value={d.purpose}
          onChange={(_, data) => session.setText("purpose", data.value)}
          onBlur={() => session.touch("purpose")}
        />
      </Field>
    </div>
  );
}
