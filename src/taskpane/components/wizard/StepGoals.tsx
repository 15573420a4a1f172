import * as React from "react";
import { Button, Field, Textarea } from "@fluentui/react-components";
import { Add20Regular, Delete20Regular } from "@fluentui/react-icons";
import { format } from "../../i18n";
import { GroupMessages, StepProps, fieldValidation, useStepStyles } from "./common";

/** 绩效目标: 目标1…N, each a text; add and remove. */
export function StepGoals({ strings: s, state, session }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const goals = state.draft.goals;
  return (
    <div className={styles.stack}>
      <p className={styles.hint}>{s.wzGoalsHint}</p>
      <GroupMessages state={state} session={session} paths={["goals"]} />
      <ul className={styles.list} aria-label={s.wzGoals}>
        {goals.map((g, i) => (
          <li key={g.key} className={styles.row} data-testid={`goal-${i}`}>
            <Field className={styles.grow} label={format(s, "wzGoalLabel", { n: i + 1 })} {...fieldValidation(state, session, `goals[${i}]`)}>
              <Textarea
                data-path={`goals[${i}]`}
                resize="vertical"
                value={g.text}
                onChange={(_, data) => session.setGoal(g.key, data.value)}
                onBlur={() => session.touch(`goals[${i}]`)}
              />
            </Field>
            <Button
              aria-label={format(s, "wzRemoveGoal", { n: i + 1 })}
              title={format(s, "wzRemoveGoal", { n: i + 1 })}
              icon={<Delete20Regular />}
              appearance="subtle"
              disabled={goals.length === 1}
              onClick={() => session.removeGoal(g.key)}
            />
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button icon={<Add20Regular />} onClick={() => session.addGoal()}>
          {s.wzAddGoal}
        </Button>
      </div>
    </div>
  );
}
