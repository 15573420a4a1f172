import * as React from "react";
import { Badge, makeStyles } from "@fluentui/react-components";
import { ErrorCircle12Filled, Info12Filled, Warning12Filled } from "@fluentui/react-icons";
import { Severity } from "../../engine/rule";
import { Strings, severityLabel } from "../i18n";

const useStyles = makeStyles({
  badge: { flexShrink: 0 },
});

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Severity as colour AND icon AND word (错误/警告/提示), so it never depends on colour alone. */
export function SeverityBadge(props: { severity: Severity; strings: Strings }): React.JSX.Element {
  const styles = useStyles();
  const Icon = props.severity === "error" ? ErrorCircle12Filled : props.severity === "warning" ? Warning12Filled : Info12Filled;
  return (
    <Badge
      className={styles.badge}
      appearance="tint"
      color={COLOR[props.severity]}
      shape="rounded"
      icon={<Icon aria-hidden="true" />}
      data-severity={props.severity}
    >
      {severityLabel(props.strings, props.severity)}
    </Badge>
  );
}
