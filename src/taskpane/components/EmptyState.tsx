import * as React from "react";
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { DocumentTableSearch24Regular } from "@fluentui/react-icons";
import { Strings } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  icon: { fontSize: "40px", color: tokens.colorNeutralForeground3 },
  title: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  hint: { margin: "0", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, overflowWrap: "anywhere" },
});

/** "未找到绩效目标表", with how tables are recognised. */
export function EmptyState(props: { strings: Strings; blank: boolean }): React.JSX.Element {
  const styles = useStyles();
  const s = props.strings;
  const titleId = useId("empty-title");
  return (
    <section className={styles.root} data-testid="empty-state" aria-labelledby={titleId}>
      <DocumentTableSearch24Regular className={styles.icon} aria-hidden="true" />
      <h2 id={titleId} className={styles.title}>
        {s.emptyTitle}
      </h2>
      {props.blank && <p className={styles.hint}>{s.emptyWorkbook}</p>}
      <p className={styles.hint}>{s.emptyHint}</p>
    </section>
  );
}
