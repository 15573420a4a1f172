import { createExcelHost, ExcelHost, SheetModel as HostSheet, WorkbookModel as HostWorkbook, hostSheetFromModel } from "../../src/demo/host";
import { createOfficePort } from "../../src/excel/office-workbook";
import { CONFIG_SETTING, parseConfig } from "../../src/excel/config-settings";
import { isMarkFormula } from "../../src/excel/marks";
import { formatCellsOf } from "../../src/demo/host/structure";
import { MAX_COLUMNS, cellKey } from "../../src/demo/host/a1";
import { CellValue, WorkbookModel } from "../../src/engine/sheet";
import { CheckConfig } from "../../src/engine/rule";
import { parseA1 } from "../../src/engine/address";
import type { TestWorkbook, TestWorkbookOptions } from "./test-workbook";

/**
 * The workbook behind every pane test: the real Office.js adapter (createOfficePort) running
 * against the strict in-memory Excel host (src/demo/host). Every assertion reads the host's
 * workbook: the selection is the active sheet's selected range, a marked cell is one an add-in mark
 * (a conditional format with the add-in's tag) applies to, the settings are the workbook setting
 * the adapter writes.
 */

let uninstallPrevious: (() => void) | undefined;

/** The engine's sheet model (what a reader produces) as the host's cells. */
export function toHostWorkbook(wb: WorkbookModel, opts: TestWorkbookOptions = {}): HostWorkbook {
  const protectedSheets = new Set(opts.protectedSheets ?? []);
  const sheets: HostSheet[] = wb.sheets.map((s) => ({ ...hostSheetFromModel(s), protected: protectedSheets.has(s.name) }));
  const settings: Record<string, unknown> = {};
  if (opts.settings) settings[CONFIG_SETTING] = JSON.stringify(opts.settings);
  return { name: wb.name, sheets, settings };
}

export function createTestWorkbook(workbook: WorkbookModel, opts: TestWorkbookOptions = {}): TestWorkbook {
  uninstallPrevious?.();
  const host: ExcelHost = createExcelHost(toHostWorkbook(workbook, opts), { maxApi: opts.notes === false ? "1.17" : "1.18" });
  uninstallPrevious = host.install();
  const port = createOfficePort({ eventGraceMs: 50 });
  const sheet = (name: string) => {
    const s = host.workbook.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    port,
    selection: () => {
      const name = host.workbook.activeSheet;
      const s = name ? sheet(name) : undefined;
      return s && s.selection ? { sheet: s.name, cell: s.selection } : null;
    },
    marked: (name) =>
      [...new Set((sheet(name).conditionalFormats ?? []).filter((cf) => isMarkFormula(cf.formula)).flatMap((cf) => [...formatCellsOf(cf)]))]
        .map((n) => cellKey(Math.floor(n / MAX_COLUMNS), n % MAX_COLUMNS))
        .sort((a, b) => {
          const pa = parseA1(a);
          const pb = parseA1(b);
          return pa.row - pb.row || pa.col - pb.col;
        }),
    savedSettings: (): CheckConfig | undefined => parseConfig(host.workbook.settings?.[CONFIG_SETTING]),
    sheetNames: () => host.workbook.sheets.map((s) => s.name),
    activeSheet: () => host.workbook.activeSheet ?? host.workbook.sheets[0]?.name,
    cells: (name) => {
      const out: Record<string, CellValue> = {};
      for (const [k, c] of Object.entries(sheet(name).cells)) if (c.value !== undefined && c.value !== "") out[k] = c.value as CellValue;
      return out;
    },
    dropdown: (name, cell) => {
      const rule = sheet(name).cells[cell]?.dataValidation?.rule as { list?: { source?: unknown } } | undefined;
      return rule?.list ? String(rule.list.source) : undefined;
    },
    edit: async (name, cell, value, o) => {
      if (o?.silent) host.setCell(name, cell, value === null ? {} : { ...sheet(name).cells[cell], value });
      else await host.userEdit(name, cell, value);
    },
    holdReads: () => {
      // The host has no gate; slow every sync down instead, long enough to see the progress bar.
      const saved = host.options.syncDelayMs;
      host.options.syncDelayMs = 150;
      return {
        release: () => {
          host.options.syncDelayMs = saved;
        },
      };
    },
  };
}
