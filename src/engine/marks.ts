/**
 * How a finding is marked in a workbook: the fill per severity and the note's text. One source for
 * the task pane (src/excel) and the command line's annotated copies (src/file/annotate.ts).
 */
import type { Severity } from "./rule";

/** Starts every note the add-in writes: clearing removes only notes that still start with it. */
export const NOTE_MARKER = "【绩效目标表助手】";

export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What the user would see in the cell's note for these messages. */
export function noteText(messages: string[]): string {
  const unique = [...new Set(messages)];
  const body = unique.length === 1 ? unique[0] : unique.map((m, i) => `${i + 1}. ${m}`).join("\n");
  // Excel caps cell text (and note text) at 32,767 characters.
  return (NOTE_MARKER + body).slice(0, 32767);
}
