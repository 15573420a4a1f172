/**
 * demo-office.js: stands in for office.js in the pane's page (dist/demo/taskpane.html is the
 * add-in's own taskpane.html, with its office.js <script> pointing here).
 *
 * office.js defines `Office` synchronously and calls Office.onReady's callback once the host is
 * there. This does the same: `Office.onReady` waits for the demo page to hand over the workbook,
 * builds the in-memory Excel host (src/demo/host) in THIS window, installs Excel / Office /
 * OfficeExtension as globals, and then calls back. The pane's code (src/taskpane/index.tsx, the
 * Office.js adapter src/excel/office-workbook.ts) runs unchanged against it.
 *
 * Opened on its own (not inside the demo page), the pane is told it is not in Excel.
 */
import { createExcelHost, ExcelHost } from "../host";
import { parentBridge } from "./bridge";
import { demoFormulas } from "./formulas";

type OnReadyInfo = { host: string | null; platform: string | null };
type OnReady = (cb?: (info: OnReadyInfo) => void) => Promise<OnReadyInfo>;

const w = window as unknown as Record<string, unknown>;
const bridge = parentBridge();

function absoluteNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Records the first frame after the pane's React tree put something into #container. */
function watchFirstRender(report: (t: number) => void): void {
  const done = () => document.getElementById("container")?.firstElementChild;
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    requestAnimationFrame(() => report(absoluteNow()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function start(): Promise<OnReadyInfo> {
  if (!bridge) {
    // Not inside the demo page: behave as office.js does in a plain browser tab.
    return { host: null, platform: null };
  }
  const { model, options, displayLanguage } = await bridge.paneStarting();
  // Formulas the add-in (or the user) writes get a value, as in Excel (=SUM(E3,G3) for 预算数).
  const host: ExcelHost = createExcelHost(model, { evaluateFormula: demoFormulas(() => host), ...options });
  (host.Office.context as { displayLanguage: string }).displayLanguage = displayLanguage;
  // Tell the page after every batch, so that it redraws what the add-in changed.
  const run = host.run.bind(host);
  host.run = async (...args: unknown[]) => {
    try {
      return await run(...args);
    } finally {
      bridge.changed();
    }
  };
  host.install(w);
  watchFirstRender((t) => bridge.paneRendered(t));
  bridge.attach(host);
  return (await (host.Office.onReady as OnReady)()) ?? { host: "Excel", platform: "OfficeOnline" };
}

const started = start();

// Until the host is installed, `Office` is only what the pane needs before Office.onReady.
w.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  context: { displayLanguage: navigator.language || "zh-CN" },
  onReady: ((cb) =>
    started.then((info) => {
      cb?.(info);
      return info;
    })) as OnReady,
};
