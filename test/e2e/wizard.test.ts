/**
 * @jest-environment node
 *
 * End to end, in Chromium: the pane's 新建项目表 wizard over the simulated Excel. A project typed
 * into the wizard becomes a new sheet that the 检查 tab then finds clean; the same project fills
 * the blank template (samples/空白模板.xlsx, opened with the file picker) in place.
 */
import * as path from "path";
import * as ExcelJS from "exceljs";
import { DemoPage, ROOT, axeSerious, checkWorkbook, describeBrowser, findingKeys, openDemo, outPath, settled, summary, td, useDemo } from "./harness";

jest.setTimeout(120_000);

const TEMPLATE = path.join(ROOT, "samples", "空白模板.xlsx");

/** The wizard's fields are found by the spec path they edit (data-path), as its own tests do. */
const field = (d: DemoPage, p: string) => d.pane.locator(`[data-path="${p}"]`).first();
const next = (d: DemoPage) => d.pane.getByTestId("wz-next").click();

/** Picks a library entry from a 二级指标's menu. */
async function fromLibrary(d: DemoPage, level2: string, entry: string): Promise<void> {
  await d.pane.locator(`[data-library="${level2}"]`).click();
  await d.pane.locator(`[role="menuitem"][data-entry="${entry}"]`).click();
  await d.pane.locator('[role="menu"]').waitFor({ state: "detached" });
}

/** Types a meeting-and-training project into every step, up to the 生成 step. */
async function enterProject(d: DemoPage, opts: { axe?: boolean } = {}): Promise<void> {
  await d.pane.getByRole("tab", { name: "新建项目表" }).click();
  await field(d, "name").fill("干部业务培训");
  await field(d, "code").fill("2024-XC-017");
  await field(d, "department").fill("区商务局");
  if (opts.axe) expect(await axeSerious(d)).toEqual([]);
  await next(d);
  await field(d, "budget.parts[0].amount").fill("18");
  await field(d, "budget.parts[1].amount").fill("2");
  await field(d, "purpose").fill("用于组织全局干部开展业务培训，支付师资、场地和资料费用。");
  await next(d);
  for (const [i, v] of ["20", "55", "80", "100"].entries()) await field(d, `plan[${i}].percent`).fill(v);
  if (opts.axe) expect(await axeSerious(d)).toEqual([]);
  await next(d);
  await field(d, "goals[0]").fill("全年举办业务培训6期，覆盖全局业务骨干。");
  await d.pane.getByRole("button", { name: "添加目标" }).click();
  await field(d, "goals[1]").fill("培训考核合格率达到95%以上。");
  await next(d);
  await d.pane.getByRole("combobox", { name: /项目类型/ }).selectOption("会议培训");
  await fromLibrary(d, "数量指标", "meeting.sessions");
  await fromLibrary(d, "质量指标", "meeting.pass");
  await fromLibrary(d, "时效指标", "meeting.deadline");
  await fromLibrary(d, "成本指标", "meeting.costPerHead");
  await fromLibrary(d, "社会效益指标", "meeting.ability");
  await fromLibrary(d, "服务对象满意度指标", "meeting.satisfaction");
  await field(d, "indicators[0].value").fill("≥6期");
  if (opts.axe) expect(await axeSerious(d)).toEqual([]);
  await next(d);
  await d.pane.getByTestId("preview-clean").waitFor();
  await next(d);
  await d.pane.getByTestId("generate").waitFor();
  if (opts.axe) expect(await axeSerious(d)).toEqual([]);
}

/** Back on the 检查 tab, check the whole workbook; the findings on `sheet`. */
async function checkSheet(d: DemoPage, sheet: string): Promise<string[]> {
  await d.pane.getByRole("tab", { name: "检查" }).click();
  await checkWorkbook(d);
  return (await findingKeys(d)).filter((k) => k.startsWith(`${sheet}!`));
}

/** A variant of the sample blank template, written with exceljs (a 2023 one, a half-filled one…). */
async function templateVariant(name: string, cells: Record<string, string>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(TEMPLATE);
  const ws = wb.worksheets[0];
  for (const [a, v] of Object.entries(cells)) ws.getCell(a).value = v;
  const file = outPath(name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function openFile(d: DemoPage, file: string): Promise<string> {
  await d.page.getByTestId("open-file").setInputFiles(file);
  await d.page
    .getByTestId("message-info")
    .filter({ hasText: `已打开 ${path.basename(file)}` })
    .waitFor();
  await d.page.evaluate(() => window.__jixiaoDemo!.ready());
  return d.page.getByRole("tab", { selected: true }).innerText();
}

describeBrowser("browser demo: the 新建项目表 wizard", () => {
  const session = useDemo();

  test("at 320 px: a 2023 template with 9月底 — the plan takes 9月底, the year clash is fixed in one click, then it fills clean", async () => {
    const file = await templateVariant("模板2023.xlsx", { A1: "2023年度项目绩效目标表", D5: "9月底" });
    const d = await openDemo(session());
    await d.page.addStyleTag({ content: ".pane { width: 320px !important; }" });
    const sheet = await openFile(d, file);
    await enterProject(d);
    await d.pane.getByRole("radio", { name: /填写当前工作表中的空白模板/ }).check();
    await d.pane.getByTestId("wz-notice-wzPlanTakenFill").filter({ hasText: "9月底" }).waitFor();
    await d.pane.getByTestId("year-clash").waitFor();
    expect(await axeSerious(d)).toEqual([]);
    await d.pane.getByRole("button", { name: "改为 2023 年" }).click();
    await d.pane.locator('[data-step="plan"]').click();
    await field(d, "plan[2].percent").fill("80");
    await d.pane.locator('[data-step="indicators"]').click();
    await field(d, "indicators[2].value").fill("2023年11月30日前");
    await d.pane.locator('[data-step="generate"]').click();
    await d.pane.getByTestId("generate").click();
    const result = d.pane.getByTestId("generate-result");
    await result.waitFor();
    expect(await result.innerText()).toContain("0 个错误");
    await settled(d);
    expect(await td(d, "D6").innerText()).toBe("80%");
    expect(await checkSheet(d, sheet)).toEqual([]);
    await d.page.screenshot({ path: outPath("wizard-template-2023.png") });
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("a half-filled template (placeholders such as ≥XX期) is filled; the placeholders are replaced", async () => {
    const file = await templateVariant("半填模板.xlsx", { E11: "≥XX期", C12: "XX" });
    const d = await openDemo(session());
    const sheet = await openFile(d, file);
    await enterProject(d);
    await d.pane.getByRole("radio", { name: /填写当前工作表中的空白模板/ }).check();
    await d.pane.getByTestId("generate").click();
    await d.pane.getByTestId("generate-result").waitFor();
    expect(await d.pane.getByTestId("generate-result").innerText()).toContain("0 个错误");
    await settled(d);
    expect(await td(d, "E11").innerText()).toBe("≥6期");
    expect(await checkSheet(d, sheet)).toEqual([]);
    await d.context.close();
  });

  test("a project entered in the wizard becomes a new sheet in the workbook, which then checks clean", async () => {
    const d = await openDemo(session());
    await enterProject(d, { axe: true });
    await d.pane.getByRole("radio", { name: "新建工作表“干部业务培训”" }).check();
    await d.pane.getByTestId("generate").click();
    const result = d.pane.getByTestId("generate-result");
    await result.waitFor();
    expect(await result.innerText()).toContain("已写入新工作表“干部业务培训”");
    expect(await result.innerText()).toContain("0 个错误，0 个警告，0 条提示");

    // Excel (the page) shows the new sheet, activated, with the project in it.
    await d.page.getByRole("tab", { name: "干部业务培训", selected: true }).waitFor();
    expect(await d.page.getByRole("tab").allInnerTexts()).toEqual(["部门整体绩效目标", "招商引资", "项目扶持资金", "干部业务培训"]);
    await settled(d);
    expect(await d.page.locator("table.grid").innerText()).toContain("干部业务培训");
    // 预算数 is a SUM of the parts: the demo's Excel evaluates it.
    const budget = await d.page.evaluate(() => {
      const s = window.__jixiaoDemo!.host!.workbook.sheets.find((x) => x.name === "干部业务培训")!;
      return Object.values(s.cells).find((c) => typeof c.formula === "string" && /^=SUM\(/i.test(c.formula));
    });
    expect(budget?.value).toBe(20);
    await d.page.screenshot({ path: outPath("wizard-new-sheet.png") });

    expect(await checkSheet(d, "干部业务培训")).toEqual([]);
    expect(await summary(d)).toMatchObject({ tables: 3, errors: 0 });
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("the same project fills the blank template (samples/空白模板.xlsx, opened with the file picker) in place", async () => {
    const d = await openDemo(session());
    await d.page.getByTestId("open-file").setInputFiles(TEMPLATE);
    await d.page.getByTestId("message-info").filter({ hasText: "已打开 空白模板.xlsx" }).waitFor();
    await d.page.evaluate(() => window.__jixiaoDemo!.ready());
    const sheet = await d.page.getByRole("tab", { selected: true }).innerText();
    // Before: the template checks with errors (it is blank).
    await checkWorkbook(d);
    expect((await summary(d)).errors).toBeGreaterThan(0);

    await enterProject(d);
    expect(await d.pane.getByTestId("template-status").innerText()).toContain(`当前工作表“${sheet}”的 A1:G16 是一张空白的绩效目标表`);
    await d.pane.getByRole("radio", { name: /填写当前工作表中的空白模板（.*A1:G16）/ }).check();
    await d.pane.getByTestId("generate").click();
    const result = d.pane.getByTestId("generate-result");
    await result.waitFor();
    expect(await result.innerText()).toMatch(new RegExp(`已在工作表“${sheet}”中填写 \\d+ 个空白单元格`));
    expect(await result.innerText()).toContain("0 个错误");

    // Filled in place: no new sheet; the grid shows the project in the template's cells.
    expect(await d.page.getByRole("tab").allInnerTexts()).toEqual([sheet]);
    await settled(d);
    expect(await d.page.locator("table.grid").innerText()).toContain("干部业务培训");
    expect(await td(d, "B6").innerText()).toBe("20%");

    // The marks of the check before the fill are gone after the re-check.
    expect(await checkSheet(d, sheet)).toEqual([]);
    expect(await summary(d)).toEqual({ tables: 1, errors: 0, warnings: 0, infos: 0 });
    await d.page.waitForFunction(() => !document.querySelector('table.grid td[data-fill="#FFC7CE"], table.grid td[data-fill="#FFEB9C"]'));
    await d.page.screenshot({ path: outPath("wizard-template.png") });
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
