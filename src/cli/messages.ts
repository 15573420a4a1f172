/** Everything the command line says to a person, in Chinese (default) and English. */
import type { Lang, Severity } from "../engine/rule";
import type { FrameworkId } from "../engine/model";
import type { ReadProblem } from "./read-xlsx";

interface Strings {
  readProblem: Record<ReadProblem, string>;
  cannotRead(file: string, reason: string): string;
  internalError(detail: string): string;
  withDetail(reason: string, detail: string): string;
  severity: Record<Severity, string>;
  framework: Record<FrameworkId, string>;
  fileHeader(file: string): string;
  noTables: string;
  tableLine(n: number, where: string, name: string | null, framework: string): string;
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
    requiredLevel2: string;
  };
  help: string;
}

const zh: Strings = {
  readProblem: {
    missing: "找不到该文件或目录",
    empty: "文件是空的（0 字节），不是 Excel 工作簿",
    xls: "这是旧版 Excel 97-2003 格式（.xls），请在 Excel 或 WPS 中“另存为” .xlsx 后再检查",
    encrypted: "工作簿设置了打开密码（已加密），无法读取；请在 Excel 中取消密码后另存为 .xlsx 再检查",
    "not-xlsx": "不是 Excel 工作簿（.xlsx），文件内容不是 .xlsx 格式，可能只是改了扩展名",
    corrupt: "文件已损坏或不完整（可能在下载或复制时被截断），请重新获取该文件",
    "no-xlsx-in-dir": "目录中没有 .xlsx 文件",
    "not-a-file": "不是普通文件",
    permission: "没有读取该文件的权限",
    other: "读取失败",
  },
  cannotRead: (file, reason) => `无法读取 ${file}：${reason}`,
  withDetail: (reason, detail) => `${reason}（${detail}）`,
  internalError: (detail) => `检查时程序出错（请将此文件反馈给开发者）：${detail}`,
  severity: { error: "错误", warning: "警告", info: "提示" },
  framework: { legacy: "原指标体系（产出/效益/满意度）", "2021": "2021版指标体系（成本/产出/效益/满意度）" },
  fileHeader: (file) => `文件：${file}`,
  noTables: "未找到项目绩效目标表",
  tableLine: (n, where, name, framework) => `表${n}　${where}　项目名称：${name ?? "（空）"}　${framework}`,
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
    framework: "应为 \"auto\"、\"legacy\" 或 \"2021\"",
    year: "应为四位年份，如 2023",
    lang: "应为 \"zh\" 或 \"en\"",
    rules: "应为对象，键为规则编号，如 {\"plan/back-loaded\": \"off\"}",
    ruleSetting: "应为 \"off\"、\"error\"、\"warning\"、\"info\" 或 {\"severity\": …, \"options\": {…}}",
    ruleId: "不是规则编号的写法（应形如 plan/back-loaded）",
    unknownRule: "不是已有的规则编号（规则编号形如 plan/back-loaded）",
    severity: "应为 \"off\"、\"error\"、\"warning\" 或 \"info\"",
    options: "应为对象",
    requiredLevel2: "应为字符串数组，如 [\"数量指标\", \"质量指标\"]",
  },
  help: `jixiao — 绩效目标表助手：检查 .xlsx 工作簿中的项目绩效目标表

用法：
  jixiao check 文件或目录... [选项]
  jixiao new   --spec PROJECT.json -o OUT.xlsx [--sheet NAME]   （尚未实现）
  jixiao fill  TEMPLATE.xlsx --spec PROJECT.json -o OUT.xlsx     （尚未实现）

check 的选项：
  --format text|json           输出格式（默认 text）
  --framework auto|legacy|2021 指标体系：自动识别（默认）、原指标体系、2021版
  --year 2023                  预算年度（默认从标题、工作表名或文件名中识别）
  --lang zh|en                 提示语言（默认 zh）
  --config FILE                JSON 配置文件：{framework, year, lang, rules, requiredLevel2}
  --across-files               在本次检查的所有文件之间比对重复的绩效目标
  --help                       显示本帮助
  --version                    显示版本号

目录参数表示其下所有 .xlsx 文件（含子目录）。
退出状态：0 无错误；1 有错误级问题；2 有文件无法读取；64 用法错误。
`,
};

const en: Strings = {
  readProblem: {
    missing: "no such file or directory",
    empty: "the file is empty (0 bytes), not an Excel workbook",
    xls: "this is the old Excel 97-2003 format (.xls); save it as .xlsx in Excel or WPS and check again",
    encrypted: "the workbook is password-protected (encrypted); remove the password in Excel, save as .xlsx and check again",
    "not-xlsx": "not an Excel workbook (.xlsx); the content is not in .xlsx format, perhaps only the extension was changed",
    corrupt: "the file is damaged or incomplete (perhaps cut off while downloading or copying); get the file again",
    "no-xlsx-in-dir": "no .xlsx files in this directory",
    "not-a-file": "not a regular file",
    permission: "permission denied",
    other: "cannot be read",
  },
  cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
  withDetail: (reason, detail) => `${reason} (${detail})`,
  internalError: (detail) => `the checker failed on this file (please report it): ${detail}`,
  severity: { error: "error", warning: "warning", info: "info" },
  framework: { legacy: "legacy framework (output/effect/satisfaction)", "2021": "2021 framework (cost/output/effect/satisfaction)" },
  fileHeader: (file) => `File: ${file}`,
  noTables: "no performance target table found",
  tableLine: (n, where, name, framework) => `Table ${n}  ${where}  project: ${name ?? "(blank)"}  ${framework}`,
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
    requiredLevel2: 'must be an array of strings, e.g. ["数量指标", "质量指标"]',
  },
  help: `jixiao — checks Chinese budget performance target tables (项目绩效目标表) in .xlsx workbooks

Usage:
  jixiao check FILE_OR_DIR... [options]
  jixiao new   --spec PROJECT.json -o OUT.xlsx [--sheet NAME]   (not implemented yet)
  jixiao fill  TEMPLATE.xlsx --spec PROJECT.json -o OUT.xlsx     (not implemented yet)

Options of check:
  --format text|json           output format (default text)
  --framework auto|legacy|2021 indicator framework: recognise per table (default), legacy, 2021
  --year 2023                  budget year (default: from the title, sheet name or file name)
  --lang zh|en                 language of messages (default zh)
  --config FILE                JSON configuration: {framework, year, lang, rules, requiredLevel2}
  --across-files               compare goals across all files of the run for duplicates
  --help                       show this help
  --version                    show the version

A directory means every .xlsx file below it.
Exit status: 0 no errors; 1 error-level findings; 2 a file could not be read; 64 bad usage.
`,
};

export function strings(lang: Lang | undefined): Strings {
  return lang === "en" ? en : zh;
}

export type { Strings };
