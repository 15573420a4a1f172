import { TableModel } from "./model";
import { WorkbookModel } from "./sheet";
import { CheckConfig } from "./rule";
import { foldChineseNumerals } from "./values/chinese-numerals";
import { fold } from "./normalize";

const YEAR = /(?:^|[^0-9])(20[0-9]{2})(?:年|[^0-9]|$)/;

export function yearIn(text: string | undefined | null): number | undefined {
  if (!text) return undefined;
  // "二〇二四年度…" names the year as "2024年度…" does
  const m = YEAR.exec(foldChineseNumerals(fold(text)));
  return m ? Number(m[1]) : undefined;
}

/** "（2023年度）", "2023年度", "预算年度：2023年": a line that only names the budget year. */
const YEAR_LINE = /^[([【〔]?(?:预算)?(?:年度[:：])?(20[0-9]{2})年?度?[)\]】〕]?$/;

export function yearLineYear(text: string | undefined | null): number | undefined {
  if (!text) return undefined;
  const m = YEAR_LINE.exec(foldChineseNumerals(fold(text).replace(/[\s\u00a0\u3000]+/g, "")));
  return m ? Number(m[1]) : undefined;
}

/**
 * The budget year in force for a table: configuration, then the year line under the title (as the
 * wizard writes it), the title, sheet name, file name.
 */
export function resolveYear(table: TableModel, workbook: WorkbookModel, config: CheckConfig): number | undefined {
  return config.year ?? yearLineYear(table.yearLine?.cell.text) ?? yearIn(table.title?.cell.text) ?? yearIn(table.sheet) ?? yearIn(workbook.name);
}
