/**
 * A project list (one project per row: 项目名称, 项目编码, budget parts, 资金用途, spending plan per
 * milestone column, optionally 年度, 绩效目标, 主管部门, 实施单位) → one spec per row. Host-neutral:
 * the command line gives it a sheet read from .xlsx or .csv, the wizard's batch mode a sheet read
 * from the workbook.
 *
 * Headers are recognised with the checker's own label dictionary (so 财政拨款, 资金总额（万元）,
 * 6月末, 年度绩效目标 work as in tables). Unknown columns (序号, 备注…) are ignored and listed.
 * Indicators cannot be given in a list: each project gets the framework's default set
 * (default-indicators.ts), to be made specific afterwards.
 */
import type { CellInfo, SheetModel } from "./sheet";
import { SheetGrid } from "./sheet";
import type { FrameworkId } from "./model";
import { fieldOf, isMilestoneLabel, stripQualifier } from "./labels";
import { normalizeLabel, squash } from "./normalize";
import { readAmount, unitInLabel } from "./values/amount";
import { readPercent } from "./values/percent";
import type { MoneyUnit } from "./values/types";
import { NormalSpec, SpecError, SpecUnit, normalPartLabel, specFindings, validateSpec } from "./spec";
import { defaultIndicators } from "./default-indicators";
import type { CheckConfig, Lang } from "./rule";

type ColumnKind =
  | { kind: "name" | "code" | "department" | "implementer" | "purpose" | "goals" | "year" | "title" | "ignore" }
  | { kind: "total"; unit?: MoneyUnit }
  | { kind: "part"; label: string; unit?: MoneyUnit }
  | { kind: "milestone"; label: string; percentHeader: boolean };

export interface ListColumn {
  col: number;
  header: string;
  what: ColumnKind;
}

export interface ListRowResult {
  /** One-based row number on the sheet (as a user sees it). */
  row: number;
  /** The project's name as the row gives it (also for a row with problems, so it can be named). */
  name?: string;
  spec?: NormalSpec;
  errors: { column: string; message: string }[];
  /** The row had no indicators (a list never has): the default set was used. */
  defaultIndicators: boolean;
}

export interface ProjectList {
  headerRow: number;
  columns: ListColumn[];
  /** Headers of columns the reader ignored. */
  ignored: string[];
  rows: ListRowResult[];
}

export interface ListOptions {
  /** Budget year when the list has no 年度 column or it is blank in a row (default: the current year). */
  year?: number;
  framework?: FrameworkId;
  lang?: Lang;
  /**
   * The checker's settings: each row is also checked as the table it would become (the wizard's
   * own check), so a row the checker would flag with an error is not "ready".
   */
  config?: CheckConfig;
}

const MSG = {
  zh: {
    amount: (t: string) => `“${t}”不是金额`,
    percent: (t: string) => `“${t}”不是百分比`,
    year: (t: string) => `“${t}”不是四位年份`,
    noName: "项目名称必须填写",
  },
  en: {
    amount: (t: string) => `"${t}" is not an amount`,
    percent: (t: string) => `"${t}" is not a percentage`,
    year: (t: string) => `"${t}" is not a four-digit year`,
    noName: "the project name (项目名称) is required",
  },
};

function classify(header: string): ColumnKind {
  const n = normalizeLabel(header);
  if (n === "") return { kind: "ignore" };
  if (/^(预算)?年度$|^预算年度$|^年份$/.test(n)) return { kind: "year" };
  if (/^(表名|标题)$/.test(n)) return { kind: "title" };
  const f = fieldOf(header);
  switch (f) {
    case "name":
    case "code":
    case "department":
    case "implementer":
    case "purpose":
    case "goals":
      return { kind: f };
    case "total":
      return { kind: "total", unit: unitInLabel(header) };
    case "part":
      return { kind: "part", label: normalPartLabel(stripQualifier(normalizeLabel(header)).replace(/^其中[:：]?/, "")), unit: unitInLabel(header) };
    default:
      break;
  }
  const bare = stripQualifier(n);
  if (isMilestoneLabel(bare)) return { kind: "milestone", label: bare, percentHeader: /%/.test(n) };
  return { kind: "ignore" };
}

/** "1. 目标" / "1、" / "（1）" / "目标1：" at the start of a goal line. */
const NUMBERING = /^\s*(?:目标\s*[0-9一二三四五六七八九十]+\s*[:：.、]?|[（(]?[0-9一二三四五六七八九十]+[)）.、．:：]\s*)/;

function goalsOf(text: string): string[] {
  return text
    .split(/\r?\n|[；;](?=\s*(?:目标\s*)?[（(]?[0-9一二三四五六七八九十]+[)）.、．:：])/)
    .map((l) => l.replace(NUMBERING, "").trim())
    .filter((l) => l !== "");
}

/** Read a project list from a sheet. The header row is the first one (of the first 20) naming 项目名称. */
export function readProjectList(sheet: SheetModel, options: ListOptions = {}): ProjectList | undefined {
  const lang = options.lang === "en" ? "en" : "zh";
  const m = MSG[lang];
  const grid = new SheetGrid(sheet);
  let headerRow = -1;
  for (let r = grid.firstRow; r < Math.min(grid.rowCount, grid.firstRow + 20) && headerRow < 0; r++) {
    for (let c = grid.firstCol; c < grid.rowEnd(r); c++) if (fieldOf(grid.text(r, c)) === "name") headerRow = r;
  }
  if (headerRow < 0) return undefined;
  const columns: ListColumn[] = [];
  const ignored: string[] = [];
  for (let c = grid.firstCol; c < grid.rowEnd(headerRow); c++) {
    const header = grid.text(headerRow, c).trim();
    if (header === "") continue;
    const what = classify(header);
    if (what.kind === "ignore") ignored.push(header);
    else columns.push({ col: c, header, what });
  }
  const unitCol = columns.find((c) => (c.what.kind === "total" || c.what.kind === "part") && c.what.unit);
  const unit: SpecUnit = (unitCol && (unitCol.what as { unit?: MoneyUnit }).unit) || "万元";
  const milestones = columns.filter((c) => c.what.kind === "milestone");

  const rows: ListRowResult[] = [];
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    if (grid.rowIsBlank(r, grid.firstCol, grid.rowEnd(r))) continue;
    const errors: ListRowResult["errors"] = [];
    const cell = (c: ListColumn): CellInfo => grid.cell(r, c.col);
    const textOf = (c: ListColumn | undefined): string | null => {
      if (!c) return null;
      const t = grid.text(r, c.col).trim();
      return t === "" ? null : t;
    };
    const one = (kind: string) => columns.find((c) => c.what.kind === kind);
    const name = textOf(one("name"));
    const parts: { label: string; amount: number | null }[] = [];
    let total: number | null = null;
    for (const c of columns) {
      if (c.what.kind !== "part" && c.what.kind !== "total") continue;
      const reading = readAmount(cell(c), c.what.unit, unit);
      let amount: number | null = null;
      if (reading.kind === "amount")
        amount = reading.unit === unit ? reading.value : unit === "万元" ? reading.wan : Number((reading.wan * 10000).toPrecision(12));
      else if (reading.kind === "invalid") errors.push({ column: c.header, message: m.amount(grid.text(r, c.col).trim()) });
      if (c.what.kind === "total") total = amount;
      else parts.push({ label: c.what.label, amount });
    }
    // the plan: bare numbers that all lie in 0–1 and end at 1 are fractions, else percentages
    // (numbers typed into a .csv arrive as text: "0.4" counts as the bare number it is)
    const bareOf = (x: CellInfo): number | undefined =>
      typeof x.value === "number"
        ? /%/.test(x.numberFormat)
          ? undefined
          : x.value
        : typeof x.value === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(x.value)
          ? Number(x.value)
          : undefined;
    const bare = milestones.map((c) => bareOf(cell(c))).filter((x): x is number => x !== undefined);
    const fraction = bare.length === milestones.length && bare.length > 0 && bare.every((x) => x >= 0 && x <= 1) && bare[bare.length - 1] === 1;
    const plan = milestones.map((c) => {
      const x = cell(c);
      const reading = readPercent(x, { percentLabel: !fraction, fractionScale: fraction });
      if (reading.kind === "invalid") errors.push({ column: c.header, message: m.percent(x.text.trim()) });
      return { label: (c.what as { label: string }).label, percent: reading.kind === "percent" ? reading.value : null };
    });
    let year = options.year ?? new Date().getFullYear();
    const yearCol = one("year");
    const yearValue = yearCol ? grid.value(r, yearCol.col) : null;
    const yearText = typeof yearValue === "number" ? String(yearValue) : textOf(yearCol);
    if (yearText !== null) {
      const y = /^(\d{4})(?:年度?)?$/.exec(squash(yearText));
      if (y) year = Number(y[1]);
      else errors.push({ column: yearCol!.header, message: m.year(yearText) });
    }
    const goalsText = textOf(one("goals"));
    const framework = options.framework ?? "legacy";
    const raw = {
      year,
      code: textOf(one("code")),
      name: name ?? "",
      ...(textOf(one("title")) ? { title: textOf(one("title")) } : {}),
      department: textOf(one("department")),
      implementer: textOf(one("implementer")),
      unit,
      budget: total !== null ? { total, parts } : { parts },
      purpose: textOf(one("purpose")) ?? "",
      plan: plan.length > 0 ? plan : ["3月底", "6月底", "9月底", "12月底"].map((label) => ({ label, percent: null })),
      goals: goalsText ? goalsOf(goalsText) : [],
      framework,
      indicators: [] as unknown[],
    };
    const partTotal = parts.some((p) => p.amount !== null) ? parts.reduce((s, p) => s + (p.amount ?? 0), 0) : null;
    raw.indicators = defaultIndicators(framework, { year, total: total ?? partTotal, unit });
    if (name === null) errors.push({ column: one("name")?.header ?? "项目名称", message: m.noName });
    // every problem of the row at once: the shape (values that could not be read are blank here,
    // and already named), then what the checker would say of the table it becomes
    const reported = new Set(errors.map((e) => e.column));
    const more = (column: string, message: string) => {
      if (!reported.has(column)) errors.push({ column, message });
    };
    const v = validateSpec(raw, lang, "form");
    for (const e of v.errors) more(columnOfPath(e, columns), e.message);
    if (v.spec)
      for (const f of specFindings(v.spec, { ...options.config, lang }))
        if (f.severity === "error") more(columnOfPath({ path: f.path, message: f.message }, columns), f.message);
    const spec: NormalSpec | undefined = errors.length === 0 ? v.spec : undefined;
    rows.push({ row: r + 1, ...(name !== null ? { name } : {}), spec, errors, defaultIndicators: true });
  }
  return { headerRow: headerRow + 1, columns, ignored, rows };
}

/** The list column a spec path comes from, for messages ("budget.parts[1].label" → its header). */
function columnOfPath(e: SpecError, columns: ListColumn[]): string {
  const part = /^budget\.parts\[(\d+)\]/.exec(e.path);
  if (part) return columns.filter((c) => c.what.kind === "part")[Number(part[1])]?.header ?? e.path;
  const ms = /^plan\[(\d+)\]/.exec(e.path);
  if (ms) return columns.filter((c) => c.what.kind === "milestone")[Number(ms[1])]?.header ?? e.path;
  const kinds: Record<string, string> = {
    name: "name",
    code: "code",
    title: "title",
    department: "department",
    implementer: "implementer",
    purpose: "purpose",
    year: "year",
    "budget.total": "total",
  };
  const k = kinds[e.path] ?? (e.path.startsWith("goals") ? "goals" : undefined);
  return (k && columns.find((c) => c.what.kind === k)?.header) || e.path;
}

/**
 * A CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; comma, semicolon
 * or tab separated, guessed from the first line) as a sheet model of strings.
 */
export function csvToSheet(text: string, name = "list"): SheetModel {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  const sep = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    name,
    originRow: 0,
    originCol: 0,
    values: rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined || r[i].trim() === "" ? null : r[i]))),
    merges: [],
  };
}
