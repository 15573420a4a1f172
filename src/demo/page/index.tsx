/**
 * The browser demo: a workbook view driven by the in-memory Excel host (src/demo/host), beside the
 * real task pane in an iframe (dist/demo/taskpane.html: the add-in's own page, with demo-office.js
 * in place of office.js). No network: office.js is never loaded.
 *
 * Query parameters: ?lang=en (English pane and page), ?api=1.17 (an Excel without notes),
 * ?delay=150 (ms of latency per sync, to watch the progress bar).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createExcelHost, HostOptions, WorkbookModel } from "../host";
import { DemoBridge, DemoMarks, PaneStart } from "./bridge";
import type { UserAction } from "../host";
import { WorkbookView } from "./WorkbookView";
import { ExcelJSModule, XlsxImportError, readXlsx } from "./xlsx-import";
import { writeXlsx } from "./xlsx-export";
import { replicateSheet } from "./generate";
import { PageLang, fmt, pageStrings } from "./strings";

const SAMPLE_NAME = "商务局2023.xlsx";
/**
 * samples/商务局2023.xlsx as the host's model, converted at build time by this folder's own reader
 * (webpack.demo.config.js): the page opens without loading exceljs.
 */
declare const __JIXIAO_DEMO_SAMPLE__: string;
/** The sample's sheet whose table the generated workbooks repeat. */
const SAMPLE_TABLE_SHEET = "招商引资";

const params = new URLSearchParams(window.location.search);
const lang: PageLang = params.get("lang") === "en" ? "en" : "zh";
const s = pageStrings(lang);
const hostOptions: HostOptions = {
  maxApi: /^1\.\d+$/.test(params.get("api") ?? "") ? params.get("api")! : "1.18",
  syncDelayMs: Math.max(0, Math.min(5000, Number(params.get("delay")) || 0)),
  userName: lang === "zh" ? "演示用户" : "Demo user",
  userEmail: "demo.user@example.com",
  platform: "OfficeOnline",
};
document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
document.title = s.pageTitle;

let exceljs: Promise<ExcelJSModule> | undefined;
/** exceljs's browser build, in its own chunk. */
function loadExcelJS(): Promise<ExcelJSModule> {
  exceljs ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then((m) => {
    const mod = m as unknown as ExcelJSModule & { default?: ExcelJSModule };
    return mod.Workbook ? mod : mod.default!;
  });
  return exceljs;
}

function messageOf(e: unknown): string {
  if (e instanceof XlsxImportError) return lang === "zh" ? e.zh : e.en;
  return e instanceof Error ? e.message : String(e);
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Message {
  id: number;
  kind: "info" | "error";
  text: string;
}

/** The page's state and the bridge to the pane and the tests (window.__jixiaoDemo). */
class Demo implements DemoBridge {
  host: DemoBridge["host"] = null;
  version = 0;
  renderedVersion = 0;
  marks: DemoMarks = {};
  /** Bumped to start a new pane (a new iframe) on the next workbook. */
  paneKey = 0;
  fileName = SAMPLE_NAME;
  message: Message | null = null;
  busy = false;
  private start = deferred<PaneStart>();
  private paneReady = deferred<void>();
  private listeners = new Set<() => void>();
  private sample: Promise<WorkbookModel> | undefined;
  private nextMessage = 1;

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  /** Bumped on every change the page shows (workbook, messages, busy state). */
  tick = 0;

  private emit(): void {
    this.tick++;
    for (const l of [...this.listeners]) l();
  }

  bump = (): void => {
    this.version++;
    this.emit();
  };

  say(text: string, kind: Message["kind"] = "info"): void {
    this.message = { id: this.nextMessage++, kind, text };
    this.emit();
  }

  // --- the pane's side

  paneStarting(): Promise<PaneStart> {
    return this.start.promise;
  }

  attach(host: NonNullable<DemoBridge["host"]>): void {
    this.host = host;
    this.marks.hostReady ??= performance.now();
    this.bump();
  }

  changed(): void {
    this.bump();
  }

  paneRendered(absoluteMs: number): void {
    this.marks.paneFirstRender ??= absoluteMs - performance.timeOrigin;
    this.paneReady.resolve();
  }

  ready(): Promise<void> {
    return this.paneReady.promise;
  }

  // --- opening and saving

  loadSample(): Promise<WorkbookModel> {
    this.sample ??= Promise.resolve().then(() => JSON.parse(__JIXIAO_DEMO_SAMPLE__) as WorkbookModel);
    return this.sample.then((m) => JSON.parse(JSON.stringify(m)) as WorkbookModel);
  }

  /** First start: the pane's iframe loads while the sample is prepared. */
  boot(): void {
    this.fileName = SAMPLE_NAME;
    this.loadSample().then(
      (model) => {
        this.marks.workbookReady = performance.now();
        this.start.resolve({ model, options: hostOptions, displayLanguage: lang === "zh" ? "zh-CN" : "en-US" });
      },
      (e) => {
        this.say(fmt(s.openFailed, { name: SAMPLE_NAME, message: messageOf(e) }), "error");
        this.start.resolve({ model: { sheets: [{ name: "Sheet1", cells: {} }] }, options: hostOptions, displayLanguage: lang === "zh" ? "zh-CN" : "en-US" });
      },
    );
  }

  async openModel(model: WorkbookModel): Promise<void> {
    // Let the host check the model here first: a bad one must not leave the page without a pane.
    createExcelHost(model, hostOptions);
    this.host = null;
    this.start = deferred<PaneStart>();
    this.paneReady = deferred<void>();
    this.start.resolve({ model, options: hostOptions, displayLanguage: lang === "zh" ? "zh-CN" : "en-US" });
    if (model.name) this.fileName = model.name;
    this.paneKey++;
    this.bump();
    await this.paneReady.promise;
  }

  async openBytes(bytes: ArrayBuffer | Uint8Array, name: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.say(fmt(s.opening, { name }));
    try {
      const { workbook, warnings } = await readXlsx(await loadExcelJS(), bytes, name);
      await this.openModel(workbook);
      this.fileName = name;
      this.say(warnings.length ? fmt(s.openedWithWarnings, { name, warnings: warnings.join("；") }) : fmt(s.opened, { name }));
    } catch (e) {
      const text = fmt(s.openFailed, { name, message: messageOf(e) });
      this.say(text, "error");
      throw new Error(text);
    } finally {
      this.busy = false;
      this.emit();
    }
  }

  async reopenSample(): Promise<void> {
    const model = await this.loadSample();
    await this.openModel(model);
    this.fileName = SAMPLE_NAME;
    this.say(fmt(s.opened, { name: SAMPLE_NAME }));
  }

  async openGenerated(tables: number): Promise<void> {
    const sample = await this.loadSample();
    const unit = sample.sheets.find((x) => x.name === SAMPLE_TABLE_SHEET) ?? sample.sheets[1] ?? sample.sheets[0];
    await this.openModel(replicateSheet(unit, tables, 20, SAMPLE_TABLE_SHEET));
  }

  async saveBytes(): Promise<Uint8Array> {
    if (!this.host) throw new Error("No workbook is open.");
    return writeXlsx(await loadExcelJS(), this.host.workbook);
  }

  async download(): Promise<void> {
    if (this.busy || !this.host) return;
    this.busy = true;
    this.say(s.downloading);
    try {
      const bytes = await this.saveBytes();
      const name = /\.xlsx$/i.test(this.fileName) ? this.fileName : `${this.fileName}.xlsx`;
      const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      this.say(fmt(s.downloaded, { name }));
    } catch (e) {
      this.say(fmt(s.downloadFailed, { message: messageOf(e) }), "error");
    } finally {
      this.busy = false;
      this.emit();
    }
  }

  select(sheet: string, address: string): void {
    this.host?.setSelection(sheet, address);
    this.bump();
  }

  async userAction(action: UserAction): Promise<void> {
    if (!this.host) throw new Error("No workbook is open.");
    await this.host.userAction(action);
    this.bump();
  }
}

const demo = new Demo();
window.__jixiaoDemo = demo;
demo.boot();

/** 16 px line icons (no emoji: the machines running the demo may have no emoji font). */
function Icon(props: { d: string }): React.JSX.Element {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={props.d} />
    </svg>
  );
}
const ICON_OPEN = "M1.5 4V12.5H12.5L14.5 7H4L1.5 12.5M1.5 4V2.5H6L7.5 4H12.5V7";
const ICON_DOWNLOAD = "M8 1.5V10M4.5 6.5L8 10L11.5 6.5M2 13.5H14";
const ICON_REOPEN = "M13.5 8A5.5 5.5 0 1 1 11.9 4.1M13.5 1.5V4.5H10.5";

function Toolbar(): React.JSX.Element {
  const fileInput = React.useRef<HTMLInputElement>(null);
  return (
    <div className="toolbar">
      <input
        ref={fileInput}
        className="file-input"
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="open-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          if (!/\.xlsx$/i.test(file.name)) {
            demo.say(`${fmt(s.openFailed, { name: file.name, message: s.notXlsx })}`, "error");
            return;
          }
          void file.arrayBuffer().then((b) => demo.openBytes(b, file.name).catch(() => undefined));
        }}
      />
      <button type="button" className="button primary" onClick={() => fileInput.current?.click()}>
        <Icon d={ICON_OPEN} /> {s.open}
      </button>
      <button type="button" className="button" data-testid="download" disabled={!demo.host || demo.busy} onClick={() => void demo.download()}>
        <Icon d={ICON_DOWNLOAD} /> {s.download}
      </button>
      <button type="button" className="button" disabled={demo.busy} onClick={() => void demo.reopenSample()}>
        <Icon d={ICON_REOPEN} /> {s.reopenSample}
      </button>
      <span className="file-name">
        {s.fileLabel}
        <strong data-testid="file-name">{demo.fileName}</strong>
      </span>
      <span className="hint">{s.editHint}</span>
    </div>
  );
}

function DemoPage(): React.JSX.Element {
  React.useSyncExternalStore(demo.subscribe, () => demo.tick);
  const version = demo.version;
  const host = demo.host;
  const msg = demo.message;
  const onRendered = React.useCallback((v: number) => {
    demo.renderedVersion = Math.max(demo.renderedVersion, v);
  }, []);
  const onMessage = React.useCallback((text: string, kind?: "info" | "error") => demo.say(text, kind), []);
  return (
    <div className="app">
      <header>
        <div className="banner" data-testid="demo-banner">
          <h1>{s.banner}</h1>
          <span className="banner-detail">{s.bannerDetail}</span>
        </div>
        <Toolbar />
        <div className="messages" role="status" aria-live="polite">
          {msg && (
            <div key={msg.id} className={`message ${msg.kind}`} data-testid={`message-${msg.kind}`}>
              {msg.text}
            </div>
          )}
        </div>
      </header>
      <div className="main">
        <main className="workbook" aria-label={demo.fileName}>
          {host ? (
            <WorkbookView host={host} version={version} strings={s} onChanged={demo.bump} onMessage={onMessage} onRendered={onRendered} />
          ) : (
            <div className="loading">{s.workbookLoading}</div>
          )}
        </main>
        <aside className="pane" aria-label={s.paneFrame}>
          <div className="pane-title">
            <img src="assets/icon-32.png" alt="" width={16} height={16} />
            {s.paneTitle}
          </div>
          <iframe key={demo.paneKey} className="pane-frame" src="taskpane.html" title={s.paneFrame} data-testid="pane" />
        </aside>
      </div>
    </div>
  );
}

createRoot(document.getElementById("root")!).render(<DemoPage />);
