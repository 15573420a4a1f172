import * as React from "react";
import type { ExcelPort } from "../excel/port";
import type { WorkbookResult } from "../engine/check";
import { selfEvalAfter, selfEvalPlan } from "../engine/kinds/self-eval-plan";
import { Strings, format } from "./i18n";

/**
 * 生成自评表 in the pane: the checked project table → its 自评表 plan (engine) → a new sheet
 * through the same Office.js plan writer the wizard uses. The pane's own re-check then sees it.
 */
export interface SelfEvalAction {
  /** Table indexes of the checked result that are project tables (the ones a 自评表 is made from). */
  projects: Set<number>;
  generate(tableIndex: number): Promise<void>;
  busy: boolean;
  /** What the last generation from each table did, for a status line in its group. */
  notes: Map<number, string>;
}

export function useSelfEvalAction(port: ExcelPort, result: WorkbookResult | null | undefined, s: Strings, recheck: () => void): SelfEvalAction {
  const [busy, setBusy] = React.useState(false);
  const [notes, setNotes] = React.useState(new Map<number, string>());
  const setNote = (tableIndex: number, note: string) => setNotes((m) => new Map(m).set(tableIndex, note));
  const projects = React.useMemo(() => new Set((result?.tables ?? []).filter((t) => t.kind === "project").map((t) => t.index)), [result]);
  const generate = React.useCallback(
    async (tableIndex: number) => {
      const table = result?.tables[tableIndex];
      if (!table || table.kind !== "project") return;
      setBusy(true);
      try {
        const sheets = await port.sheetNames();
        // after the 自评表 already generated from this sheet, not before them
        const plan = { ...selfEvalPlan(table, { existingSheets: sheets }), after: selfEvalAfter(table, sheets, result.tables) };
        const written = await port.writePlan(plan);
        setNote(tableIndex, format(s, "selfEvalWritten", { sheet: written.sheet }));
        recheck();
      } catch (e) {
        setNote(tableIndex, format(s, "selfEvalFailed", { reason: e instanceof Error ? e.message : String(e) }));
      } finally {
        setBusy(false);
      }
    },
    [port, result, s, recheck],
  );
  return { projects, generate, busy, notes };
}
