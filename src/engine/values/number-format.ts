/**
 * Just enough of Excel's number-format language to know what a number cell shows: whether it
 * scales by 100 (%), which literal text surrounds the number (`0"人"`, `"≥"0%`, `#,##0.00"万元"`),
 * and which date/time codes it uses. Quoted text, `\x` escapes, `[...]` sections, `_x` padding and
 * `*x` fill never count as codes, so `0"%"` does not scale and `[Red]` holds no `d`.
 */

export type FormatToken = { kind: "literal"; text: string } | { kind: "code"; text: string } | { kind: "bracket"; text: string };

/** Excel's "General" and its Chinese-locale spelling, plus empty, all show the plain number. */
export function isGeneralFormat(format: string): boolean {
  const f = format.trim().toLowerCase();
  return f === "" || f === "general" || f === "g/通用格式" || f === "@";
}

/** Split on `;` outside quotes, escapes and brackets. */
export function formatSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === '"' || ch === "[") {
      const close = format.indexOf(ch === '"' ? '"' : "]", i + 1);
      const stop = close < 0 ? format.length : close + 1;
      cur += format.slice(i, stop);
      i = stop;
    } else if (ch === "\\") {
      cur += format.slice(i, i + 2);
      i += 2;
    } else if (ch === ";") {
      out.push(cur);
      cur = "";
      i++;
    } else {
      cur += ch;
      i++;
    }
  }
  out.push(cur);
  return out;
}

const CODE_CHAR = /[0-9#?.,%@a-zA-Z]/;

export function tokenizeSection(section: string): FormatToken[] {
  const tokens: FormatToken[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === "literal") last.text += text;
    else tokens.push({ kind: "literal", text });
  };
  if (isGeneralFormat(section)) return tokens;
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    const rest = section.slice(i);
    const ampm = /^(?:AM\/PM|A\/P|上午\/下午)/i.exec(rest);
    const general = /^(?:General|G\/通用格式)/i.exec(rest);
    if (general) {
      // `General"人"` is legal: the number as General shows it, then the literal.
      tokens.push({ kind: "code", text: "0" });
      i += general[0].length;
    } else if (ampm) {
      tokens.push({ kind: "code", text: "AM/PM" });
      i += ampm[0].length;
    } else if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      const stop = close < 0 ? section.length : close;
      literal(section.slice(i + 1, stop));
      i = stop + 1;
    } else if (ch === "\\") {
      literal(section.slice(i + 1, i + 2));
      i += 2;
    } else if (ch === "[") {
      const close = section.indexOf("]", i + 1);
      const stop = close < 0 ? section.length : close;
      const inside = section.slice(i + 1, stop);
      // [$¥-804] shows its currency symbol; [$-804] and [$-F800] only pick a locale.
      const currency = /^\$([^-]+)/.exec(inside);
      if (currency) literal(currency[1]);
      else tokens.push({ kind: "bracket", text: inside });
      i = stop + 1;
    } else if (ch === "_" || ch === "*") {
      i += 2;
    } else if (CODE_CHAR.test(ch)) {
      tokens.push({ kind: "code", text: ch });
      i++;
    } else {
      // Everything else Excel shows as is: $ - + ( ) : / space, and CJK typed without quotes.
      literal(ch);
      i++;
    }
  }
  return tokens;
}

/** The section a positive number is shown with; the engine keeps the sign from the value. */
export function firstSection(format: string): string {
  return formatSections(format)[0];
}

/** Does the format multiply by 100? Only an unquoted % does; `0"%"` shows the number as is. */
export function formatScalesPercent(format: string): boolean {
  return tokenizeSection(firstSection(format)).some((t) => t.kind === "code" && t.text === "%");
}

/**
 * What a number format writes before and after the digits. A % code is part of the suffix, so
 * `"≥"0%` gives prefix "≥" and suffix "%".
 */
export function formatAffixes(format: string): { prefix: string; suffix: string } {
  const tokens = tokenizeSection(firstSection(format));
  const isDigit = (t: FormatToken) => t.kind === "code" && /[0#?]/.test(t.text);
  const first = tokens.findIndex(isDigit);
  if (first < 0) return { prefix: "", suffix: "" };
  let last = first;
  tokens.forEach((t, i) => {
    if (isDigit(t)) last = i;
  });
  const text = (ts: FormatToken[]) => ts.map((t) => (t.kind === "literal" ? t.text : t.kind === "code" && t.text === "%" ? "%" : "")).join("");
  return { prefix: text(tokens.slice(0, first)), suffix: text(tokens.slice(last + 1)) };
}
