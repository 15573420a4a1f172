import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** The part of Office.context.officeTheme the pane uses (absent on hosts without themes). */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/** True for a dark "#RRGGBB" (relative luminance below one half); false when unreadable. */
export function isDarkColor(color: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return l < 0.5 * (1 + 0.05) - 0.05; // darker than mid-grey on the contrast scale
}

/** Fluent's web dark theme when Office's body background is dark, else the light one. */
export function themeFor(officeTheme: OfficeThemeColors | undefined | null): Theme {
  return isDarkColor(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
