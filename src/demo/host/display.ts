/**
 * Displayed text, input parsing and colours for the fake Excel host. Deliberately small:
 *
 * Display (`Range.text`) — a cell's stored `text` wins; otherwise formatValue
 * (src/engine/values/display-text.ts, which says what it covers).
 *
 * Input (`Range.values` / `formulas` writes and `host.userEdit`): strings are parsed as Excel does
 * for typed input — "'x" stores the text x, "=…" is a formula, "12", "-1.5", "1e3" become numbers,
 * "1,234.5" a number with "#,##0.00", "25%" 0.25 with "0%" (or "0.00%"), "TRUE"/"FALSE" booleans;
 * a cell formatted "@" keeps the string. Dates typed as text are NOT converted (they stay strings).
 */

import type { CellValue } from "./model";
import { formatGeneral, formatValue, roundHalfAway, serialToParts } from "../../engine/values/display-text";

export { formatGeneral, formatValue, serialToParts };

// ---------------------------------------------------------------------------------------------
// Input parsing

export interface ParsedInput {
  value: CellValue;
  formula?: string;
  /** Number format Excel applies when the cell was "General" (e.g. "0%" after typing "25%"). */
  impliedFormat?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;

/** How Excel stores a string typed into (or written through `values` to) a cell with `numberFormat`. */
export function parseInput(s: string, numberFormat: string | undefined): ParsedInput {
  if (s === "") return { value: "" };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith("=") && s.length > 1) return { value: "", formula: s };
  if (numberFormat === "@") return { value: s };
  const t = s.trim();
  if (NUMBER.test(t)) return { value: Number(t) };
  if (GROUPED.test(t)) {
    const n = Number(t.replace(/,/g, ""));
    return { value: n, impliedFormat: Number.isInteger(n) ? "#,##0" : "#,##0.00" };
  }
  const pm = PERCENT.exec(t);
  if (pm) {
    const n = Number(pm[1]);
    return { value: roundHalfAway(n / 100, 15), impliedFormat: Number.isInteger(n) ? "0%" : "0.00%" };
  }
  if (/^true$/i.test(t)) return { value: true };
  if (/^false$/i.test(t)) return { value: false };
  return { value: s };
}

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

export function isErrorValue(v: unknown): boolean {
  return typeof v === "string" && ERRORS.has(v);
}

/** Excel.RangeValueType of a stored value. */
export function valueType(v: CellValue | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (v === undefined || v === "") return "Empty";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "number") return "Double";
  return isErrorValue(v) ? "Error" : "String";
}

// ---------------------------------------------------------------------------------------------
// Colours

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  cyan: "#00FFFF",
  aqua: "#00FFFF",
  magenta: "#FF00FF",
  fuchsia: "#FF00FF",
  silver: "#C0C0C0",
  gray: "#808080",
  grey: "#808080",
  maroon: "#800000",
  olive: "#808000",
  green: "#008000",
  purple: "#800080",
  teal: "#008080",
  navy: "#000080",
  orange: "#FFA500",
  pink: "#FFC0CB",
  gold: "#FFD700",
  brown: "#A52A2A",
  salmon: "#FA8072",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  darkgrey: "#A9A9A9",
  lightyellow: "#FFFFE0",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  lightpink: "#FFB6C1",
  lightsalmon: "#FFA07A",
  lightcoral: "#F08080",
  darkred: "#8B0000",
  darkgreen: "#006400",
  darkblue: "#00008B",
  darkorange: "#FF8C00",
  orangered: "#FF4500",
  tomato: "#FF6347",
  khaki: "#F0E68C",
  lavender: "#E6E6FA",
  beige: "#F5F5DC",
  ivory: "#FFFFF0",
  whitesmoke: "#F5F5F5",
  gainsboro: "#DCDCDC",
  skyblue: "#87CEEB",
  steelblue: "#4682B4",
  royalblue: "#4169E1",
};

/** "#ff0" is rejected; "#ff0000" → "#FF0000"; "yellow" → "#FFFF00"; anything else → null. */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const s = input.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(s)) return s.toUpperCase();
  return NAMED_COLORS[s.toLowerCase()] ?? null;
}
