/**
 * The check configuration, saved IN the workbook (context.workbook.settings, ExcelApi 1.4), so it
 * travels with the file and applies to whoever opens it. Workbook settings are part of the document
 * and are saved with it; unlike Office.context.document.settings they need no saveAsync.
 * The value is stored as a JSON string, which every host round-trips unchanged.
 */

import type { CheckConfig } from "../engine/rule";
import { runExcel } from "./excel-run";

export const CONFIG_SETTING = "jixiao.config";

export async function loadSettings(): Promise<CheckConfig | undefined> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(CONFIG_SETTING);
    setting.load("value");
    await context.sync();
    if (setting.isNullObject) return undefined;
    return parseConfig(setting.value);
  });
}

export async function saveSettings(config: CheckConfig): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.settings.add(CONFIG_SETTING, JSON.stringify(config));
    await context.sync();
  });
}

/** A stored value → CheckConfig; anything unreadable counts as "no saved settings". */
export function parseConfig(value: unknown): CheckConfig | undefined {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  return v && typeof v === "object" && !Array.isArray(v) ? (v as CheckConfig) : undefined;
}
