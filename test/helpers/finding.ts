import type { Finding } from "../../src/engine/rule";

/** A finding at a sheet's cell for the adapter's tests (which mark and list it, never evaluate it); the rest as given. */
export function findingAt(sheet: string, cell: string, fields: Partial<Finding> = {}): Finding {
  return { rule: "test/rule", severity: "warning", sheet, cell, row: 0, col: 0, message: "m", table: "t", tableIndex: 0, ...fields };
}
