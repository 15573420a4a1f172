/**
 * The Office.js plan writer and fill-in-place, run against the strict in-memory Excel host: what
 * they write reads back through the same adapter as exactly the spec that was laid out, in ≤ 2
 * syncs, and nothing else in the workbook changes.
 */

import { createExcelHost, ExcelHost, HostOptions, WorkbookModel as HostWorkbook } from "../../src/demo/host";
import { createOfficePort } from "../../src/excel/office-workbook";
import { cellsToRects, charsToPoints } from "../../src/excel/write-plan";
import { layoutSpec } from "../../src/engine/layout";
import { normalizeSpec, specFromTable, ProjectSpec } from "../../src/engine/spec";
import { checkWorkbook, parseWorkbook } from "../../src/engine/check";
import { planFill } from "../../src/engine/fill";
import { planRowInserts } from "../../src/engine/fill-rows";
import { readWorkbook as readXlsx } from "../../src/file/read-xlsx";
import * as fs from "fs";
import * as path from "path";
import { rangeA1, toA1 } from "../../src/engine/address";
import { CLEAN_SPEC } from "../helpers/spec-arb";
import { SOURCE_BLANK, SPLIT_TWO_ROW, specFor, templateSheet } from "../helpers/templates";
import { sumEvaluator } from "../helpers/sum-formula";
import { hostSheet } from "./host-from-sheets";
import { GENERIC_NOTE, defaultIndicators } from "../../src/engine/default-indicators";
import { NOTE_MARKER } from "../../src/engine/marks";

let host: ExcelHost;
let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function install(model: HostWorkbook, options: HostOptions = {}): ExcelHost {
  host = createExcelHost(model, { evaluateFormula: sumEvaluator(() => host), ...options });
  uninstall = host.install();
  return host;
}

const other = (): HostWorkbook => ({
  name: "部门预算.xlsx",
  sheets: [
    { name: "说明", cells: { A1: { value: "2024年部门预算说明" }, B3: { value: 0.25, numberFormat: "0%", fill: { color: "#FFC7CE" } } }, merges: ["A1:D1"] },
    { name: "招商引资", cells: { A1: { value: "旧表" } } },
  ],
  settings: {},
});

const spec = (over: Partial<ProjectSpec> = {}): ProjectSpec => ({ ...JSON.parse(JSON.stringify(CLEAN_SPEC)), ...over });

/** Reads the whole workbook back through the adapter and checks it, as the pane does. */
async function readBack(port = createOfficePort()) {
  const read = await port.readWorkbook();
  return checkWorkbook(read.workbook);
}

describe("writePlan: a new sheet from a sheet plan", () => {
  it("writes in 2 syncs a table the checker finds clean and reads back as the spec; the rest of the workbook is unchanged", async () => {
    install(other());
    const before = host.snapshot();
    const port = createOfficePort();
    const s = spec({ code: "001234", department: "区商务局", implementer: "区投资促进中心" });
    const plan = layoutSpec(s);
    host.resetStats();
    const written = await port.writePlan(plan);
    expect(host.stats.syncCalls).toBeLessThanOrEqual(2);
    // "招商引资" is taken: the next free name
    expect(written.sheet).toBe("招商引资 (2)");
    expect(host.workbook.activeSheet).toBe("招商引资 (2)");
    const after = host.snapshot();
    expect(after.sheets.filter((x) => x.name !== written.sheet)).toEqual(before.sheets);

    const result = await readBack();
    const tables = result.tables.filter((t) => t.sheet === written.sheet);
    expect(tables).toHaveLength(1);
    expect(result.findings.filter((f) => f.sheet === written.sheet).map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([]);
    expect(specFromTable(tables[0])).toEqual(normalizeSpec(s));
  });

  it("mirrors the plan: text as text, number formats, the SUM formula, merges, styles, widths, heights, dropdowns", async () => {
    install(other());
    const port = createOfficePort();
    const s = spec({ code: "001234" });
    s.indicators[0] = { ...s.indicators[0], value: "=100%" };
    const plan = layoutSpec(s, { sheetName: "新表" });
    const { sheet } = await port.writePlan(plan);
    const at = (r: number, c: number) => host.cell(sheet, toA1(r, c));
    for (const c of plan.cells) {
      const cell = at(c.row, c.col);
      if (c.formula) {
        expect(cell?.formula).toBe(`=${c.formula}`);
        expect(cell?.value).toBe(c.value);
      } else if (c.value !== null) expect([toA1(c.row, c.col), cell?.value]).toEqual([toA1(c.row, c.col), c.value]);
      if (typeof c.value === "string") expect(cell?.numberFormat).toBe("@");
      else if (c.numberFormat) expect(cell?.numberFormat).toBe(c.numberFormat);
      const style = plan.styles[c.style!];
      expect(cell?.font?.name).toBe(style.font.name);
      expect(cell?.font?.size ?? 11).toBe(style.font.size); // 11 is the host's default, not stored
      expect(!!cell?.font?.bold).toBe(!!style.font.bold);
      expect(!!cell?.wrapText).toBe(style.wrap);
      if (style.border === "thin") {
        for (const e of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const)
          expect([toA1(c.row, c.col), e, cell?.borders?.[e]?.style]).toEqual([toA1(c.row, c.col), e, "Continuous"]);
      }
    }
    // "001234" and "=100%" stayed text
    const codeCell = plan.cells.find((c) => c.path === "code")!;
    expect(at(codeCell.row, codeCell.col)?.value).toBe("001234");
    const v0 = plan.cells.find((c) => c.path === "indicators[0].value")!;
    expect(at(v0.row, v0.col)).toMatchObject({ value: "=100%" });
    expect(at(v0.row, v0.col)?.formula).toBeUndefined();
    expect(host.sheet(sheet).merges!.slice().sort()).toEqual(plan.merges.map(rangeA1).sort());
    for (const c of plan.columns) expect(host.sheet(sheet).columnWidths?.[toA1(0, c.col).replace(/\d+/, "")]).toBe(charsToPoints(c.width));
    for (const r of plan.rows) expect(host.sheet(sheet).rowHeights?.[String(r.row + 1)]).toBe(r.height);
    for (const v of plan.validations)
      for (const r of v.ranges)
        for (let row = r.top; row <= r.bottom; row++)
          expect(at(row, r.left)?.dataValidation?.rule).toEqual({ list: { inCellDropDown: true, source: v.source } });
  });

  it("says which parts the host did not take (this host has no indentLevel or validation messages)", async () => {
    install(other());
    const r = await createOfficePort().writePlan(layoutSpec(spec()));
    expect(r.skipped.sort()).toEqual(["dropdownMessages", "indent"]);
    install(other(), { maxApi: "1.7" });
    const old = await createOfficePort().writePlan(layoutSpec(spec()));
    expect(old.skipped.sort()).toEqual(["dropdown", "indent", "print"]);
    const result = await readBack();
    expect(result.findings.filter((f) => f.sheet === old.sheet)).toEqual([]);
  });

  it("generated default indicators get the add-in's note where the host has notes (1.18); below, 'notes' is skipped", async () => {
    const defaults = defaultIndicators("legacy", { year: 2024, total: 120, unit: "万元" });
    const plan = layoutSpec(spec({ indicators: defaults }));
    const noted = plan.cells.filter((c) => c.note).map((c) => toA1(c.row, c.col));
    expect(noted).toHaveLength(defaults.length);
    install(other());
    const r = await createOfficePort().writePlan(plan);
    expect(r.skipped).not.toContain("notes");
    const notes = host.sheet(r.sheet).notes ?? {};
    expect(Object.keys(notes).sort()).toEqual([...noted].sort());
    expect(Object.values(notes).map((n) => n.content)).toEqual(noted.map(() => NOTE_MARKER + GENERIC_NOTE));
    install(other(), { maxApi: "1.17" });
    const old = await createOfficePort().writePlan(plan);
    expect(old.skipped).toContain("notes");
    expect(host.sheet(old.sheet).notes ?? {}).toEqual({});
  });

  it("a generated sheet prints on one A4 page wide, its title rows repeated (ExcelApi 1.9 pageLayout)", async () => {
    install(other());
    const plan = layoutSpec(spec());
    const r = await createOfficePort().writePlan(plan);
    expect(r.skipped).not.toContain("print");
    expect(host.sheet(r.sheet).pageLayout).toEqual({
      printArea: rangeA1(plan.range),
      printTitleRows: "$1:$2",
      orientation: "Portrait",
      paperSize: "A4",
      centerHorizontally: true,
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 54,
      bottomMargin: 54,
      headerMargin: 0.3 * 72,
      footerMargin: 0.3 * 72,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  it("sheet names: unique ignoring case, Excel's rules, the counter never cut", async () => {
    install({
      sheets: [
        { name: "sheet1", cells: {} },
        { name: "ABC", cells: {} },
        { name: "abc (2)", cells: {} },
      ],
    });
    const port = createOfficePort();
    expect((await port.writePlan(layoutSpec(spec({ name: "abc" })))).sheet).toBe("abc (3)");
    const long = "城乡社区公共服务设施建设与运行维护补助资金项目绩效";
    const a = await port.writePlan(layoutSpec(spec({ name: long })));
    const b = await port.writePlan(layoutSpec(spec({ name: long })));
    expect([...a.sheet].length).toBeLessThanOrEqual(31);
    expect(b.sheet.endsWith(" (2)")).toBe(true);
    expect([...b.sheet].length).toBeLessThanOrEqual(31);
    const odd = await port.writePlan(layoutSpec(spec({ name: "招商/引资?[2024]" })));
    expect(odd.sheet).toBe("招商_引资__2024_");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["sheet1", "ABC", "abc (2)", "abc (3)", a.sheet, b.sheet, odd.sheet]);
  });

  it("a plan whose name was taken meanwhile still gets a free one (names are chosen at write time)", async () => {
    install({ sheets: [{ name: "Sheet1", cells: {} }] });
    const plan = layoutSpec(spec(), { existingSheets: ["Sheet1"] });
    expect(plan.sheetName).toBe("招商引资");
    host.workbook.sheets.push({ name: "招商引资", cells: {}, id: "{x}" });
    expect((await createOfficePort().writePlan(plan)).sheet).toBe("招商引资 (2)");
  });

  it("batch: N sheets in 2 syncs, each checking clean", async () => {
    install(other());
    const port = createOfficePort();
    const specs = ["一", "二", "三", "四", "五"].map((n) => spec({ name: `项目${n}`, goals: [`完成项目${n}的年度任务。`] }));
    host.resetStats();
    const r = await port.writePlans(specs.map((s) => layoutSpec(s)));
    expect(host.stats.syncCalls).toBe(2);
    expect(r.map((x) => x.sheet)).toEqual(["项目一", "项目二", "项目三", "项目四", "项目五"]);
    expect(host.workbook.activeSheet).toBe("项目一");
    const result = await readBack();
    for (const [i, s] of specs.entries()) {
      const t = result.tables.find((x) => x.sheet === r[i].sheet)!;
      expect(specFromTable(t)).toEqual(normalizeSpec(s));
      expect(result.findings.filter((f) => f.sheet === r[i].sheet)).toEqual([]);
    }
  });

  it("a batch too large for one request is split; one the host refuses is halved and sent again", async () => {
    install(other());
    const specs = ["甲", "乙", "丙", "丁"].map((n) => spec({ name: `项目${n}` }));
    const plans = specs.map((s) => layoutSpec(s));
    const one = JSON.stringify(plans[0]).length * 2;
    host.resetStats();
    await createOfficePort().writePlans(plans); // default budget: one request
    expect(host.stats.syncCalls).toBe(2);

    install(other(), { requestLimitBytes: Math.round(one * 1.2) });
    host.resetStats();
    const r = await createOfficePort().writePlans(plans);
    expect(r.map((x) => x.sheet)).toEqual(["项目甲", "项目乙", "项目丙", "项目丁"]);
    expect(host.stats.failedBatches).toBeGreaterThan(0);
    const result = await readBack();
    expect(result.tables.filter((t) => t.sheet.startsWith("项目"))).toHaveLength(4);
  });

  it("a plan's `after` sheet: the new sheet goes right after it (Worksheet.position), in 2 syncs; a missing one leaves it at the end", async () => {
    install({ ...other(), sheets: [...other().sheets, { name: "附表", cells: { A1: { value: "附表" } } }] });
    const port = createOfficePort();
    host.resetStats();
    // names match ignoring case, as Excel's do; one request, with a split request in between
    const r = await port.writePlans([
      { ...layoutSpec(spec({ name: "甲" })), after: "说明" },
      { ...layoutSpec(spec({ name: "乙" })), after: "甲" },
      { ...layoutSpec(spec({ name: "丙" })), after: "没有这张表" },
      { ...layoutSpec(spec({ name: "丁" })), after: "招商引资" },
    ]);
    expect(host.stats.syncCalls).toBe(2);
    expect(r.map((x) => x.sheet)).toEqual(["甲", "乙", "丙", "丁"]);
    expect(host.workbook.sheets.map((x) => x.name)).toEqual(["说明", "甲", "乙", "招商引资", "丁", "附表", "丙"]);
    // a workbook request split in several: the order is kept from one request to the next
    const plans = ["戊", "己"].map((n) => ({ ...layoutSpec(spec({ name: n })), after: "说明" }));
    install(other(), { requestLimitBytes: Math.round(JSON.stringify(plans[0]).length * 2 * 1.2) });
    await createOfficePort().writePlans([plans[0], { ...plans[1], after: "戊" }]);
    expect(host.workbook.sheets.map((x) => x.name)).toEqual(["说明", "戊", "己", "招商引资"]);
  });

  it("a write that fails leaves no half-written sheet behind", async () => {
    install(other(), { requestLimitBytes: 2000 });
    const before = host.snapshot();
    await expect(createOfficePort().writePlan(layoutSpec(spec()))).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.snapshot()).toEqual(before);
  });

  it("the change watcher does not report the add-in's own writes (with and without triggerSource)", async () => {
    for (const maxApi of ["1.18", "1.13"]) {
      install(other(), { maxApi });
      const port = createOfficePort({ eventGraceMs: 200 });
      const seen: string[] = [];
      const stop = await port.watchChanges((c) => seen.push(`${c.sheet}!${c.address}`));
      await port.writePlan(layoutSpec(spec()));
      await host.flushEvents();
      expect([maxApi, seen]).toEqual([maxApi, []]);
      await new Promise((r) => setTimeout(r, 250)); // past the guard's grace period (Excel below 1.14)
      await host.userEdit("说明", "C5", "x");
      expect([maxApi, seen]).toEqual([maxApi, ["说明!C5"]]);
      await stop();
    }
  });
});

describe("cellsToRects", () => {
  it("joins runs of columns and equal runs down the rows", () => {
    const cells = [
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
      { row: 1, col: 3 },
      { row: 2, col: 3 },
      { row: 4, col: 3 },
    ];
    expect(cellsToRects(cells).map(rangeA1)).toEqual(["A1:B2", "D2:D3", "D5"]);
  });
  it("column widths: 8.43 characters are Excel's 48 points", () => {
    expect(charsToPoints(8.43)).toBe(48);
  });
});

describe("fillCells: a blank template filled in place", () => {
  /** The host keeps no blank rows below the table: the spec of SOURCE_BLANK without the 7th indicator, which would go there. */
  const hostSpec = () => {
    const spec = specFor(SOURCE_BLANK);
    return { ...spec, indicators: spec.indicators.slice(0, 6) };
  };
  function templateHost(opts: { protectedSheet?: boolean } = {}) {
    const sheet = templateSheet(SOURCE_BLANK, "模板");
    install({
      name: "模板.xlsx",
      sheets: [
        { ...hostSheet(sheet), protected: !!opts.protectedSheet },
        { name: "其他", cells: { A1: { value: "别动" }, C3: { value: 12 } } },
      ],
      settings: {},
    });
    return sheet;
  }

  async function planned() {
    const port = createOfficePort();
    const read = await port.readSheet("模板");
    const parsed = parseWorkbook(read.workbook);
    const table = parsed.tables[0];
    return { port, fill: planFill(parsed.grids.get("模板")!, table, hostSpec()) };
  }

  it("writes only blank cells inside the table, in 2 syncs; everything else is unchanged; the table then reads back", async () => {
    templateHost();
    const before = host.snapshot();
    const { port, fill } = await planned();
    expect(fill.conflicts).toEqual([]);
    host.resetStats();
    const r = await port.fillCells("模板", fill.writes);
    expect(r).toEqual({ status: "written", sheet: "模板", cells: fill.writes.length });
    expect(host.stats.syncCalls).toBeLessThanOrEqual(2);

    const after = host.snapshot();
    const targets = new Set(fill.writes.map((w) => toA1(w.row, w.col)));
    const beforeSheet = before.sheets.find((s) => s.name === "模板")!;
    const afterSheet = after.sheets.find((s) => s.name === "模板")!;
    // every cell that was not a target is exactly as it was; every target was blank before
    for (const k of new Set([...Object.keys(beforeSheet.cells), ...Object.keys(afterSheet.cells)])) {
      if (targets.has(k)) expect(beforeSheet.cells[k]?.value ?? "").toBe("");
      else expect([k, afterSheet.cells[k]]).toEqual([k, beforeSheet.cells[k]]);
    }
    // rows grow where the written text would overflow; nothing else about the sheet changes
    for (const [row, h] of Object.entries(afterSheet.rowHeights ?? {}))
      expect(h).toBeGreaterThanOrEqual(beforeSheet.rowHeights?.[row as unknown as number] ?? 0);
    expect({ ...afterSheet, cells: {}, rowHeights: {} }).toEqual({ ...beforeSheet, cells: {}, rowHeights: {} });
    expect(after.sheets.filter((s) => s.name !== "模板")).toEqual(before.sheets.filter((s) => s.name !== "模板"));

    const spec = normalizeSpec(hostSpec());
    const result = checkWorkbook((await port.readWorkbook()).workbook, { year: spec.year });
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    const back = specFromTable(result.tables[0], { year: spec.year });
    expect(back.name).toBe(spec.name);
    expect(back.plan).toEqual(spec.plan);
    expect(back.budget.total).toBe(spec.budget.total);
    expect(new Set(back.indicators.map((i) => JSON.stringify(i)))).toEqual(new Set(spec.indicators.map((i) => JSON.stringify(i))));
  });

  it("a target cell typed into since the plan was made: nothing is written, the cell is named", async () => {
    templateHost();
    const { port, fill } = await planned();
    const target = fill.writes.find((w) => w.path === "name")!;
    host.setCell("模板", toA1(target.row, target.col), { value: "别人刚填的" });
    const before = host.snapshot();
    const r = await port.fillCells("模板", fill.writes);
    expect(r).toEqual({ status: "changed", sheet: "模板", cells: [{ cell: toA1(target.row, target.col), text: "别人刚填的" }] });
    expect(host.snapshot()).toEqual(before);
  });

  it("a placeholder the plan replaces is written over; one changed since is refused", async () => {
    templateHost();
    host.setCell("模板", "E11", { value: "≥XX人" });
    const { port, fill } = await planned();
    const w = fill.writes.find((x) => x.path === "indicators[0].value")!;
    expect([toA1(w.row, w.col), w.replaces]).toEqual(["E11", "≥XX人"]);
    expect((await port.fillCells("模板", fill.writes)).status).toBe("written");
    expect(host.cell("模板", "E11")?.value).toBe(w.value);

    templateHost();
    host.setCell("模板", "E11", { value: "≥XX人" });
    const again = await planned();
    host.setCell("模板", "E11", { value: "≥30人" });
    expect(await again.port.fillCells("模板", again.fill.writes)).toMatchObject({ status: "changed", cells: [{ cell: "E11", text: "≥30人" }] });
  });

  it("a protected sheet is refused and left as it was", async () => {
    templateHost({ protectedSheet: true });
    const before = host.snapshot();
    const { port, fill } = await planned();
    expect(await port.fillCells("模板", fill.writes)).toEqual({ status: "protected", sheet: "模板" });
    expect(host.snapshot()).toEqual(before);
  });

  it("a sheet that is gone is reported, not created", async () => {
    templateHost();
    const { port, fill } = await planned();
    const before = host.snapshot();
    expect(await port.fillCells("没有这张表", fill.writes)).toEqual({ status: "missing", sheet: "没有这张表" });
    expect(host.snapshot()).toEqual(before);
  });

  /** The template filled, then read back and planned again with the edited spec (更新当前表). */
  async function filledThenEdited(edit: (s: ProjectSpec) => ProjectSpec) {
    templateHost();
    const { port, fill } = await planned();
    expect((await port.fillCells("模板", fill.writes)).status).toBe("written");
    const read = await port.readSheet("模板");
    const parsed = parseWorkbook(read.workbook);
    const spec = edit(hostSpec());
    return { port, spec, update: planFill(parsed.grids.get("模板")!, parsed.tables[0], spec, { overwrite: true }) };
  }
  const newValue = (s: ProjectSpec): ProjectSpec => ({
    ...s,
    purpose: "改过的资金用途：用于园区招商推介活动。",
    indicators: s.indicators.map((x, i) => (i === 0 ? { ...x, value: "≥12次" } : x)),
  });

  it("updateCells: writes the changed cells only, in 2 syncs; everything else is unchanged; the table reads back as edited", async () => {
    const { port, spec, update } = await filledThenEdited(newValue);
    const changed = update.writes.filter((w) => w.was !== undefined);
    expect(changed.map((w) => w.path).sort()).toEqual(["indicators[0].value", "purpose"]);
    const before = host.snapshot();
    host.resetStats();
    expect(await port.updateCells("模板", update.writes)).toEqual({ status: "written", sheet: "模板", cells: update.writes.length });
    expect(host.stats.syncCalls).toBeLessThanOrEqual(2);
    const after = host.snapshot();
    const targets = new Set(update.writes.map((w) => toA1(w.row, w.col)));
    const b = before.sheets.find((x) => x.name === "模板")!;
    const a = after.sheets.find((x) => x.name === "模板")!;
    for (const k of new Set([...Object.keys(b.cells), ...Object.keys(a.cells)])) if (!targets.has(k)) expect([k, a.cells[k]]).toEqual([k, b.cells[k]]);
    expect(after.sheets.filter((x) => x.name !== "模板")).toEqual(before.sheets.filter((x) => x.name !== "模板"));
    const result = checkWorkbook((await port.readWorkbook()).workbook, { year: normalizeSpec(spec).year });
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    const back = specFromTable(result.tables[0], { year: normalizeSpec(spec).year });
    expect(back.purpose).toBe(spec.purpose);
    expect(back.indicators.find((i) => i.name === spec.indicators[0].name)?.value).toBe("≥12次");
  });

  it("updateCells: a cell a co-author changed between the plan and the write refuses the whole update, naming it", async () => {
    const { port, update } = await filledThenEdited(newValue);
    const w = update.writes.find((x) => x.path === "indicators[0].value")!;
    host.setCell("模板", toA1(w.row, w.col), { value: "≥15次" });
    const before = host.snapshot();
    expect(await port.updateCells("模板", update.writes)).toEqual({ status: "changed", sheet: "模板", cells: [{ cell: toA1(w.row, w.col), text: "≥15次" }] });
    expect(host.snapshot()).toEqual(before);
    // fillCells never overwrites: the same writes are refused there even with nobody's edit in between
    const again = await filledThenEdited(newValue);
    expect((await again.port.fillCells("模板", again.update.writes)).status).toBe("changed");
  });

  it("updateCells: a formula typed into a changed cell since the plan (showing the same text) refuses the update: a formula is never replaced unasked", async () => {
    const { port, update } = await filledThenEdited(newValue);
    const w = update.writes.find((x) => x.path === "purpose")!;
    host.setCell("模板", toA1(w.row, w.col), { value: w.was!, formula: `="${w.was}"` });
    const before = host.snapshot();
    host.resetStats();
    expect(await port.updateCells("模板", update.writes)).toEqual({ status: "changed", sheet: "模板", cells: [{ cell: toA1(w.row, w.col), text: w.was }] });
    expect(host.stats.syncCalls).toBeLessThanOrEqual(1);
    expect(host.snapshot()).toEqual(before);
  });

  it("updateCells: a user's formula the plan read (readSheet with formulas) is written over only by the write naming it, in 2 syncs; left out, it stays", async () => {
    templateHost();
    const { port, fill } = await planned();
    expect((await port.fillCells("模板", fill.writes)).status).toBe("written");
    const purpose = fill.writes.find((x) => x.path === "purpose")!;
    const at = toA1(purpose.row, purpose.col);
    host.setCell("模板", at, { value: "旧用途", formula: '="旧"&"用途"' });
    const replan = async () => {
      const read = await port.readSheet("模板", { formulas: true });
      const parsed = parseWorkbook(read.workbook);
      return planFill(parsed.grids.get("模板")!, parsed.tables[0], newValue(hostSpec()), { overwrite: true });
    };
    const update = await replan();
    const w = update.writes.find((x) => x.path === "purpose")!;
    expect(w).toMatchObject({ overFormula: '="旧"&"用途"', was: "旧用途" });
    // kept: the writes without it leave the formula where it is
    expect(
      (
        await port.updateCells(
          "模板",
          update.writes.filter((x) => x.overFormula === undefined),
        )
      ).status,
    ).toBe("written");
    expect(host.cell("模板", at)).toMatchObject({ formula: '="旧"&"用途"' });
    // replaced: the user chose so
    const again = await replan();
    host.resetStats();
    expect((await port.updateCells("模板", again.writes)).status).toBe("written");
    expect(host.stats.syncCalls).toBeLessThanOrEqual(2);
    expect(host.cell("模板", at)?.formula).toBeUndefined();
    expect(host.cell("模板", at)?.value).toBe(newValue(hostSpec()).purpose);
  });

  it("updateCells: a protected sheet is refused and left as it was", async () => {
    const { port, update } = await filledThenEdited(newValue);
    host.protectSheet("模板");
    const before = host.snapshot();
    expect(await port.updateCells("模板", update.writes)).toEqual({ status: "protected", sheet: "模板" });
    expect(host.snapshot()).toEqual(before);
  });
});

describe("active sheet and sheet names", () => {
  it("reads the active sheet's name and the visible sheets in one sync each", async () => {
    install({ ...other(), activeSheet: "招商引资", sheets: [...other().sheets, { name: "隐藏", cells: {}, visibility: "Hidden" }] });
    const port = createOfficePort();
    host.resetStats();
    expect(await port.activeSheetName()).toBe("招商引资");
    expect(await port.sheetNames()).toEqual(["说明", "招商引资"]);
    expect(host.stats.syncCalls).toBe(2);
  });
});

describe("insertRows: the rows a template lacks, with the range API (issue 11)", () => {
  it("the sample template and 会议培训.json: one row in the 产出 block's style in 2 syncs, then filled; the table checks clean", async () => {
    const wb = await readXlsx(path.join(__dirname, "../../samples/空白模板.xlsx"));
    const meeting = JSON.parse(fs.readFileSync(path.join(__dirname, "../../samples/会议培训.json"), "utf8")) as ProjectSpec;
    const sheet = wb.sheets[0];
    // the template's row heights (Excel rows, points); row 14, the 产出 block's last, made distinct
    const rowHeights = { 11: 36, 12: 51, 13: 21, 14: 27, 15: 51, 16: 36 };
    install({
      name: "空白模板.xlsx",
      sheets: [
        { ...hostSheet(sheet, "模板"), rowHeights },
        { name: "其他", cells: { A1: { value: "别动" } } },
      ],
      settings: {},
    });
    const port = createOfficePort();
    const plan = async () => {
      const parsed = parseWorkbook((await port.readSheet("模板")).workbook);
      const table = parsed.tables[0];
      const grid = parsed.grids.get("模板")!;
      return { grid, table, fill: planFill(grid, table, meeting) };
    };
    const first = await plan();
    const inserts = planRowInserts(first.grid, first.table, first.fill.conflicts)!;
    expect(inserts.map((i) => [i.after, i.count])).toEqual([[13, 1]]);
    const before = host.snapshot().sheets[0];
    host.resetStats();
    expect(await port.insertRows("模板", inserts)).toEqual({ status: "inserted", sheet: "模板", rows: 1 });
    expect(host.stats.syncCalls).toBeLessThanOrEqual(2);

    const after = host.snapshot().sheets[0];
    expect(after.merges).toEqual(expect.arrayContaining(["A11:A15", "F15:G15", "F16:G16", "F17:G17"]));
    expect(after.merges).not.toContain("A11:A14");
    expect(after.rowHeights).toEqual({ ...rowHeights, 15: 27, 16: 51, 17: 36 });
    // the new row's cells are formatted as the block's last row (borders, font), the rows below moved
    for (const c of ["B", "C", "E"]) expect({ ...after.cells[`${c}15`], value: undefined }).toEqual({ ...before.cells[`${c}14`], value: undefined });
    expect(after.cells.A16?.value).toBe(before.cells.A15?.value);
    expect(host.snapshot().sheets[1]).toEqual({ ...host.snapshot().sheets[1], cells: { A1: { value: "别动" } } });

    const second = await plan();
    expect(second.fill.conflicts).toEqual([]);
    expect(await port.fillCells("模板", second.fill.writes)).toMatchObject({ status: "written" });
    const result = await readBack(port);
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    expect(result.tables[0].indicators.map((i) => i.name.cell.text)).toContain("培训总成本");
  });

  describe("the print area (Print_Area, ExcelApi 1.9 pageLayout)", () => {
    /** SOURCE_BLANK printed down to its last 满意度 row (16), and a spec with one more 满意度 indicator than it has rows. */
    async function endOfTable(options: HostOptions = {}, printArea: string | null = "A1:G16", name = "模板") {
      const sheet = templateSheet(SOURCE_BLANK, name);
      const pageLayout = printArea === null ? {} : { pageLayout: { printArea, printTitleRows: "$1:$2" } };
      install({ name: "模板.xlsx", sheets: [{ ...hostSheet(sheet), ...pageLayout }], settings: {} }, options);
      const base = specFor(SOURCE_BLANK);
      const sat = base.indicators.find((i) => i.level2 === "服务对象满意度指标")!;
      const spec = { ...base, indicators: [...base.indicators.slice(0, 6), { ...sat, name: "企业满意度" }] };
      const port = createOfficePort();
      const parsed = parseWorkbook((await port.readSheet(name)).workbook);
      const fill = planFill(parsed.grids.get(name)!, parsed.tables[0], spec);
      return { port, inserts: planRowInserts(parsed.grids.get(name)!, parsed.tables[0], fill.conflicts)! };
    }

    it("rows inserted at the end of the table grow a print area ending on its last row, in the same 2 syncs", async () => {
      const { port, inserts } = await endOfTable();
      expect(inserts.map((i) => [i.after, i.count])).toEqual([[15, 1]]);
      host.resetStats();
      expect(await port.insertRows("模板", inserts)).toEqual({ status: "inserted", sheet: "模板", rows: 1 });
      expect(host.stats.syncCalls).toBe(2);
      expect(host.sheet("模板").pageLayout).toEqual({ printArea: "A1:G17", printTitleRows: "$1:$2" });
    });

    it("a print area going on below the table grows as Excel grows it, with nothing more written", async () => {
      const { port, inserts } = await endOfTable({}, "A1:G18");
      await port.insertRows("模板", inserts);
      expect(host.sheet("模板").pageLayout?.printArea).toBe("A1:G19");
    });

    it("several areas, on a sheet whose name Excel quotes: the one ending on the table's last row grows, the other as Excel moves it", async () => {
      const { port, inserts } = await endOfTable({}, "A1:G16,I1:K20", "模板 (1)");
      host.resetStats();
      expect(await port.insertRows("模板 (1)", inserts)).toMatchObject({ status: "inserted", rows: 1 });
      expect(host.stats.syncCalls).toBe(2);
      expect(host.sheet("模板 (1)").pageLayout?.printArea).toBe("A1:G17,I1:K21");
    });

    it("no print area: none is set", async () => {
      const { port, inserts } = await endOfTable({}, null);
      await port.insertRows("模板", inserts);
      expect(host.sheet("模板").pageLayout).toBeUndefined();
    });

    it("below ExcelApi 1.9 (no pageLayout): the rows go in, in 2 syncs, and Excel's own print area stands", async () => {
      const { inserts } = await endOfTable();
      install(host.snapshot(), { maxApi: "1.8" }); // planned as on any Excel, inserted on an older one
      const port = createOfficePort();
      host.resetStats();
      expect(await port.insertRows("模板", inserts)).toEqual({ status: "inserted", sheet: "模板", rows: 1 });
      expect(host.stats.syncCalls).toBe(2);
      expect(host.sheet("模板").pageLayout?.printArea).toBe("A1:G16");
      expect(host.sheet("模板").merges).toEqual(expect.arrayContaining(["A16:A17", "F17:G17"]));
    });
  });

  it("a protected sheet: nothing inserted", async () => {
    const sheet = templateSheet(SOURCE_BLANK, "模板");
    install({ name: "模板.xlsx", sheets: [{ ...hostSheet(sheet), protected: true }], settings: {} });
    const before = host.snapshot();
    const r = await createOfficePort().insertRows("模板", [{ after: 13, count: 1, extend: [], repeat: [], rowMerges: [] }]);
    expect(r).toEqual({ status: "protected", sheet: "模板" });
    expect(host.snapshot()).toEqual(before);
  });
});

describe("fillCells into a blank 一体化 template (issue 9)", () => {
  it("符号 | 值 | 计量单位 written as the pane fills them: the table reads back as entered and checks clean", async () => {
    const spec = specFor(SPLIT_TWO_ROW);
    install({ name: "一体化.xlsx", sheets: [hostSheet(templateSheet(SPLIT_TWO_ROW, "模板"))], settings: {} });
    const port = createOfficePort();
    const parsed = parseWorkbook((await port.readSheet("模板")).workbook);
    const fill = planFill(parsed.grids.get("模板")!, parsed.tables[0], spec);
    expect(fill.conflicts).toEqual([]);
    expect(await port.fillCells("模板", fill.writes)).toMatchObject({ status: "written" });
    const cells = host.snapshot().sheets[0].cells;
    expect(["D11", "E11", "F11"].map((a) => cells[a]?.value)).toEqual(["≥", 20, "人"]);
    const result = await readBack(port);
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    const back = specFromTable(result.tables[0], { year: spec.year });
    expect(back.indicators.map((i) => i.value)).toEqual(normalizeSpec(spec).indicators.map((i) => i.value));
  });
});
