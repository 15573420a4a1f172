/**
 * Fake Excel host: an in-memory, strict implementation of the part of the Excel JavaScript API the
 * add-in uses. Pure TypeScript (no Node imports), usable in jest and in a browser demo.
 * See README.md in this folder for what is modelled and what is not.
 */

export { ExcelHost, createExcelHost, compareVersions, utf8Length, EXCEL_ENUMS, EXCEL_ERROR_CODES } from "./host";
export type { HostOptions, HostStats, BatchRecord, FakeWorksheetChangedEventArgs, UserAction } from "./host";
export { HostError } from "./errors";
export type { HostErrorCode, HostDebugInfo } from "./errors";
export { cellsFromRows, workbookFromRows, snapshotWorkbook, sheetValues, DEFAULTS } from "./model";
export type {
  WorkbookModel,
  SheetModel,
  CellModel,
  CellValue,
  FillModel,
  FontModel,
  BorderModel,
  NoteModel,
  CommentModel,
  CustomXmlPartModel,
  HyperlinkModel,
  ConditionalFormatModel,
} from "./model";
export { formatValue, parseInput, normalizeColor } from "./display";
export { hostSheetFromModel, hostWorkbookFromModel } from "./from-sheet-models";
