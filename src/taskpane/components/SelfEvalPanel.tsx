import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookResult } from "../../engine/check";
import { tableName } from "../../engine/runner";
import { Strings, format } from "../i18n";
import type { SelfEvalAction } from "../self-eval-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: "0" },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  grow: { minWidth: 0, flexGrow: 1 },
  note: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * 生成自评表 for the project tables the findings list does not show (a clean table has no group
 * to carry the button), and the status line of the last generation.
 */
export function SelfEvalPanel(p: { strings: Strings; result: WorkbookResult; shownTables: Set<number>; action: SelfEvalAction; busy: boolean }): React.JSX.Element | null {
  const styles = useStyles();
  const s = p.strings;
  const clean = p.result.tables.filter((t) => p.action.projects.has(t.index) && !p.shownTables.has(t.index));
  if (clean.length === 0 && !p.action.note) return null;
  return (
    <section className={styles.root} aria-label={s.generateSelfEval}>
      {clean.length > 0 && <p className={styles.note}>{s.selfEvalClean}</p>}
      {clean.map((t) => (
        <div key={t.index} className={styles.line} data-self-eval-table={tableName(t)}>
          <span className={styles.grow}>{tableName(t)}</span>
          <Button size="small" disabled={p.busy || p.action.busy} aria-label={format(s, "generateSelfEvalFor", { table: tableName(t) })} onClick={() => void p.action.generate(t.index)}>
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
