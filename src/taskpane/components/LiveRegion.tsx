import * as React from "react";
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
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

/** A polite live region: screen readers announce its text whenever it changes. */
export function LiveRegion(props: { text: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="live-region">
      {props.text}
    </div>
  );
}
