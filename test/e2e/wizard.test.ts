/**
 * @jest-environment node
 *
 * End to end, in Chromium: the clerk's walks of issue 11, each through the pane's UI at 320 px (the
 * narrowest task pane Excel opens) over the simulated Excel: a new sheet; the sample blank
 * template (a project that fits, and one with an indicator the template has no row for); a 2023
 * template whose milestones are 9月底; a half-filled template; a batch from a list with bad rows.
 * Every result is either exactly what was entered (the written sheet, saved and read back by the
 * command line's reader, gives back the entered project, and the pane's re-check finds only what
 * the inputs deserve) or a refusal that names what and why. axe runs on every wizard step and on
 * the findings (axeSerious in harness.ts holds the one documented exclusion).
 */
import * as path from "path";
import * as fs from "fs";
import * as ExcelJS from "exceljs";
import { workbookFromBytes } from "../../src/file/read-xlsx";
import { checkWorkbook as checkEngine } from "../../src/engine/check";
import { NormalSpec, specFromTable } from "../../src/engine/spec";
import { INDICATOR_LIBRARY } from "../../src/engine/indicator-library";
import { csvToSheet, readProjectList } from "../../src/engine/project-list";
import {
  DemoPage,
  ROOT,
  axeSerious,
  checkWorkbook,
  describeBrowser,
  findingKeys,
  openDemo,
  openFile,
  outPath,
  settled,
  snapshot,
  td,
  updateDocsScreenshot,
  useDemo,
} from "./harness";

jest.setTimeout(180_000);

const TEMPLATE = path.join(ROOT, "samples", "空白模板.xlsx");
const LIST_CSV = fs.readFileSync(path.join(ROOT, "samples", "项目清单.csv"), "utf8");

/** The wizard's fields are found by the spec path they edit (data-path), as its own tests do. */
const field = (d: DemoPage, p: string) => d.pane.locator(`[data-path="${p}"]`).first();
const next = (d: DemoPage) => d.pane.getByTestId("wz-next").click();

/** The pane at Excel's narrowest task-pane width. */
async function narrow(d: DemoPage): Promise<void> {
  await d.page.addStyleTag({ content: ".pane { width: 320px !important; }" });
  await d.paneFrame().waitForFunction(() => document.documentElement.clientWidth <= 320);
}

/** axe on the pane at each named moment of a walk; the walk ends by expecting none recorded. */
function axeLog(d: DemoPage) {
  const found: Record<string, string[]> = {};
  return {
    found,
    async at(moment: string): Promise<void> {
      const v = await axeSerious(d);
      if (v.length) found[moment] = v.map((x) => `${x.id}: ${x.nodes.join(" | ")}`);
    },
  };
}

/** What the clerk types: a meeting-and-training project. */
const PROJECT = {
  name: "干部业务培训",
  code: "2024-XC-017",
  department: "区商务局",
  amounts: [18, 2],
  purpose: "用于组织全局干部开展业务培训，支付师资、场地和资料费用。",
  plan: [20, 55, 80, 100],
  goals: ["全年举办业务培训6期，覆盖全局业务骨干。", "培训考核合格率达到95%以上。"],
  entries: [
    ["数量指标", "meeting.sessions"],
    ["质量指标", "meeting.pass"],
    ["时效指标", "meeting.deadline"],
    ["成本指标", "meeting.costPerHead"],
    ["社会效益指标", "meeting.ability"],
    ["服务对象满意度指标", "meeting.satisfaction"],
  ] as [string, string][],
  /** Values typed over the library's: index → value. */
  values: { 0: "≥6期" } as Record<number, string>,
};
type Project = typeof PROJECT;

/** Picks a library entry from a 二级指标's menu. */
async function fromLibrary(d: DemoPage, level2: string, entry: string): Promise<void> {
  await d.pane.locator(`[data-library="${level2}"]`).click();
  await d.pane.locator(`[role="menuitem"][data-entry="${entry}"]`).click();
  await d.pane.locator('[role="menu"]').waitFor({ state: "detached" });
}

/** Types the project into every step up to 生成, running axe on each step. */
async function enterProject(d: DemoPage, axe: ReturnType<typeof axeLog>, p: Project = PROJECT): Promise<void> {
  await d.pane.getByRole("tab", { name: "新建项目表" }).click();
  await field(d, "name").fill(p.name);
  await field(d, "code").fill(p.code);
  await field(d, "department").fill(p.department);
  await axe.at("basics");
  await next(d);
  for (const [i, a] of p.amounts.entries()) await field(d, `budget.parts[${i}].amount`).fill(String(a));
  await field(d, "purpose").fill(p.purpose);
  await axe.at("budget");
  await next(d);
  for (const [i, v] of p.plan.entries()) await field(d, `plan[${i}].percent`).fill(String(v));
  await axe.at("plan");
  await next(d);
  await field(d, "goals[0]").fill(p.goals[0]);
  for (let i = 1; i < p.goals.length; i++) {
    await d.pane.getByRole("button", { name: "添加目标" }).click();
    await field(d, `goals[${i}]`).fill(p.goals[i]);
  }
  await axe.at("goals");
  await next(d);
  await d.pane.getByRole("combobox", { name: /项目类型/ }).selectOption("会议培训");
  for (const [level2, entry] of p.entries) await fromLibrary(d, level2, entry);
  for (const [i, v] of Object.entries(p.values)) await field(d, `indicators[${i}].value`).fill(v);
  await axe.at("indicators");
  await next(d);
  await d.pane.getByTestId("preview-clean").waitFor();
  await axe.at("preview");
  await next(d);
  await d.pane.getByTestId("generate").waitFor();
  await axe.at("generate");
}

/** Back on the 检查 tab, check the whole workbook; the findings on `sheet`; axe on the findings. */
async function recheck(d: DemoPage, sheet: string, axe: ReturnType<typeof axeLog>): Promise<string[]> {
  await d.pane.getByRole("tab", { name: "检查" }).click();
  await checkWorkbook(d);
  await axe.at("findings");
  return (await findingKeys(d)).filter((k) => k.startsWith(`${sheet}!`));
}

/** The workbook as Excel would save it, read back by the command line's reader: each sheet's tables as specs. */
async function savedSpecs(d: DemoPage): Promise<Record<string, NormalSpec[]>> {
  const bytes = await d.page.evaluate(async () => Array.from(await window.__jixiaoDemo!.saveBytes()));
  const read = await workbookFromBytes(Buffer.from(bytes), "saved.xlsx");
  const out: Record<string, NormalSpec[]> = {};
  for (const t of checkEngine(read.workbook).tables) (out[t.sheet] ??= []).push(specFromTable(t));
  return out;
}

/** The written table gives back what was typed (template labels such as milestones aside). */
function expectEntered(spec: NormalSpec | undefined, p: Project = PROJECT): void {
  expect(spec).toBeDefined();
  const entry = (id: string) => INDICATOR_LIBRARY.find((e) => e.id === id)!;
  expect(spec).toMatchObject({
    name: p.name,
    code: p.code,
    budget: { total: p.amounts.reduce((a, b) => a + b, 0), parts: p.amounts.map((amount) => ({ amount })) },
    purpose: p.purpose,
    plan: p.plan.map((percent) => ({ percent })),
    goals: p.goals,
  });
  expect(spec!.indicators.map((i) => i.name)).toEqual(p.entries.map(([, id]) => entry(id).name));
  for (const [i, v] of Object.entries(p.values)) expect(spec!.indicators[Number(i)].value).toBe(v);
  // The library's own values, where none was typed (the deadline takes the year: only its shape).
  for (const [i, [, id]] of p.entries.entries()) if (!(i in p.values) && !/deadline/.test(id)) expect(spec!.indicators[i].value).toBe(entry(id).value);
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

async function generated(d: DemoPage): Promise<string> {
  await d.pane.getByTestId("generate").click();
  const result = d.pane.getByTestId("generate-result");
  await result.waitFor();
  await settled(d);
  return result.innerText();
}

describeBrowser("the clerk's walks through the 新建项目表 wizard, at 320 px", () => {
  const session = useDemo();

  test("a new sheet: the project entered becomes a sheet that reads back as entered and re-checks clean", async () => {
    const d = await openDemo(session());
    await narrow(d);
    const axe = axeLog(d);
    await enterProject(d, axe);
    await d.pane.getByRole("radio", { name: "新建工作表“干部业务培训”" }).check();
    const result = await generated(d);
    expect(result).toContain("已写入新工作表“干部业务培训”");
    expect(result).toContain("0 个错误，0 个警告，0 条提示");
    await d.page.getByRole("tab", { name: "干部业务培训", selected: true }).waitFor();
    expect(await d.page.getByRole("tab").allInnerTexts()).toEqual(["部门整体绩效目标", "招商引资", "项目扶持资金", "干部业务培训"]);
    // 预算数 is a SUM of the parts: the demo's Excel evaluates it.
    const written = (await snapshot(d)).sheets.find((x) => x.name === "干部业务培训")!;
    const budget = Object.values(written.cells).find((c) => /^=SUM\(/i.test(String(c.formula ?? "")));
    expect(budget?.value).toBe(20);
    const specs = await savedSpecs(d);
    expectEntered(specs["干部业务培训"]?.[0]);
    expect(specs["干部业务培训"]).toHaveLength(1);
    expect(specs["干部业务培训"][0].department).toBe(PROJECT.department);
    await d.page.screenshot({ path: outPath("wizard-new-sheet.png") });
    expect(await recheck(d, "干部业务培训", axe)).toEqual([]);
    expect(axe.found).toEqual({});
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("the sample blank template: the project fills it in place, reads back as entered and re-checks clean", async () => {
    const d = await openDemo(session());
    await narrow(d);
    const axe = axeLog(d);
    const sheet = await openFile(d, TEMPLATE);
    await checkWorkbook(d);
    expect((await findingKeys(d)).length).toBeGreaterThan(0);
    await enterProject(d, axe);
    expect(await d.pane.getByTestId("template-status").innerText()).toContain(`当前工作表“${sheet}”的 A1:G16 是一张空白的绩效目标表`);
    await d.pane.getByRole("radio", { name: /填写当前工作表中的空白模板（.*A1:G16）/ }).check();
    const result = await generated(d);
    expect(result).toMatch(new RegExp(`已在工作表“${sheet}”中填写 \\d+ 个空白单元格`));
    expect(result).toContain("0 个错误");
    expect(await d.page.getByRole("tab").allInnerTexts()).toEqual([sheet]);
    expect(await td(d, "B6").innerText()).toBe("20%");
    const specs = await savedSpecs(d);
    expect(specs[sheet]).toHaveLength(1);
    expectEntered(specs[sheet][0]);
    // The marks of the check before the fill are gone after the re-check.
    expect(await recheck(d, sheet, axe)).toEqual([]);
    await d.page.waitForFunction(() => !document.querySelector('table.grid td[data-fill="#FFC7CE"], table.grid td[data-fill="#FFEB9C"]'));
    await d.page.screenshot({ path: outPath("wizard-template.png") });
    expect(axe.found).toEqual({});
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("the sample blank template and an indicator it has no row for: a refusal naming the indicator, and nothing written", async () => {
    const d = await openDemo(session());
    await narrow(d);
    const axe = axeLog(d);
    const sheet = await openFile(d, TEMPLATE);
    const before = (await snapshot(d)).sheets.find((s) => s.name === sheet);
    const extra: Project = { ...PROJECT, entries: [...PROJECT.entries, ["数量指标", "meeting.trainees"]] };
    await enterProject(d, axe, extra);
    await d.pane.getByRole("radio", { name: /填写当前工作表中的空白模板/ }).check();
    await d.pane.getByTestId("generate").click();
    const refusal = d.pane.getByTestId("fill-conflicts");
    await refusal.waitFor();
    await axe.at("refusal");
    expect(await refusal.getByRole("heading").first().innerText()).toBe("模板中放不下项目的内容");
    expect(await refusal.innerText()).toContain(`工作表“${sheet}”不能按项目内容填写，因此没有写入任何内容`);
    const reasons = await refusal.locator("li").allInnerTexts();
    // Today the template's 产出 rows are taken in order, so the second 数量指标 pushes the last 产出
    // indicator (成本) out, and that is the one named (wt-A's insert-rows choice will change this walk).
    const cost = INDICATOR_LIBRARY.find((e) => e.id === "meeting.costPerHead")!.name;
    expect(reasons).toEqual([`模板中没有位置：产出指标/成本指标/${cost}`]);
    await refusal.getByRole("button", { name: "返回修改" }).click();
    await refusal.waitFor({ state: "detached" });
    await settled(d);
    expect((await snapshot(d)).sheets.find((s) => s.name === sheet)).toEqual(before);
    expect(axe.found).toEqual({});
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("a 2023 template with 9月底: the plan takes 9月底, the year clash is fixed in one click, then it reads back as entered", async () => {
    const file = await templateVariant("模板2023.xlsx", { A1: "2023年度项目绩效目标表", D5: "9月底" });
    const d = await openDemo(session());
    await narrow(d);
    const axe = axeLog(d);
    const sheet = await openFile(d, file);
    await enterProject(d, axe);
    await d.pane.getByRole("radio", { name: /填写当前工作表中的空白模板/ }).check();
    await d.pane.getByTestId("wz-notice-wzPlanTakenFill").filter({ hasText: "9月底" }).waitFor();
    await d.pane.getByTestId("year-clash").waitFor();
    await axe.at("year-clash");
    await d.pane.getByRole("button", { name: "改为 2023 年" }).click();
    // 10月底 became 9月底: its share is typed again, as the notice asks.
    await d.pane.locator('[data-step="plan"]').click();
    await field(d, "plan[2].percent").fill(String(PROJECT.plan[2]));
    await d.pane.locator('[data-step="indicators"]').click();
    const deadline = "2023年11月30日前";
    await field(d, "indicators[2].value").fill(deadline);
    await d.pane.locator('[data-step="generate"]').click();
    const result = await generated(d);
    expect(result).toContain("0 个错误");
    expect(await td(d, "D6").innerText()).toBe("80%");
    const specs = await savedSpecs(d);
    expect(specs[sheet]).toHaveLength(1);
    expectEntered(specs[sheet][0], { ...PROJECT, values: { ...PROJECT.values, 2: deadline } });
    expect(specs[sheet][0].year).toBe(2023);
    expect(specs[sheet][0].plan.map((m) => m.label)).toEqual(["3月底", "6月底", "9月底", "12月底"]);
    expect(await recheck(d, sheet, axe)).toEqual([]);
    await d.page.screenshot({ path: outPath("wizard-template-2023.png") });
    updateDocsScreenshot("wizard-template-2023.png", "screenshot-fill-2023.png");
    expect(axe.found).toEqual({});
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("a half-filled template (placeholders such as ≥XX期): the placeholders are blanks, filled with what was entered", async () => {
    const file = await templateVariant("半填模板.xlsx", { E11: "≥XX期", C12: "XX" });
    const d = await openDemo(session());
    await narrow(d);
    const axe = axeLog(d);
    const sheet = await openFile(d, file);
    await enterProject(d, axe);
    await d.pane.getByRole("radio", { name: /填写当前工作表中的空白模板/ }).check();
    const result = await generated(d);
    expect(result).toContain("0 个错误");
    expect(await td(d, "E11").innerText()).toBe("≥6期");
    const specs = await savedSpecs(d);
    expect(specs[sheet]).toHaveLength(1);
    expectEntered(specs[sheet][0]);
    expect(await recheck(d, sheet, axe)).toEqual([]);
    expect(axe.found).toEqual({});
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  test("a batch from a list with bad rows: each bad row names its column and why and is left out; the rest read back as listed", async () => {
    const bad = [
      "计划倒退项目,2024-SW-101,50,,用途,20%,60%,40%,100%,2024,目标",
      "问题很多项目,2024-SW-102,很多,,,10%,120%,30%,90%,2024,目标",
      ",2024-SW-103,10,,用途,25%,50%,75%,100%,2024,目标",
    ];
    const csv = `${LIST_CSV.trim()}\n${bad.join("\n")}\n`;
    const file = outPath("项目清单-含问题行.csv");
    fs.writeFileSync(file, csv);
    const d = await openDemo(session());
    await narrow(d);
    const axe = axeLog(d);
    await d.pane.getByRole("tab", { name: "新建项目表" }).click();
    await d.pane.getByRole("button", { name: "批量生成" }).click();
    await d.pane.getByRole("radio", { name: "文件（.xlsx 或 .csv）" }).check();
    await d.pane.getByLabel("选择清单文件（.xlsx 或 .csv）").setInputFiles(file);
    const summaryText = await d.pane.getByTestId("list-summary").innerText();
    expect(summaryText).toContain("6 个项目，3 个可以生成，3 个有问题");
    await axe.at("batch-list");
    const rows = await d.pane.getByTestId("list-rows").locator("tbody tr").allInnerTexts();
    const rowOf = (name: string) => rows.find((r) => r.includes(name)) ?? "";
    expect(rowOf("计划倒退项目")).toMatch(/9月底：.*低于/);
    expect(rowOf("问题很多项目")).toContain("财政资金：“很多”不是金额");
    expect(rowOf("问题很多项目")).toMatch(/6月底：/);
    expect(rowOf("问题很多项目")).toMatch(/12月底：/);
    expect(rows.filter((r) => r.includes("可以生成"))).toHaveLength(3);
    const nameless = rows.find((r) => !r.includes("可以生成") && !r.includes("计划倒退项目") && !r.includes("问题很多项目")) ?? "";
    expect(nameless).toContain("项目名称：");

    await d.pane.getByTestId("generate-batch").click();
    const result = d.pane.getByTestId("generate-result");
    await result.waitFor();
    await settled(d);
    expect(await result.innerText()).toContain("已生成 3 个工作表：“外贸企业培育”、“电商直播基地运营”、“消费券发放”。");
    expect(await result.innerText()).toContain("0 个错误，0 个警告");
    await axe.at("batch-result");
    const made = ["外贸企业培育", "电商直播基地运营", "消费券发放"];
    expect(await d.page.getByRole("tab").allInnerTexts()).toEqual(["部门整体绩效目标", "招商引资", "项目扶持资金", ...made]);
    const listed = readProjectList(csvToSheet(csv), { year: 2024 })!.rows.filter((r) => r.spec);
    const specs = await savedSpecs(d);
    made.forEach((name, i) => {
      expect(specs[name]).toHaveLength(1);
      expect(specs[name][0]).toEqual(listed[i].spec);
    });
    await d.pane.getByRole("tab", { name: "检查" }).click();
    await checkWorkbook(d);
    await axe.at("findings");
    // the list has no indicator columns: each sheet carries the generic indicators, each flagged
    // (info) until the clerk makes it the project's own, and nothing else
    const found = (await findingKeys(d)).filter((k) => made.some((m) => k.startsWith(`${m}!`)));
    expect(found.filter((k) => !k.endsWith("|indicator/generic-default"))).toEqual([]);
    made.forEach((m, i) => expect(found.filter((k) => k.startsWith(`${m}!`))).toHaveLength(listed[i].spec!.indicators.length));
    expect(axe.found).toEqual({});
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
