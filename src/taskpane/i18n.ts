import { Lang, Severity, fillTemplate } from "../engine/rule";

/**
 * Every string the task pane shows, in Chinese (first) and English. Both dictionaries have exactly
 * the same keys (a test checks it); `{{name}}` placeholders are filled by `format`.
 * Rule names and finding messages come from the engine (rule meta docs/messages), not from here.
 */
const zh = {
  appTitle: "绩效目标表助手",
  intro: "点击“检查工作簿”，查找并检查本工作簿中的项目绩效目标表。",
  liveHint: "检查后编辑单元格，助手会自动重新检查该工作表。",
  notInExcel: "请在 Excel 中打开此加载项：在“开始”选项卡上点击“检查绩效目标表”。",

  check: "检查工作簿",
  recheck: "重新检查",
  clear: "清除标记",
  exportReport: "导出检查报告",
  settings: "规则设置",
  dismiss: "关闭",

  reading: "正在读取工作表 {{done}}/{{total}}",
  readingStart: "正在读取工作簿…",
  checking: "正在检查绩效目标表…",
  busyOther: "请稍候…",

  summaryHeading: "检查结果",
  summaryTables: "绩效目标表",
  summaryErrors: "错误",
  summaryWarnings: "警告",
  summaryInfos: "提示",

  severityError: "错误",
  severityWarning: "警告",
  severityInfo: "提示",

  emptyTitle: "未找到绩效目标表",
  emptyHint:
    "助手按“项目名称”“预算数”“资金支出计划”“绩效目标”和绩效指标表头（一级指标、二级指标、三级指标、指标值）识别绩效目标表。请确认工作簿中有这样的表，或补齐这些栏目名称后再检查。",
  emptyWorkbook: "工作簿中没有任何内容。",
  noFindings: "所有绩效目标表均未发现问题。",
  noMatch: "没有符合筛选条件的问题。",

  allProtectedTitle: "所有工作表均受保护",
  allProtectedBody: "{{sheets}} 受保护：已读取并检查，问题列在下面，但无法在单元格上标记。",
  protectedSkippedTitle: "受保护的工作表未标记",
  protectedSkippedBody: "以下工作表受保护，未在单元格上标记（问题仍列在下面）：{{sheets}}",
  readSkippedTitle: "部分工作表未能完整读取",
  readSkippedItem: "{{sheet}}（{{reason}}）",
  notesUnavailable: "此版本的 Excel 不支持在单元格上添加说明，问题说明只在任务窗格中显示。",
  listSeparator: "、",

  clearedNotice: "已清除单元格标记。",
  exportedNotice: "检查报告已写入工作表“{{sheet}}”。",
  savedNotice: "规则设置已保存。",
  recheckedNotice: "已重新检查工作表 {{sheets}} 中受修改影响的 {{tables}} 张表。",
  errorTitle: "操作失败",
  errorCheck: "检查失败：{{message}}",
  errorRecheck: "重新检查失败：{{message}}",
  errorClear: "清除标记失败：{{message}}",
  errorExport: "导出检查报告失败：{{message}}",
  errorSelect: "无法选中 {{sheet}}!{{cell}}：{{message}}",
  errorSettings: "保存设置失败：{{message}}",
  errorLoadSettings: "读取已保存的设置失败，使用默认设置：{{message}}",

  announceDone: "检查完成：{{tables}} 张绩效目标表，{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 条提示。",
  announceEmpty: "检查完成：未找到绩效目标表。",

  filtersHeading: "筛选",
  filterSeverity: "按级别筛选",
  filterSeverityToggle: "显示{{severity}}（{{count}}）",
  filterRule: "按规则筛选",
  filterAllRules: "全部规则",
  filterCount: "显示 {{shown}}/{{total}} 条",

  findingsHeading: "问题列表",
  findingsList: "检查发现的问题，按工作表和绩效目标表分组。用上下方向键移动，按 Enter 选中单元格。",
  sheetGroup: "工作表 {{sheet}}",
  tableGroup: "{{table}}",
  groupCount: "{{count}} 条",
  findingCell: "单元格 {{cell}}",
  severitySeparator: "，",
  messageSeparator: "：",
  showMore: "再显示 {{count}} 条（共 {{total}} 条）",

  settingsTitle: "规则设置",
  settingsGeneral: "常规",
  framework: "指标框架",
  frameworkAuto: "自动识别",
  year: "预算年度",
  yearHint: "留空时从标题、工作表名或文件名识别。",
  yearInvalid: "请输入 1990 至 2100 之间的年份，或留空。",
  rulesHeading: "检查规则",
  noRules: "当前没有可配置的规则。",
  ruleEnabled: "启用",
  ruleEnabledAria: "启用规则 {{rule}}",
  ruleSeverity: "级别",
  ruleSeverityAria: "规则 {{rule}} 的级别",
  ruleOptionAria: "规则 {{rule}} 的选项 {{option}}",
  optionInvalid: "请输入数字。",
  save: "保存",
  cancel: "取消",
  restoreDefaults: "恢复默认",
} as const;

export type StringKey = keyof typeof zh;
export type Strings = Record<StringKey, string>;

const en: Strings = {
  appTitle: "Jixiao – performance target tables",
  intro: "Select Check workbook to find and check the project performance target tables (项目绩效目标表) in this workbook.",
  liveHint: "After a check, editing a cell re-checks its sheet automatically.",
  notInExcel: "Open this add-in in Excel: on the Home tab, select Check tables.",

  check: "Check workbook",
  recheck: "Check again",
  clear: "Clear marks",
  exportReport: "Export report",
  settings: "Rule settings",
  dismiss: "Dismiss",

  reading: "Reading sheet {{done}} of {{total}}",
  readingStart: "Reading the workbook…",
  checking: "Checking the tables…",
  busyOther: "Please wait…",

  summaryHeading: "Results",
  summaryTables: "Tables",
  summaryErrors: "Errors",
  summaryWarnings: "Warnings",
  summaryInfos: "Notes",

  severityError: "Error",
  severityWarning: "Warning",
  severityInfo: "Note",

  emptyTitle: "No performance target table found",
  emptyHint:
    "Tables are recognised by their labels: 项目名称, 预算数, 资金支出计划, 绩效目标 and the indicator header (一级指标, 二级指标, 三级指标, 指标值). Check that the workbook holds such a table, or add the missing labels and check again.",
  emptyWorkbook: "The workbook is empty.",
  noFindings: "No problems found in any table.",
  noMatch: "No problem matches the filters.",

  allProtectedTitle: "Every sheet is protected",
  allProtectedBody: "{{sheets}}: read and checked, and the problems are listed below, but no cell can be marked.",
  protectedSkippedTitle: "Protected sheets not marked",
  protectedSkippedBody: "These sheets are protected, so their cells were not marked (their problems are still listed): {{sheets}}",
  readSkippedTitle: "Some sheets could not be read in full",
  readSkippedItem: "{{sheet}} ({{reason}})",
  notesUnavailable: "This version of Excel cannot attach notes to cells; the messages are shown in this pane only.",
  listSeparator: ", ",

  clearedNotice: "Cell marks cleared.",
  exportedNotice: "The report was written to sheet “{{sheet}}”.",
  savedNotice: "Rule settings saved.",
  recheckedNotice: "Checked again: {{tables}} table(s) affected by the edit on {{sheets}}.",
  errorTitle: "Something went wrong",
  errorCheck: "The check failed: {{message}}",
  errorRecheck: "Checking again failed: {{message}}",
  errorClear: "Clearing the marks failed: {{message}}",
  errorExport: "Exporting the report failed: {{message}}",
  errorSelect: "Cannot select {{sheet}}!{{cell}}: {{message}}",
  errorSettings: "Saving the settings failed: {{message}}",
  errorLoadSettings: "Could not read the saved settings; using the defaults: {{message}}",

  announceDone: "Check finished: {{tables}} tables, {{errors}} errors, {{warnings}} warnings, {{infos}} notes.",
  announceEmpty: "Check finished: no performance target table found.",

  filtersHeading: "Filters",
  filterSeverity: "Filter by severity",
  filterSeverityToggle: "Show {{severity}} ({{count}})",
  filterRule: "Filter by rule",
  filterAllRules: "All rules",
  filterCount: "Showing {{shown}} of {{total}}",

  findingsHeading: "Problems",
  findingsList: "Problems found, grouped by sheet and table. Use the up and down arrow keys to move, Enter to select the cell.",
  sheetGroup: "Sheet {{sheet}}",
  tableGroup: "{{table}}",
  groupCount: "{{count}}",
  findingCell: "Cell {{cell}}",
  severitySeparator: ", ",
  messageSeparator: ": ",
  showMore: "Show {{count}} more (of {{total}})",

  settingsTitle: "Rule settings",
  settingsGeneral: "General",
  framework: "Indicator framework",
  frameworkAuto: "Recognise automatically",
  year: "Budget year",
  yearHint: "Leave blank to take it from the title, sheet name or file name.",
  yearInvalid: "Enter a year from 1990 to 2100, or leave it blank.",
  rulesHeading: "Rules",
  noRules: "No rule can be configured yet.",
  ruleEnabled: "On",
  ruleEnabledAria: "Turn on rule {{rule}}",
  ruleSeverity: "Severity",
  ruleSeverityAria: "Severity of rule {{rule}}",
  ruleOptionAria: "Rule {{rule}}, option {{option}}",
  optionInvalid: "Enter a number.",
  save: "Save",
  cancel: "Cancel",
  restoreDefaults: "Restore defaults",
};

export const dictionaries: Record<Lang, Strings> = { zh, en };

/** Chinese first; English when Office's display language is English ("en-US", "en-GB", …). */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return typeof displayLanguage === "string" && /^en\b/i.test(displayLanguage) ? "en" : "zh";
}

export function stringsFor(lang: Lang): Strings {
  return dictionaries[lang];
}

/** A string with its `{{placeholders}}` filled. */
export function format(strings: Strings, key: StringKey, data?: Record<string, string | number>): string {
  return fillTemplate(strings[key], data);
}

export function severityLabel(strings: Strings, severity: Severity): string {
  return severity === "error" ? strings.severityError : severity === "warning" ? strings.severityWarning : strings.severityInfo;
}

export function joinList(strings: Strings, items: string[]): string {
  return items.join(strings.listSeparator);
}
