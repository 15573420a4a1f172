/** The demo page's own words (the pane has its own, src/taskpane/i18n.ts). Chinese first. */
const zh = {
  pageTitle: "绩效目标表助手 · 演示环境",
  banner: "演示环境：浏览器中的模拟 Excel，不是真正的 Excel",
  bannerDetail: "工作簿只在本页面中，不会上传到任何地方。右侧是真实的任务窗格，它通过 Office.js 接口读写这个模拟工作簿。",
  open: "打开 .xlsx 文件…",
  download: "下载 .xlsx",
  reopenSample: "重新打开示例",
  fileLabel: "当前工作簿：",
  opening: "正在打开 {{name}}…",
  opened: "已打开 {{name}}。",
  openedWithWarnings: "已打开 {{name}}，但有部分内容未能保留：{{warnings}}",
  openFailed: "无法打开 {{name}}：{{message}}",
  notXlsx: "请选择 .xlsx 文件。",
  downloading: "正在生成 .xlsx…",
  downloaded: "已下载 {{name}}（含助手的标记、说明和生成的工作表）。",
  downloadFailed: "下载失败：{{message}}",
  editHint: "双击单元格或直接输入即可编辑；Enter 确认，Esc 取消，Delete 清除。",
  nameBox: "名称框",
  formulaBar: "编辑栏",
  grid: "工作表 {{sheet}}",
  gridHelp: "用方向键移动，输入内容或按 F2 编辑。",
  sheetTabs: "工作表",
  protectedEdit: "单元格 {{cell}} 位于受保护的工作表“{{sheet}}”中，已锁定，不能更改。若要更改，请取消工作表保护。",
  protectedSheet: "工作表“{{sheet}}”受保护，不能插入、删除、排序或移动单元格。若要更改，请取消工作表保护。",
  editFailed: "无法编辑 {{cell}}：{{message}}",
  truncated: "此工作表较大，只显示前 {{rows}} 行、{{cols}} 列。",
  paneTitle: "绩效目标表助手",
  paneFrame: "任务窗格：绩效目标表助手",
  paneLoading: "正在启动任务窗格…",
  workbookLoading: "正在打开工作簿…",
  noteLabel: "批注",
  badAddress: "“{{text}}”不是有效的单元格地址。",
  insertRows: "插入行",
  deleteRows: "删除行",
  sortRows: "排序（按当前列升序）",
} as const;

export type PageStringKey = keyof typeof zh;
export type PageStrings = Record<PageStringKey, string>;

const en: PageStrings = {
  pageTitle: "Jixiao · demo",
  banner: "Demo: a simulated Excel in the browser, not real Excel",
  bannerDetail:
    "The workbook stays in this page and is never uploaded. On the right is the real task pane; it reads and writes this simulated workbook through the Office.js API.",
  open: "Open .xlsx file…",
  download: "Download .xlsx",
  reopenSample: "Reopen the sample",
  fileLabel: "Workbook: ",
  opening: "Opening {{name}}…",
  opened: "Opened {{name}}.",
  openedWithWarnings: "Opened {{name}}, but some content could not be kept: {{warnings}}",
  openFailed: "Could not open {{name}}: {{message}}",
  notXlsx: "Choose an .xlsx file.",
  downloading: "Writing the .xlsx…",
  downloaded: "Downloaded {{name}} (with the add-in's marks, notes and generated sheets).",
  downloadFailed: "Download failed: {{message}}",
  editHint: "Double-click a cell or just type to edit; Enter commits, Esc cancels, Delete clears.",
  nameBox: "Name box",
  formulaBar: "Formula bar",
  grid: "Sheet {{sheet}}",
  gridHelp: "Arrow keys move; type or press F2 to edit.",
  sheetTabs: "Sheets",
  protectedEdit: "Cell {{cell}} is locked on the protected sheet “{{sheet}}” and cannot be changed. To change it, unprotect the sheet.",
  protectedSheet: "Sheet “{{sheet}}” is protected: rows cannot be inserted, deleted or sorted, nor cells moved. To change it, unprotect the sheet.",
  editFailed: "Could not edit {{cell}}: {{message}}",
  truncated: "This sheet is large: only the first {{rows}} rows and {{cols}} columns are shown.",
  paneTitle: "Jixiao",
  paneFrame: "Task pane: Jixiao",
  paneLoading: "Starting the task pane…",
  workbookLoading: "Opening the workbook…",
  noteLabel: "Note",
  badAddress: "“{{text}}” is not a valid cell address.",
  insertRows: "Insert rows",
  deleteRows: "Delete rows",
  sortRows: "Sort (ascending by this column)",
};

export type PageLang = "zh" | "en";

export function pageStrings(lang: PageLang): PageStrings {
  return lang === "en" ? en : zh;
}

export function fmt(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k in data ? String(data[k]) : `{{${k}}}`));
}
