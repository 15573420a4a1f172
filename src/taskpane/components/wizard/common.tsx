import * as React from "react";
import { FieldProps, makeStyles, tokens } from "@fluentui/react-components";
import type { FieldMessage } from "../../wizard/draft";
import type { WizardSession, WizardState } from "../../wizard/session";
import type { Strings } from "../../i18n";

/** What every step component gets. */
export interface StepProps {
  strings: Strings;
  state: WizardState;
  session: WizardSession;
}

export const useStepStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end", minWidth: 0 },
  grow: { flexGrow: 1, minWidth: "8em" },
  narrow: { width: "8em", flexShrink: 0 },
  // milestone fields: as many columns as fit (two at 320 px), never wider than the pane
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(7.5em, 1fr))", gap: tokens.spacingHorizontalS, alignItems: "start", minWidth: 0 },
  hint: { margin: "0", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: "0",
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  h3: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h4: { margin: "0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: "0", padding: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The messages shown at a field now (touched, or its step revealed). */
export function messagesAt(state: WizardState, session: WizardSession, path: string): FieldMessage[] {
  if (!session.shows(path)) return [];
  return state.check.byPath.get(path) ?? [];
}

/** Fluent Field's validation props for the messages at these paths (the worst severity wins). */
export function fieldValidation(state: WizardState, session: WizardSession, ...paths: string[]): Pick<FieldProps, "validationState" | "validationMessage"> {
  const ms = paths.flatMap((p) => messagesAt(state, session, p));
  if (ms.length === 0) return {};
  const validationState = ms.some((m) => m.severity === "error") ? "error" : ms.some((m) => m.severity === "warning") ? "warning" : "none";
  return { validationState, validationMessage: ms.map((m) => m.message).join("；") };
}

/** The element a spec path's messages belong to (a control, or a group's message area). */
export function pathSelector(path: string): string {
  return `[data-path="${path.replace(/"/g, '\\"')}"]`;
}

/**
 * Messages of group paths ("plan", "indicators[2].level1"…) as a list. The live container is always
 * there (a region that appears with its text is not reliably announced); empty when nothing to say.
 */
export function GroupMessages(props: { state: WizardState; session: WizardSession; paths: string[] }): React.JSX.Element {
  const ms = props.paths.flatMap((p) => messagesAt(props.state, props.session, p));
  return (
    <div data-path={props.paths[0]} tabIndex={-1} aria-live="polite">
      {ms.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: "1.2em" }}>
          {ms.map((m, i) => (
            <li
              key={i}
              style={{
                color:
                  m.severity === "error"
                    ? tokens.colorPaletteRedForeground1
                    : m.severity === "warning"
                      ? tokens.colorPaletteDarkOrangeForeground1
                      : tokens.colorNeutralForeground2,
              }}
            >
              {m.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
