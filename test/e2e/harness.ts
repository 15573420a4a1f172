/**
 * Shared set-up of the end-to-end tests: the demo built once (dist/demo, rebuilt when stale), a
 * static server on a free port, Debian's Chromium through playwright-core, and helpers that read the
 * page (the simulated Excel) and the pane (the real task pane, in its iframe).
 *
 * Without /usr/bin/chromium the tests are skipped, except in CI (process.env.CI), where they fail
 * and say why.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from "playwright-core";
import { CHROMIUM_PATH, DemoServer, ROOT, buildDemo, chromiumAvailable, launchChromium, startServer } from "../../scripts/demo-harness";
import type { WorkbookModel } from "../../src/demo/host/model";
import { formatCellsOf } from "../../src/demo/host/structure";
import { MAX_COLUMNS, cellKey } from "../../src/demo/host/a1";
import { isMarkFormula } from "../../src/excel/marks";

export { ROOT };
export const OUT_DIR = path.join(ROOT, "test-output", "e2e");
/** Quiet time the pane waits after an edit before re-checking (its default). */
export const DEBOUNCE_MS = 600;
/** Severity fills the add-in marks cells with (src/excel/highlight-record.ts SEVERITY_FILL). */
export const MARK_FILLS = ["#FFC7CE", "#FFEB9C", "#DDEBF7"];

const MISSING = `Chromium is missing at ${CHROMIUM_PATH}: the end-to-end tests need it (apt-get install chromium, as .ci/run does).`;

/**
 * `describe` for browser tests: skipped without Chromium, failing with a clear message in CI.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (chromiumAvailable()) {
    describe(name, fn);
  } else if (process.env.CI) {
    describe(name, () => {
      test("needs Chromium", () => {
        throw new Error(MISSING);
      });
    });
  } else {
    describe.skip(`${name} (skipped: ${MISSING})`, fn);
  }
}

export interface DemoSession {
  server: DemoServer;
  browser: Browser;
  url: string;
  /** How long building the demo took in this run (0 when dist/demo was up to date). */
  buildMs: number;
}

/** beforeAll/afterAll: build if stale, serve, launch. Returns a getter for the session. */
export function useDemo(): () => DemoSession {
  let session: DemoSession | undefined;
  beforeAll(async () => {
    const build = await buildDemo({ ifStale: true });
    const server = await startServer({ port: 0 });
    const browser = await launchChromium();
    session = { server, browser, url: server.url, buildMs: build.ms };
  }, 240_000);
  afterAll(async () => {
    await session?.browser.close();
    await session?.server.close();
  });
  return () => {
    if (!session) throw new Error("The demo session did not start (see beforeAll).");
    return session;
  };
}

export interface DemoPage {
  context: BrowserContext;
  page: Page;
  /** The pane's iframe. */
  pane: FrameLocator;
  paneFrame(): Frame;
  errors: string[];
}

/** A fresh browser context on the demo, once the pane has rendered on the sample. */
export async function openDemo(s: DemoSession, query = ""): Promise<DemoPage> {
  const context = await s.browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true, locale: "zh-CN" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(s.url + query);
  await page.waitForFunction(() => !!window.__jixiaoDemo);
  await page.evaluate(() => window.__jixiaoDemo!.ready());
  const pane = page.frameLocator("iframe[data-testid=pane]");
  const paneFrame = () => {
    const f = page.frames().find((x) => x.url().endsWith("/taskpane.html"));
    if (!f) throw new Error("The pane's frame is not there.");
    return f;
  };
  return { context, page, pane, paneFrame, errors };
}

/** Opens an .xlsx with the page's file picker, as a user does; the sheet it opened on. */
export async function openFile(d: DemoPage, file: string): Promise<string> {
  await d.page.getByTestId("open-file").setInputFiles(file);
  await d.page
    .getByTestId("message-info")
    .filter({ hasText: `已打开 ${path.basename(file)}` })
    .waitFor();
  await d.page.evaluate(() => window.__jixiaoDemo!.ready());
  return d.page.getByRole("tab", { selected: true }).innerText();
}

/** Clicks 检查工作簿 (or 重新检查) and waits for the result summary. */
export async function checkWorkbook(d: DemoPage): Promise<void> {
  await d.pane.getByRole("button", { name: /^(检查工作簿|重新检查)$/ }).click();
  await d.pane.getByTestId("summary-tables").waitFor();
  await d.page.waitForFunction(() => !document.querySelector("iframe")?.contentDocument?.querySelector("main[aria-busy=true]"));
}

export interface Summary {
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

export async function summary(d: DemoPage): Promise<Summary> {
  const n = async (id: string) => Number(await d.pane.getByTestId(`summary-${id}`).locator("dd").innerText());
  return { tables: await n("tables"), errors: await n("errors"), warnings: await n("warnings"), infos: await n("infos") };
}

/** Every finding the pane lists, as "sheet!cell|rule". */
export async function findingKeys(d: DemoPage): Promise<string[]> {
  return d.pane.locator("button[data-finding]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.finding!));
}

/** The host's workbook (canonical snapshot), from the page's test hook. */
export async function snapshot(d: DemoPage): Promise<WorkbookModel> {
  return d.page.evaluate(() => window.__jixiaoDemo!.host!.snapshot());
}

/** sheet → cell → fill colour ("" for no fill), for every cell that has a fill or a value. */
export function fills(wb: WorkbookModel): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const s of wb.sheets) {
    const m: Record<string, string> = {};
    for (const [k, c] of Object.entries(s.cells)) m[k] = c.fill ? `${c.fill.color}|${c.fill.pattern ?? "Solid"}|${c.fill.tintAndShade ?? 0}` : "";
    out[s.name] = m;
  }
  return out;
}

/** The add-in's marks: "sheet!cell" → the colour of its conditional format, for every marked cell. */
export function marks(wb: WorkbookModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of wb.sheets)
    for (const cf of s.conditionalFormats ?? [])
      if (isMarkFormula(cf.formula))
        for (const n of formatCellsOf(cf)) out[`${s.name}!${cellKey(Math.floor(n / MAX_COLUMNS), n % MAX_COLUMNS)}`] = cf.fill ?? "";
  return out;
}

/** The grid's active cell and the name box. */
export async function gridSelection(d: DemoPage): Promise<{ sheet: string; active: string | null; nameBox: string }> {
  return {
    sheet: (await d.page.locator("table.grid").getAttribute("data-sheet")) ?? "",
    active: await d.page.locator("td[data-active=true]").first().getAttribute("data-cell"),
    nameBox: await d.page.getByTestId("name-box").inputValue(),
  };
}

export function td(d: DemoPage, cell: string) {
  return d.page.locator(`table.grid td[data-cell="${cell}"]`);
}

/**
 * axe-core on an element of the pane's document: violations of serious or critical impact.
 *
 * One known false positive is dropped: Fluent UI's focus manager (tabster) puts focusable
 * `<i data-tabster-dummy aria-hidden="true">` sentinels at the edges of TabList, Dialog and
 * friends; they only hand focus on and are hidden from screen readers on purpose
 * (microsoft/tabster#288, microsoft/fluentui#25133; Accessibility Insights suppresses exactly these
 * nodes, microsoft/accessibility-insights-web#7605). Any other node of that rule still fails.
 */
export async function axeSerious(d: DemoPage, selector = "#container"): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  const frame = d.paneFrame();
  // Colours mid-transition (Fluent animates hover and selection) are not what the user reads.
  await frame.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 5000 }).catch(() => undefined);
  if (!(await frame.evaluate(() => "axe" in window))) await frame.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await frame.evaluate(async (sel) => {
    type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { html: string; target: string[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
    const r = await axe.run(document.querySelector(sel), { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")))
        .map((n) => `${n.target.join(" ")}: ${(n.failureSummary ?? "").replace(/\s+/g, " ").trim()}`),
    }));
  }, selector);
  return result.filter((v) => (v.impact === "serious" || v.impact === "critical") && v.nodes.length > 0);
}

/** The same on the demo page itself (banner, toolbar, grid, tabs), the pane's iframe left out. */
export async function axeSeriousPage(d: DemoPage): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  if (!(await d.page.evaluate(() => "axe" in window))) await d.page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await d.page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe;
    const r = await axe.run({ exclude: [["iframe"]] }, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${(n.failureSummary ?? "").replace(/\s+/g, " ").trim()}`),
    }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

export function outPath(name: string): string {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  return path.join(OUT_DIR, name);
}

/** A screenshot of test-output/e2e becomes README's picture in docs/ with JIXIAO_UPDATE_SCREENSHOT set, or when that is missing. */
export function updateDocsScreenshot(shot: string, docsName: string): void {
  const docs = path.join(ROOT, "docs", docsName);
  if (process.env.JIXIAO_UPDATE_SCREENSHOT || !fs.existsSync(docs)) {
    fs.mkdirSync(path.dirname(docs), { recursive: true });
    fs.copyFileSync(outPath(shot), docs);
  }
}

/** Waits until the page has drawn everything the host did so far. */
export async function settled(d: DemoPage): Promise<void> {
  await d.page.waitForFunction(() => {
    const demo = window.__jixiaoDemo!;
    return demo.renderedVersion >= demo.version;
  });
}
