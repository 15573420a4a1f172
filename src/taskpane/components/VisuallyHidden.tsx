import * as React from "react";
import { makeStyles } from "@fluentui/react-components";

/** Visually hidden, still read by screen readers. */
export const useVisuallyHiddenStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: "0",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "0",
  },
});

/** Text for screen readers only (punctuation that makes an accessible name read well). */
export function VisuallyHidden(props: { children: React.ReactNode }): React.JSX.Element {
  const styles = useVisuallyHiddenStyles();
  return <span className={styles.hidden}>{props.children}</span>;
}
