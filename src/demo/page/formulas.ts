/**
 * Formula values for the demo's Excel host (HostOptions.evaluateFormula): the host stores a written
 * formula and asks this for its value. Enough for what the add-in writes (the project wizard's
 * 预算数 is =SUM(E3,G3)) and for simple formulas a user types: numbers, cell references on the same
 * sheet, + - * / ^, parentheses, unary minus, percent literals, and SUM / AVERAGE / MIN / MAX / COUNT
 * over cells and ranges. Text and blank cells count as nothing in functions and as 0 in arithmetic,
 * as in Excel. Anything else gives Excel's error values (#NAME?, #VALUE!, #DIV/0!).
 */
import type { CellValue, ExcelHost, HostOptions } from "../host";
import { cellKey, columnIndex } from "../host/a1";

type Evaluate = NonNullable<HostOptions["evaluateFormula"]>;

class FormulaError extends Error {
  constructor(readonly value: string) {
    super(value);
  }
}

interface Ref {
  row: number;
  col: number;
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?%?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|([A-Za-z][A-Za-z0-9.]*)\s*\(|([-+*/^(),%]))/y;

function parseRef(text: string): Ref {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text)!;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Evaluates `=…` for the cell at `at`, reading other cells through `read`. */
export function evaluateFormula(formula: string, read: (row: number, col: number) => CellValue | undefined): CellValue {
  const src = formula.replace(/^=/, "");
  let pos = 0;
  type Tok = { kind: "num" | "ref" | "fn" | "op"; text: string } | null;
  let tok: Tok = null;
  const nextTok = (): Tok => {
    if (pos >= src.length || /^\s*$/.test(src.slice(pos))) return null;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError("#NAME?");
    pos = TOKEN.lastIndex;
    if (m[1]) return { kind: "num", text: m[1] };
    if (m[2]) return { kind: "ref", text: m[2] };
    if (m[3]) return { kind: "fn", text: m[3].toUpperCase() };
    return { kind: "op", text: m[4] };
  };
  const advance = () => (tok = nextTok());
  /** Is the current token the operator `text`? (A function: `tok` changes behind TypeScript's back.) */
  const isOp = (text: string): boolean => !!tok && tok.kind === "op" && tok.text === text;
  const expect = (text: string) => {
    if (!tok || tok.kind !== "op" || tok.text !== text) throw new FormulaError("#VALUE!");
    advance();
  };

  const num = (v: CellValue | undefined): number => {
    if (v === undefined || v === "" || v === null) return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (/^#/.test(v)) throw new FormulaError(v);
    const n = Number(v);
    if (Number.isFinite(n)) return n;
    throw new FormulaError("#VALUE!");
  };

  /** A function argument: every number it holds (ranges spread; text and blanks skipped). */
  const argument = (): number[] => {
    if (tok?.kind === "ref") {
      const [a, b] = tok.text.split(":");
      const p = parseRef(a);
      const q = b ? parseRef(b) : p;
      const save = { pos, tok };
      advance();
      if (b || !tok || isOp(",") || isOp(")")) {
        const out: number[] = [];
        for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++)
          for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) {
            const v = read(r, c);
            if (typeof v === "number") out.push(v);
            else if (typeof v === "string" && /^#/.test(v)) throw new FormulaError(v);
          }
        return out;
      }
      pos = save.pos;
      tok = save.tok;
    }
    return [expression()];
  };

  const call = (name: string): number => {
    const args: number[] = [];
    if (!(tok?.kind === "op" && tok.text === ")")) {
      args.push(...argument());
      while (tok?.kind === "op" && tok.text === ",") {
        advance();
        args.push(...argument());
      }
    }
    expect(")");
    switch (name) {
      case "SUM":
        return args.reduce((a, b) => a + b, 0);
      case "AVERAGE":
        if (args.length === 0) throw new FormulaError("#DIV/0!");
        return args.reduce((a, b) => a + b, 0) / args.length;
      case "MIN":
        return args.length ? Math.min(...args) : 0;
      case "MAX":
        return args.length ? Math.max(...args) : 0;
      case "COUNT":
        return args.length;
      default:
        throw new FormulaError("#NAME?");
    }
  };

  const primary = (): number => {
    const t = tok;
    if (!t) throw new FormulaError("#VALUE!");
    if (t.kind === "num") {
      advance();
      return t.text.endsWith("%") ? Number(t.text.slice(0, -1)) / 100 : Number(t.text);
    }
    if (t.kind === "ref") {
      if (t.text.includes(":")) throw new FormulaError("#VALUE!");
      advance();
      const p = parseRef(t.text);
      return num(read(p.row, p.col));
    }
    if (t.kind === "fn") {
      advance();
      return call(t.text);
    }
    if (t.text === "(") {
      advance();
      const v = expression();
      expect(")");
      return v;
    }
    if (t.text === "-" || t.text === "+") {
      advance();
      const v = primary();
      return t.text === "-" ? -v : v;
    }
    throw new FormulaError("#VALUE!");
  };
  const postfix = (): number => {
    let v = primary();
    while (tok?.kind === "op" && tok.text === "%") {
      advance();
      v /= 100;
    }
    return v;
  };
  const power = (): number => {
    let v = postfix();
    while (tok?.kind === "op" && tok.text === "^") {
      advance();
      v = Math.pow(v, postfix());
    }
    return v;
  };
  const term = (): number => {
    let v = power();
    while (tok?.kind === "op" && (tok.text === "*" || tok.text === "/")) {
      const op = tok.text;
      advance();
      const r = power();
      if (op === "/" && r === 0) throw new FormulaError("#DIV/0!");
      v = op === "*" ? v * r : v / r;
    }
    return v;
  };
  function expression(): number {
    let v = term();
    while (tok?.kind === "op" && (tok.text === "+" || tok.text === "-")) {
      const op = tok.text;
      advance();
      const r = term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }

  try {
    advance();
    const v = expression();
    if (tok) throw new FormulaError("#VALUE!");
    return Number.isFinite(v) ? Number(v.toPrecision(15)) : "#NUM!";
  } catch (e) {
    if (e instanceof FormulaError) return e.value;
    throw e;
  }
}

/** The host option: formulas read the host's cells on the same sheet. */
export function demoFormulas(host: () => ExcelHost): Evaluate {
  return (formula, at) => evaluateFormula(formula, (row, col) => host().cell(at.sheet, cellKey(row, col))?.value);
}
