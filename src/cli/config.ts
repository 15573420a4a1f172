/** The --config file: JSON {framework, year, lang, rules, requiredLevel2}, validated field by field. */
import { promises as fs } from "fs";
import type { CheckConfig, RuleSetting } from "../engine/rule";
import { ruleById } from "../engine/rules";
import { strings } from "./messages";
import type { Lang } from "../engine/rule";

/** A mistake in how the command was called (exit 64); the message is ready to print. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

const KEYS = new Set(["framework", "year", "lang", "rules", "requiredLevel2"]);
const SEVERITIES = new Set(["off", "error", "warning", "info"]);
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isYear(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1900 && n <= 2999;
}

/** Validate a parsed configuration object; `file` and `lang` only shape the messages. */
export function validateConfig(raw: unknown, file: string, lang?: Lang): CheckConfig {
  const t = strings(lang).config;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new UsageError(t.notObject(file));
  const obj = raw as Record<string, unknown>;
  const bad = (field: string, problem: string) => new UsageError(t.bad(file, field, problem));
  for (const key of Object.keys(obj)) if (!KEYS.has(key)) throw bad(key, t.unknownKey);

  const out: CheckConfig = {};
  if (obj.framework !== undefined && obj.framework !== null) {
    if (obj.framework !== "auto" && obj.framework !== "legacy" && obj.framework !== "2021") throw bad("framework", t.framework);
    out.framework = obj.framework;
  }
  if (obj.year !== undefined && obj.year !== null) {
    if (!isYear(obj.year)) throw bad("year", t.year);
    out.year = obj.year;
  }
  if (obj.lang !== undefined && obj.lang !== null) {
    if (obj.lang !== "zh" && obj.lang !== "en") throw bad("lang", t.lang);
    out.lang = obj.lang;
  }
  if (obj.rules !== undefined && obj.rules !== null) {
    if (typeof obj.rules !== "object" || Array.isArray(obj.rules)) throw bad("rules", t.rules);
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(obj.rules as Record<string, unknown>)) {
      const field = `rules["${id}"]`;
      if (!RULE_ID.test(id)) throw bad(field, t.ruleId);
      if (!ruleById(id)) throw bad(field, t.unknownRule);
      if (typeof setting === "string") {
        if (!SEVERITIES.has(setting)) throw bad(field, t.ruleSetting);
        rules[id] = setting as RuleSetting;
      } else if (setting && typeof setting === "object" && !Array.isArray(setting)) {
        const s = setting as Record<string, unknown>;
        for (const key of Object.keys(s)) if (key !== "severity" && key !== "options") throw bad(`${field}.${key}`, t.ruleSetting);
        if (s.severity !== undefined && (typeof s.severity !== "string" || !SEVERITIES.has(s.severity))) {
          throw bad(`${field}.severity`, t.severity);
        }
        if (s.options !== undefined && (!s.options || typeof s.options !== "object" || Array.isArray(s.options))) {
          throw bad(`${field}.options`, t.options);
        }
        if (s.options !== undefined) checkRuleOptions(id, s.options as Record<string, unknown>, (k, p) => bad(`${field}.options.${k}`, p), lang);
        rules[id] = s as RuleSetting;
      } else {
        throw bad(field, t.ruleSetting);
      }
    }
    out.rules = rules;
  }
  if (obj.requiredLevel2 !== undefined && obj.requiredLevel2 !== null) {
    const r = obj.requiredLevel2;
    if (!Array.isArray(r) || !r.every((x) => typeof x === "string" && x.trim() !== "")) throw bad("requiredLevel2", t.requiredLevel2);
    out.requiredLevel2 = r as string[];
  }
  return out;
}

function kindOf(v: unknown): "number" | "string" | "boolean" | "object" | "array" | "null" {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  const t = typeof v;
  return t === "number" || t === "string" || t === "boolean" ? t : "object";
}

/**
 * A rule's options against its meta.defaultOptions: only the names it has, each of the type of its
 * default (a threshold of "abc" or a misspelled name would otherwise be silently ignored).
 */
function checkRuleOptions(id: string, options: Record<string, unknown>, bad: (key: string, problem: string) => UsageError, lang?: Lang): void {
  const t = strings(lang).config;
  const defaults = (ruleById(id)?.meta.defaultOptions ?? {}) as Record<string, unknown>;
  const names = Object.keys(defaults);
  for (const [key, value] of Object.entries(options)) {
    if (!(key in defaults)) throw bad(key, t.unknownOption(names));
    const want = kindOf(defaults[key]);
    const got = kindOf(value);
    if (want !== "null" && got !== want) throw bad(key, t.optionType(want, JSON.stringify(defaults[key])));
    if (got === "number" && !Number.isFinite(value as number)) throw bad(key, t.optionType(want, JSON.stringify(defaults[key])));
  }
}

/** Read and validate a configuration file; every problem is a UsageError. */
export async function loadConfig(file: string, lang?: Lang): Promise<CheckConfig> {
  const t = strings(lang).config;
  let text: string;
  try {
    text = await fs.readFile(file, { encoding: "utf8", flag: "r" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const reason = code === "ENOENT" ? strings(lang).readProblem.missing : code === "EISDIR" ? strings(lang).readProblem["not-a-file"] : (e as Error).message;
    throw new UsageError(t.cannotRead(file, reason));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UsageError(t.badJson(file, (e as Error).message));
  }
  return validateConfig(raw, file, lang);
}
