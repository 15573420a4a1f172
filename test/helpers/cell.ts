import { CellInfo, CellValue } from "../../src/engine/sheet";

/** A CellInfo at A1 as a shell would build it; text defaults to what General would show. */
export function cell(value: CellValue, numberFormat = "General", text?: string): CellInfo {
  return { row: 0, col: 0, value, numberFormat, text: text ?? (value === null ? "" : String(value)) };
}
