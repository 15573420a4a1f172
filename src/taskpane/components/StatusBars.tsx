import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { Notice } from "../session";
import { Strings, format, joinList } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  body: { overflowWrap: "anywhere" },
});

export interface StatusBarsProps {
  strings: Strings;
  notices: Notice[];
  onDismiss(id: number): void;
  /** Every sheet of the workbook is protected: these are their names. */
  allProtected: string[] | null;
  /** Protected sheets the highlighting skipped (shown when not every sheet is protected). */
  unmarkedSheets: string[];
  skipped: { sheet: string; reason: string }[];
  /** Marks were applied but the host has no notes (ExcelApi 1.18). */
  noNotes: boolean;
}

/** Message bars: results of actions, protected sheets, sheets not fully read, missing notes. */
export function StatusBars(p: StatusBarsProps): React.JSX.Element | null {
  const styles = useStyles();
  const s = p.strings;
  const bars: React.ReactNode[] = [];
  for (const n of p.notices) {
    bars.push(
      <MessageBar key={`n${n.id}`} intent={n.intent} data-testid={`notice-${n.key}`}>
        <MessageBarBody className={styles.body}>
          {n.intent === "error" && <MessageBarTitle>{s.errorTitle}</MessageBarTitle>}
          {format(s, n.key, n.data)}
        </MessageBarBody>
        <MessageBarActions
          containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<Dismiss20Regular />} onClick={() => p.onDismiss(n.id)} />}
        />
      </MessageBar>,
    );
  }
  if (p.allProtected && p.allProtected.length > 0) {
    bars.push(
      <MessageBar key="all-protected" intent="warning" data-testid="all-protected">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{s.allProtectedTitle}</MessageBarTitle>
          {format(s, "allProtectedBody", { sheets: joinList(s, p.allProtected) })}
        </MessageBarBody>
      </MessageBar>,
    );
  } else if (p.unmarkedSheets.length > 0) {
    bars.push(
      <MessageBar key="unmarked" intent="warning" data-testid="unmarked-sheets">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{s.protectedSkippedTitle}</MessageBarTitle>
          {format(s, "protectedSkippedBody", { sheets: joinList(s, p.unmarkedSheets) })}
        </MessageBarBody>
      </MessageBar>,
    );
  }
  if (p.skipped.length > 0) {
    bars.push(
      <MessageBar key="skipped" intent="warning" data-testid="skipped-sheets">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{s.readSkippedTitle}</MessageBarTitle>
          {joinList(
            s,
            p.skipped.map((x) => format(s, "readSkippedItem", { sheet: x.sheet, reason: x.reason })),
          )}
        </MessageBarBody>
      </MessageBar>,
    );
  }
  if (p.noNotes) {
    bars.push(
      <MessageBar key="no-notes" intent="info" data-testid="no-notes">
        <MessageBarBody className={styles.body}>{s.notesUnavailable}</MessageBarBody>
      </MessageBar>,
    );
  }
  if (bars.length === 0) return null;
  return <div className={styles.root}>{bars}</div>;
}
