/**
 * Spreadsheet colours as .xlsx files store them (ARGB, theme + tint, legacy palette index) to and
 * from the host's "#RRGGBB". Theme colours use Office's default theme (2013 and later), which is
 * what a workbook without its own theme shows.
 */

/** Office default theme, in the order .xlsx theme indexes use (lt1, dk1, lt2, dk2, accent1…6, hlink, folHlink). */
const THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"];

/** The legacy 64-colour palette (indexed colours); 64 is the system foreground, 65 the background. */
const INDEXED = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
  "000000",
  "FFFFFF",
];

export interface XlsxColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function rgbToHsl(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const f = (t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return [f(h + 1 / 3), f(h), f(h - 1 / 3)];
}

/** Excel's tint: lighten (tint > 0) or darken (tint < 0) the luminance. */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const n = parseInt(hex, 16);
  const [h, s, l] = rgbToHsl(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
  const l2 = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const rgb = hslToRgb(h, s, clamp01(l2));
  return rgb
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

/** An .xlsx colour as "#RRGGBB", or undefined when it names none (or the system colours 64/65). */
export function hexFromXlsx(c: XlsxColor | undefined, fallback?: string): string | undefined {
  if (!c) return fallback;
  let hex: string | undefined;
  if (typeof c.argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(c.argb)) hex = c.argb.slice(-6).toUpperCase();
  else if (typeof c.theme === "number" && THEME[c.theme]) hex = THEME[c.theme];
  else if (typeof c.indexed === "number" && c.indexed < 64 && INDEXED[c.indexed]) hex = INDEXED[c.indexed];
  if (!hex) return fallback;
  return `#${applyTint(hex, typeof c.tint === "number" ? c.tint : 0)}`;
}

/** "#RRGGBB" → exceljs { argb: "FFRRGGBB" }. */
export function xlsxFromHex(hex: string): { argb: string } {
  return { argb: `FF${hex.replace(/^#/, "").toUpperCase()}` };
}
