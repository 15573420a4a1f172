import * as React from "react";
import type { ExcelPort } from "../excel/port";
import type { WorkbookResult } from "../engine/check";
import { rangeA1, toA1 } from "../engine/address";
import type { ColumnDropdown, ValueTarget, valueToWrite } from "../engine/kinds/fill-helper";
import { tableDropdowns, valueColumn, valueTargets } from "../engine/kinds/fill-helper";
import { Strings, format, joinList } from "./i18n";

/**
 * 填写助手 in the pane, for the 监控表 and 自评表 of the last check: the dropdowns their columns can
 * take and the value helper's cells (engine: src/engine/kinds/fill-helper.ts), written only on the
 * user's click — dropdowns as data validation on those cells, a value into a blank cell only — then
 * the pane re-checks. What each click did is said per table.
 */
/** What the value helper writes into a cell (engine: valueToWrite). */
export type ValueWrite = NonNullable<ReturnType<typeof valueToWrite>>;

export interface FillHelperTable {
  dropdowns: ColumnDropdown[];
  targets: ValueTarget[];
  /** Which cell the value helper writes: 实际完成值 or 全年预计完成情况. */
  column: "actual" | "forecast";
}

export interface FillHelperAction {
  /** Tables (by index) the helper serves. */
  tables: Map<number, FillHelperTable>;
  addDropdowns(tableIndex: number): Promise<void>;
  writeValue(tableIndex: number, target: ValueTarget, write: ValueWrite): Promise<void>;
  busy: boolean;
  /** What the last click on each table did. */
  notes: Map<number, string>;
}

export function useFillHelper(port: ExcelPort, result: WorkbookResult | null | undefined, s: Strings, recheck: () => void): FillHelperAction {
  const [busy, setBusy] = React.useState(false);
  const [notes, setNotes] = React.useState(new Map<number, string>());
  const tables = React.useMemo(() => {
    const out = new Map<number, FillHelperTable>();
    for (const t of result?.tables ?? []) {
      const dropdowns = tableDropdowns(t);
      const targets = valueTargets(t);
      if (dropdowns.length > 0 || targets.length > 0) out.set(t.index, { dropdowns, targets, column: valueColumn(t) ?? "actual" });
    }
    return out;
  }, [result]);
  const say = (tableIndex: number, note: string) => setNotes((m) => new Map(m).set(tableIndex, note));

  const run = React.useCallback(
    async (tableIndex: number, work: (sheet: string) => Promise<string>) => {
      const table = result?.tables[tableIndex];
      if (!table) return;
      setBusy(true);
      try {
        say(tableIndex, await work(table.sheet));
        recheck();
      } catch (e) {
        say(tableIndex, format(s, "fillFailed", { reason: e instanceof Error ? e.message : String(e) }));
      } finally {
        setBusy(false);
      }
    },
    [result, s, recheck],
  );

  const addDropdowns = React.useCallback(
    (tableIndex: number) =>
      run(tableIndex, async (sheet) => {
        const list = tables.get(tableIndex)?.dropdowns ?? [];
        const r = await port.addDropdowns(
          sheet,
          list.map((d) => d.validation),
        );
        if (r.status === "protected") return format(s, "sheetProtected", { sheet: r.sheet });
        if (r.status === "missing") return format(s, "sheetGone", { sheet: r.sheet });
        if (r.status === "unsupported") return s.dropdownsUnsupported;
        const name = (d: ColumnDropdown) => (d.column === "likelihood" ? s.columnLikelihood : s.columnReason);
        const ranges = joinList(
          s,
          list.map((d) => `${name(d)} ${d.validation.ranges.map(rangeA1).join(",")}`),
        );
        const off = list.flatMap((d) => d.offList).map((c) => `${c.cell}“${c.text}”`);
        return format(s, "dropdownsAdded", { ranges }) + (off.length > 0 ? format(s, "dropdownsOffList", { cells: joinList(s, off) }) : "");
      }),
    [run, tables, port, s],
  );

  const writeValue = React.useCallback(
    (tableIndex: number, target: ValueTarget, write: ValueWrite) =>
      run(tableIndex, async (sheet) => {
        const cell = toA1(target.cell.row, target.cell.col);
        const r = await port.fillCells(sheet, [{ row: target.cell.row, col: target.cell.col, value: write.value, ...(write.asText ? { asText: true } : {}) }]);
        if (r.status === "protected") return format(s, "sheetProtected", { sheet: r.sheet });
        if (r.status === "missing") return format(s, "sheetGone", { sheet: r.sheet });
        if (r.status === "changed") return format(s, "valueNotBlank", { cell, text: r.cells[0]?.text ?? "" });
        return format(s, "valueWritten", { cell, value: write.shown });
      }),
    [run, port, s],
  );

  return { tables, addDropdowns, writeValue, busy, notes };
}
