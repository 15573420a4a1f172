/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookModel as HostWorkbook } from "../../src/demo/host";
import { hostSheetFromModel } from "../../src/demo/host";
import type { ExcelPort } from "../../src/excel/port";
import { checkWorkbook } from "../../src/engine/check";
import { specFromTable, validateSpec, normalizeSpec } from "../../src/engine/spec";
import { layoutSpec, planToSheetModel } from "../../src/engine/layout";
import { toA1 } from "../../src/engine/address";
import { SOURCE_BLANK, templateSheet } from "../helpers/templates";
import { CLEAN_SPEC } from "../helpers/spec-arb";
import { wizardHost, renderWizard, fill, field, goToStep, generateButton, settled, User, YEAR } from "./wizard-helpers";

/** What the user enters below, as a spec (cli.md's shape). */
function expectedSpec(plan: "q10" | "q9") {
  const labels = plan === "q10" ? ["3月底", "6月底", "10月底", "12月底"] : ["3月底", "6月底", "9月底", "12月底"];
  return validateSpec({
    year: YEAR,
    code: "2024-XC-017",
    name: "干部业务培训",
    department: "区商务局",
    implementer: null,
    unit: "万元",
    budget: {
      parts: [
        { label: "财政资金", amount: 18 },
        { label: "其他资金", amount: 2 },
      ],
    },
    purpose: "用于组织全局干部开展业务培训，支付师资、场地和资料费用。",
    plan: labels.map((label, i) => ({ label, percent: [20, 55, 80, 100][i] })),
    goals: ["全年举办业务培训6期，覆盖全局业务骨干。", "培训考核合格率达到95%以上。"],
    framework: "legacy",
    indicators: [
      { level1: "产出指标", level2: "数量指标", name: "培训期数", description: "全年举办培训的期数", value: "≥6期", basis: "工作计划" },
      { level1: "产出指标", level2: "质量指标", name: "培训考核合格率", description: "考核合格人数占参训人数的比例", value: "≥95%", basis: "历史标准" },
      { level1: "产出指标", level2: "时效指标", name: "培训完成时间", description: "全年培训任务完成的时限", value: "2024年11月30日前", basis: "工作计划" },
      {
        level1: "产出指标",
        level2: "成本指标",
        name: "人均培训费用",
        description: "每人每天的培训费用（含师资、场地、资料）",
        value: "≤550元/人天",
        basis: "中央和国家机关培训费管理办法",
      },
      { level1: "效益指标", level2: "社会效益指标", name: "参训人员业务能力", description: "参训人员业务能力是否提升", value: "明显提升", basis: "工作计划" },
      { level1: "满意度指标", level2: "服务对象满意度指标", name: "参训人员满意度", description: "参训人员对培训的满意程度", value: "≥90%", basis: "历史标准" },
    ],
  }).spec!;
}

/** Picks a library entry from a 二级's menu (queried by data attributes: role queries are slow in jsdom). */
async function fromLibrary(user: User, level2: string, entry: string) {
  await user.click(document.querySelector<HTMLElement>(`[data-library="${level2}"]`)!);
  await user.click(await waitFor(() => document.querySelector<HTMLElement>(`[role="menuitem"][data-entry="${entry}"]`)!));
  await waitFor(() => expect(document.querySelector('[role="menu"]')).toBeNull());
  // the new row's first field takes the focus
  await waitFor(() => expect(document.activeElement?.getAttribute("data-path")).toMatch(/^indicators\[\d+\]\.name$/));
}

const next = (user: User) => user.click(screen.getByTestId("wz-next"));

/** Types the project into every step of the wizard. */
async function enterProject(user: User, plan: "q10" | "q9" = "q10") {
  await fill(user, field("name"), "干部业务培训");
  await fill(user, field("code"), "2024-XC-017");
  await fill(user, field("department"), "区商务局");
  await next(user);
  await fill(user, field("budget.parts[0].amount"), "18");
  await fill(user, field("budget.parts[1].amount"), "2");
  await fill(user, field("purpose"), "用于组织全局干部开展业务培训，支付师资、场地和资料费用。");
  await next(user);
  if (plan === "q9") await user.click(screen.getByRole("radio", { name: "3月底、6月底、9月底、12月底" }));
  for (const [i, v] of ["20", "55", "80", "100"].entries()) await fill(user, field(`plan[${i}].percent`), v);
  await next(user);
  await fill(user, field("goals[0]"), "全年举办业务培训6期，覆盖全局业务骨干。");
  await user.click(screen.getByRole("button", { name: "添加目标" }));
  await fill(user, field("goals[1]"), "培训考核合格率达到95%以上。");
  await next(user);
  await user.selectOptions(screen.getByRole("combobox", { name: /项目类型/ }), "会议培训");
  // the menu names each entry with its typical value
  await user.click(screen.getByRole("button", { name: "从指标库添加数量指标" }));
  expect(await screen.findByRole("menuitem", { name: "培训期数（≥4期）" })).toBeInTheDocument();
  await user.keyboard("{Escape}");
  await waitFor(() => expect(document.querySelector('[role="menu"]')).toBeNull());
  await fromLibrary(user, "数量指标", "meeting.sessions");
  await fromLibrary(user, "质量指标", "meeting.pass");
  await fromLibrary(user, "时效指标", "meeting.deadline");
  await fromLibrary(user, "成本指标", "meeting.costPerHead");
  await fromLibrary(user, "社会效益指标", "meeting.ability");
  await fromLibrary(user, "服务对象满意度指标", "meeting.satisfaction");
  await fill(user, field("indicators[0].value"), "≥6期");
  await next(user);
  expect(await screen.findByTestId("preview-clean")).toHaveTextContent("未发现问题");
  await next(user);
  await settled();
}

/**
 * The conflict dialog, once it has the focus. `hidden: true` because tabster's modalizer, under
 * jsdom, now and then marks the open dialog itself aria-hidden while the focus is inside it (the
 * focus assertion is what matters to a keyboard or screen-reader user).
 */
async function conflictDialog(): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  return dialog;
}

const dialogButton = (dialog: HTMLElement, name: string) => within(dialog).getByRole("button", { name, hidden: true });

/** The workbook without the wizard's kept draft (a setting, not the workbook's content). */
function cellsOf(wb: HostWorkbook): HostWorkbook {
  const settings = { ...(wb.settings ?? {}) };
  delete settings["jixiao.wizardDraft"];
  return { ...wb, settings };
}

async function readBack(port: ExcelPort, sheet: string) {
  const result = checkWorkbook((await port.readWorkbook()).workbook);
  const tables = result.tables.filter((t) => t.sheet === sheet);
  return { result, tables, findings: result.findings.filter((f) => f.sheet === sheet) };
}

describe("生成 a new sheet", () => {
  test("writes the table the user entered; the checker finds it on a fresh read and reads back exactly what was entered", async () => {
    const model: HostWorkbook = {
      name: "培训.xlsx",
      sheets: [
        { name: "说明", cells: { A1: { value: "年度预算说明" } } },
        { name: "干部业务培训", cells: { B2: { value: "去年的表" } } },
      ],
      settings: {},
    };
    const { host, port } = wizardHost(model);
    const before = host.snapshot();
    const user = userEvent.setup();
    await renderWizard(port);
    await enterProject(user);

    // a sheet of that name exists: the target says so, the writer picks the next free name
    expect(screen.getByRole("radio", { name: "新建工作表“干部业务培训”" })).toBeChecked();
    expect(screen.getByRole("radio", { name: /填写当前工作表中的空白模板/ })).toBeDisabled();
    // the draft is kept a moment after the last keystroke (a sync of its own): let it land first,
    // so that the count below is the write's and the read-back's only, however slow the machine
    await waitFor(() => expect(String(host.snapshot().settings?.["jixiao.wizardDraft"] ?? "")).toContain("干部业务培训"), { timeout: 3000 });
    host.resetStats();
    await user.click(generateButton());
    const result = await screen.findByTestId("generate-result");
    expect(result).toHaveTextContent("已写入新工作表“干部业务培训 (2)”");
    expect(result).toHaveTextContent("0 个错误，0 个警告，0 条提示");
    expect(screen.getByRole("status")).toHaveTextContent("已生成工作表“干部业务培训 (2)”");
    // the writer's 2 syncs, then the read-back's 2
    expect(host.stats.syncCalls).toBe(4);
    expect(host.workbook.activeSheet).toBe("干部业务培训 (2)");

    const back = await readBack(port, "干部业务培训 (2)");
    expect(back.tables).toHaveLength(1);
    expect(back.findings).toEqual([]);
    expect(specFromTable(back.tables[0])).toEqual(expectedSpec("q10"));
    // nothing else in the workbook changed
    expect(host.snapshot().sheets.filter((s) => s.name !== "干部业务培训 (2)")).toEqual(before.sheets);
  });

  test("a project loaded from a table on the active sheet fills the form (edit an existing table)", async () => {
    const spec = normalizeSpec({ ...CLEAN_SPEC, year: 2023, department: "区商务局" });
    const sheet = planToSheetModel(layoutSpec(spec), "招商引资");
    const { port } = wizardHost({ name: "x.xlsx", sheets: [{ name: "Sheet1", cells: {} }, hostSheetFromModel(sheet)], activeSheet: "招商引资", settings: {} });
    const user = userEvent.setup();
    await renderWizard(port);
    await user.click(screen.getByRole("button", { name: "从当前工作表载入" }));
    await screen.findByTestId("wz-notice-wzLoaded");
    expect(field("name")).toHaveValue("招商引资");
    expect(field("year")).toHaveValue("2023");
    expect(field("department")).toHaveValue("区商务局");
    await goToStep(user, /资金/);
    expect(field("budget.parts[0].amount")).toHaveValue("50");
    await goToStep(user, /绩效指标/);
    expect(document.querySelectorAll("fieldset[data-row-key]")).toHaveLength(spec.indicators.length);
    await goToStep(user, /预览/);
    expect(await screen.findByTestId("preview-clean")).toBeInTheDocument();
  });
});

/** Rows a fill grew (text that would overflow a fixed height) only ever grow. */
function expectOnlyRowsGrown(b: { rowHeights?: Record<string, number> }, a: { rowHeights?: Record<string, number> }) {
  for (const [row, h] of Object.entries(a.rowHeights ?? {})) expect(h).toBeGreaterThanOrEqual(b.rowHeights?.[row] ?? 0);
  for (const row of Object.keys(b.rowHeights ?? {})) expect(a.rowHeights?.[row]).toBeDefined();
}

describe("填写当前工作表中的空白模板", () => {
  function templateModel(opts: { protectedSheet?: boolean; prefill?: Record<string, string | number> } = {}): HostWorkbook {
    const t = hostSheetFromModel(templateSheet(SOURCE_BLANK, "模板"));
    for (const [cell, value] of Object.entries(opts.prefill ?? {})) t.cells[cell] = { ...(t.cells[cell] ?? {}), value };
    return {
      name: "模板.xlsx",
      sheets: [
        { name: "其他", cells: { A1: { value: "别动" }, C3: { value: 12, numberFormat: "0%" } } },
        { ...t, protected: !!opts.protectedSheet },
      ],
      activeSheet: "模板",
      settings: {},
    };
  }

  /** The template's table is A1:G16 (blank indicator rows below it count too); every cell outside what the fill wrote must be as it was. */
  function expectOnlyBlankCellsWritten(before: HostWorkbook, after: HostWorkbook) {
    const b = before.sheets.find((s) => s.name === "模板")!;
    const a = after.sheets.find((s) => s.name === "模板")!;
    const changed = Object.keys({ ...a.cells, ...b.cells }).filter((k) => JSON.stringify(a.cells[k]) !== JSON.stringify(b.cells[k]));
    expect(changed.length).toBeGreaterThan(10);
    for (const k of changed) expect([k, b.cells[k]?.value ?? ""]).toEqual([k, ""]);
    expectOnlyRowsGrown(b, a);
    expect({ ...a, cells: {}, rowHeights: {} }).toEqual({ ...b, cells: {}, rowHeights: {} });
    expect(after.sheets.filter((s) => s.name !== "模板")).toEqual(before.sheets.filter((s) => s.name !== "模板"));
    return changed;
  }

  test("fills only the template's blank cells; the rest of the workbook is unchanged; the table then checks and reads back", async () => {
    const { host, port } = wizardHost(templateModel());
    const before = host.snapshot();
    const user = userEvent.setup();
    await renderWizard(port);
    await enterProject(user, "q9");
    expect(screen.getByTestId("template-status")).toHaveTextContent("当前工作表“模板”的 A1:G16 是一张空白的绩效目标表");
    await user.click(screen.getByRole("radio", { name: "填写当前工作表中的空白模板（模板，A1:G16）" }));
    await user.click(generateButton());
    const result = await screen.findByTestId("generate-result");
    expect(result).toHaveTextContent(/已在工作表“模板”中填写 \d+ 个空白单元格/);
    expect(result).toHaveTextContent("0 个错误");
    expectOnlyBlankCellsWritten(before, host.snapshot());
    const back = await readBack(port, "模板");
    expect(back.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    const spec = specFromTable(back.tables[0], { year: YEAR });
    const want = expectedSpec("q9");
    expect(spec.name).toBe(want.name);
    expect(spec.plan).toEqual(want.plan);
    expect(spec.budget).toEqual(want.budget);
    expect(new Set(spec.indicators.map((i) => JSON.stringify(i)))).toEqual(new Set(want.indicators.map((i) => JSON.stringify(i))));
  });

  test("a non-blank target is a conflict: listed in a dialog; 取消 writes nothing, 只填空白单元格 leaves it as it is", async () => {
    // B6 is 3月底's percent; the project says 20%
    const { host, port } = wizardHost(templateModel({ prefill: { B6: "30%" } }));
    const before = host.snapshot();
    const user = userEvent.setup();
    await renderWizard(port);
    await enterProject(user, "q9");
    await user.click(screen.getByRole("radio", { name: /填写当前工作表中的空白模板（模板/ }));
    await user.click(generateButton());
    const dialog = await conflictDialog();
    expect(within(dialog).getByRole("heading", { name: "模板中已有不同的内容", hidden: true })).toBeInTheDocument();
    expect(dialog).toHaveTextContent("B6：已有“30%”，项目中为“20%”");
    await user.click(dialogButton(dialog, "取消"));
    // gone from the document (not merely hidden), and the focus back on 生成
    await waitFor(() => expect(document.querySelector('[data-testid="fill-conflicts"]')).toBeNull());
    await waitFor(() => expect(generateButton()).toHaveFocus());
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(before));
    expect(screen.queryByTestId("generate-result")).toBeNull();

    await user.click(generateButton());
    const again = await conflictDialog();
    await user.click(dialogButton(again, "只填空白单元格"));
    const result = await screen.findByTestId("generate-result");
    expect(result).toHaveTextContent("1 处已有内容或没有位置的单元格未填写");
    const changed = expectOnlyBlankCellsWritten(before, host.snapshot());
    expect(changed).not.toContain("B6");
    expect(host.cell("模板", "B6")?.value).toBe("30%");
  });

  test("a cell typed into between the plan and the write: nothing is written, the cell is named", async () => {
    const { host, port } = wizardHost(templateModel({ prefill: { B6: "30%" } }));
    const user = userEvent.setup();
    await renderWizard(port);
    await enterProject(user, "q9");
    await user.click(screen.getByRole("radio", { name: /填写当前工作表中的空白模板（模板/ }));
    await user.click(generateButton());
    const dialog = await conflictDialog();
    // meanwhile, someone types the project name into D2 (a blank target)
    host.setCell("模板", "D2", { value: "别的项目" });
    const before = host.snapshot();
    await user.click(dialogButton(dialog, "只填空白单元格"));
    const notice = await screen.findByTestId("wz-notice-wzChanged");
    expect(notice).toHaveTextContent("D2");
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(before));
  });

  test("a protected template is refused: the option is off and says why", async () => {
    const { host, port } = wizardHost(templateModel({ protectedSheet: true }));
    const before = host.snapshot();
    const user = userEvent.setup();
    await renderWizard(port);
    await enterProject(user, "q9");
    expect(screen.getByTestId("template-status")).toHaveTextContent("工作表受保护，不能填写");
    expect(screen.getByRole("radio", { name: /填写当前工作表中的空白模板（模板/ })).toBeDisabled();
    expect(screen.getByRole("radio", { name: /新建工作表/ })).toBeChecked();
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(before));
    // and the port itself refuses, whatever the pane does
    const writes = [{ row: 1, col: 3, value: "x", asText: true }];
    expect(await port.fillCells("模板", writes)).toEqual({ status: "protected", sheet: "模板" });
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(before));
  });
});

describe("filling reads the template first (issue 11)", () => {
  // whole walks through the wizard: slow when the machine is shared
  jest.setTimeout(90_000);
  function template(prefill: Record<string, string> = {}): HostWorkbook {
    const t = hostSheetFromModel(templateSheet(SOURCE_BLANK, "模板"));
    for (const [cell, value] of Object.entries(prefill)) t.cells[cell] = { ...(t.cells[cell] ?? {}), value };
    return { name: "模板.xlsx", sheets: [t], activeSheet: "模板", settings: {} };
  }

  test("a 2023 template with 9月底: the plan takes its milestones, the year clash is named and resolved, then it fills clean", async () => {
    const { port } = wizardHost(template({ A1: "2023年度项目支出绩效目标表" }));
    const user = userEvent.setup();
    await renderWizard(port);
    await enterProject(user, "q10");
    await user.click(screen.getByRole("radio", { name: /填写当前工作表中的空白模板（模板/ }));
    expect(await screen.findByTestId("wz-notice-wzPlanTakenFill")).toHaveTextContent("请在“支出计划”中填写：9月底");
    expect(screen.getByTestId("year-clash")).toHaveTextContent("模板是 2023 年度的，项目年度为 2024 年");
    expect(screen.getByTestId("generate-blocked")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "改为 2023 年" }));
    expect(screen.queryByTestId("year-clash")).toBeNull();
    await goToStep(user, /支出计划/);
    expect(field("plan[2].percent")).toHaveValue("");
    expect(screen.getByRole("textbox", { name: /9月底/ })).toBe(field("plan[2].percent"));
    await fill(user, field("plan[2].percent"), "80");
    // the year changed: the 时效 value names 2024, which the checker flags for a 2023 table
    await goToStep(user, /绩效指标/);
    await fill(user, field("indicators[2].value"), "2023年11月30日前");
    await goToStep(user, /生成/);
    await settled();
    await user.click(generateButton());
    const result = await screen.findByTestId("generate-result");
    expect(result).toHaveTextContent("0 个错误");
    const back = await readBack(port, "模板");
    expect(back.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    expect(back.tables[0].plan!.milestones.map((m) => `${m.label} ${m.value.cell.text}`)).toEqual(["3月底 20%", "6月底 55%", "9月底 80%", "12月底 100%"]);
  });

  /** The project with a 7th indicator (a second 数量) for the template's rows, 生成 into the template: the dialog. */
  async function fillWithOneIndicatorTooMany(port: ExcelPort) {
    const user = userEvent.setup();
    await renderWizard(port);
    await enterProject(user, "q9");
    await goToStep(user, /绩效指标/);
    await fromLibrary(user, "数量指标", "meeting.trainees");
    await goToStep(user, /生成/);
    await settled();
    await user.click(screen.getByRole("radio", { name: /填写当前工作表中的空白模板（模板/ }));
    await user.click(generateButton());
    return { user, dialog: await conflictDialog() };
  }

  test("an indicator the template has no row for: the dialog says so, offers 返回修改 (or inserting rows), and 返回修改 writes nothing", async () => {
    const { host, port } = wizardHost(template());
    const before = host.snapshot();
    const { user, dialog } = await fillWithOneIndicatorTooMany(port);
    expect(within(dialog).getByRole("heading", { name: "模板中放不下项目的内容", hidden: true })).toBeInTheDocument();
    expect(dialog.querySelector('[data-kind="no-room"]')).toHaveTextContent(/模板中没有位置：产出指标\/成本指标\/人均培训费用/);
    expect(within(dialog).queryByRole("button", { name: "只填空白单元格", hidden: true })).toBeNull();
    expect(dialog).toHaveTextContent("插入 1 行后填写");
    await user.click(dialogButton(dialog, "返回修改"));
    await waitFor(() => expect(document.querySelector('[data-testid="fill-conflicts"]')).toBeNull());
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(before));
    expect(screen.queryByTestId("generate-result")).toBeNull();
  });

  test("插入行后填写: the row goes into the 产出 block in the template's style, then the template fills and checks clean", async () => {
    const { host, port } = wizardHost(template());
    const { user, dialog } = await fillWithOneIndicatorTooMany(port);
    await user.click(dialogButton(dialog, "插入行后填写"));
    const result = await screen.findByTestId("generate-result");
    expect(result).toHaveTextContent("0 个错误");
    const sheet = host.workbook.sheets.find((x) => x.name === "模板")!;
    // the 成本 indicator had no row: one under the 产出 block (Excel row 14), its merge extended over it,
    // the 指标值确定依据 merge repeated, the rows below moved down with theirs
    expect(sheet.merges).toEqual(expect.arrayContaining(["A11:A15", "F15:G15", "F19:G19"]));
    expect(sheet.merges).not.toContain("A11:A14");
    const back = await readBack(port, "模板");
    expect(back.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    expect(back.tables[0].indicators.map((i) => i.level2)).toContain("成本指标");
    expect(back.tables[0].indicators.filter((i) => i.level1.includes("产出")).map((i) => i.row)).toEqual([10, 11, 12, 13, 14]);
  });

  test("预览 shows the table that will be written, from the plan 生成 writes", async () => {
    const { port } = wizardHost(template());
    const user = userEvent.setup();
    await renderWizard(port);
    await enterProject(user, "q10");
    await goToStep(user, /预览/);
    const table = screen.getByTestId("preview-table");
    expect(within(table).getByText("干部业务培训项目绩效目标表")).toBeInTheDocument();
    expect(within(table).getByText(`（${YEAR}年度）`)).toBeInTheDocument();
    for (const t of ["10月底", "80%", "≥6期", "20.00", "培训考核合格率"]) expect(within(table).getAllByText(t).length).toBeGreaterThan(0);
    // merged 一级: one cell spanning its rows
    expect(within(table).getByText("产出指标").closest("td")).toHaveAttribute("rowspan", "4");
  });

  test("一体化导出格式: the new sheet splits 指标值 into 符号 | 指标值 | 计量单位", async () => {
    const { host, port } = wizardHost({ name: "新.xlsx", sheets: [{ name: "说明", cells: {} }], settings: {} });
    const user = userEvent.setup();
    await renderWizard(port);
    await enterProject(user, "q10");
    await user.click(screen.getByRole("radio", { name: /一体化导出格式/ }));
    await user.click(generateButton());
    await screen.findByTestId("generate-result");
    const sheet = host.workbook.sheets.find((x) => x.name === "干部业务培训")!;
    const texts = Object.values(sheet.cells).map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(["符号", "计量单位", "期", 6, "≥"]));
  });

  test("重新开始 asks first; 取消 keeps what was typed", async () => {
    const { port } = wizardHost(template());
    const user = userEvent.setup();
    await renderWizard(port);
    await fill(user, field("name"), "干部业务培训");
    await user.click(screen.getByRole("button", { name: "重新开始" }));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(dialog).toHaveTextContent("已填写的全部内容将被清空");
    await user.click(within(dialog).getByRole("button", { name: "取消", hidden: true }));
    expect(field("name")).toHaveValue("干部业务培训");
    await user.click(screen.getByRole("button", { name: "重新开始" }));
    await user.click(within(await screen.findByRole("alertdialog", { hidden: true })).getByRole("button", { name: "清空并重新开始", hidden: true }));
    await waitFor(() => expect(field("name")).toHaveValue(""));
  });
});

describe("the draft survives a reload of the pane", () => {
  test("what was typed comes back from the workbook's settings; 生成 or 重新开始 removes it", async () => {
    const { host, port } = wizardHost({ name: "新.xlsx", sheets: [{ name: "说明", cells: {} }], settings: {} });
    const user = userEvent.setup();
    const first = await renderWizard(port);
    await fill(user, field("name"), "干部业务培训");
    await waitFor(() => expect(String(host.snapshot().settings?.["jixiao.wizardDraft"] ?? "")).toContain("干部业务培训"), { timeout: 3000 });
    first.unmount();
    await renderWizard(port);
    expect(await screen.findByTestId("wz-notice-wzDraftRestored")).toHaveTextContent("干部业务培训");
    expect(field("name")).toHaveValue("干部业务培训");
    await user.click(screen.getByRole("button", { name: "重新开始" }));
    await user.click(within(await screen.findByRole("alertdialog", { hidden: true })).getByRole("button", { name: "清空并重新开始", hidden: true }));
    await waitFor(() => expect(host.snapshot().settings?.["jixiao.wizardDraft"]).toBeUndefined(), { timeout: 3000 });
  }, 60000);
});

describe("更新当前表: a loaded table updated in place (issue 11)", () => {
  jest.setTimeout(90_000);
  const spec = normalizeSpec({ ...CLEAN_SPEC, year: YEAR, department: "区商务局" });
  const sheet = planToSheetModel(layoutSpec(spec), "招商引资");
  const model = (): HostWorkbook => ({
    name: "x.xlsx",
    sheets: [{ name: "Sheet1", cells: {} }, hostSheetFromModel(sheet)],
    activeSheet: "招商引资",
    settings: {},
  });
  /** The first 数量指标 (a count: "≥N…" stays valid with another N), as the table lists it. */
  const table = checkWorkbook({ sheets: [sheet] }).tables[0];
  const at = table.indicators.findIndex((i) => i.level2 === "数量指标");
  const oldValue = table.indicators[at].value.cell.text;
  const newValue = oldValue.replace(/\d+/, (n) => String(Number(n) + 2));
  const valueCell = `${String.fromCharCode(65 + table.indicators[at].value.col)}${table.indicators[at].value.row + 1}`;

  async function loadAndEdit(user: User) {
    await renderWizard(port());
    await user.click(screen.getByRole("button", { name: "从当前工作表载入" }));
    await screen.findByTestId("wz-notice-wzLoaded");
    await goToStep(user, /绩效指标/);
    expect(field(`indicators[${at}].value`)).toHaveValue(oldValue);
    await fill(user, field(`indicators[${at}].value`), newValue);
    await goToStep(user, /生成/);
    await settled();
    // 新建工作表 stays the default; the third target names the loaded table
    expect(screen.getByRole("radio", { name: /新建工作表/ })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: `更新载入的表（招商引资，${rangeOf()}）` }));
  }
  let current: { host: ReturnType<typeof wizardHost>["host"]; port: ExcelPort };
  const port = () => current.port;
  const rangeOf = () =>
    `${String.fromCharCode(65 + table.range.left)}${table.range.top + 1}:${String.fromCharCode(65 + table.range.right)}${table.range.bottom + 1}`;

  test("load, change a value, 更新当前表: the dialog lists old → new; 确定更新 writes that cell only; the result is re-checked", async () => {
    current = wizardHost(model());
    const { host } = current;
    const user = userEvent.setup();
    await loadAndEdit(user);
    const before = host.snapshot();
    await user.click(generateButton());
    const dialog = await conflictDialog();
    expect(within(dialog).getByRole("heading", { name: "更新当前表", hidden: true })).toBeInTheDocument();
    expect(
      within(dialog)
        .getAllByRole("listitem", { hidden: true })
        .map((li) => li.textContent),
    ).toEqual([`${valueCell}：${oldValue} → ${newValue}`]);
    expect(dialog).toHaveTextContent("另将填写 0 个空白单元格");
    await user.click(dialogButton(dialog, "确定更新"));
    const result = await screen.findByTestId("generate-result");
    expect(result).toHaveTextContent("已更新工作表“招商引资”中的 1 个单元格");
    const back = await readBack(port(), "招商引资");
    expect(result).toHaveTextContent(`${back.findings.filter((f) => f.severity === "error").length} 个错误`);
    expect(back.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(host.cell("招商引资", valueCell)?.value).toBe(newValue);
    // everything else is as it was
    const after = host.snapshot();
    const b = before.sheets.find((s) => s.name === "招商引资")!;
    const a = after.sheets.find((s) => s.name === "招商引资")!;
    const changed = Object.keys({ ...a.cells, ...b.cells }).filter((k) => JSON.stringify(a.cells[k]) !== JSON.stringify(b.cells[k]));
    expect(changed).toEqual([valueCell]);
    expect(after.sheets.filter((s) => s.name !== "招商引资")).toEqual(before.sheets.filter((s) => s.name !== "招商引资"));
    expect(specFromTable(back.tables[0]).indicators[at].value).toBe(newValue);
  });

  test("a co-author's edit between the dialog and 确定更新: nothing is written, the cell is named", async () => {
    current = wizardHost(model());
    const { host } = current;
    const user = userEvent.setup();
    await loadAndEdit(user);
    await user.click(generateButton());
    const dialog = await conflictDialog();
    await host.userAction({ kind: "edit", sheet: "招商引资", address: valueCell, value: "≥99家", remote: true });
    const before = host.snapshot();
    await user.click(dialogButton(dialog, "确定更新"));
    expect(await screen.findByTestId("wz-notice-wzUpdateChanged")).toHaveTextContent(valueCell);
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(before));
  });

  test("an indicator dropped from the form: refused naming its row (deleting rows is done in Excel); a protected sheet: refused", async () => {
    current = wizardHost(model());
    const { host } = current;
    const user = userEvent.setup();
    await loadAndEdit(user);
    await goToStep(user, /绩效指标/);
    await user.click(screen.getByRole("button", { name: "删除指标“活动经费”" }));
    await goToStep(user, /生成/);
    const before = host.snapshot();
    await user.click(generateButton());
    const dialog = await conflictDialog();
    expect(within(dialog).getByRole("heading", { name: "不能按表单更新这张表", hidden: true })).toBeInTheDocument();
    const row = table.indicators.find((i) => i.name.cell.text === "活动经费")!;
    expect(dialog.querySelector('[data-kind="unfilled"]')).toHaveTextContent(
      new RegExp(`^${String.fromCharCode(65 + row.name.col)}${row.row + 1}：.*活动经费.*删除这一行请在 Excel 中操作`),
    );
    expect(within(dialog).queryByRole("button", { name: "确定更新", hidden: true })).toBeNull();
    await user.click(dialogButton(dialog, "返回修改"));
    await waitFor(() => expect(document.querySelector('[data-testid="fill-conflicts"]')).toBeNull());
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(before));

    host.protectSheet("招商引资");
    await user.click(generateButton());
    expect(await screen.findByTestId("wz-notice-wzProtected")).toHaveTextContent("招商引资");
    expect(cellsOf(host.snapshot())).toEqual(cellsOf({ ...before, sheets: before.sheets.map((x) => (x.name === "招商引资" ? { ...x, protected: true } : x)) }));
  });

  /** The budget and 12月底 cells of the loaded table, where the sheet puts them. */
  const a1 = (f: { row: number; col: number }) => toA1(f.row, f.col);
  const total = a1(table.budget!.total!);
  const [own, other] = table.budget!.parts.map(a1);
  const december = a1(table.plan!.milestones[table.plan!.milestones.length - 1].value);

  /**
   * The loaded table with the user's own formulas: 其他资金 "=E5*0.25" (10), 预算数 the =SUM the plan
   * writes (50), 12月底 "=1" (100%). The form then says 财政资金 48, 其他资金 12.
   */
  async function formulasLoadedAndEdited(user: User) {
    const m = model();
    const t = m.sheets[1];
    const amount = { numberFormat: "#,##0.00" };
    t.cells = {
      ...t.cells,
      [total]: { ...amount, value: 50, formula: `=SUM(${own},${other})` },
      [own]: { ...amount, value: 40 },
      [other]: { ...amount, value: 10, formula: `=${own}*0.25` },
      [december]: { numberFormat: "0%", value: 1, formula: "=1" },
    };
    current = wizardHost(m);
    await renderWizard(port());
    await user.click(screen.getByRole("button", { name: "从当前工作表载入" }));
    await screen.findByTestId("wz-notice-wzLoaded");
    await goToStep(user, /资金/);
    expect(field("budget.parts[1].amount")).toHaveValue("10");
    await fill(user, field("budget.parts[0].amount"), "48");
    await fill(user, field("budget.parts[1].amount"), "12");
    await goToStep(user, /生成/);
    await settled();
    await user.click(screen.getByRole("radio", { name: `更新载入的表（招商引资，${rangeOf()}）` }));
    await user.click(generateButton());
    return conflictDialog();
  }
  const itemsOf = (list: Element) => [...list.querySelectorAll("li")].map((li) => li.textContent);

  test("changes read as the sheet shows them; a formula the user wrote is listed apart and kept unless chosen; one whose result already matches is no change", async () => {
    const user = userEvent.setup();
    const dialog = await formulasLoadedAndEdited(user);
    const { host } = current;
    // both sides as the cells display them under their "#,##0.00" (not the engine's "60万元")
    expect(itemsOf(dialog.querySelector("ul")!)).toEqual([`${own}：40.00 → 48.00`, `${total}：50.00 → 60.00`]);
    const formulas = within(dialog).getByTestId("update-formulas");
    expect(itemsOf(formulas)).toEqual([`${other}：公式 =${own}*0.25（显示 10.00）→ 12.00`]);
    expect(formulas).toHaveTextContent("以下 1 个单元格含有公式，将保留公式，不修改");
    expect(within(formulas).getByRole("checkbox", { name: "用新值替换这些公式（公式将被删除）", hidden: true })).not.toBeChecked();
    expect(dialog).not.toHaveTextContent(december);
    expect(dialog).toHaveTextContent("工作表“招商引资”中将修改以下 2 个单元格");
    await user.click(dialogButton(dialog, "确定更新"));
    expect(await screen.findByTestId("generate-result")).toHaveTextContent("已更新工作表“招商引资”中的 2 个单元格");
    expect(host.cell("招商引资", other)?.formula).toBe(`=${own}*0.25`);
    expect(host.cell("招商引资", december)?.formula).toBe("=1");
    expect(host.cell("招商引资", own)?.value).toBe(48);
    expect(host.cell("招商引资", total)?.formula).toBe(`=SUM(${own},${other})`);
  });

  test("用新值替换这些公式 ticked: the user's formula gives way to the new value, and the dialog says so", async () => {
    const user = userEvent.setup();
    const dialog = await formulasLoadedAndEdited(user);
    const { host } = current;
    const formulas = within(dialog).getByTestId("update-formulas");
    await user.click(within(formulas).getByRole("checkbox", { hidden: true }));
    expect(formulas).toHaveTextContent("以下 1 个单元格含有公式，将删除公式，改为写入新值");
    await user.click(dialogButton(dialog, "确定更新"));
    expect(await screen.findByTestId("generate-result")).toHaveTextContent("已更新工作表“招商引资”中的 3 个单元格");
    expect(host.cell("招商引资", other)?.formula).toBeUndefined();
    expect(host.cell("招商引资", other)?.value).toBe(12);
    expect(host.cell("招商引资", december)?.formula).toBe("=1");
  });

  test("a tick given to 用新值替换这些公式 and then cancelled does not carry over: the next update keeps the formula", async () => {
    const user = userEvent.setup();
    let dialog = await formulasLoadedAndEdited(user);
    const { host } = current;
    await user.click(within(within(dialog).getByTestId("update-formulas")).getByRole("checkbox", { hidden: true }));
    await user.click(dialogButton(dialog, "取消"));
    await user.click(generateButton());
    dialog = await conflictDialog();
    const formulas = within(dialog).getByTestId("update-formulas");
    expect(within(formulas).getByRole("checkbox", { hidden: true })).not.toBeChecked();
    await user.click(dialogButton(dialog, "确定更新"));
    await screen.findByTestId("generate-result");
    expect(host.cell("招商引资", other)?.formula).toBe(`=${own}*0.25`);
  });

  test("the table moved since it was loaded: refused with the reason, nothing written", async () => {
    current = wizardHost(model());
    const { host } = current;
    const user = userEvent.setup();
    await loadAndEdit(user);
    await host.userAction({ kind: "insertRows", sheet: "招商引资", row: 1, count: 1 });
    const before = host.snapshot();
    await user.click(generateButton());
    expect(await screen.findByTestId("wz-notice-wzUpdateTableMoved")).toHaveTextContent(rangeOf().split(":")[0]);
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(before));
  });
});
