/**
 * Saving an exceljs workbook: through a temporary file beside the target, renamed into place, so
 * that the target is never half-written; the temporary file is removed on failure and on Ctrl-C.
 * Node only.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { patchExcelJSDefinedNames } from "./exceljs-names";
import { trackTemporary } from "./temporaries";

export async function saveWorkbookFile(wb: ExcelJS.Workbook, out: string): Promise<void> {
  patchExcelJSDefinedNames();
  const dir = path.dirname(path.resolve(out));
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.${Date.now()}.tmp`);
  const untrack = trackTemporary(tmp);
  try {
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    untrack();
  }
}
