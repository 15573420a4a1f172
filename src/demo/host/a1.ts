/** A1 addresses for the fake Excel host. Rows and columns are zero-based and inclusive. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const letterCache: string[] = [];

export function columnLetters(col: number): string {
  const cached = letterCache[col];
  if (cached !== undefined) return cached;
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  letterCache[col] = out;
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" for (2, 1). */
export function cellKey(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

const keyCache = new Map<string, { row: number; col: number }>();

/** "B3" → { row: 2, col: 1 }; throws on anything that is not a plain cell key. */
export function parseCellKey(key: string): { row: number; col: number } {
  const hit = keyCache.get(key);
  if (hit) return hit;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(key);
  if (!m) throw new Error(`Not a cell address: ${key}`);
  const pos = { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  if (keyCache.size < 2_000_000) keyCache.set(key, pos);
  return pos;
}

function inBounds(r: Rect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLUMNS && r.top <= r.bottom && r.left <= r.right;
}

function normalize(a: Rect): Rect {
  return {
    top: Math.min(a.top, a.bottom),
    bottom: Math.max(a.top, a.bottom),
    left: Math.min(a.left, a.right),
    right: Math.max(a.left, a.right),
  };
}

/** Parses "A1", "$A$1:C3", "A:C", "3:5" (no sheet part). Returns null when malformed or off the grid. */
export function parseRect(text: string): Rect | null {
  const s = text.trim();
  let m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(s);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = columnIndex(m[1]);
    const r2 = m[4] !== undefined ? Number(m[4]) - 1 : r1;
    const c2 = m[3] !== undefined ? columnIndex(m[3]) : c1;
    const rect = normalize({ top: r1, left: c1, bottom: r2, right: c2 });
    return inBounds(rect) ? rect : null;
  }
  m = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(s);
  if (m) {
    const rect = normalize({ top: 0, bottom: MAX_ROWS - 1, left: columnIndex(m[1]), right: columnIndex(m[2]) });
    return inBounds(rect) ? rect : null;
  }
  m = /^\$?(\d+):\$?(\d+)$/.exec(s);
  if (m) {
    const rect = normalize({ top: Number(m[1]) - 1, bottom: Number(m[2]) - 1, left: 0, right: MAX_COLUMNS - 1 });
    return inBounds(rect) ? rect : null;
  }
  return null;
}

/** Splits "'My sheet'!A1:B2" / "Sheet1!A1" / "A1" into sheet name (unquoted) and the rest. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i];
      i++;
    }
    if (s[i] === "'" && s[i + 1] === "!") return { sheet: name, ref: s.slice(i + 2) };
    return { ref: s };
  }
  const bang = s.lastIndexOf("!");
  if (bang > 0) return { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
  return { ref: s };
}

/** "A1", "A1:C3", whole columns "A:C", whole rows "1:3" (Excel's own address forms). */
export function formatRect(r: Rect): string {
  const fullRows = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const fullCols = r.left === 0 && r.right === MAX_COLUMNS - 1;
  if (fullCols) return `${r.top + 1}:${r.bottom + 1}`;
  if (fullRows) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  const a = cellKey(r.top, r.left);
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${cellKey(r.bottom, r.right)}`;
}

/**
 * Quotes a sheet name the way Excel writes it in addresses: names made only of letters (any script),
 * digits, "_" and "." that do not start with a digit and do not look like a cell reference stay bare;
 * everything else is wrapped in '…' with inner quotes doubled.
 */
export function quoteSheetName(name: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]?\d*$/.test(name) && !/^[Cc]\d*$/.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r)}`;
}

export function rectContains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

export function rectIntersection(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function rectWithin(inner: Rect, outer: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function rectCols(r: Rect): number {
  return r.right - r.left + 1;
}

export function rectCellCount(r: Rect): number {
  return rectRows(r) * rectCols(r);
}

export function isValidRect(r: Rect): boolean {
  return Number.isInteger(r.top) && Number.isInteger(r.left) && Number.isInteger(r.bottom) && Number.isInteger(r.right) && inBounds(r);
}
