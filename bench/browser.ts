/**
 * Browser figures for `npm run bench` (printed, never asserted), in Debian's Chromium, headless,
 * against the browser demo (dist/demo, built first when stale) — the real task pane and the Office.js
 * adapter over the in-memory Excel host:
 *  - page load → the pane's first render (cold: a new browser context; warm: a reload);
 *  - click on 检查工作簿 → highlights shown in the grid, for the sample and for a 200-table workbook
 *    (the sample's first table repeated, 20 per sheet, generated in the page).
 * Targets: first render under 1.5 s; the 200-table check under 1 s.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import type * as Harness from "../scripts/demo-harness";

/** What the bench uses of the page's test hook (window.__jixiaoDemo, src/demo/page/bridge.ts). */
interface DemoHook {
  ready(): Promise<void>;
  marks: { paneFirstRender?: number; workbookReady?: number };
  select(sheet: string, address: string): void;
  openGenerated(tables: number): Promise<void>;
}
declare const window: { __jixiaoDemo: DemoHook };

/** Compiled into dist-bench/bench/: the repository is two levels up. */
const ROOT = path.resolve(__dirname, "../..");

interface CheckTiming {
  /** Click → the grid shows the first marked cell. */
  highlight: number;
  /** Click → the pane shows its summary (and is no longer busy). */
  summary: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const f0 = (n: number) => n.toFixed(0).padStart(6);

/** Pads to a terminal width: CJK characters take two columns. */
function label(text: string, width = 50): string {
  const w = [...text].reduce((n, ch) => n + (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 2 : 1), 0);
  return text + " ".repeat(Math.max(0, width - w));
}

/** Clicks the pane's check button from inside the page and times it to the frame (rAF) that shows it. */
async function timeCheck(page: Page, cell: string): Promise<CheckTiming> {
  return page.evaluate(async (markedCell) => {
    const frame = document.querySelector("iframe")!.contentDocument!;
    const button = Array.from(frame.querySelectorAll("button")).find((b) => /^(检查工作簿|重新检查)$/.test((b.textContent ?? "").trim()));
    if (!button) throw new Error("no check button");
    let summary: number | undefined;
    let highlight: number | undefined;
    const t0 = performance.now();
    button.click();
    await new Promise<void>((resolve, reject) => {
      const tick = () => {
        const now = performance.now() - t0;
        if (summary === undefined && frame.querySelector('[data-testid="summary-tables"]') && !frame.querySelector("main[aria-busy=true]")) summary = now;
        if (highlight === undefined && document.querySelector(`table.grid td[data-cell="${markedCell}"][data-fill]`)) highlight = now;
        if (summary !== undefined && highlight !== undefined) resolve();
        else if (now > 60000) reject(new Error("the check did not finish within 60 s"));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    return { summary: summary!, highlight: highlight! };
  }, cell);
}

export async function benchBrowser(): Promise<void> {
  const h = require(path.join(ROOT, "scripts", "demo-harness.js")) as typeof Harness;
  console.log("\n浏览器 browser demo (real task pane over the in-memory Excel host; medians)");
  if (!h.chromiumAvailable()) {
    console.log(`  skipped: no Chromium at ${h.CHROMIUM_PATH}`);
    return;
  }
  const build = await h.buildDemo({ ifStale: true });
  if (build.ms) console.log(`  (built dist/demo first: ${(build.ms / 1000).toFixed(1)} s — ${build.reason})`);
  const server = await h.startServer({ port: 0 });
  const browser = await h.launchChromium();
  try {
    console.log(`  Chromium ${browser.version()}, headless`);
    const viewport = { width: 1400, height: 860 };

    // Page load → first render of the pane.
    const cold: number[] = [];
    const warm: number[] = [];
    const book: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.evaluate(() => window.__jixiaoDemo.ready());
      const m = await page.evaluate(() => window.__jixiaoDemo.marks);
      cold.push(m.paneFirstRender!);
      book.push(m.workbookReady!);
      await page.reload();
      await page.evaluate(() => window.__jixiaoDemo.ready());
      warm.push((await page.evaluate(() => window.__jixiaoDemo.marks)).paneFirstRender!);
      await context.close();
    }
    console.log(`${label("measure")} |     ms | target`);
    console.log(`${label("page load → pane's first render (cold context)")} | ${f0(median(cold))} | < 1500`);
    console.log(`${label("page load → pane's first render (reload)")} | ${f0(median(warm))} | < 1500`);
    console.log(`${label("page load → sample workbook ready (built in)")} | ${f0(median(book))} |`);

    // Click 检查工作簿 → highlights shown: the sample, then 200 tables.
    const sampleRuns: CheckTiming[] = [];
    const bigRuns: CheckTiming[] = [];
    let bigTables = 0;
    let bigFindings = 0;
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.evaluate(() => window.__jixiaoDemo.ready());
      await page.evaluate(() => window.__jixiaoDemo.select("招商引资", "A1"));
      sampleRuns.push(await timeCheck(page, "B6"));

      await page.evaluate(() => window.__jixiaoDemo.openGenerated(200));
      bigRuns.push(await timeCheck(page, "B6"));
      const frame = page.frames().find((f) => f.url().endsWith("/taskpane.html"))!;
      bigTables = Number(await frame.locator('[data-testid="summary-tables"] dd').innerText());
      const count = async (id: string) => Number(await frame.locator(`[data-testid="summary-${id}"] dd`).innerText());
      bigFindings = (await count("errors")) + (await count("warnings")) + (await count("infos"));
      await context.close();
    }
    const pick = (runs: CheckTiming[], k: keyof CheckTiming) => f0(median(runs.map((r) => r[k])));
    console.log(`${label("检查 sample (2 tables): click → highlights shown")} | ${pick(sampleRuns, "highlight")} |`);
    console.log(`${label("检查 sample (2 tables): click → pane summary")} | ${pick(sampleRuns, "summary")} |`);
    console.log(`${label(`检查 ${bigTables} tables: click → highlights shown`)} | ${pick(bigRuns, "highlight")} | < 1000`);
    console.log(`${label(`检查 ${bigTables} tables: click → pane summary`)} | ${pick(bigRuns, "summary")} |`);
    console.log(`  (the 200-table workbook: 10 sheets × 20 tables, ${bigFindings} findings; at most 2,000 cells are marked per check)`);
  } finally {
    await browser.close();
    await server.close();
  }
}
