import * as React from "react";
import { useVisuallyHiddenStyles } from "./VisuallyHidden";

/** A polite live region: screen readers announce its text whenever it changes. */
export function LiveRegion(props: { text: string }): React.JSX.Element {
  const styles = useVisuallyHiddenStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="live-region">
      {props.text}
    </div>
  );
}
