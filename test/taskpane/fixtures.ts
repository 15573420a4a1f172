import { CheckConfig, Rule, TableRule } from "../../src/engine/rule";
import { WorkbookModel } from "../../src/engine/sheet";
import { WorkbookResult, parseWorkbook } from "../../src/engine/check";
import { runRules } from "../../src/engine/runner";
import { summarizeTable } from "../../src/engine/summary";
import { resolveYear } from "../../src/engine/year";
import { Engine } from "../../src/taskpane/session";
import { recheckWorkbook } from "../../src/engine/recheck";
import { buildStacked, buildTable, workbook } from "../helpers/layout";

/**
 * Three small rules of known behaviour, so that the pane's tests do not depend on the real rules
 * (being written alongside). They run through the real detector, parser and runner.
 */
const nameEmpty: TableRule = {
  meta: {
    id: "test/name-empty",
    severity: "error",
    name: { zh: "项目名称不能为空", en: "Project name must not be blank" },
    docs: { zh: "项目名称不能为空（说明）。", en: "Project name must not be blank (explained)." },
    messages: { zh: { empty: "项目名称为空。" }, en: { empty: "The project name is blank." } },
  },
  check(ctx) {
    const n = ctx.table.name;
    if (n && n.cell.text.trim() === "") ctx.report({ row: n.row, col: n.col, messageId: "empty" });
  },
};

const basisEmpty: TableRule = {
  meta: {
    id: "test/basis-empty",
    severity: "warning",
    name: { zh: "指标值确定依据不能为空", en: "Indicator basis must not be blank" },
    docs: { zh: "指标值确定依据不能为空（说明）。", en: "Indicator basis must not be blank (explained)." },
    messages: { zh: { empty: "“{{name}}”的指标值确定依据为空。" }, en: { empty: "The basis of “{{name}}” is blank." } },
  },
  check(ctx) {
    for (const r of ctx.table.indicators) {
      if (r.basis && r.basis.cell.text.trim() === "") ctx.report({ row: r.basis.row, col: r.basis.col, messageId: "empty", data: { name: r.name.cell.text } });
    }
  },
};

const valueLong: TableRule = {
  meta: {
    id: "test/value-long",
    severity: "info",
    name: { zh: "指标值过长", en: "Indicator value too long" },
    docs: { zh: "指标值过长（说明）。", en: "Indicator value too long (explained)." },
    messages: { zh: { long: "指标值有 {{len}} 个字，超过 {{max}} 个。" }, en: { long: "The value has {{len}} characters, more than {{max}}." } },
    defaultOptions: { maxLength: 8, note: "kept" },
  },
  check(ctx) {
    const max = Number(ctx.options.maxLength);
    for (const r of ctx.table.indicators) {
      const len = [...r.value.cell.text].length;
      if (len > max) ctx.report({ row: r.value.row, col: r.value.col, messageId: "long", data: { len, max } });
    }
  },
};

export const TEST_RULES: Rule[] = [nameEmpty, basisEmpty, valueLong];

/** checkWorkbook, but with TEST_RULES instead of the registry. */
export function checkWithTestRules(wb: WorkbookModel, config: CheckConfig = {}): WorkbookResult {
  const parsed = parseWorkbook(wb);
  const findings = runRules([parsed], config, false, TEST_RULES)[0];
  return {
    name: wb.name,
    tables: parsed.tables,
    summaries: parsed.tables.map((t) => summarizeTable(t, parsed.grids.get(t.sheet)!, config, resolveYear(t, wb, config))),
    findings,
  };
}

export const testEngine: Engine = {
  rules: TEST_RULES,
  check: checkWithTestRules,
  recheck: (previous, wb, changes, config) => recheckWorkbook(previous, wb, changes, config, TEST_RULES),
};

/**
 * 商务局: two stacked tables, the first with a blank 项目名称 (error at D2) and one blank basis
 * (warning); the second clean except a long value (info). 财政局: one table with a blank basis.
 * 说明: text only, no table.
 */
export function sampleWorkbook(): WorkbookModel {
  const indicators = [
    { l1: "产出指标", l2: "数量指标", name: "接待客商人数", desc: "客商人数", value: "≥20人", basis: "工作计划" },
    { l1: "产出指标", l2: "质量指标", name: "开展招商活动", desc: "活动次数", value: "≥10次", basis: null as unknown as string },
    { l1: "产出指标", l2: "时效指标", name: "完成时效", desc: "完成时间", value: "12月31日前", basis: "工作经验" },
    { l1: "效益指标", l2: "经济效益指标", name: "了解度", desc: "是否提升", value: "提升", basis: "工作经验" },
    { l1: "满意度指标", l2: "服务对象满意度指标", name: "受益人满意度", desc: "满意度", value: "≥90%", basis: "工作经验" },
  ];
  const longValue = indicators.map((x, i) => (i === 3 ? { ...x, value: "企业对高新区的了解程度明显提升" } : x));
  const commerce = buildStacked(
    [
      { title: "2023年招商引资项目绩效目标表", name: null, indicators },
      { title: "2023年展会项目绩效目标表", name: "展会", indicators: longValue.map((x) => ({ ...x, basis: x.basis ?? "工作经验" })) },
    ],
    "商务局",
  ).sheet;
  const finance = buildTable({ title: "2023年财政监督项目绩效目标表", name: "财政监督", indicators }, "财政局").sheet;
  const notes = { name: "说明", originRow: 0, originCol: 0, values: [["本工作簿用于测试。"]], merges: [] };
  return workbook(commerce, finance, notes);
}

/** A workbook with text but no 绩效目标表. */
export function noTableWorkbook(): WorkbookModel {
  return workbook({ name: "Sheet1", originRow: 0, originCol: 0, values: [["部门预算说明"], ["这里没有绩效目标表。"]], merges: [] });
}
