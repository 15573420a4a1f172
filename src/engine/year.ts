import { TableModel } from "./model";
import { WorkbookModel } from "./sheet";
import { CheckConfig } from "./rule";

const YEAR = /(?:^|[^0-9])(20[0-9]{2})(?:年|[^0-9]|$)/;

export function yearIn(text: string | undefined | null): number | undefined {
  if (!text) return undefined;
  const m = YEAR.exec(text.normalize("NFKC"));
  return m ? Number(m[1]) : undefined;
}

/** The budget year in force for a table: configuration, then title, sheet name, file name. */
export function resolveYear(table: TableModel, workbook: WorkbookModel, config: CheckConfig): number | undefined {
  return config.year ?? yearIn(table.title?.cell.text) ?? yearIn(table.sheet) ?? yearIn(workbook.name);
}
