/**
 * Reporting the user's edits, so the pane can re-check the sheet.
 *
 * One handler on workbook.worksheets.onChanged (ExcelApi 1.9) covers every sheet, including sheets
 * added later. The add-in's own writes are not reported: from ExcelApi 1.14 Excel marks them with
 * triggerSource "ThisLocalAddin"; below that the WriteGuard covers the time the add-in writes.
 *
 * Handlers live in the RequestContext that added them and can only be removed through that same
 * context (DOCS excel-add-ins-events.md), hence `Excel.run(result.context, …)` in the unsubscribe.
 * The caller debounces; `details` is never relied on (missing on multi-cell edits, office-js #5347).
 */

import type { TableChange } from "./port";
import { runExcel } from "./excel-run";
import type { SheetIdCache } from "./sheet-ids";
import type { WriteGuard } from "./write-guard";

export async function watchChanges(onChange: (c: TableChange) => void, ids: SheetIdCache, guard: WriteGuard): Promise<() => Promise<void>> {
  const handler = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    const source = (args as { triggerSource?: string }).triggerSource;
    if (source === "ThisLocalAddin") return;
    if (source === undefined && guard.writing) return;
    // worksheetId → name; a miss loads the names in a background read that waits out cell-edit mode.
    const sheet = await ids.resolve(args.worksheetId);
    if (sheet === undefined) return; // the sheet was deleted meanwhile
    onChange({ sheet, address: args.address, source: args.source === "Remote" ? "Remote" : "Local" });
  };

  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  await runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    // Prime the id → name cache in the same sync as the registration.
    sheets.load("items/id,items/name");
    registration = sheets.onChanged.add(handler);
    await context.sync();
    ids.setAll(sheets.items.map((s) => ({ id: s.id, name: s.name })));
  });

  let removed = false;
  return async () => {
    if (removed || !registration) return;
    removed = true;
    const r = registration;
    await Excel.run(r.context, async (context) => {
      r.remove();
      await context.sync();
    });
  };
}
