/**
 * How the workbook view draws a host cell: CSS for fills, fonts, borders, alignment; the text a user
 * edits; sizes in pixels. Excel's units: column widths and row heights in points (96 dpi: 4/3 px).
 */
import type * as React from "react";
import type { BorderModel, CellModel, SheetModel } from "../host/model";
import { DEFAULTS } from "../host/model";
import { columnLetters } from "../host/a1";

export const PX_PER_PT = 4 / 3;
/** Gridline colour (Excel's light grey). */
export const GRIDLINE = "#E1E1E1";

export function columnPx(sheet: SheetModel, col: number): number {
  const pt = sheet.columnWidths?.[columnLetters(col)] ?? DEFAULTS.columnWidth;
  return Math.max(2, Math.round(pt * PX_PER_PT));
}

export function rowPx(sheet: SheetModel, row: number): number {
  const pt = sheet.rowHeights?.[String(row + 1)] ?? DEFAULTS.rowHeight;
  return Math.max(2, Math.round(pt * PX_PER_PT));
}

/** Whether the row has a height of its own; other rows grow to fit wrapped text, as Excel's do. */
export function rowHasHeight(sheet: SheetModel, row: number): boolean {
  return sheet.rowHeights?.[String(row + 1)] !== undefined;
}

let measurer: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Width in px of one line of text in a cell's font (canvas measureText, cached). */
export function textWidth(text: string, c: CellModel | undefined): number {
  const f = c?.font;
  const font = `${f?.italic ? "italic " : ""}${f?.bold ? "700 " : ""}${f?.size ?? DEFAULTS.fontSize}pt ${fontFamily(f?.name)}`;
  const key = `${font}\u0000${text}`;
  const hit = widths.get(key);
  if (hit !== undefined) return hit;
  if (measurer === undefined) measurer = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  let w = text.length * 8;
  if (measurer) {
    measurer.font = font;
    w = Math.max(...text.split("\n").map((line) => measurer!.measureText(line).width));
  }
  if (widths.size > 20000) widths.clear();
  widths.set(key, w);
  return w;
}

const SERIF_CJK = /宋|仿宋|楷|明|SimSun|NSimSun|FangSong|KaiTi|Song|Ming|Serif/i;

export function fontFamily(name: string | undefined): string {
  const n = (name ?? DEFAULTS.fontName).replace(/"/g, "");
  const fallback = SERIF_CJK.test(n) ? `"Noto Serif CJK SC", "Songti SC", SimSun, serif` : `"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif`;
  return `"${n}", ${n === "Calibri" ? "Carlito, " : ""}${fallback}`;
}

/** A border as CSS ("1px solid #000000"). */
export function borderCss(b: BorderModel | undefined): string | undefined {
  if (!b || b.style === "None") return undefined;
  const color = b.color ?? DEFAULTS.borderColor;
  const width = b.style === "Double" ? 3 : b.weight === "Thick" ? 3 : b.weight === "Medium" ? 2 : 1;
  const style =
    b.style === "Double"
      ? "double"
      : b.style === "Dot"
        ? "dotted"
        : b.style === "Dash" || b.style === "DashDot" || b.style === "DashDotDot" || b.style === "SlantDashDot"
          ? "dashed"
          : "solid";
  return `${width}px ${style} ${color}`;
}

const JUSTIFY: Record<string, string> = { Top: "flex-start", Center: "center", Bottom: "flex-end", Justify: "center", Distributed: "center" };
const TEXT_ALIGN: Record<string, React.CSSProperties["textAlign"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "left",
  Justify: "justify",
  CenterAcrossSelection: "center",
  Distributed: "center",
};

/** Styles for the cell's box (the <td>) and its content. */
export function contentStyle(c: CellModel | undefined, heightPx: number | undefined): React.CSSProperties {
  const st: React.CSSProperties = heightPx === undefined ? { minHeight: Math.round(DEFAULTS.rowHeight * PX_PER_PT) - 1 } : { height: heightPx };
  const v = c?.value;
  const align = c?.horizontalAlignment ?? "General";
  st.textAlign =
    align === "General"
      ? typeof v === "number"
        ? "right"
        : typeof v === "boolean" || (typeof v === "string" && /^#[A-Z/0!?]+$/.test(v))
          ? "center"
          : "left"
      : TEXT_ALIGN[align];
  st.justifyContent = JUSTIFY[c?.verticalAlignment ?? DEFAULTS.verticalAlignment];
  const f = c?.font;
  st.fontFamily = fontFamily(f?.name);
  st.fontSize = `${f?.size ?? DEFAULTS.fontSize}pt`;
  if (f?.bold) st.fontWeight = 700;
  if (f?.italic) st.fontStyle = "italic";
  if (f?.color) st.color = f.color;
  const deco = [f?.underline && f.underline !== "None" ? "underline" : "", f?.strikethrough ? "line-through" : ""].filter(Boolean).join(" ");
  if (deco) st.textDecoration = deco;
  if (c?.wrapText) st.whiteSpace = "pre-wrap";
  return st;
}

/**
 * The text to edit: the formula, or the value as the user would type it (25% for 0.25 under a
 * percent format).
 */
export function editText(c: CellModel | undefined, displayed: string): string {
  if (!c) return "";
  if (c.formula) return c.formula;
  const v = c.value;
  if (v === undefined || v === "") return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    const fmt = c.numberFormat ?? "General";
    if (/%/.test(fmt.replace(/"[^"]*"/g, ""))) return `${Number((v * 100).toPrecision(12))}%`;
    if (/[ymdhs]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, "")) && fmt !== "General") return displayed;
    return String(Number(v.toPrecision(15)));
  }
  return v;
}
