import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { WizardResult } from "../../wizard/session";
import { Strings, format, joinList } from "../../i18n";

/** What a generation wrote, and what the checker says about it after a fresh read. */
export function ResultBar({ strings: s, result }: { strings: Strings; result: WizardResult }): React.JSX.Element {
  const sheets = joinList(
    s,
    result.sheets.map((x) => `“${x}”`),
  );
  const body =
    result.kind === "fill"
      ? format(s, "wzFilled", { sheet: sheets, cells: result.cells ?? 0 })
      : result.kind === "update"
        ? format(s, "wzUpdated", { sheet: sheets, cells: result.cells ?? 0 })
        : result.kind === "batch"
          ? format(s, "wzBatchWritten", { count: result.sheets.length, sheets })
          : format(s, "wzWritten", { sheet: sheets });
  const check = format(s, "wzAfterCheck", { errors: result.errors, warnings: result.warnings, infos: result.infos });
  const skipped = result.skipped.map(
    (f) =>
      ({
        indent: s.wzSkippedIndent,
        dropdown: s.wzSkippedDropdown,
        dropdownMessages: s.wzSkippedDropdownMessages,
        print: s.wzSkippedPrint,
        notes: s.wzSkippedNotes,
      })[f],
  );
  return (
    // never a green 已生成 over a table with errors
    <MessageBar intent={result.errors > 0 ? "error" : result.warnings > 0 ? "warning" : "success"} data-testid="generate-result">
      <MessageBarBody>
        <MessageBarTitle>
          {result.errors > 0
            ? format(s, "wzDoneErrors", { errors: result.errors })
            : result.warnings > 0
              ? format(s, "wzDoneWarnings", { warnings: result.warnings })
              : s.wzDone}
        </MessageBarTitle>
        {body} {check}
        {result.leftOut ? ` ${format(s, "wzLeftOut", { count: result.leftOut })}` : ""}
        {skipped.length > 0 ? ` ${format(s, "wzSkipped", { parts: joinList(s, skipped) })}` : ""}
      </MessageBarBody>
    </MessageBar>
  );
}
