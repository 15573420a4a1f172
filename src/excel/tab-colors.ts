/**
 * Sheet tabs that say where the findings are: red when a sheet has errors, yellow when it has only
 * warnings (pure planning; highlights.ts reads and writes). A tab is coloured ONLY when it has no
 * colour of the user's ("" = automatic, Office.js's Worksheet.tabColor): a user's colour is never
 * replaced. What the add-in set is recorded in the workbook (setting TABS_SETTING, keyed by
 * worksheet id, with the name as a fallback for a file reopened where ids differ) so that clearing,
 * in this session or after a reopen, gives back exactly "automatic" where the tab still shows the
 * add-in's colour, and leaves alone a tab whose colour the user changed since.
 */
import type { Severity } from "../engine/rule";

export const TABS_SETTING = "jixiao.tabs";

/** Excel's standard red and gold, the colours a user picks for "problem" and "attention". */
export const TAB_COLOR: Partial<Record<Severity, string>> = { error: "#FF0000", warning: "#FFC000" };

/** worksheet id → the colour the add-in gave its tab (and the sheet's name then). */
export type TabRecord = Record<string, { name: string; color: string }>;

export interface TabState {
  id: string;
  name: string;
  /** As Office.js reads it: "" automatic, "#RRGGBB", null for a hidden sheet. */
  color: string | null;
}

export interface TabPlan {
  /** Tabs to set ("" = back to automatic). */
  set: { id: string; color: string }[];
  record: TabRecord;
  /** Whether the record must be written (or removed when empty). */
  changed: boolean;
}

/** The stored record; anything unreadable is "nothing recorded". */
export function parseTabRecord(value: unknown): TabRecord {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return {};
    }
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return {};
  const out: TabRecord = {};
  for (const [id, e] of Object.entries(v as Record<string, unknown>)) {
    const r = e as { name?: unknown; color?: unknown };
    if (r && typeof r.name === "string" && typeof r.color === "string") out[id] = { name: r.name, color: r.color };
  }
  return out;
}

/** The colour a sheet's findings ask for: errors red, else warnings yellow, else none (infos do not colour). */
export function tabColorFor(severities: Iterable<Severity>): string | undefined {
  let worst: Severity | undefined;
  for (const s of severities) if (s === "error" || (s === "warning" && worst !== "error")) worst = s;
  return worst ? TAB_COLOR[worst] : undefined;
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * What to do with the tabs of `sheets` (the sheets being marked or cleared): `wanted` maps a sheet
 * (lower-cased name) to the colour its findings ask for; a sheet not in it asks for none.
 */
export function planTabs(sheets: TabState[], wanted: Map<string, string>, before: TabRecord): TabPlan {
  const record: TabRecord = { ...before };
  const set: TabPlan["set"] = [];
  let changed = false;
  const byName = new Map(Object.entries(before).map(([id, e]) => [e.name.toLowerCase(), id]));
  for (const s of sheets) {
    if (s.color === null) continue; // hidden: its tab shows nothing; left as it is
    const key = s.id in record ? s.id : byName.get(s.name.toLowerCase());
    const mine = key !== undefined && same(s.color, record[key].color);
    if (key !== undefined && (key !== s.id || !mine)) {
      // re-keyed to this id, or the user's colour now (then no longer ours to touch)
      delete record[key];
      changed = true;
    }
    const want = wanted.get(s.name.toLowerCase());
    if (want && (s.color === "" || mine)) {
      if (!mine || !same(s.color, want)) set.push({ id: s.id, color: want });
      if (record[s.id]?.color !== want || record[s.id]?.name !== s.name) changed = true;
      record[s.id] = { name: s.name, color: want };
    } else if (mine) {
      set.push({ id: s.id, color: "" });
      delete record[s.id];
      changed = true;
    }
  }
  return { set, record, changed };
}
