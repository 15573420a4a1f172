/**
 * The project spec: what the wizard in the task pane produces and `jixiao new` / `jixiao fill` take
 * (cli.md "The project spec"). One type, one validator naming every bad field by its path, the
 * findings a spec deserves (by laying it out and checking the result), and the way back from a
 * parsed table to a spec.
 */
import type { FrameworkId, TableModel } from "./model";
import type { CheckConfig, Finding, Lang } from "./rule";
import type { TableSummary } from "./summary-types";
import { FRAMEWORKS, Level1, canonLevel1, canonLevel2, level1Label, level2Label } from "./frameworks";
import { fieldOf, isMilestoneLabel, isTitle, partName } from "./labels";
import { unitInLabel } from "./values/amount";
import { normalizeLabel } from "./normalize";
import { yearIn, yearLineYear } from "./year";
import { summarizeTable } from "./summary";
import { checkWorkbook } from "./check";
import type { SheetGrid } from "./sheet";
import { layoutSpec, planToSheetModel } from "./layout";

export type SpecUnit = "万元" | "元";

export interface SpecPart {
  /** A budget source the checker recognises: 财政资金, 其他资金, 上年结转, 其他资金（体彩公益金）… */
  label: string;
  /** In the spec's unit; null = blank (counts 0). */
  amount: number | null;
}

export interface SpecMilestone {
  /** 3月底, 6月底, 10月底, 12月底, 1月…12月, 第一季度… */
  label: string;
  /** Cumulative share spent by then, 0–100 (50 means 50%); null = blank. */
  percent: number | null;
}

export interface SpecIndicator {
  level1: string;
  level2: string;
  name: string;
  description?: string | null;
  value: string;
  basis?: string | null;
}

/**
 * The project spec exactly as cli.md shows it. `validateSpec` returns it normalised: title and
 * budget.total filled in, optional texts null when absent, 一级/二级 in their canonical names.
 */
export interface ProjectSpec {
  year: number;
  code: string | null;
  name: string;
  /** Default: name + "项目绩效目标表". */
  title?: string;
  department?: string | null;
  /** 实施单位. */
  implementer?: string | null;
  unit: SpecUnit;
  budget: {
    /** Default: the sum of the parts (null when every part is blank). */
    total?: number | null;
    parts: SpecPart[];
  };
  purpose: string;
  plan: SpecMilestone[];
  goals: string[];
  framework: FrameworkId;
  indicators: SpecIndicator[];
}

/** A spec after validateSpec: every default applied, so two equal projects are deep-equal. */
export type NormalSpec = ProjectSpec & {
  title: string;
  department: string | null;
  implementer: string | null;
  budget: { total: number | null; parts: SpecPart[] };
  indicators: (SpecIndicator & { description: string | null; basis: string | null })[];
};

export interface SpecError {
  /** "indicators[3].value", "budget.parts[1].amount", "" for the whole document. */
  path: string;
  message: string;
}

export interface SpecValidation {
  spec?: NormalSpec;
  errors: SpecError[];
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const MESSAGES = {
  zh: {
    notObject: "项目说明应为一个 JSON 对象（{ … }）",
    unknownKey: (allowed: string) => `不是可用的字段（可用：${allowed}）`,
    required: "必须填写",
    year: "应为四位年份，如 2023",
    string: "应为文字",
    stringOrNull: "应为文字或 null",
    nonEmpty: "不能为空",
    number: "应为数字（如 50），或 null 表示空白",
    finite: "应为有限的数字",
    unit: '应为 "万元" 或 "元"',
    framework: '应为 "legacy"（原指标体系）或 "2021"（2021版指标体系）',
    object: "应为对象",
    array: "应为数组（[ … ]）",
    title: "标题应以“绩效目标表”结尾（如“招商引资项目绩效目标表”），5–60个字",
    titleYear: (t: number, y: number) => `标题中的年份 ${t} 与 year（${y}）不一致`,
    partLabel: "不是可识别的资金来源（如 财政资金、其他资金、上年结转、财政拨款、自筹资金）",
    partUnit: "资金来源名称中不要写单位，单位由 unit 指定",
    partDuplicate: (first: string) => `与 ${first} 重复`,
    noParts: "没有资金来源时必须填写预算数 budget.total",
    milestoneLabel: "不是可识别的时间节点（如 3月底、6月底、9月底、12月底、1月、第一季度）",
    milestoneDuplicate: (first: string) => `与 ${first} 重复`,
    noMilestones: "至少需要一个时间节点（如 12月底）",
    level1: (fw: string, allowed: string) => `不是${fw}的一级指标（可用：${allowed}）`,
    valueText: "应为文字，如“≥20人”“≥90%”“12月31日前”",
  },
  en: {
    notObject: "the project spec must be one JSON object ({ … })",
    unknownKey: (allowed: string) => `is not a field of the spec (fields: ${allowed})`,
    required: "is required",
    year: "must be a four-digit year such as 2023",
    string: "must be text",
    stringOrNull: "must be text or null",
    nonEmpty: "must not be empty",
    number: "must be a number (such as 50), or null for blank",
    finite: "must be a finite number",
    unit: 'must be "万元" or "元"',
    framework: 'must be "legacy" or "2021"',
    object: "must be an object",
    array: "must be an array ([ … ])",
    title: "the title must end with 绩效目标表 (such as 招商引资项目绩效目标表), 5–60 characters",
    titleYear: (t: number, y: number) => `the year ${t} in the title differs from year (${y})`,
    partLabel: "is not a budget source the checker recognises (such as 财政资金, 其他资金, 上年结转, 财政拨款, 自筹资金)",
    partUnit: "must not name a unit; the spec's unit says it",
    partDuplicate: (first: string) => `repeats ${first}`,
    noParts: "without any budget part, budget.total is required",
    milestoneLabel: "is not a milestone the checker recognises (such as 3月底, 6月底, 9月底, 12月底, 1月, 第一季度)",
    milestoneDuplicate: (first: string) => `repeats ${first}`,
    noMilestones: "needs at least one milestone (such as 12月底)",
    level1: (fw: string, allowed: string) => `is not a level-1 indicator of the ${fw} framework (allowed: ${allowed})`,
    valueText: "must be text, such as ≥20人, ≥90%, 12月31日前",
  },
};

const TOP_KEYS = ["year", "code", "name", "title", "department", "implementer", "unit", "budget", "purpose", "plan", "goals", "framework", "indicators"];
const BUDGET_KEYS = ["total", "parts"];
const PART_KEYS = ["label", "amount"];
const MILESTONE_KEYS = ["label", "percent"];
const INDICATOR_KEYS = ["level1", "level2", "name", "description", "value", "basis"];

// ---------------------------------------------------------------------------------------------
// Normalisation shared by the validator and specFromTable
// ---------------------------------------------------------------------------------------------

/** The default title of a project. */
export function defaultTitle(name: string): string {
  return `${name}项目绩效目标表`;
}

/** A part label as the spec keeps it: trimmed, without the leading 其中：. */
export function normalPartLabel(label: string): string {
  return label.trim().replace(/^其中[:：]\s*/, "");
}

/** 一级 in its canonical written form ("产出" → "产出指标", "效果指标" → "效益指标"). */
export function normalLevel1(raw: string): string {
  const c = canonLevel1(raw);
  return c ? level1Label(c) : raw.trim();
}

/** 二级 in its canonical written form when recognised ("环境效益指标" → "生态效益指标"), else as written. */
export function normalLevel2(raw: string): string {
  const c = canonLevel2(raw);
  return c ? level2Label(c) : raw.trim();
}

function emptyToNull(s: string | null | undefined): string | null {
  if (s === undefined || s === null) return null;
  const t = s.trim();
  return t === "" ? null : t;
}

/** Dashes or a slash in a code cell mean "none", as the source document writes it. */
function normalCode(s: string | null | undefined): string | null {
  const t = emptyToNull(s);
  return t && /^[-—–─_/／\s]+$/.test(t) ? null : t;
}

function sumParts(parts: SpecPart[]): number | null {
  if (parts.every((p) => p.amount === null)) return null;
  // in 1/10,000ths (元 for 万元 amounts) to keep 0.1 + 0.2 = 0.3
  const sum = parts.reduce((s, p) => s + Math.round((p.amount ?? 0) * 10000), 0);
  return sum / 10000;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The same problems in a form's words (the wizard): what the user typed, not JSON. */
const FORM_MESSAGES = {
  zh: {
    number: "请输入数字（如 50），或留空",
    stringOrNull: "请输入文字，或留空",
    noParts: "请至少填写一项资金来源，或填写预算数",
    partUnit: "资金来源名称中不要写单位（单位在上方选择）",
    titleYear: (t: number, y: number) => `标题中的年份 ${t} 与预算年度 ${y} 不一致`,
  },
  en: {
    number: "enter a number (such as 50), or leave it blank",
    stringOrNull: "enter text, or leave it blank",
    noParts: "enter at least one funding part, or the budget total",
    partUnit: "no unit in the part's name (the unit is chosen above)",
    titleYear: (t: number, y: number) => `the year ${t} in the title differs from the budget year ${y}`,
  },
};

/**
 * Check a parsed JSON document against the spec: every bad field named with its path, several at
 * once. Returns the normalised spec only when there is no error. Values the checker judges
 * (a plan that does not end at 100%, a blank 指标值, a budget that does not add up) are not
 * errors here: the spec is valid and `specFindings` reports them, as the checker would.
 */
export function validateSpec(raw: unknown, lang: Lang = "zh", audience: "file" | "form" = "file"): SpecValidation {
  const l = lang === "en" ? "en" : "zh";
  // a form's user never sees the JSON: no null, no field keys in the messages
  const m = audience === "form" ? { ...MESSAGES[l], ...FORM_MESSAGES[l] } : MESSAGES[l];
  const errors: SpecError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  if (!isObject(raw)) return { errors: [{ path: "", message: m.notObject }] };

  const unknownKeys = (obj: Json, allowed: string[], prefix: string) => {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) err(prefix ? `${prefix}.${k}` : k, m.unknownKey(allowed.join(", ")));
  };
  const str = (obj: Json, key: string, path: string, opts: { required?: boolean; nullable?: boolean; nonEmpty?: boolean }): string | null | undefined => {
    const v = obj[key];
    if (v === undefined) {
      if (opts.required) err(path, m.required);
      return undefined;
    }
    if (v === null) {
      if (opts.nullable) return null;
      err(path, opts.required ? m.required : m.string);
      return undefined;
    }
    if (typeof v !== "string") {
      err(path, opts.nullable ? m.stringOrNull : m.string);
      return undefined;
    }
    if (opts.nonEmpty && v.trim() === "") {
      err(path, m.nonEmpty);
      return undefined;
    }
    return v;
  };
  const num = (obj: Json, key: string, path: string, required: boolean): number | null | undefined => {
    const v = obj[key];
    if (v === undefined) {
      if (required) err(path, m.required);
      return required ? undefined : null;
    }
    if (v === null) return null;
    if (typeof v !== "number") {
      err(path, m.number);
      return undefined;
    }
    if (!Number.isFinite(v)) {
      err(path, m.finite);
      return undefined;
    }
    return v;
  };
  const arr = (obj: Json, key: string, path: string): unknown[] | undefined => {
    const v = obj[key];
    if (v === undefined) {
      err(path, m.required);
      return undefined;
    }
    if (!Array.isArray(v)) {
      err(path, m.array);
      return undefined;
    }
    return v;
  };

  unknownKeys(raw, TOP_KEYS, "");

  // year
  let year: number | undefined;
  if (raw.year === undefined) err("year", m.required);
  else if (typeof raw.year !== "number" || !Number.isInteger(raw.year) || raw.year < 1900 || raw.year > 2999) err("year", m.year);
  else year = raw.year;

  // code: text, a number (codes typed as numbers), or null
  let code: string | null = null;
  if (typeof raw.code === "number" && Number.isFinite(raw.code)) code = String(raw.code);
  else code = normalCode(str(raw, "code", "code", { nullable: true }));

  const name = str(raw, "name", "name", { required: true, nonEmpty: true });
  const titleRaw = str(raw, "title", "title", { nullable: true });
  let title: string | undefined;
  if (typeof titleRaw === "string" && titleRaw.trim() !== "") {
    title = titleRaw.trim();
    if (!isTitle(title)) err("title", m.title);
    else {
      const ty = yearIn(title);
      if (ty !== undefined && year !== undefined && ty !== year) err("title", m.titleYear(ty, year));
    }
  } else if (typeof name === "string") {
    title = defaultTitle(name.trim());
    if (!isTitle(title)) err("name", m.title);
  }
  const department = emptyToNull(str(raw, "department", "department", { nullable: true }));
  const implementer = emptyToNull(str(raw, "implementer", "implementer", { nullable: true }));

  let unit: SpecUnit = "万元";
  if (raw.unit !== undefined && raw.unit !== null) {
    if (raw.unit === "万元" || raw.unit === "元") unit = raw.unit;
    else err("unit", m.unit);
  }

  let framework: FrameworkId = "legacy";
  if (raw.framework !== undefined && raw.framework !== null) {
    if (raw.framework === "legacy" || raw.framework === "2021") framework = raw.framework;
    else err("framework", m.framework);
  }
  const frameworkOk = !errors.some((e) => e.path === "framework");

  // budget
  const parts: SpecPart[] = [];
  let total: number | null | undefined;
  if (raw.budget === undefined) err("budget", m.required);
  else if (!isObject(raw.budget)) err("budget", m.object);
  else {
    const b = raw.budget;
    unknownKeys(b, BUDGET_KEYS, "budget");
    total = num(b, "total", "budget.total", false);
    const list = arr(b, "parts", "budget.parts");
    const seen = new Map<string, string>();
    list?.forEach((p, i) => {
      const path = `budget.parts[${i}]`;
      if (!isObject(p)) {
        err(path, m.object);
        return;
      }
      unknownKeys(p, PART_KEYS, path);
      const label = str(p, "label", `${path}.label`, { required: true, nonEmpty: true });
      const amount = num(p, "amount", `${path}.amount`, false);
      if (typeof label === "string") {
        const l = normalPartLabel(label);
        if (fieldOf(l) !== "part" && fieldOf(`其中：${l}`) !== "part") err(`${path}.label`, m.partLabel);
        else if (unitInLabel(l)) err(`${path}.label`, m.partUnit);
        else {
          const key = partName(l);
          const first = seen.get(key);
          if (first) err(`${path}.label`, m.partDuplicate(first));
          else seen.set(key, `${path}.label`);
        }
        if (amount !== undefined) parts.push({ label: l, amount });
      }
    });
    if (list && list.length === 0 && (total === null || total === undefined)) err("budget.total", m.noParts);
  }

  const purpose = str(raw, "purpose", "purpose", { nullable: true });

  // plan
  const plan: SpecMilestone[] = [];
  const planList = arr(raw, "plan", "plan");
  if (planList && planList.length === 0) err("plan", m.noMilestones);
  const seenMilestones = new Map<string, string>();
  planList?.forEach((p, i) => {
    const path = `plan[${i}]`;
    if (!isObject(p)) {
      err(path, m.object);
      return;
    }
    unknownKeys(p, MILESTONE_KEYS, path);
    const label = str(p, "label", `${path}.label`, { required: true, nonEmpty: true });
    const percent = num(p, "percent", `${path}.percent`, true);
    if (typeof label === "string") {
      const l = label.trim();
      if (!isMilestoneLabel(l)) err(`${path}.label`, m.milestoneLabel);
      else {
        const key = normalizeLabel(l);
        const first = seenMilestones.get(key);
        if (first) err(`${path}.label`, m.milestoneDuplicate(first));
        else seenMilestones.set(key, `${path}.label`);
      }
      if (percent !== undefined) plan.push({ label: l, percent });
    }
  });

  // goals
  const goals: string[] = [];
  const goalList = arr(raw, "goals", "goals");
  goalList?.forEach((g, i) => {
    if (typeof g !== "string") err(`goals[${i}]`, m.string);
    else goals.push(g.trim());
  });

  // indicators
  const indicators: NormalSpec["indicators"] = [];
  const list = arr(raw, "indicators", "indicators");
  const tree = FRAMEWORKS[framework].tree;
  const allowedL1 = (Object.keys(tree) as Level1[]).map(level1Label);
  list?.forEach((x, i) => {
    const path = `indicators[${i}]`;
    if (!isObject(x)) {
      err(path, m.object);
      return;
    }
    unknownKeys(x, INDICATOR_KEYS, path);
    const l1 = str(x, "level1", `${path}.level1`, { required: true, nonEmpty: true });
    const l2 = str(x, "level2", `${path}.level2`, { required: true, nonEmpty: true });
    const name = str(x, "name", `${path}.name`, { required: true });
    const description = str(x, "description", `${path}.description`, { nullable: true });
    let value: string | undefined;
    if (x.value === undefined) err(`${path}.value`, m.required);
    else if (typeof x.value !== "string") err(`${path}.value`, m.valueText);
    else value = x.value;
    const basis = str(x, "basis", `${path}.basis`, { nullable: true });
    if (typeof l1 === "string" && frameworkOk) {
      const c = canonLevel1(l1);
      if (!c || !tree[c]) err(`${path}.level1`, m.level1(FRAMEWORKS[framework].name[lang === "en" ? "en" : "zh"], allowedL1.join("、")));
    }
    if (typeof l1 === "string" && typeof l2 === "string" && typeof name === "string" && value !== undefined) {
      indicators.push({
        level1: normalLevel1(l1),
        level2: normalLevel2(l2),
        name: name.trim(),
        description: emptyToNull(description),
        value: value.trim(),
        basis: emptyToNull(basis),
      });
    }
  });

  if (errors.length > 0 || year === undefined || typeof name !== "string" || title === undefined) return { errors };
  return {
    errors,
    spec: {
      year,
      code,
      name: name.trim(),
      title,
      department,
      implementer,
      unit,
      budget: { total: total === undefined || total === null ? sumParts(parts) : total, parts },
      purpose: (purpose ?? "").trim(),
      plan,
      goals,
      framework,
      indicators,
    },
  };
}

/** validateSpec for a spec already typed (the wizard's state): the normalised spec, or throws. */
export function normalizeSpec(spec: ProjectSpec): NormalSpec {
  const r = validateSpec(spec);
  if (!r.spec) throw new Error(`invalid project spec: ${r.errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  return r.spec;
}

// ---------------------------------------------------------------------------------------------
// Findings the spec deserves
// ---------------------------------------------------------------------------------------------

export interface SpecFinding extends Finding {
  /** The spec field at fault ("indicators[3].value"), or "" for the table as a whole. */
  path: string;
}

/**
 * The checker's findings on the table `new` would write for this spec: the spec is laid out
 * (layoutSpec), the plan turned into a sheet model and checked with the spec's framework and year.
 * Each finding names the spec field whose cell it points at. Fast enough to run on every keystroke
 * (a few milliseconds for a typical spec).
 */
export function specFindings(spec: ProjectSpec, config: CheckConfig = {}): SpecFinding[] {
  const normal = spec.title !== undefined && "department" in spec && "implementer" in spec ? (spec as NormalSpec) : normalizeSpec(spec);
  const plan = layoutSpec(normal);
  const sheet = planToSheetModel(plan);
  const result = checkWorkbook({ sheets: [sheet] }, { framework: normal.framework, year: normal.year, ...config });
  const paths = new Map<string, string>();
  for (const c of plan.cells) if (c.path) paths.set(`${c.row},${c.col}`, c.path);
  return result.findings.map((f) => ({ ...f, path: paths.get(`${f.row},${f.col}`) ?? "" }));
}

// ---------------------------------------------------------------------------------------------
// Back from a table
// ---------------------------------------------------------------------------------------------

function isTableModel(x: TableModel | TableSummary): x is TableModel {
  return typeof (x as TableModel).range === "object";
}

export interface SpecFromTableOptions {
  /** The year when the table names none (else the current year). */
  year?: number;
  /** The framework to report (else the one recognised from the table). */
  framework?: FrameworkId;
}

/**
 * A table read back into a spec: the inverse of layoutSpec (parsing a table that `new` wrote gives
 * back the same spec). From a TableModel the part labels keep their qualifiers and 主管部门 /
 * 实施单位 are read; a TableSummary (the command line's JSON) has neither. Blank goals are
 * dropped; texts are trimmed; 一级/二级 are put in their canonical names.
 */
export function specFromTable(source: TableModel | TableSummary, options: SpecFromTableOptions = {}): NormalSpec {
  let summary: TableSummary;
  let department: string | null = null;
  let implementer: string | null = null;
  let partLabels: string[] | undefined;
  let year: number | undefined;
  if (isTableModel(source)) {
    // summarizeTable does not use the grid it is given
    summary = summarizeTable(source, undefined as unknown as SheetGrid, {}, undefined);
    department = emptyToNull(source.department?.cell.text);
    implementer = emptyToNull(source.implementer?.cell.text);
    partLabels = source.budget?.parts.map((p) => normalPartLabel(p.label));
    year = yearLineYear(source.yearLine?.cell.text) ?? yearIn(source.title?.cell.text) ?? yearIn(source.sheet);
  } else {
    summary = source;
    year = summary.year ?? undefined;
  }
  const parts = Object.entries(summary.budget.parts).map(([name, amount], i) => ({ label: partLabels?.[i] ?? name, amount }));
  const name = summary.project.name ?? "";
  return {
    year: year ?? options.year ?? new Date().getFullYear(),
    code: normalCode(summary.project.code),
    name,
    title: summary.title ?? defaultTitle(name),
    department,
    implementer,
    unit: summary.budget.unit === "元" ? "元" : "万元",
    budget: { total: summary.budget.total, parts },
    purpose: summary.budget.purpose ?? "",
    plan: summary.plan.map((p) => ({ label: p.label, percent: p.percent })),
    goals: summary.goals,
    framework: options.framework ?? summary.framework,
    indicators: summary.indicators.map((i) => ({
      level1: normalLevel1(i.level1),
      level2: normalLevel2(i.level2),
      name: i.name,
      description: emptyToNull(i.description),
      value: i.value,
      basis: emptyToNull(i.basis),
    })),
  };
}
