/** Everything the command line says to a person, in Chinese (default) and English. */
import type { Lang, Severity } from "../engine/rule";
import type { FrameworkId, TableKind } from "../engine/model";
import { KIND_NAME } from "../engine/kinds/names";
import type { ReadProblem } from "../file/read-xlsx";
import type { TooBig } from "../file/direct-xlsx";

interface Strings {
  readProblem: Record<ReadProblem, string>;
  tooBig(info: TooBig): string;
  outOfMemory(limitMb: number): string;
  missingSheets(sheets: string[]): string;
  dirUnreadable: string;
  fsProblem: Record<"isDirectory" | "noSpace" | "readOnly" | "tooManyOpen" | "nameTooLong" | "writeFailed", string>;
  badJobs(value: string): string;
  interrupted(done: number, total: number): string;
  notChecked(files: string[]): string;
  annotateSame: string;
  annotateInside: string;
  annotated(dir: string, count: number): string;
  annotateFailed(file: string, reason: string): string;
  reportWritten(file: string): string;
  reportFailed(file: string, reason: string): string;
  reportExt(file: string): string;
  report: ReportStrings;
  cannotRead(file: string, reason: string): string;
  internalError(detail: string): string;
  withDetail(reason: string, detail: string): string;
  severity: Record<Severity, string>;
  framework: Record<FrameworkId, string>;
  fileHeader(file: string): string;
  noTables: string;
  /** A table's header line: its number, kind, place, name (a department table's is its unit's) and framework. */
  tableLine(n: number, kind: TableKind, where: string, name: string | null, framework: string): string;
  hiddenSheet: string;
  note(text: string): string;
  noFindings: string;
  summary(s: { files: number; tables: number; errors: number; warnings: number; infos: number; unreadable: number }): string;
  progress: string;
  notImplemented(cmd: string): string;
  usagePrefix: string;
  seeHelp: string;
  unknownCommand(cmd: string): string;
  noCommand: string;
  noFiles: string;
  badOptionValue(option: string, value: string, allowed: string): string;
  badYear(value: string): string;
  unknownOption(option: string): string;
  missingValue(option: string): string;
  unexpectedArgument(arg: string): string;
  config: {
    cannotRead(file: string, reason: string): string;
    badJson(file: string, reason: string): string;
    notObject(file: string): string;
    bad(file: string, field: string, problem: string): string;
    unknownKey: string;
    framework: string;
    year: string;
    lang: string;
    rules: string;
    ruleSetting: string;
    ruleId: string;
    unknownRule: string;
    severity: string;
    options: string;
    unknownOption(names: string[]): string;
    optionType(kind: string, example: string): string;
    requiredLevel2: string;
  };
  project: ProjectStrings;
  help: string;
}

/** The summary workbook of --report. */
export interface ReportStrings {
  summarySheet: string;
  findingsSheet: string;
  summaryHeaders: [string, string, string, string, string, string, string, string];
  findingsHeaders: [string, string, string, string, string, string, string, string, string];
  unreadable: string;
  open: string;
}

/** `jixiao new` and `jixiao fill`. */
interface ProjectStrings {
  needSpecOrList: string;
  specAndList: string;
  needOut: string;
  needTemplate: string;
  oneTemplate: string;
  appendAndForce: string;
  sheetWithList: string;
  outExists(file: string): string;
  sameFile(file: string): string;
  badSheetName(name: string, problem: string): string;
  sheetProblem: Record<"blank" | "too-long" | "forbidden-character" | "apostrophe" | "reserved" | "taken", string>;
  specCannotRead(file: string, reason: string): string;
  specBadJson(file: string, reason: string): string;
  specInvalid(file: string, count: number): string;
  specError(path: string, message: string): string;
  listCannotRead(file: string, reason: string): string;
  listNoHeader(file: string): string;
  listEmpty(file: string): string;
  listInvalid(file: string, count: number): string;
  listError(row: number, column: string, message: string): string;
  listIgnored(headers: string): string;
  defaultIndicators(count: number): string;
  outCannotRead(file: string, reason: string): string;
  templateCannotRead(file: string, reason: string): string;
  templateNoTable(file: string): string;
  templateNoSheet(file: string, sheet: string): string;
  dropsDrawings(file: string): string;
  refused(template: string, count: number): string;
  conflict(cell: string, has: string, wants: string, path: string): string;
  noRoom(cell: string, wants: string, path: string): string;
  /** An indicator without a row, which --insert-rows would give one. */
  noRoomRow(cell: string, wants: string, path: string): string;
  /** --insert-rows: rows inserted (Excel row numbers, each below the block's last row). */
  inserted(inserts: { after: number; count: number }[]): string;
  yearClash(cell: string, has: string, wants: string): string;
  unfilled(cell: string, what: string): string;
  skipped(path: string, what: string): string;
  wrote(file: string, sheets: { sheet: string; range: string }[]): string;
  filled(file: string, template: string, sheet: string, cells: number): string;
  cannotWrite(file: string, reason: string): string;
  outExt(file: string): string;
  outIsDir(file: string): string;
  tooLong(max: number): string;
}

const zh: Strings = {
  readProblem: {
    missing: "找不到该文件或目录",
    empty: "文件是空的（0 字节），不是 Excel 工作簿",
    xls: "这是旧版 Excel 97-2003 格式（.xls）；本机没有 LibreOffice，无法自动转换。请在 Excel 或 WPS 中“另存为” .xlsx 后再检查，或安装 LibreOffice（soffice）后再运行",
    ods: "这是 OpenDocument 表格（.ods）；本机没有 LibreOffice，无法自动转换。请在 LibreOffice、WPS 或 Excel 中“另存为” .xlsx 后再检查，或安装 LibreOffice（soffice）后再运行",
    "too-big": "工作簿太大，无法检查",
    unparsable: "工作簿的内部结构不符合 .xlsx 格式，无法解析（可能由不兼容的软件生成）；请在 Excel 或 WPS 中打开后“另存为” .xlsx 再检查",
    "convert-failed": "LibreOffice 未能把它转换为 .xlsx（文件可能已损坏）；请在 Excel、WPS 或 LibreOffice 中打开后“另存为” .xlsx 再检查",
    encrypted: "工作簿设置了打开密码（已加密），无法读取；请在 Excel 中取消密码后另存为 .xlsx 再检查",
    "not-xlsx": "不是 Excel 工作簿（.xlsx），文件内容不是 .xlsx 格式，可能只是改了扩展名",
    corrupt: "文件已损坏或不完整（可能在下载或复制时被截断），请重新获取该文件",
    "no-xlsx-in-dir": "目录中没有工作簿文件（.xlsx、.xls 或 .ods）",
    "not-a-file": "不是普通文件",
    permission: "没有读取该文件的权限",
    other: "读取失败",
  },
  tooBig: (i) =>
    i.kind === "cells"
      ? `工作簿太大，无法检查：${i.sheet ? `工作表“${i.sheet}”读到` : "读到"}第 ${i.limit.toLocaleString("en")} 个单元格时仍未结束（上限 ${i.limit.toLocaleString("en")} 个；一般的绩效目标表工作簿只有几万个）。请删除多余的行和列或把文件拆小后再检查`
      : `工作簿太大，无法检查：其中一个部件解压后有 ${Math.round(i.amount / 2 ** 20)} MB（上限 ${Math.round(i.limit / 2 ** 20)} MB）。请删除多余的行和列或把文件拆小后再检查`,
  outOfMemory: (mb) => `检查这个文件所需的内存超过了为每个文件设定的上限（约 ${mb} MB），已跳过，其余文件照常检查；请删除多余的行和列或把文件拆小后再检查`,
  missingSheets: (sheets) => `工作簿列出的工作表 ${sheets.map((s) => `“${s}”`).join("、")} 在文件中缺少内容（文件可能不完整），未能检查这些工作表`,
  dirUnreadable: "无法读取该目录（没有权限或已损坏），其中的文件未检查",
  fsProblem: {
    isDirectory: "这是一个目录，不是文件",
    noSpace: "磁盘空间不足",
    readOnly: "所在位置只读，不能写入",
    tooManyOpen: "同时打开的文件过多",
    nameTooLong: "文件名或路径太长",
    writeFailed: "写入失败",
  },
  badJobs: (value) => `--jobs 的值“${value}”无效，应为正整数，如 2`,
  interrupted: (done, total) => `已中断：已检查 ${done}/${total} 个文件，以上为已完成文件的结果`,
  notChecked: (files) => `未检查：${files.join("、")}`,
  annotateSame: "--annotate 的目录不能是要检查的文件所在的目录（输入文件从不改动）；请换一个目录",
  annotateInside: "--annotate 的目录不能位于要检查的目录之中；请换一个目录",
  annotated: (dir, count) => `已在 ${dir} 写入 ${count} 个标注副本（问题单元格已着色并加批注）`,
  annotateFailed: (file, reason) => `未能写入 ${file} 的标注副本：${reason}`,
  reportWritten: (file) => `已写入汇总工作簿 ${file}`,
  reportFailed: (file, reason) => `未能写入汇总工作簿 ${file}：${reason}`,
  reportExt: (file) => `--report 的文件名“${file}”应以 .xlsx 结尾`,
  report: {
    summarySheet: "汇总",
    findingsSheet: "问题清单",
    summaryHeaders: ["部门/文件", "文件路径", "表数", "错误", "警告", "提示", "最主要的问题", "状态"],
    findingsHeaders: ["文件", "工作表", "单元格", "表", "规则", "规则名称", "级别", "说明", "打开"],
    unreadable: "无法读取",
    open: "打开",
  },
  cannotRead: (file, reason) => `无法读取 ${file}：${reason}`,
  withDetail: (reason, detail) => `${reason}（${detail}）`,
  internalError: (detail) => `检查时程序出错（请将此文件反馈给开发者）：${detail}`,
  severity: { error: "错误", warning: "警告", info: "提示" },
  framework: { legacy: "原指标体系（产出/效益/满意度）", "2021": "2021版指标体系（成本/产出/效益/满意度）" },
  fileHeader: (file) => `文件：${file}`,
  noTables: "未找到项目绩效目标表",
  tableLine: (n, kind, where, name, framework) =>
    `表${n}\u3000${KIND_NAME[kind].zh}\u3000${where}\u3000${kind === "department" ? "部门名称" : "项目名称"}：${name ?? "（空）"}\u3000${framework}`,
  hiddenSheet: "（隐藏的工作表）",
  note: (text) => `说明：${text}`,
  noFindings: "未发现问题",
  summary: (s) =>
    `共检查 ${s.files} 个文件、${s.tables} 张表：错误 ${s.errors} 个，警告 ${s.warnings} 个，提示 ${s.infos} 个` +
    (s.unreadable ? `；${s.unreadable} 个文件无法读取` : ""),
  progress: "检查中",
  notImplemented: (cmd) => `jixiao ${cmd}：尚未实现（not implemented yet）`,
  usagePrefix: "jixiao：",
  seeHelp: "用法见 jixiao --help",
  unknownCommand: (cmd) => `未知的命令“${cmd}”（可用：check、new、fill）`,
  noCommand: "缺少命令（可用：check、new、fill）",
  noFiles: "请指定要检查的 .xlsx 文件或目录",
  badOptionValue: (option, value, allowed) => `${option} 的值“${value}”无效，应为 ${allowed}`,
  badYear: (value) => `--year 的值“${value}”无效，应为四位年份，如 2023`,
  unknownOption: (option) => `未知的选项 ${option}`,
  missingValue: (option) => `选项 ${option} 缺少取值`,
  unexpectedArgument: (arg) => `多余的参数“${arg}”`,
  config: {
    cannotRead: (file, reason) => `无法读取配置文件 ${file}：${reason}`,
    badJson: (file, reason) => `配置文件 ${file} 不是有效的 JSON：${reason}`,
    notObject: (file) => `配置文件 ${file} 应为一个 JSON 对象（{ … }）`,
    bad: (file, field, problem) => `配置文件 ${file} 有误：${field} ${problem}`,
    unknownKey: "不是可用的设置项（可用：framework、year、lang、rules、requiredLevel2）",
    framework: '应为 "auto"、"legacy" 或 "2021"',
    year: "应为四位年份，如 2023",
    lang: '应为 "zh" 或 "en"',
    rules: '应为对象，键为规则编号，如 {"plan/back-loaded": "off"}',
    ruleSetting: '应为 "off"、"error"、"warning"、"info" 或 {"severity": …, "options": {…}}',
    ruleId: "不是规则编号的写法（应形如 plan/back-loaded）",
    unknownRule: "不是已有的规则编号（规则编号形如 plan/back-loaded）",
    severity: '应为 "off"、"error"、"warning" 或 "info"',
    options: "应为对象",
    unknownOption: (names) => (names.length ? `不是该规则的选项（可用：${names.join("、")}）` : "该规则没有可设置的选项"),
    optionType: (kind, example) =>
      `类型不对，应为${{ number: "数字", string: "文字", boolean: "true 或 false", object: "对象", array: "数组" }[kind] ?? kind}（默认值为 ${example}）`,
    requiredLevel2: '应为字符串数组，如 ["数量指标", "质量指标"]',
  },
  project: {
    needSpecOrList: "请用 --spec PROJECT.json 或 --list PROJECTS.xlsx|.csv 指定要生成的项目",
    specAndList: "--spec 与 --list 只能选一个",
    needOut: "请用 -o OUT.xlsx 指定输出文件",
    needTemplate: "请指定要填写的模板文件 TEMPLATE.xlsx",
    oneTemplate: "只能指定一个模板文件",
    appendAndForce: "--append 与 --force 只能选一个",
    sheetWithList: "--sheet 只用于 --spec（--list 的工作表以项目名称命名）",
    outExists: (file) => `输出文件 ${file} 已存在，未做任何改动；要在其中添加工作表请加 --append，要整个替换请加 --force，或换一个文件名`,
    sameFile: (file) => `输出文件不能是模板本身（${file}）：模板文件不会被改动，请换一个输出文件名`,
    badSheetName: (name, problem) => `工作表名“${name}”不可用：${problem}`,
    sheetProblem: {
      blank: "不能为空",
      "too-long": "超过 31 个字符",
      "forbidden-character": "不能含有 [ ] : * ? / \\ 这些字符",
      apostrophe: "不能以单引号开头或结尾",
      reserved: "History 是 Excel 保留的名称",
      taken: "工作簿中已有同名工作表（不区分大小写）",
    },
    specCannotRead: (file, reason) => `无法读取项目说明 ${file}：${reason}`,
    specBadJson: (file, reason) => `项目说明 ${file} 不是有效的 JSON：${reason}`,
    specInvalid: (file, count) => `项目说明 ${file} 有 ${count} 处错误，未写入任何文件：`,
    specError: (path, message) => `  ${path || "（整个文件）"}：${message}`,
    listCannotRead: (file, reason) => `无法读取项目清单 ${file}：${reason}`,
    listNoHeader: (file) => `项目清单 ${file} 中找不到表头（应有“项目名称”列）`,
    listEmpty: (file) => `项目清单 ${file} 中没有项目`,
    listInvalid: (file, count) => `项目清单 ${file} 有 ${count} 处错误，未写入任何文件：`,
    listError: (row, column, message) => `  第${row}行 ${column}：${message}`,
    listIgnored: (headers) => `说明：项目清单中以下列未使用：${headers}`,
    defaultIndicators: (count) => `说明：项目清单不含绩效指标，已为 ${count} 个项目写入默认指标（按所选指标体系），请按项目实际修改指标名称和指标值`,
    outCannotRead: (file, reason) => `无法读取要添加工作表的文件 ${file}：${reason}`,
    templateCannotRead: (file, reason) => `无法读取模板 ${file}：${reason}`,
    templateNoTable: (file) => `模板 ${file} 中未找到项目绩效目标表`,
    templateNoSheet: (file, sheet) => `模板 ${file} 中没有名为“${sheet}”的工作表，或其中没有绩效目标表`,
    dropsDrawings: (file) => `注意：${file} 中的图片和图表不会保留到输出文件中`,
    refused: (template, count) => `未填写：模板 ${template} 中有 ${count} 处与项目说明冲突或放不下，模板未改动，也未写出输出文件：`,
    conflict: (cell, has, wants, path) => `  ${cell}：模板中已有“${has}”，项目说明要求“${wants}”（${path}）`,
    noRoom: (cell, wants, path) => `  ${cell}：模板中没有位置写入“${wants}”（${path}），请在模板中增加相应的行或列`,
    noRoomRow: (cell, wants, path) => `  ${cell}：模板中没有位置写入“${wants}”（${path}）；加 --insert-rows 可按模板格式在所属指标组末尾插入行后填写`,
    inserted: (inserts) => `已按模板格式插入行：${inserts.map((i) => `第 ${i.after} 行下 ${i.count} 行`).join("、")}`,
    yearClash: (cell, has, wants) => `  ${cell}：模板为“${has}”，项目说明的年度为 ${wants} 年，请统一年度`,
    unfilled: (cell, what) => `  ${cell}：模板中的“${what}”在项目说明中没有对应内容，填写后会是空项，请补上或从模板中删去`,
    skipped: (path, what) => `说明：模板中没有“${path}”对应的栏目，未写入“${what}”`,
    wrote: (file, sheets) => `已写入 ${file}：${sheets.map((s) => `工作表“${s.sheet}” ${s.range}`).join("、")}`,
    filled: (file, template, sheet, cells) => `已按模板 ${template} 填写（工作表“${sheet}”，${cells} 个单元格），写入 ${file}`,
    cannotWrite: (file, reason) => `无法写入 ${file}：${reason}`,
    outExt: (file) => `输出文件“${file}”应以 .xlsx 结尾（只能写出 .xlsx 工作簿）`,
    outIsDir: (file) => `输出文件“${file}”是一个已有的目录；请给出文件名，如 ${file.replace(/[\\/]+$/, "")}/新项目.xlsx`,
    tooLong: (max) => `文字超过 Excel 单元格的上限 ${max.toLocaleString("en")} 个字符，请缩短`,
  },
  help: `jixiao — 绩效目标表助手：检查、生成和填写 .xlsx 工作簿中的项目绩效目标表

用法：
  jixiao check 文件或目录... [选项]
  jixiao new   --spec PROJECT.json -o OUT.xlsx [--sheet NAME] [--append | --force]
  jixiao new   --list PROJECTS.xlsx|.csv -o OUT.xlsx [--year 2024] [--framework legacy|2021] [--append | --force]
  jixiao fill  TEMPLATE.xlsx --spec PROJECT.json -o OUT.xlsx [--sheet NAME] [--insert-rows] [--force]
  jixiao new   --self-eval-from FILE.xlsx [--sheet NAME] -o OUT.xlsx   由 FILE 中的项目绩效目标表（或其工作表 NAME 上的）生成年度自评表

new 与 fill：
  --spec FILE                  项目说明（JSON，与任务窗格向导相同的格式）
  --list FILE                  项目清单（.xlsx 或 .csv，每行一个项目：项目名称、项目编码、财政资金、
                               其他资金、资金用途、3月底…12月底、年度、绩效目标等列），每个项目一个工作表，
                               绩效指标按指标体系写入默认指标
  -o, --out FILE               输出文件；已存在时不改动并报错，除非加 --append（添加工作表）或 --force（替换）
  --sheet NAME                 new：新工作表的名称（默认为项目名称）；fill：要填写的模板工作表
  --insert-rows                fill：模板的指标行不够时，在所属一级/二级指标组末尾按该组的格式（边框、行高、
                               合并单元格、下拉列表）插入所需的行后填写（写入输出文件，模板本身不变）
  模板文件从不被改动；fill 遇到模板中已有不同内容或放不下的内容时拒绝填写（退出状态 2）。
  写入后对生成的表做一次检查并输出结果。

check 的选项：
  --format text|json           输出格式（默认 text）
  --framework auto|legacy|2021 指标体系：自动识别（默认）、原指标体系、2021版
  --year 2023                  预算年度（默认从标题、工作表名或文件名中识别）
  --lang zh|en                 提示语言（默认 zh）
  --config FILE                JSON 配置文件：{framework, year, lang, rules, requiredLevel2}
  --across-files               在本次检查的所有文件之间比对重复的绩效目标
  -j, --jobs N                 同时检查的文件数（工作线程，默认为 CPU 核数）；输出与单线程相同
  --annotate OUTDIR            在 OUTDIR 下为每个可读文件写一份标注副本（问题单元格着色并加批注），原文件不改动
  --report SUMMARY.xlsx        写一份汇总工作簿：“汇总”（每个文件一行）和“问题清单”（每个问题一行，带链接）
  --help                       显示本帮助
  --version                    显示版本号

目录参数表示其下所有 .xlsx、.xls 和 .ods 文件（含子目录；.xls/.ods 由 LibreOffice 自动转换）。
退出状态：0 无错误；1 有错误级问题；2 有文件无法读取（fill：模板冲突）；64 用法错误（含项目说明有误）。
`,
};

const en: Strings = {
  readProblem: {
    missing: "no such file or directory",
    empty: "the file is empty (0 bytes), not an Excel workbook",
    xls: "this is the old Excel 97-2003 format (.xls) and LibreOffice is not installed to convert it; save it as .xlsx in Excel or WPS, or install LibreOffice (soffice), and check again",
    ods: "this is an OpenDocument spreadsheet (.ods) and LibreOffice is not installed to convert it; save it as .xlsx in LibreOffice, WPS or Excel, or install LibreOffice (soffice), and check again",
    "too-big": "the workbook is too big to check",
    unparsable:
      "the workbook's inner structure does not follow the .xlsx format and cannot be parsed (perhaps written by an incompatible program); open it in Excel or WPS, save it as .xlsx and check again",
    "convert-failed":
      "LibreOffice could not convert it to .xlsx (the file may be damaged); open it in Excel, WPS or LibreOffice, save it as .xlsx and check again",
    encrypted: "the workbook is password-protected (encrypted); remove the password in Excel, save as .xlsx and check again",
    "not-xlsx": "not an Excel workbook (.xlsx); the content is not in .xlsx format, perhaps only the extension was changed",
    corrupt: "the file is damaged or incomplete (perhaps cut off while downloading or copying); get the file again",
    "no-xlsx-in-dir": "no workbooks (.xlsx, .xls or .ods) in this directory",
    "not-a-file": "not a regular file",
    permission: "permission denied",
    other: "cannot be read",
  },
  tooBig: (i) =>
    i.kind === "cells"
      ? `the workbook is too big to check: ${i.sheet ? `sheet "${i.sheet}" still had cells` : "it still had cells"} after ${i.limit.toLocaleString("en")} (the limit; a workbook of performance tables has tens of thousands). Delete the surplus rows and columns or split the file, and check again`
      : `the workbook is too big to check: one of its parts is ${Math.round(i.amount / 2 ** 20)} MB uncompressed (the limit is ${Math.round(i.limit / 2 ** 20)} MB). Delete the surplus rows and columns or split the file, and check again`,
  outOfMemory: (mb) =>
    `checking this file needs more memory than the limit set for each file (about ${mb} MB); it was skipped and the other files were checked. Delete the surplus rows and columns or split the file, and check again`,
  missingSheets: (sheets) =>
    `the workbook lists ${sheets.map((s) => `"${s}"`).join(", ")} but the file lacks ${sheets.length === 1 ? "its content" : "their content"} (the file may be incomplete); ${sheets.length === 1 ? "that sheet was" : "those sheets were"} not checked`,
  dirUnreadable: "the directory cannot be read (permission denied or damaged); the files in it were not checked",
  fsProblem: {
    isDirectory: "it is a directory, not a file",
    noSpace: "the disk is full",
    readOnly: "the location is read-only",
    tooManyOpen: "too many files are open",
    nameTooLong: "the file name or path is too long",
    writeFailed: "writing failed",
  },
  badJobs: (value) => `invalid value "${value}" for --jobs; expected a positive whole number such as 2`,
  interrupted: (done, total) => `interrupted: ${done} of ${total} files checked; the results above are those of the finished files`,
  notChecked: (files) => `not checked: ${files.join(", ")}`,
  annotateSame: "the --annotate directory cannot be a directory of the input files (inputs are never modified); choose another directory",
  annotateInside: "the --annotate directory cannot be inside a directory being checked; choose another directory",
  annotated: (dir, count) => `wrote ${count} marked ${count === 1 ? "copy" : "copies"} under ${dir} (the cells of findings filled, with notes)`,
  annotateFailed: (file, reason) => `could not write the marked copy of ${file}: ${reason}`,
  reportWritten: (file) => `wrote the summary workbook ${file}`,
  reportFailed: (file, reason) => `could not write the summary workbook ${file}: ${reason}`,
  reportExt: (file) => `the --report file name "${file}" must end in .xlsx`,
  report: {
    summarySheet: "Summary",
    findingsSheet: "Findings",
    summaryHeaders: ["Department/file", "Path", "Tables", "Errors", "Warnings", "Infos", "Main problem", "Status"],
    findingsHeaders: ["File", "Sheet", "Cell", "Table", "Rule", "Rule name", "Severity", "Message", "Open"],
    unreadable: "cannot be read",
    open: "open",
  },
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  withDetail: (reason, detail) => `${reason} (${detail})`,
  internalError: (detail) => `the checker failed on this file (please report it): ${detail}`,
  severity: { error: "error", warning: "warning", info: "info" },
  framework: { legacy: "legacy framework (output/effect/satisfaction)", "2021": "2021 framework (cost/output/effect/satisfaction)" },
  fileHeader: (file) => `File: ${file}`,
  noTables: "no performance target table found",
  tableLine: (n, kind, where, name, framework) =>
    `Table ${n}  ${KIND_NAME[kind].en}  ${where}  ${kind === "department" ? "department" : "project"}: ${name ?? "(blank)"}  ${framework}`,
  hiddenSheet: " (hidden sheet)",
  note: (text) => `note: ${text}`,
  noFindings: "no problems found",
  summary: (s) =>
    `Checked ${s.files} ${s.files === 1 ? "file" : "files"}, ${s.tables} ${s.tables === 1 ? "table" : "tables"}: ` +
    `${s.errors} ${s.errors === 1 ? "error" : "errors"}, ${s.warnings} ${s.warnings === 1 ? "warning" : "warnings"}, ` +
    `${s.infos} ${s.infos === 1 ? "info" : "infos"}` +
    (s.unreadable ? `; ${s.unreadable} ${s.unreadable === 1 ? "file" : "files"} could not be read` : ""),
  progress: "Checking",
  notImplemented: (cmd) => `jixiao ${cmd}: not implemented yet`,
  usagePrefix: "jixiao: ",
  seeHelp: "see jixiao --help",
  unknownCommand: (cmd) => `unknown command "${cmd}" (commands: check, new, fill)`,
  noCommand: "missing command (commands: check, new, fill)",
  noFiles: "name the .xlsx files or directories to check",
  badOptionValue: (option, value, allowed) => `invalid value "${value}" for ${option}; expected ${allowed}`,
  badYear: (value) => `invalid value "${value}" for --year; expected a four-digit year such as 2023`,
  unknownOption: (option) => `unknown option ${option}`,
  missingValue: (option) => `option ${option} needs a value`,
  unexpectedArgument: (arg) => `unexpected argument "${arg}"`,
  config: {
    cannotRead: (file, reason) => `cannot read the configuration file ${file}: ${reason}`,
    badJson: (file, reason) => `the configuration file ${file} is not valid JSON: ${reason}`,
    notObject: (file) => `the configuration file ${file} must hold one JSON object ({ … })`,
    bad: (file, field, problem) => `in the configuration file ${file}: ${field} ${problem}`,
    unknownKey: "is not a setting (settings: framework, year, lang, rules, requiredLevel2)",
    framework: 'must be "auto", "legacy" or "2021"',
    year: "must be a four-digit year such as 2023",
    lang: 'must be "zh" or "en"',
    rules: 'must be an object keyed by rule id, e.g. {"plan/back-loaded": "off"}',
    ruleSetting: 'must be "off", "error", "warning", "info" or {"severity": …, "options": {…}}',
    ruleId: "is not a rule id (rule ids look like plan/back-loaded)",
    unknownRule: "is not a known rule id (rule ids look like plan/back-loaded)",
    severity: 'must be "off", "error", "warning" or "info"',
    options: "must be an object",
    unknownOption: (names) => (names.length ? `is not an option of this rule (options: ${names.join(", ")})` : "this rule has no options"),
    optionType: (kind, example) => `must be ${kind === "array" || kind === "object" ? "an" : "a"} ${kind} (the default is ${example})`,
    requiredLevel2: 'must be an array of strings, e.g. ["数量指标", "质量指标"]',
  },
  project: {
    needSpecOrList: "name the project with --spec PROJECT.json or --list PROJECTS.xlsx|.csv",
    specAndList: "use either --spec or --list, not both",
    needOut: "name the output file with -o OUT.xlsx",
    needTemplate: "name the template to fill (TEMPLATE.xlsx)",
    oneTemplate: "name one template only",
    appendAndForce: "use either --append or --force, not both",
    sheetWithList: "--sheet goes with --spec only (--list names each sheet after its project)",
    outExists: (file) => `the output file ${file} exists and was left alone; add --append to add sheets to it, --force to replace it, or choose another name`,
    sameFile: (file) => `the output file cannot be the template itself (${file}): the template is never modified; choose another output name`,
    badSheetName: (name, problem) => `cannot use the sheet name "${name}": ${problem}`,
    sheetProblem: {
      blank: "it is blank",
      "too-long": "it is longer than 31 characters",
      "forbidden-character": "it contains one of [ ] : * ? / \\",
      apostrophe: "it begins or ends with an apostrophe",
      reserved: "History is reserved by Excel",
      taken: "the workbook already has a sheet of that name (ignoring case)",
    },
    specCannotRead: (file, reason) => `cannot read the project spec ${file}: ${reason}`,
    specBadJson: (file, reason) => `the project spec ${file} is not valid JSON: ${reason}`,
    specInvalid: (file, count) => `the project spec ${file} has ${count} ${count === 1 ? "error" : "errors"}; nothing was written:`,
    specError: (path, message) => `  ${path || "(the whole file)"}: ${message}`,
    listCannotRead: (file, reason) => `cannot read the project list ${file}: ${reason}`,
    listNoHeader: (file) => `no header row in the project list ${file} (it needs a 项目名称 column)`,
    listEmpty: (file) => `no projects in the project list ${file}`,
    listInvalid: (file, count) => `the project list ${file} has ${count} ${count === 1 ? "error" : "errors"}; nothing was written:`,
    listError: (row, column, message) => `  row ${row} ${column}: ${message}`,
    listIgnored: (headers) => `note: columns of the project list not used: ${headers}`,
    defaultIndicators: (count) =>
      `note: a project list has no indicators, so ${count} ${count === 1 ? "project got" : "projects got"} the framework's default indicators; make their names and values specific`,
    outCannotRead: (file, reason) => `cannot read ${file} to add sheets to it: ${reason}`,
    templateCannotRead: (file, reason) => `cannot read the template ${file}: ${reason}`,
    templateNoTable: (file) => `no performance target table found in the template ${file}`,
    templateNoSheet: (file, sheet) => `the template ${file} has no sheet "${sheet}", or no table on it`,
    dropsDrawings: (file) => `note: pictures and charts of ${file} are not kept in the output`,
    refused: (template, count) =>
      `not filled: ${count} ${count === 1 ? "cell" : "cells"} of the template ${template} conflict with the spec or have no room; the template is unchanged and no output was written:`,
    conflict: (cell, has, wants, path) => `  ${cell}: the template has "${has}", the spec wants "${wants}" (${path})`,
    noRoom: (cell, wants, path) => `  ${cell}: the template has no place for "${wants}" (${path}); add rows or columns to the template`,
    noRoomRow: (cell, wants, path) =>
      `  ${cell}: the template has no place for "${wants}" (${path}); --insert-rows inserts rows in the template's style at the end of its group and fills them`,
    inserted: (inserts) => `inserted rows in the template's style: ${inserts.map((i) => `${i.count} below row ${i.after}`).join(", ")}`,
    yearClash: (cell, has, wants) => `  ${cell}: the template says "${has}", the spec's year is ${wants}; make them agree`,
    unfilled: (cell, what) =>
      `  ${cell}: the template's "${what}" has nothing in the spec and would stay empty; add it to the spec or remove it from the template`,
    skipped: (path, what) => `note: the template has no field for ${path}; "${what}" was not written`,
    wrote: (file, sheets) => `wrote ${file}: ${sheets.map((s) => `sheet "${s.sheet}" ${s.range}`).join(", ")}`,
    filled: (file, template, sheet, cells) => `filled the template ${template} (sheet "${sheet}", ${cells} cells) into ${file}`,
    cannotWrite: (file, reason) => `cannot write ${file}: ${reason}`,
    outExt: (file) => `the output file "${file}" must end in .xlsx (only .xlsx workbooks are written)`,
    outIsDir: (file) => `the output "${file}" is an existing directory; give a file name such as ${file.replace(/[\\/]+$/, "")}/new.xlsx`,
    tooLong: (max) => `the text is longer than an Excel cell's limit of ${max.toLocaleString("en")} characters; shorten it`,
  },
  help: `jixiao — checks, writes and fills Chinese budget performance target tables (项目绩效目标表) in .xlsx workbooks

Usage:
  jixiao check FILE_OR_DIR... [options]
  jixiao new   --spec PROJECT.json -o OUT.xlsx [--sheet NAME] [--append | --force]
  jixiao new   --list PROJECTS.xlsx|.csv -o OUT.xlsx [--year 2024] [--framework legacy|2021] [--append | --force]
  jixiao fill  TEMPLATE.xlsx --spec PROJECT.json -o OUT.xlsx [--sheet NAME] [--insert-rows] [--force]
  jixiao new   --self-eval-from FILE.xlsx [--sheet NAME] -o OUT.xlsx   the year-end 自评表 of FILE's project tables (or of those on sheet NAME)

new and fill:
  --spec FILE                  project spec (JSON, the task pane wizard's format)
  --list FILE                  project list (.xlsx or .csv, one project per row: 项目名称, 项目编码, 财政资金,
                               其他资金, 资金用途, 3月底…12月底, 年度, 绩效目标 …), one sheet per project,
                               with the framework's default indicators
  -o, --out FILE               output file; if it exists it is left alone with an error, unless --append
                               (add the sheets to it) or --force (replace it)
  --sheet NAME                 new: the new sheet's name (default: the project name); fill: the template sheet
  --insert-rows                fill: when the template has too few indicator rows, insert the rows needed at
                               the end of their 一级/二级 group in its style (borders, heights, merged labels,
                               dropdowns), then fill (in the output; the template itself is never changed)
  The template is never modified; fill refuses (exit 2) when a target cell holds something different
  or the template has no room for part of the spec. The written tables are checked and reported.

Options of check:
  --format text|json           output format (default text)
  --framework auto|legacy|2021 indicator framework: recognise per table (default), legacy, 2021
  --year 2023                  budget year (default: from the title, sheet name or file name)
  --lang zh|en                 language of messages (default zh)
  --config FILE                JSON configuration: {framework, year, lang, rules, requiredLevel2}
  --across-files               compare goals across all files of the run for duplicates
  -j, --jobs N                 files checked at once (worker threads; default: the CPU cores); same output as one
  --annotate OUTDIR            write a marked copy of every readable file under OUTDIR (cells of findings
                               filled, with notes); the inputs are never modified
  --report SUMMARY.xlsx        write a summary workbook: Summary (one row per file) and Findings (one row per
                               finding, with a link to its cell)
  --help                       show this help
  --version                    show the version

A directory means every .xlsx, .xls and .ods file below it (.xls/.ods converted by LibreOffice).
Exit status: 0 no errors; 1 error-level findings; 2 a file could not be read (fill: template conflicts);
64 bad usage (an invalid project spec included).
`,
};

export function strings(lang: Lang | undefined): Strings {
  return lang === "en" ? en : zh;
}

export type { Strings };
