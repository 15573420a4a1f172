import * as React from "react";
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Finding } from "../../engine/rule";
import { Strings, format } from "../i18n";
import { SeverityBadge } from "./SeverityBadge";
import { VisuallyHidden } from "./VisuallyHidden";

const useStyles = makeStyles({
  item: {
    position: "relative", // anchors the focus outline (an ::after box)
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  // A visible focus ring for keyboard users (Fluent's own focus indicator style).
  focus: createFocusOutlineStyle({ style: { outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 } }),
  error: { borderLeftColor: tokens.colorPaletteRedBorder2, borderLeftWidth: tokens.strokeWidthThicker },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2, borderLeftWidth: tokens.strokeWidthThicker },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive, borderLeftWidth: tokens.strokeWidthThicker },
  top: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  rule: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  message: { display: "block", overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

export interface FindingItemProps {
  finding: Finding;
  strings: Strings;
  ruleName: string;
  /** Roving tab index: only the current item is in the tab order. */
  current: boolean;
  onSelect(f: Finding): void;
  onFocus(): void;
  itemKey: string;
}

/**
 * One finding: badge, cell, message. A native button, so Enter and Space select the cell; its
 * accessible name is its visible text ("错误，单元格 D2：项目名称为空。").
 */
export function FindingItem(p: FindingItemProps): React.JSX.Element {
  const styles = useStyles();
  const f = p.finding;
  const s = p.strings;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.focus, styles[f.severity])}
      tabIndex={p.current ? 0 : -1}
      data-finding={p.itemKey}
      title={p.ruleName}
      onClick={() => p.onSelect(f)}
      onFocus={p.onFocus}
    >
      <span className={styles.top}>
        <SeverityBadge severity={f.severity} strings={s} />
        <VisuallyHidden>{s.severitySeparator}</VisuallyHidden>
        <span className={styles.cell}>{format(s, "findingCell", { cell: f.cell })}</span>
        <VisuallyHidden>{s.messageSeparator}</VisuallyHidden>
        {/* The rule id is for the eye (and the tooltip); the name reads severity, cell, message. */}
        <span className={styles.rule} aria-hidden="true">
          {f.rule}
        </span>
      </span>
      <span className={styles.message}>{f.message}</span>
    </button>
  );
}
