/**
 * @jest-environment node
 *
 * The pane at 320 px, the narrowest task pane Excel opens (issue 11): every wizard step, the batch
 * panel, the findings and the rule settings, filled with long strings, are laid out without any
 * two controls, labels or messages on top of each other and without anything off the pane's edge.
 * jsdom has no layout, so this runs in Chromium over the browser demo.
 */
import { DemoPage, axeSerious, checkWorkbook, describeBrowser, openDemo, outPath, snapshot, useDemo } from "./harness";

jest.setTimeout(180_000);

const field = (d: DemoPage, p: string) => d.pane.locator(`[data-path="${p}"]`).first();
const next = (d: DemoPage) => d.pane.getByTestId("wz-next").click();

/** The pane's width, as Excel's narrowest task pane. */
async function narrow(d: DemoPage, width = 320): Promise<void> {
  await d.page.addStyleTag({ content: `.pane { width: ${width}px !important; }` });
  await d.paneFrame().waitForFunction((w) => document.documentElement.clientWidth <= w, width);
}

/**
 * Everything a user reads or operates that sits on top of something else, or past the pane's
 * edge. Elements inside one another are not compared (a label inside its field), nor invisible
 * inputs that Fluent lays over their own visual (radios, switches, checkboxes).
 */
async function layoutProblems(d: DemoPage): Promise<string[]> {
  // Fluent slides drawers and dialogs in: measure where things come to rest
  await d
    .paneFrame()
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 5000 })
    .catch(() => undefined);
  return d.paneFrame().evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    const name = (el: Element) => {
      const t = (el.getAttribute("aria-label") || el.textContent || (el as HTMLInputElement).value || "").trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${el.getAttribute("data-path") ? `[${el.getAttribute("data-path")}]` : ""}${el.className && typeof el.className === "string" && el.className.includes("fui-") ? `.${el.className.split(" ").find((c) => c.startsWith("fui-"))}` : ""} “${t}”`;
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 2 || r.height <= 2) return false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.visibility === "hidden" || cs.display === "none" || Number(cs.opacity) === 0) return false;
      }
      return true;
    };
    if (document.documentElement.scrollWidth > vw + 1) out.push(`the pane scrolls sideways (${document.documentElement.scrollWidth} > ${vw})`);
    const sel = [
      "label",
      "input:not([type=radio]):not([type=checkbox])",
      "textarea",
      "select",
      "button",
      ".fui-Field__validationMessage",
      ".fui-Field__hint",
      ".fui-Input__contentAfter",
      "[role=status]",
      "h2",
      "h3",
    ].join(",");
    const els = Array.from(document.querySelectorAll(`#container ${sel.split(",").join(", #container ")}`)).filter(shown);
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (r.right > vw + 0.5 || r.left < -0.5) out.push(`off the edge: ${name(el)} (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`);
    }
    /** Text is compared by its glyphs (a label's padding may reach under the next radio's); controls by their box. */
    const textual = (el: Element) => !["INPUT", "TEXTAREA", "SELECT", "BUTTON"].includes(el.tagName);
    const rectOf = (el: Element): DOMRect => {
      if (!textual(el)) return el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return r.width > 0 ? r : el.getBoundingClientRect();
    };
    for (let i = 0; i < els.length; i++)
      for (let j = i + 1; j < els.length; j++) {
        const a = els[i];
        const b = els[j];
        if (a.contains(b) || b.contains(a)) continue;
        // a bar that stays in view (the settings' save bar) covers what scrolls under it, by design
        if (!!a.closest("[data-sticky]") !== !!b.closest("[data-sticky]")) continue;
        const ra = rectOf(a);
        const rb = rectOf(b);
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (w > 2 && h > 2) out.push(`overlap: ${name(a)} and ${name(b)}`);
      }
    return out;
  });
}

const LONG = "关于开展全区外贸企业、招商引资重点项目和营商环境优化提升专项业务培训及配套服务的项目";

describeBrowser("the pane at 320 px", () => {
  const session = useDemo();

  test("every wizard step, with long strings, has nothing on top of anything and nothing off the edge", async () => {
    const d = await openDemo(session());
    await narrow(d);
    const problems: Record<string, string[]> = {};
    const look = async (step: string) => {
      const p = await layoutProblems(d);
      if (p.length > 0) problems[step] = p;
      await d.page.screenshot({ path: outPath(`narrow-${step}.png`) });
    };
    await d.pane.getByRole("tab", { name: "新建项目表" }).click();
    await field(d, "name").fill(LONG);
    await field(d, "code").fill("2024-XC-017-0001-ABCDEFGH");
    await field(d, "department").fill("某某市某某区商务局（区投资促进服务中心）");
    await field(d, "implementer").fill("某某区投资促进服务中心外贸企业服务科");
    await next(d);
    await look("basics");
    await field(d, "budget.parts[0].amount").fill("12345678.1234");
    await field(d, "budget.parts[1].amount").fill("abc");
    await field(d, "purpose").fill(LONG.repeat(3));
    await d.pane.getByTestId("wz-back").click();
    await next(d);
    await look("budget");
    await next(d);
    for (const [i, v] of ["200", "55.55", "x", ""].entries()) await field(d, `plan[${i}].percent`).fill(v);
    await next(d);
    await d.pane.getByTestId("wz-back").click();
    await look("plan");
    await d.pane.getByRole("radio", { name: /1月底/ }).check();
    await look("plan-monthly");
    await next(d);
    await field(d, "goals[0]").fill(LONG.repeat(2));
    await next(d);
    await look("goals");
    await d.pane.getByRole("combobox", { name: /项目类型/ }).selectOption("会议培训");
    await d.pane.locator('[data-library="数量指标"]').click();
    await d.pane.locator('[role="menuitem"][data-entry="meeting.sessions"]').click();
    await d.pane.locator('[role="menu"]').waitFor({ state: "detached" });
    await field(d, "indicators[0].name").fill(LONG);
    await field(d, "indicators[0].value").fill("≥很多");
    await look("indicators");
    await next(d);
    await look("preview");
    await next(d);
    await d.pane.getByTestId("generate").waitFor();
    await look("generate");
    await d.pane.getByRole("button", { name: "批量生成" }).click();
    await look("batch");
    expect(problems).toEqual({});
    expect(await axeSerious(d)).toEqual([]);
    await d.context.close();
  });

  test("生成 after 从当前工作表载入: the 更新当前表 target fits; the update lists old → new, writes that cell, re-checks", async () => {
    const d = await openDemo(session());
    await narrow(d);
    await d.page.getByRole("tab", { name: "招商引资" }).click();
    await d.page.getByRole("tab", { name: "招商引资", selected: true }).waitFor();
    await d.pane.getByRole("tab", { name: "新建项目表" }).click();
    await d.pane.getByRole("button", { name: "从当前工作表载入" }).click();
    await d.pane.getByTestId("wz-notice-wzLoaded").waitFor();
    await next(d);
    const old = await field(d, "purpose").inputValue();
    const purpose = `${old}（含${LONG}）`;
    await field(d, "purpose").fill(purpose);
    for (let i = 0; i < 5; i++) await next(d);
    await d.pane.getByTestId("generate").waitFor();
    expect(await d.pane.getByRole("radio", { name: /^新建工作表/ }).isChecked()).toBe(true);
    await d.pane.getByRole("radio", { name: /^更新载入的表（招商引资，/ }).check();
    expect(await layoutProblems(d)).toEqual([]);
    await d.pane.getByTestId("generate").click();
    const dialog = d.pane.getByTestId("fill-conflicts");
    await dialog.waitFor();
    const items = await dialog.locator("li").allInnerTexts();
    expect(items).toHaveLength(1);
    expect(items[0]).toContain(`${old} → ${purpose}`);
    await dialog.getByRole("button", { name: "确定更新" }).click();
    const result = await d.pane.getByTestId("generate-result").innerText();
    expect(result).toContain("已更新工作表“招商引资”中的 1 个单元格");
    // re-checked after the write, with the checker's config: the demo's 招商引资 table checks clean
    expect(result).toMatch(/(^|\D)0 个错误/);
    const cells = (await snapshot(d)).sheets.find((x) => x.name === "招商引资")!.cells;
    expect(Object.values(cells).filter((c) => c.value === purpose)).toHaveLength(1);
    await d.context.close();
  });

  test("the findings: the first one is above the fold; settings keep the save bar in view", async () => {
    const d = await openDemo(session());
    await narrow(d);
    await checkWorkbook(d);
    const first = d.pane.locator("button[data-finding]").first();
    const box = await first.boundingBox();
    const height = await d.paneFrame().evaluate(() => window.innerHeight);
    // the pane's iframe starts below the demo's title bar: compare inside the frame
    const top = await first.evaluate((el) => el.getBoundingClientRect().top);
    expect(box).not.toBeNull();
    expect(top).toBeLessThan(height - 40);
    expect(await layoutProblems(d)).toEqual([]);
    await d.page.screenshot({ path: outPath("narrow-findings.png") });
    await d.pane.getByRole("button", { name: "规则设置" }).click();
    const save = d.pane.getByRole("button", { name: "保存" });
    await save.waitFor();
    const saveTop = await save.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(saveTop).toBeLessThanOrEqual(height);
    expect(await layoutProblems(d)).toEqual([]);
    await d.page.screenshot({ path: outPath("narrow-settings.png") });
    await d.context.close();
  });
});
