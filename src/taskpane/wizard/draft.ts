/**
 * The wizard's form state (a draft: every field as the user typed it) and how it becomes a project
 * spec and gets checked. Pure: no React, no Office.
 *
 * Checking uses exactly the checker's rules, in two layers, both keyed by the spec field's path:
 *  1. validateSpec — the shape (a year that is no year, an amount that is no number, an unknown
 *     budget source or milestone, a 一级 the framework lacks): always an error.
 *  2. specFindings — the findings the checker would report on the table this spec lays out (a plan
 *     that does not end at 100%, a 数量 value without a number, a missing 满意度指标…), each at the
 *     field whose cell it points at, with the checker's severity.
 * Errors of either layer block generation; warnings and notes are shown and do not.
 */
import type { FrameworkId } from "../../engine/model";
import type { CheckConfig, Lang, Severity } from "../../engine/rule";
import { NormalSpec, SpecUnit, specFindings, validateSpec } from "../../engine/spec";
import { FRAMEWORKS, Level1, canonLevel1, canonLevel2 } from "../../engine/frameworks";
import type { ProjectClass } from "../../engine/indicator-library";
import { normalizeLabel } from "../../engine/normalize";

export const STEPS = ["basics", "budget", "plan", "goals", "indicators", "preview", "generate"] as const;
export type Step = (typeof STEPS)[number];

export type MilestoneSet = "q10" | "q9" | "monthly" | "custom";

export const MILESTONE_SETS: Record<Exclude<MilestoneSet, "custom">, string[]> = {
  q10: ["3月底", "6月底", "10月底", "12月底"],
  q9: ["3月底", "6月底", "9月底", "12月底"],
  monthly: Array.from({ length: 12 }, (_, i) => `${i + 1}月底`),
};

/** Budget sources offered for a new part (the checker recognises all of them). */
export const PART_LABELS = [
  "财政资金",
  "其他资金",
  "上年结转",
  "自筹资金",
  "财政拨款",
  "政府性基金",
  "专项资金",
  "中央补助",
  "省级补助",
  "市级资金",
  "区级资金",
];

export interface DraftPart {
  key: number;
  label: string;
  /** As typed; "" is blank. */
  amount: string;
}

export interface DraftMilestone {
  label: string;
  /** Cumulative percent as typed ("50", "50%", ""). */
  percent: string;
}

export interface DraftGoal {
  key: number;
  text: string;
}

export interface DraftIndicator {
  key: number;
  level1: string;
  level2: string;
  name: string;
  description: string;
  value: string;
  basis: string;
}

export interface Draft {
  year: string;
  code: string;
  name: string;
  /** "" = the default title (name + 项目绩效目标表). */
  title: string;
  department: string;
  implementer: string;
  unit: SpecUnit;
  parts: DraftPart[];
  purpose: string;
  milestoneSet: MilestoneSet;
  plan: DraftMilestone[];
  goals: DraftGoal[];
  framework: FrameworkId;
  /** Always in the framework's order (一级, then 二级), so that a row's index is its spec path. */
  indicators: DraftIndicator[];
  /** For the indicator library only; not written. */
  projectClass: ProjectClass | "";
}

let nextKey = 1;
/** A fresh key for a new list row (React keys; never reused). */
export function newKey(): number {
  return nextKey++;
}

export function emptyDraft(year: number): Draft {
  return {
    year: String(year),
    code: "",
    name: "",
    title: "",
    department: "",
    implementer: "",
    unit: "万元",
    parts: [
      { key: newKey(), label: "财政资金", amount: "" },
      { key: newKey(), label: "其他资金", amount: "" },
    ],
    purpose: "",
    milestoneSet: "q10",
    plan: MILESTONE_SETS.q10.map((label) => ({ label, percent: "" })),
    goals: [{ key: newKey(), text: "" }],
    framework: "legacy",
    indicators: [],
    projectClass: "",
  };
}

/** "3月底", "3月末" and "3月" are one milestone. */
export function milestoneKey(label: string): string {
  return normalizeLabel(label).replace(/^(\d+)月(底|末)?$/, "$1月");
}

/**
 * A draft as kept in the workbook's settings, back: every field checked for its type (a setting
 * written by another version, or edited by hand, gives undefined, never a broken form); list rows
 * get fresh keys.
 */
export function draftFromStored(x: unknown): Draft | undefined {
  if (!x || typeof x !== "object") return undefined;
  const o = x as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const texts = ["year", "code", "name", "title", "department", "implementer", "purpose"] as const;
  if (texts.some((k) => str(o[k]) === undefined)) return undefined;
  const rows = (v: unknown, keys: string[]) =>
    Array.isArray(v) && v.every((r) => r && typeof r === "object" && keys.every((k) => typeof (r as Record<string, unknown>)[k] === "string"))
      ? (v as Record<string, string>[])
      : undefined;
  const parts = rows(o.parts, ["label", "amount"]);
  const plan = rows(o.plan, ["label", "percent"]);
  const goals = rows(o.goals, ["text"]);
  const indicators = rows(o.indicators, ["level1", "level2", "name", "description", "value", "basis"]);
  if (!parts || !plan || !goals || !indicators) return undefined;
  const unit = o.unit === "元" ? "元" : "万元";
  const framework: FrameworkId = o.framework === "2021" ? "2021" : "legacy";
  const set = ["q10", "q9", "monthly", "custom"].includes(o.milestoneSet as string)
    ? (o.milestoneSet as MilestoneSet)
    : milestoneSetOf(plan.map((m) => m.label));
  return {
    year: str(o.year)!,
    code: str(o.code)!,
    name: str(o.name)!,
    title: str(o.title)!,
    department: str(o.department)!,
    implementer: str(o.implementer)!,
    purpose: str(o.purpose)!,
    unit,
    parts: parts.map((p) => ({ key: newKey(), label: p.label, amount: p.amount })),
    milestoneSet: set,
    plan: plan.map((m) => ({ label: m.label, percent: m.percent })),
    goals: (goals.length > 0 ? goals : [{ text: "" }]).map((g) => ({ key: newKey(), text: g.text })),
    framework,
    indicators: sortIndicators(
      indicators.map((i) => ({ key: newKey(), level1: i.level1, level2: i.level2, name: i.name, description: i.description, value: i.value, basis: i.basis })),
      framework,
    ),
    projectClass: typeof o.projectClass === "string" ? (o.projectClass as ProjectClass | "") : "",
  };
}

/** The milestone set a plan's labels form, if it is one of the offered ones. */
export function milestoneSetOf(labels: string[]): MilestoneSet {
  const key = (xs: string[]) => xs.map(milestoneKey).join("|");
  for (const [id, set] of Object.entries(MILESTONE_SETS)) if (key(set) === key(labels)) return id as MilestoneSet;
  return "custom";
}

function show(n: number | null): string {
  return n === null ? "" : String(n);
}

/** A spec (a table read back, a saved project) as a draft. */
export function draftFromSpec(spec: NormalSpec): Draft {
  const d: Draft = {
    year: String(spec.year),
    code: spec.code ?? "",
    name: spec.name,
    title: spec.title === `${spec.name}项目绩效目标表` ? "" : spec.title,
    department: spec.department ?? "",
    implementer: spec.implementer ?? "",
    unit: spec.unit,
    parts: spec.budget.parts.map((p) => ({ key: newKey(), label: p.label, amount: show(p.amount) })),
    purpose: spec.purpose,
    milestoneSet: milestoneSetOf(spec.plan.map((m) => m.label)),
    plan: spec.plan.map((m) => ({ label: m.label, percent: show(m.percent) })),
    goals: (spec.goals.length > 0 ? spec.goals : [""]).map((text) => ({ key: newKey(), text })),
    framework: spec.framework,
    indicators: spec.indicators.map((i) => ({
      key: newKey(),
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      description: i.description ?? "",
      value: i.value,
      basis: i.basis ?? "",
    })),
    projectClass: "",
  };
  d.indicators = sortIndicators(d.indicators, d.framework);
  return d;
}

/** Position of a row in the framework's tree (unknown 一级/二级 after the known ones). */
function orderOf(i: DraftIndicator, framework: FrameworkId): [number, number] {
  const tree = FRAMEWORKS[framework].tree;
  const l1s = Object.keys(tree) as Level1[];
  const c1 = canonLevel1(i.level1);
  const a = c1 ? l1s.indexOf(c1) : -1;
  if (a < 0) return [l1s.length, 0];
  const c2 = canonLevel2(i.level2);
  const b = c2 ? (tree[c1!] ?? []).indexOf(c2) : -1;
  return [a, b < 0 ? 99 : b];
}

/** Rows in the framework's order (stable: rows of one 二级 keep their order). */
export function sortIndicators(rows: DraftIndicator[], framework: FrameworkId): DraftIndicator[] {
  return rows
    .map((r, i) => ({ r, i, o: orderOf(r, framework) }))
    .sort((x, y) => x.o[0] - y.o[0] || x.o[1] - y.o[1] || x.i - y.i)
    .map((x) => x.r);
}

/** The milestones of a set, keeping the percentages typed for labels the sets share. */
export function withMilestoneSet(plan: DraftMilestone[], set: Exclude<MilestoneSet, "custom">): DraftMilestone[] {
  return withMilestones(plan, MILESTONE_SETS[set]);
}

/** The plan on other milestones (a template's), keeping what was typed for the ones both have. */
export function withMilestones(plan: DraftMilestone[], labels: string[]): DraftMilestone[] {
  const byNorm = new Map(plan.map((m) => [milestoneKey(m.label), m.percent]));
  return labels.map((label) => ({ label, percent: byNorm.get(milestoneKey(label)) ?? "" }));
}

// ---------------------------------------------------------------------------------------------
// Draft → spec
// ---------------------------------------------------------------------------------------------

/** A number as typed ("1,234.5", "50%") → the number; "" → null; anything else stays as typed (validateSpec names it). */
function numberOf(s: string, percent = false): number | null | string {
  const t = s.trim().replace(/[,，]/g, "");
  if (t === "") return null;
  const bare = percent ? t.replace(/[%％]$/, "").trim() : t;
  if (/^-?(\d+(\.\d*)?|\.\d+)$/.test(bare)) return Number(bare);
  return s;
}

function textOrNull(s: string): string | null {
  return s.trim() === "" ? null : s;
}

/** The draft as the JSON a spec file would hold (what validateSpec takes). */
export function draftToRaw(d: Draft): Record<string, unknown> {
  const year = /^\s*\d+\s*$/.test(d.year) ? Number(d.year) : d.year.trim() === "" ? undefined : d.year;
  const raw: Record<string, unknown> = {
    ...(year === undefined ? {} : { year }),
    code: textOrNull(d.code),
    name: d.name,
    department: textOrNull(d.department),
    implementer: textOrNull(d.implementer),
    unit: d.unit,
    budget: { parts: d.parts.map((p) => ({ label: p.label, amount: numberOf(p.amount) })) },
    purpose: d.purpose,
    plan: d.plan.map((m) => ({ label: m.label, percent: numberOf(m.percent, true) })),
    goals: d.goals.map((g) => g.text),
    framework: d.framework,
    indicators: d.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      description: textOrNull(i.description),
      value: i.value,
      basis: textOrNull(i.basis),
    })),
  };
  if (d.title.trim() !== "") raw.title = d.title;
  return raw;
}

/** The sum of the parts as the table will show it (null when every part is blank or one is not a number). */
export function draftTotal(d: Draft): number | null {
  let sum = 0;
  let any = false;
  for (const p of d.parts) {
    const n = numberOf(p.amount);
    if (typeof n === "string") return null;
    if (n !== null) {
      any = true;
      sum += Math.round(n * 10000);
    }
  }
  return any ? sum / 10000 : null;
}

// ---------------------------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------------------------

export interface FieldMessage {
  path: string;
  severity: Severity;
  message: string;
  /** The checker's rule id (absent for validateSpec errors). */
  rule?: string;
}

export interface DraftCheck {
  /** The normalised spec, when validateSpec accepted the draft. */
  spec?: NormalSpec;
  /** Every message, in step order. */
  all: FieldMessage[];
  /** path → its messages. */
  byPath: Map<string, FieldMessage[]>;
  /** Messages that block generation (severity error). */
  blocking: number;
  byStep: Record<Step, { errors: number; warnings: number; infos: number }>;
}

/** Which step shows a spec path's field. "" (the table as a whole) belongs to the preview. */
export function stepOfPath(path: string): Step {
  const head = path.split(/[.[]/)[0];
  switch (head) {
    case "year":
    case "code":
    case "name":
    case "title":
    case "department":
    case "implementer":
      return "basics";
    case "unit":
    case "budget":
    case "purpose":
      return "budget";
    case "plan":
      return "plan";
    case "goals":
      return "goals";
    case "framework":
    case "indicators":
      return "indicators";
    default:
      return "preview";
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Check a draft with the checker's rules (see the module comment). A few milliseconds. */
export function checkDraft(d: Draft, lang: Lang, config: CheckConfig = {}): DraftCheck {
  const v = validateSpec(draftToRaw(d), lang, "form");
  const all: FieldMessage[] = v.errors.map((e) => ({ path: e.path, severity: "error" as const, message: e.message }));
  if (d.year.trim() === "" && !all.some((m) => m.path === "year"))
    all.push({ path: "year", severity: "error", message: lang === "en" ? "is required" : "必须填写" });
  let spec: NormalSpec | undefined;
  if (v.spec) {
    spec = v.spec;
    // the checker's own settings (rules off, severities, thresholds, a fixed year), so the counts agree
    for (const f of specFindings(v.spec, { ...config, lang })) all.push({ path: f.path, severity: f.severity, message: f.message, rule: f.rule });
  }
  const stepIndex = (p: string) => STEPS.indexOf(stepOfPath(p));
  all.sort((a, b) => stepIndex(a.path) - stepIndex(b.path) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const byPath = new Map<string, FieldMessage[]>();
  const byStep = Object.fromEntries(STEPS.map((s) => [s, { errors: 0, warnings: 0, infos: 0 }])) as DraftCheck["byStep"];
  for (const m of all) {
    byPath.set(m.path, [...(byPath.get(m.path) ?? []), m]);
    const s = byStep[stepOfPath(m.path)];
    if (m.severity === "error") s.errors++;
    else if (m.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return { spec, all, byPath, blocking: all.filter((m) => m.severity === "error").length, byStep };
}
