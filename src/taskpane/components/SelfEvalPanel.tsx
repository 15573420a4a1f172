import * as React from "react";
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { WorkbookResult } from "../../engine/check";
import { tableName } from "../../engine/runner";
import { Strings, format } from "../i18n";
import type { SelfEvalAction } from "../self-eval-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: "0" },
  heading: { margin: "0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  grow: { minWidth: 0, flexGrow: 1 },
  note: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * 生成自评表: one button per checked project table (with findings or clean), after the findings
 * list so that the list stays one Tab stop; the table's name describes its button. Then the
 * status line of the last generation.
 */
export function SelfEvalPanel(p: { strings: Strings; result: WorkbookResult; action: SelfEvalAction; busy: boolean }): React.JSX.Element | null {
  const styles = useStyles();
  const s = p.strings;
  const id = useId("self-eval");
  const projects = p.result.tables.filter((t) => p.action.projects.has(t.index));
  if (projects.length === 0 && !p.action.note) return null;
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={styles.heading}>
        {s.generateSelfEval}
      </h2>
      {projects.map((t) => (
        <div key={t.index} className={styles.line} data-self-eval-table={tableName(t)}>
          <span id={`${id}-${t.index}`} className={styles.grow}>
            {format(s, "selfEvalFrom", { table: tableName(t) })}
          </span>
          <Button size="small" disabled={p.busy || p.action.busy} aria-describedby={`${id}-${t.index}`} onClick={() => void p.action.generate(t.index)}>
            {s.generateSelfEval}
          </Button>
        </div>
      ))}
      {p.action.note && (
        <p className={styles.note} role="status">
          {p.action.note}
        </p>
      )}
    </section>
  );
}
