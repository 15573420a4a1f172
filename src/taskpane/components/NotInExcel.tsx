import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Strings } from "../i18n";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM },
});

/** What the pane says when Office.js reports a host other than Excel (or none). */
export function NotInExcel(props: { strings: Strings }): React.JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{props.strings.appTitle}</MessageBarTitle>
          {props.strings.notInExcel}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
