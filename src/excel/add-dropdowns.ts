/**
 * 填写助手's dropdowns: list validations added to cells of an existing sheet (a 监控表's
 * 完成目标可能性, a 偏差原因 column), on the user's click. Only data validation is written — no
 * value, no format — and only on the cells the engine named. Two syncs:
 *   sync 1  the sheet's protection (a protected sheet is refused, nothing written);
 *   sync 2  each range's validation cleared and set (ExcelApi 1.8), then its messages where the host
 *           takes them (reported in `skipped` otherwise).
 */
import type { PlanValidation } from "../engine/sheet-plan";
import { errorCode, runExcel } from "./excel-run";
import { supports } from "./office-host";
import type { AddDropdownsResult } from "./port";
import type { WriteGuard } from "./write-guard";
import { Optional, queueDropdowns } from "./write-plan";

export async function addDropdowns(sheet: string, validations: PlanValidation[], options: { guard: WriteGuard }): Promise<AddDropdownsResult> {
  if (!supports("1.8")) return { status: "unsupported", sheet };
  return options.guard.around(() =>
    runExcel(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("name,protection/protected");
      try {
        await context.sync(); // sync 1
      } catch (e) {
        if (errorCode(e) === "ItemNotFound") return { status: "missing", sheet } as AddDropdownsResult;
        throw e;
      }
      if (ws.protection.protected) return { status: "protected", sheet: ws.name };
      const opt = new Optional();
      queueDropdowns(ws, validations, opt, true);
      if (opt.skipped.has("dropdown")) return { status: "unsupported", sheet: ws.name };
      await context.sync(); // sync 2
      return { status: "written", sheet: ws.name, skipped: [...opt.skipped] };
    }),
  );
}
