/**
 * exceljs writes a sheet's print area and print titles as `'<sheet name>'!$A$1:$G$16` without
 * doubling an apostrophe inside the name, so a project named "Xi'an外贸" got a defined name that
 * Excel calls corrupt and readers fail on. Quote sheet names as Excel does ('Xi''an外贸'!…), once,
 * when the workbook part is prepared for writing. Node only (reaches into exceljs's modules).
 */
let patched = false;

interface DefinedName {
  ranges?: string[];
}
interface BookModel {
  sheets?: ({ name?: string } | undefined)[];
  definedNames?: DefinedName[];
}

/** Fix every range naming `name` unquoted-inside. */
export function quoteSheetRefs(model: BookModel): void {
  const names = (model.sheets ?? []).map((s) => s?.name).filter((n): n is string => !!n && n.includes("'"));
  if (names.length === 0) return;
  for (const d of model.definedNames ?? []) {
    if (!d.ranges) continue;
    d.ranges = d.ranges.map((r) => names.reduce((acc, n) => acc.split(`'${n}'!`).join(`'${n.replace(/'/g, "''")}'!`), r));
  }
}

export function patchExcelJSDefinedNames(): void {
  if (patched) return;
  patched = true;
  try {
    const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform.js") as { prototype: { prepare(model: BookModel): void } };
    const original = WorkbookXform.prototype.prepare;
    WorkbookXform.prototype.prepare = function prepare(this: unknown, model: BookModel) {
      original.call(this, model);
      quoteSheetRefs(model);
    };
  } catch {
    // another exceljs layout: names stay as exceljs writes them
  }
}
