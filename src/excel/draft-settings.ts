/**
 * The wizard's draft, kept in the workbook's settings (ExcelApi 1.4) as the check configuration is
 * (config-settings.ts): what a user typed survives a reload of the pane, and travels with the file
 * until the project is generated or 重新开始 clears it.
 */
import { runExcel } from "./excel-run";

export const DRAFT_SETTING = "jixiao.wizardDraft";

export async function loadDraft(): Promise<unknown> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(DRAFT_SETTING);
    setting.load("value");
    await context.sync();
    if (setting.isNullObject) return undefined;
    try {
      return typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
    } catch {
      return undefined;
    }
  });
}

/** Save the draft; null removes it. */
export async function saveDraft(draft: unknown): Promise<void> {
  await runExcel(async (context) => {
    if (draft === null) context.workbook.settings.getItemOrNullObject(DRAFT_SETTING).delete();
    else context.workbook.settings.add(DRAFT_SETTING, JSON.stringify(draft));
    await context.sync();
  });
}
