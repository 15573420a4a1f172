/**
 * Text extents in Excel's units, for laying out Chinese tables: column widths are counted in
 * characters of the default font's digit width, and a CJK character (or a full-width form) takes
 * about two of them. Row heights are in points.
 */

/** Is this code point drawn double-width (CJK ideographs, kana, Hangul, full-width forms, CJK punctuation)? */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    // ≥ ≤ and similar symbols are drawn wide in CJK fonts
    cp === 0x2265 ||
    cp === 0x2264 ||
    cp === 0x2014 ||
    cp === 0x2026
  );
}

/** Width of one line of text in Excel character units (CJK counts 2). */
export function textWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

/** Width of the widest line of a possibly multi-line text. */
export function widestLine(text: string): number {
  let w = 0;
  for (const line of text.split(/\r?\n/)) w = Math.max(w, textWidth(line));
  return w;
}

/**
 * How many lines a text wraps to in a cell `width` characters wide (Excel leaves about one
 * character of padding). Wide characters never split, so a line holds floor(room / 2) of them.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(2, width - 1.5);
  let lines = 0;
  for (const line of text.split(/\r?\n/)) {
    let used = 0;
    let n = 1;
    for (const ch of line) {
      const w = isWide(ch.codePointAt(0)!) ? 2 : 1;
      if (used + w > room) {
        n++;
        used = 0;
      }
      used += w;
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** Line height in points for a font size (CJK fonts need a little more than Latin ones). */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.45 * 4) / 4;
}

/** Row height in points that shows `lines` lines of `fontSize` text with a little air. */
export function rowHeightFor(lines: number, fontSize: number, min = 0): number {
  return Math.max(min, Math.ceil((lines * lineHeight(fontSize) + 6) * 4) / 4);
}
