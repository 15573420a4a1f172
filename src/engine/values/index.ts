export * from "./types";
export { unitInLabel, readAmount, toWan } from "./amount";
export { readPercent } from "./percent";
export type { PercentOptions } from "./percent";
export { isPlaceholder, readIndicatorValue, readSplitValue } from "./indicator-value";
export { isDateFormat, serialToDate } from "./excel-date";
export { isBoundedRate, BOUNDED_RATE_WORDS } from "./rates";
