import * as React from "react";
import { Button, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, Eraser20Regular, Settings20Regular, TableSearch20Regular } from "@fluentui/react-icons";
import { Strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  check: { width: "100%" },
  secondary: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  grow: { flexGrow: 1 },
});

export interface ActionBarProps {
  strings: Strings;
  busy: boolean;
  checked: boolean;
  canClear: boolean;
  canExport: boolean;
  /** The saved settings have been loaded (the settings form starts from them). */
  settingsReady: boolean;
  /** The settings button, so that focus can return to it when the settings close. */
  settingsRef?: React.Ref<HTMLButtonElement>;
  onCheck(): void;
  onClear(): void;
  onExport(): void;
  onSettings(): void;
}

/** 检查工作簿 (primary), then 清除标记, 导出检查报告 and the settings button. */
export function ActionBar(p: ActionBarProps): React.JSX.Element {
  const styles = useStyles();
  const s = p.strings;
  return (
    <div className={styles.root} role="group" aria-label={s.appTitle}>
      <Button className={styles.check} appearance="primary" size="large" icon={<TableSearch20Regular />} disabledFocusable={p.busy} onClick={p.onCheck}>
        {p.checked ? s.recheck : s.check}
      </Button>
      <div className={styles.secondary}>
        <Button icon={<Eraser20Regular />} disabledFocusable={p.busy || !p.canClear} onClick={p.onClear}>
          {s.clear}
        </Button>
        <Button icon={<ArrowDownload20Regular />} disabledFocusable={p.busy || !p.canExport} onClick={p.onExport}>
          {s.exportReport}
        </Button>
        <span className={styles.grow} />
        <Tooltip content={s.settings} relationship="label">
          <Button
            ref={p.settingsRef}
            appearance="subtle"
            icon={<Settings20Regular />}
            aria-label={s.settings}
            disabledFocusable={p.busy || !p.settingsReady}
            onClick={p.onSettings}
          />
        </Tooltip>
      </div>
    </div>
  );
}
