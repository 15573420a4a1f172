import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";
import { ReadProgress } from "../../excel/port";
import { Strings, format } from "../i18n";

/** Sheets read so far (determinate once the host says how many), then an indeterminate "checking". */
export function ReadProgressBar(props: { strings: Strings; progress: ReadProgress | null; checking: boolean }): React.JSX.Element {
  const { strings, progress, checking } = props;
  let label: string;
  let value: number | undefined;
  if (!checking && progress && progress.sheetsTotal > 0) {
    label = format(strings, "reading", { done: progress.sheetsDone, total: progress.sheetsTotal });
    value = Math.min(1, progress.sheetsDone / progress.sheetsTotal);
  } else {
    label = checking ? strings.checking : strings.readingStart;
    value = undefined;
  }
  return (
    <Field label={label} validationState="none">
      <ProgressBar value={value} thickness="large" aria-label={label} />
    </Field>
  );
}
