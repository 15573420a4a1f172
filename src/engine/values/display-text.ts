/**
 * The text Excel displays for a value under a number format (Range.text), for what a host shows
 * and for what a planned write will show (更新当前表 lists old → new as the sheet reads). Small on
 * purpose:
 *  - strings as they are, booleans "TRUE"/"FALSE";
 *  - "General": integers below 1e11 in full, other numbers with as many decimals as fit in 11
 *    characters (a default-width column), very large/small numbers as "1.23457E+11";
 *  - numeric formats built from 0 # , . % and literals ("0", "0.00", "#,##0.00", "0%", "0.00%",
 *    "¥#,##0.00", "0.00\"万元\""): rounding half away from zero like Excel; a second ";" section is
 *    used for negatives; colour codes like [Red] are ignored;
 *  - date formats made of y m d h s tokens and literals ("yyyy-mm-dd", "yyyy/m/d",
 *    'yyyy"年"m"月"d"日"', "yyyy年m月d日", "m/d/yyyy", "hh:mm:ss") over the 1900 date system;
 *  - "@" shows the value as General; anything else (fractions, scientific formats, conditions)
 *    falls back to General.
 */

import type { CellValue } from "../sheet";

// ---------------------------------------------------------------------------------------------
// Rounding and General

export function roundHalfAway(n: number, decimals: number): number {
  const sign = n < 0 ? -1 : 1;
  const abs = Math.abs(n);
  const shifted = Math.round(Number(`${abs}e${decimals}`));
  return sign * Number(`${shifted}e-${decimals}`);
}

function toFixedHalfAway(n: number, decimals: number): string {
  const r = roundHalfAway(n, decimals);
  return (Object.is(r, -0) ? 0 : r).toFixed(decimals);
}

function scientific(n: number): string {
  const [mant, exp] = n.toExponential(5).split("e");
  const trimmed = mant.includes(".") ? mant.replace(/0+$/, "").replace(/\.$/, "") : mant;
  const e = Number(exp);
  return `${trimmed}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** Excel's General display in a default-width column (11 characters). */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) return scientific(n);
  if (Number.isInteger(n)) return String(n);
  const intLen = String(Math.trunc(abs)).length + (n < 0 ? 1 : 0);
  const decimals = Math.max(0, 11 - intLen - 1);
  let s = toFixedHalfAway(n, decimals);
  if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  if (s === "-0") s = "0";
  return s;
}

// ---------------------------------------------------------------------------------------------
// Format sections and tokens

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted && i + 1 < fmt.length) {
      cur += ch + fmt[i + 1];
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

type Tok = { kind: "lit"; text: string } | { kind: "code"; text: string };

function tokenize(section: string): Tok[] {
  const toks: Tok[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      toks.push({ kind: "lit", text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\" && i + 1 < section.length) {
      toks.push({ kind: "lit", text: section[i + 1] });
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      i = end < 0 ? section.length : end; // colours, locales, conditions: ignored
    } else if (ch === "_" && i + 1 < section.length) {
      toks.push({ kind: "lit", text: " " });
      i++;
    } else if (ch === "*" && i + 1 < section.length) {
      i++; // fill character: ignored
    } else {
      toks.push({ kind: "code", text: ch });
    }
  }
  return toks;
}

const DATE_LETTERS = /[yYmMdDhHsS]/;

function isDateSection(toks: Tok[]): boolean {
  return (
    toks.some((t) => t.kind === "code" && /[yYdDhHsS]/.test(t.text)) ||
    (toks.some((t) => t.kind === "code" && /[mM]/.test(t.text)) && !toks.some((t) => t.kind === "code" && /[0#]/.test(t.text)))
  );
}

// ---------------------------------------------------------------------------------------------
// Dates (1900 date system, with Excel's phantom 1900-02-29 = serial 60)

export function serialToParts(serial: number): { y: number; m: number; d: number; hh: number; mi: number; ss: number } {
  let days = Math.floor(serial);
  let secs = Math.round((serial - days) * 86400);
  if (secs >= 86400) {
    days += 1;
    secs -= 86400;
  }
  let y: number, m: number, d: number;
  if (days === 60) {
    y = 1900;
    m = 2;
    d = 29;
  } else {
    const base = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
    const dt = new Date(base + days * 86400000);
    y = dt.getUTCFullYear();
    m = dt.getUTCMonth() + 1;
    d = dt.getUTCDate();
  }
  return { y, m, d, hh: Math.floor(secs / 3600), mi: Math.floor((secs % 3600) / 60), ss: secs % 60 };
}

function formatDate(serial: number, toks: Tok[]): string {
  if (serial < 0 || serial >= 2958466) return "#".repeat(11);
  const p = serialToParts(serial);
  // Group consecutive identical date letters.
  const groups: Tok[] = [];
  for (const t of toks) {
    const last = groups[groups.length - 1];
    if (t.kind === "code" && DATE_LETTERS.test(t.text) && last && last.kind === "code" && last.text[0].toLowerCase() === t.text.toLowerCase()) {
      last.text += t.text;
    } else {
      groups.push({ ...t });
    }
  }
  let out = "";
  groups.forEach((t, i) => {
    if (t.kind === "lit" || !DATE_LETTERS.test(t.text)) {
      out += t.text;
      return;
    }
    const code = t.text.toLowerCase();
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    switch (code[0]) {
      case "y":
        out += code.length <= 2 ? pad(p.y % 100, 2) : String(p.y);
        break;
      case "d":
        out += code.length === 1 ? String(p.d) : pad(p.d, 2);
        break;
      case "h":
        out += code.length === 1 ? String(p.hh) : pad(p.hh, 2);
        break;
      case "s":
        out += code.length === 1 ? String(p.ss) : pad(p.ss, 2);
        break;
      case "m": {
        const prev = groups
          .slice(0, i)
          .reverse()
          .find((g) => g.kind === "code" && DATE_LETTERS.test(g.text));
        const next = groups.slice(i + 1).find((g) => g.kind === "code" && DATE_LETTERS.test(g.text));
        const minute = (prev && prev.text[0].toLowerCase() === "h") || (next && next.text[0].toLowerCase() === "s");
        if (minute) out += code.length === 1 ? String(p.mi) : pad(p.mi, 2);
        else out += code.length === 1 ? String(p.m) : pad(p.m, 2);
        break;
      }
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Numbers

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumber(n: number, toks: Tok[], withSign: boolean): string | null {
  const codes = toks
    .filter((t) => t.kind === "code")
    .map((t) => t.text)
    .join("");
  if (/[eE?/]/.test(codes.replace(/[^0#.,%eE?/]/g, ""))) return null; // scientific, fractions
  const firstDigit = toks.findIndex((t) => t.kind === "code" && /[0#?]/.test(t.text));
  if (firstDigit < 0) {
    // No digit placeholder: the section is a literal ("-", "免").
    return toks.map((t) => t.text).join("");
  }
  let lastDigit = -1;
  toks.forEach((t, i) => {
    if (t.kind === "code" && /[0#?.,]/.test(t.text)) lastDigit = i;
  });
  const prefix = toks
    .slice(0, firstDigit)
    .map((t) => t.text)
    .join("");
  const suffix = toks
    .slice(lastDigit + 1)
    .map((t) => t.text)
    .join("");
  const body = toks
    .slice(firstDigit, lastDigit + 1)
    .filter((t) => t.kind === "code")
    .map((t) => t.text)
    .join("");
  const percent = (prefix + suffix).includes("%") ? (prefix + suffix).split("%").length - 1 : 0;
  let value = Math.abs(n) * Math.pow(100, percent);
  const dot = body.indexOf(".");
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const fracPart = dot < 0 ? "" : body.slice(dot + 1);
  // Trailing commas scale by 1000.
  let scale = 0;
  let intCodes = intPart;
  while (intCodes.endsWith(",")) {
    scale++;
    intCodes = intCodes.slice(0, -1);
  }
  value = value / Math.pow(1000, scale);
  const thousands = intCodes.includes(",");
  const minInt = (intCodes.match(/0/g) ?? []).length;
  const fracZeros = (fracPart.match(/0/g) ?? []).length;
  const fracAll = (fracPart.match(/[0#?]/g) ?? []).length;
  let fixed = toFixedHalfAway(value, fracAll);
  let [i, f = ""] = fixed.split(".");
  // Optional (#) decimals: drop trailing zeros beyond the required ones.
  while (f.length > fracZeros && f.endsWith("0")) f = f.slice(0, -1);
  if (i === "0" && minInt === 0) i = "";
  i = i.padStart(minInt, "0");
  if (thousands) i = groupThousands(i);
  fixed = f.length > 0 || (dot >= 0 && fracAll === 0 && body.endsWith(".")) ? `${i}.${f}` : i;
  const isZero = Number(fixed.replace(/,/g, "")) === 0;
  const sign = withSign && n < 0 && !isZero ? "-" : "";
  return `${sign}${prefix}${fixed}${suffix}`;
}

/** The text Excel displays for `value` under `numberFormat` (see the module comment for coverage). */
export function formatValue(value: CellValue | undefined, numberFormat: string | undefined): string {
  if (value === undefined || value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt = numberFormat ?? "General";
  if (fmt === "" || /^general$/i.test(fmt) || fmt === "@") return formatGeneral(value);
  const sections = splitSections(fmt);
  let section = sections[0];
  let withSign = true;
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    withSign = false;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  }
  if (/^general$/i.test(section.trim())) return formatGeneral(withSign ? value : Math.abs(value));
  const toks = tokenize(section);
  if (isDateSection(toks)) return formatDate(value, toks);
  return formatNumber(value, toks, withSign) ?? formatGeneral(value);
}
