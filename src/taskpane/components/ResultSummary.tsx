import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular, ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { SeverityCounts } from "../findings";
import { Strings } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: "0",
    padding: "0",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  term: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
    minWidth: 0,
  },
  icon: { display: "inline-flex", flexShrink: 0 },
  value: { margin: "0", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  heading: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** Tables found, errors, warnings, notes: each with an icon and a word, not colour alone. */
export function ResultSummary(props: { strings: Strings; tables: number; counts: SeverityCounts }): React.JSX.Element {
  const styles = useStyles();
  const s = props.strings;
  const items: { key: string; label: string; value: number; icon: React.ReactNode; cls?: string }[] = [
    { key: "tables", label: s.summaryTables, value: props.tables, icon: <DocumentTable16Regular aria-hidden="true" /> },
    { key: "errors", label: s.summaryErrors, value: props.counts.error, icon: <ErrorCircle16Filled aria-hidden="true" />, cls: styles.error },
    { key: "warnings", label: s.summaryWarnings, value: props.counts.warning, icon: <Warning16Filled aria-hidden="true" />, cls: styles.warning },
    { key: "infos", label: s.summaryInfos, value: props.counts.info, icon: <Info16Filled aria-hidden="true" />, cls: styles.info },
  ];
  return (
    <section aria-label={s.summaryHeading}>
      <h2 className={styles.heading}>{s.summaryHeading}</h2>
      <dl className={styles.root}>
        {items.map((it) => (
          <div key={it.key} className={styles.item} data-testid={`summary-${it.key}`}>
            <dt className={styles.term}>
              <span className={mergeClasses(styles.icon, it.cls)}>{it.icon}</span>
              {it.label}
            </dt>
            <dd className={styles.value}>{it.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
