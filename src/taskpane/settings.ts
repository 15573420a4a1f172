import { CheckConfig, Rule, RuleSetting, Severity } from "../engine/rule";
import { FrameworkId } from "../engine/model";

/**
 * The rule-settings form as plain data, and its conversion to and from CheckConfig. The form shows
 * every rule of the registry; the saved CheckConfig keeps only what differs from the defaults, so a
 * rule added later keeps its own defaults in workbooks saved before it existed.
 */
export type FrameworkChoice = FrameworkId | "auto";

export interface RuleForm {
  id: string;
  enabled: boolean;
  severity: Severity;
  /**
   * Numeric options (from meta.defaultOptions), as typed: kept as text until saved. An entry of a
   * map option (meta.optionKeys) is keyed "<option>.<key>" ("minimum.6月底"); blank = not set.
   */
  options: Record<string, string>;
}

export interface SettingsForm {
  framework: FrameworkChoice;
  /** As typed; "" = recognise. */
  year: string;
  rules: RuleForm[];
}

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** The options of a rule that the form edits: the numeric ones of its defaultOptions. */
export function numericOptions(rule: Rule): [string, number][] {
  return Object.entries(rule.meta.defaultOptions ?? {}).filter((e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1]));
}

/** The form keys of a rule's map options ("minimum.6月底"), with the option and entry they stand for. */
export function mapOptionFields(rule: Rule, saved?: Record<string, unknown>): { field: string; option: string; key: string }[] {
  return Object.entries(rule.meta.optionKeys ?? {}).flatMap(([option, offered]) => {
    const own = saved?.[option];
    const keys = [...offered, ...(own && typeof own === "object" ? Object.keys(own) : [])];
    return [...new Set(keys)].map((key) => ({ field: `${option}.${key}`, option, key }));
  });
}

function settingOf(config: CheckConfig, id: string): { severity?: Severity | "off"; options?: Record<string, unknown> } {
  const s: RuleSetting | undefined = config.rules?.[id];
  if (s === undefined) return {};
  if (typeof s === "string") return { severity: s };
  return s;
}

export function formFromConfig(config: CheckConfig, rules: Rule[]): SettingsForm {
  return {
    framework: config.framework ?? "auto",
    year: config.year === undefined || config.year === null ? "" : String(config.year),
    rules: rules.map((rule) => {
      const s = settingOf(config, rule.meta.id);
      const options: Record<string, string> = {};
      for (const [key, def] of numericOptions(rule)) {
        const v = s.options?.[key];
        options[key] = String(typeof v === "number" && Number.isFinite(v) ? v : def);
      }
      for (const { field, option, key } of mapOptionFields(rule, s.options)) {
        const v = (s.options?.[option] as Record<string, unknown> | undefined)?.[key];
        options[field] = typeof v === "number" && Number.isFinite(v) ? String(v) : typeof v === "string" ? v : "";
      }
      return {
        id: rule.meta.id,
        enabled: s.severity !== "off",
        severity: s.severity && s.severity !== "off" ? s.severity : rule.meta.severity,
        options,
      };
    }),
  };
}

export function parseYear(text: string): number | undefined | "invalid" {
  const t = text.trim();
  if (t === "") return undefined;
  if (!/^\d{4}$/.test(t)) return "invalid";
  const y = Number(t);
  return y >= 1990 && y <= 2100 ? y : "invalid";
}

export function parseOption(text: string): number | "invalid" {
  const t = text.trim();
  if (t === "" || !/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(t)) return "invalid";
  const n = Number(t);
  return Number.isFinite(n) ? n : "invalid";
}

const isMapField = (key: string) => key.includes(".");

/**
 * An option's text as a number, or "invalid". Every numeric option of the rules is a share, a
 * threshold, a weight or a tolerance: none is negative, and a map entry (a cumulative share of the
 * plan) is a percentage, at most 100. A blank map entry is "not set" (undefined).
 */
export function optionValue(key: string, text: string): number | undefined | "invalid" {
  if (isMapField(key) && text.trim() === "") return undefined;
  const n = parseOption(text);
  if (n === "invalid" || n < 0 || (isMapField(key) && n > 100)) return "invalid";
  return n;
}

/** Fields that do not parse, keyed "year" or "<ruleId>:<option>". */
export function formErrors(form: SettingsForm): Set<string> {
  const bad = new Set<string>();
  if (parseYear(form.year) === "invalid") bad.add("year");
  for (const r of form.rules) for (const [k, v] of Object.entries(r.options)) if (optionValue(k, v) === "invalid") bad.add(`${r.id}:${k}`);
  return bad;
}

/**
 * The CheckConfig a valid form stands for. Settings the form does not show (requiredLevel2, rules
 * not in the registry, non-numeric options) are carried over from `base` unchanged.
 */
export function configFromForm(form: SettingsForm, rules: Rule[], base: CheckConfig = {}): CheckConfig {
  const out: CheckConfig = { ...base };
  delete out.lang;
  if (form.framework === "auto") delete out.framework;
  else out.framework = form.framework;
  const year = parseYear(form.year);
  if (typeof year === "number") out.year = year;
  else delete out.year;

  const ruleSettings: Record<string, RuleSetting> = { ...(base.rules ?? {}) };
  for (const r of form.rules) {
    const rule = rules.find((x) => x.meta.id === r.id);
    if (!rule) continue;
    const prev = settingOf(base, r.id);
    // Options the form does not edit stay as they were.
    const options: Record<string, unknown> = {};
    const maps = mapOptionFields(rule, prev.options);
    const mapNames = new Set(maps.map((m) => m.option));
    for (const [k, v] of Object.entries(prev.options ?? {})) if (!(k in r.options) && !mapNames.has(k)) options[k] = v;
    for (const [key, def] of numericOptions(rule)) {
      const v = parseOption(r.options[key] ?? String(def));
      if (typeof v === "number" && v !== def) options[key] = v;
    }
    for (const { field, option, key } of maps) {
      const v = optionValue(field, r.options[field] ?? "");
      if (typeof v !== "number") continue;
      options[option] = { ...(options[option] as Record<string, number> | undefined), [key]: v };
    }
    const hasOptions = Object.keys(options).length > 0;
    if (!r.enabled) {
      ruleSettings[r.id] = hasOptions ? { severity: "off", options } : "off";
    } else if (r.severity !== rule.meta.severity || hasOptions) {
      const s: { severity?: Severity; options?: Record<string, unknown> } = {};
      if (r.severity !== rule.meta.severity) s.severity = r.severity;
      if (hasOptions) s.options = options;
      ruleSettings[r.id] = !hasOptions ? r.severity : s;
    } else {
      delete ruleSettings[r.id];
    }
  }
  if (Object.keys(ruleSettings).length > 0) out.rules = ruleSettings;
  else delete out.rules;
  return out;
}

/** The form with everything back to the defaults: framework recognised, year recognised, rules as shipped. */
export function defaultsForm(rules: Rule[]): SettingsForm {
  return formFromConfig({}, rules);
}
