import { ExcelPort, ReadProgress, ReadResult, TableChange } from "../excel/port";
import { SheetModel, WorkbookModel } from "../engine/sheet";
import { CheckConfig, Lang, Rule } from "../engine/rule";
import { WorkbookResult, checkWorkbook } from "../engine/check";
import { Change, RecheckResult, recheckWorkbook } from "../engine/recheck";
import { rules as registry } from "../engine/rules";
import { StringKey, dictionaries } from "./i18n";

/**
 * The task pane's state and everything it does with the port, outside React: one object per pane,
 * subscribed to with useSyncExternalStore (see usePaneSession). Operations on the port run one at a
 * time, in order; edits reported by the port are collected per sheet, debounced, and re-checked by
 * re-reading only the changed sheets.
 */

export interface Engine {
  /** The rules the settings dialog offers (the registry). */
  rules: Rule[];
  check(workbook: WorkbookModel, config: CheckConfig): WorkbookResult;
  /** After edits: re-check only the tables the changes touched (see engine/recheck). */
  recheck?(previous: WorkbookResult, workbook: WorkbookModel, changes: Change[], config: CheckConfig): RecheckResult;
}

export const defaultEngine: Engine = {
  rules: registry,
  check: (workbook, config) => checkWorkbook(workbook, config),
  recheck: (previous, workbook, changes, config) => recheckWorkbook(previous, workbook, changes, config),
};

export type Activity = "idle" | "reading" | "checking" | "rechecking" | "clearing" | "exporting" | "saving";

type Data = Record<string, string | number>;

export interface Notice {
  id: number;
  intent: "success" | "info" | "error";
  key: StringKey;
  data?: Data;
}

export interface Announcement {
  id: number;
  key: StringKey;
  data?: Data;
}

export interface PaneState {
  activity: Activity;
  /** Sheets read so far during a full read. */
  progress: ReadProgress | null;
  /** Saved settings have been loaded (or found absent). */
  settingsReady: boolean;
  /** The user's settings, as saved (without lang). */
  config: CheckConfig;
  /** The workbook as last read; null before the first check. */
  workbook: WorkbookModel | null;
  protectedSheets: string[];
  skipped: { sheet: string; reason: string }[];
  result: WorkbookResult | null;
  /**
   * The add-in's marks in the workbook; null when there are none (never applied, or cleared).
   * `stale`: edits since changed the findings of these sheets, and the marks were left as they were
   * (a write would cost the user their Ctrl+Z, see src/excel/README.md); 检查工作簿 or remark()
   * brings them up to date.
   */
  marks: { skippedSheets: string[]; notes: boolean; stale?: string[] } | null;
  notices: Notice[];
  /** What the live region says last (check results, re-checks). */
  announcement: Announcement | null;
  /** An export is waiting for the user to agree to replace this earlier report sheet. */
  replaceReport: string | null;
}

export interface SessionOptions {
  lang: Lang;
  engine?: Engine;
  /** Quiet time after the last edit before re-checking, in ms (default 600). */
  debounceMs?: number;
}

const initialState: PaneState = {
  activity: "idle",
  progress: null,
  settingsReady: false,
  config: {},
  workbook: null,
  protectedSheets: [],
  skipped: [],
  result: null,
  marks: null,
  notices: [],
  announcement: null,
  replaceReport: null,
};

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

export class PaneSession {
  private state: PaneState = initialState;
  private listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Edited addresses per sheet since the last re-check. */
  private pending = new Map<string, string[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unwatch: (() => Promise<void>) | undefined;
  private started = false;
  private disposed = false;
  /** Bumped by start() and dispose(), so that a subscription resolving late can tell it is stale. */
  private generation = 0;
  private nextId = 1;
  /** Per sheet: the findings the marks in the workbook show (a key per cell and severity). */
  private markedKeys = new Map<string, string>();
  readonly engine: Engine;
  readonly lang: Lang;
  private readonly debounceMs: number;

  constructor(
    readonly port: ExcelPort,
    options: SessionOptions,
  ) {
    this.engine = options.engine ?? defaultEngine;
    this.lang = options.lang;
    this.debounceMs = options.debounceMs ?? 600;
  }

  // -------------------------------------------------------------------------------------------
  // Store

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  private notify(intent: Notice["intent"], key: StringKey, data?: Data): void {
    // One notice per kind of message: a new one replaces the old, so the bar never piles up.
    const notice = { id: this.nextId++, intent, key, data };
    this.set({ notices: [...this.state.notices.filter((n) => n.key !== key), notice].slice(-4) });
  }

  dismissNotice(id: number): void {
    this.set({ notices: this.state.notices.filter((n) => n.id !== id) });
  }

  private announce(key: StringKey, data?: Data): void {
    this.set({ announcement: { id: this.nextId++, key, data } });
  }

  /** Runs port operations one at a time, in order. */
  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = this.queue.then(op, op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  // -------------------------------------------------------------------------------------------
  // Life cycle

  /** Loads the saved settings and starts watching edits. Safe to call again after dispose(). */
  start(): Promise<void> {
    if (this.started) return this.queue.then(() => undefined);
    this.started = true;
    this.disposed = false;
    const generation = ++this.generation;
    const settings = this.enqueue(async () => {
      try {
        const saved = await this.port.loadSettings();
        const config = { ...(saved ?? {}) };
        delete config.lang;
        this.set({ config, settingsReady: true });
      } catch (e) {
        this.set({ settingsReady: true });
        this.notify("error", "errorLoadSettings", { message: messageOf(e) });
      }
    });
    const watch = this.port
      .watchChanges((c) => this.onChange(c))
      .then(
        (unsubscribe) => {
          if (generation !== this.generation || this.disposed) void unsubscribe().catch(() => undefined);
          else this.unwatch = unsubscribe;
        },
        () => undefined, // no live re-check on hosts without change events; the check button still works
      );
    return Promise.all([settings, watch]).then(() => undefined);
  }

  dispose(): void {
    this.generation++;
    this.started = false;
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    const u = this.unwatch;
    this.unwatch = undefined;
    if (u) void u().catch(() => undefined);
  }

  // -------------------------------------------------------------------------------------------
  // Checking

  private configForEngine(): CheckConfig {
    return { ...this.state.config, lang: this.lang };
  }

  /** Reads every sheet, checks, marks the cells. */
  checkWorkbook(): Promise<void> {
    // A full read covers the edits made so far.
    this.pending.clear();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    return this.enqueue(async () => {
      this.set({ activity: "reading", progress: { sheetsDone: 0, sheetsTotal: 0 } });
      try {
        const read = await this.port.readWorkbook((p) => this.set({ progress: { ...p } }));
        this.set({ activity: "checking", progress: null });
        const result = this.engine.check(read.workbook, this.configForEngine());
        this.set({
          workbook: read.workbook,
          protectedSheets: [...read.protectedSheets],
          skipped: [...read.skipped],
          result,
          notices: this.state.notices.filter((n) => n.intent !== "error"),
        });
        this.announceResult(result);
        await this.mark(
          result,
          read.workbook.sheets.map((s) => s.name),
        );
        await this.showFindings(result, read.workbook);
      } catch (e) {
        this.notify("error", "errorCheck", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle", progress: null });
      }
    });
  }

  /** Marks `sheets` with the result's findings and remembers what they show. */
  private async mark(result: WorkbookResult, sheets: string[]): Promise<void> {
    const marks = await this.port.applyHighlights(
      result.findings.filter((f) => sheets.includes(f.sheet)),
      sheets,
    );
    const keys = markKeys(result);
    for (const s of sheets) this.markedKeys.set(s, keys.get(s) ?? "");
    const before = this.state.marks;
    const skippedSheets = (before?.skippedSheets ?? []).filter((s) => !sheets.includes(s)).concat(marks.skippedSheets);
    const stale = (before?.stale ?? []).filter((s) => !sheets.includes(s));
    this.set({ marks: { skippedSheets: uniq(skippedSheets), notes: marks.notes, ...(stale.length ? { stale } : {}) } });
  }

  /**
   * After a check: a pane left on a sheet without findings shows the first sheet (workbook order)
   * that has some. Not worth an error notice when Excel refuses (another workbook has the focus).
   */
  private async showFindings(result: WorkbookResult, workbook: WorkbookModel): Promise<void> {
    const withFindings = new Set(result.findings.map((f) => f.sheet));
    const order = workbook.sheets.map((s) => s.name).filter((n) => withFindings.has(n));
    await this.port.activateFirstOf?.(order).catch(() => null);
  }

  /** Activates a sheet (a sheet's heading in the findings list). */
  showSheet(sheet: string): Promise<void> {
    return (this.port.activateFirstOf?.([sheet]) ?? Promise.resolve(null)).then(
      () => undefined,
      (e) => this.notify("error", "errorActivate", { sheet, message: messageOf(e) }),
    );
  }

  /** Sheets whose findings no longer match their marks (goals copied between tables reach other sheets). */
  private staleSheets(result: WorkbookResult): string[] {
    const keys = markKeys(result);
    const names = new Set([...this.markedKeys.keys(), ...keys.keys()]);
    return [...names].filter((s) => (this.markedKeys.get(s) ?? "") !== (keys.get(s) ?? ""));
  }

  private noteStaleMarks(result: WorkbookResult): void {
    const marks = this.state.marks;
    if (!marks) return;
    const stale = this.staleSheets(result);
    if (stale.join("\n") === (marks.stale ?? []).join("\n")) return;
    this.set({ marks: { ...marks, ...(stale.length ? { stale } : { stale: undefined }) } });
    if (stale.length > 0) this.notify("info", "marksStaleNotice", { sheets: stale.join(dictionaries[this.lang].listSeparator) });
  }

  /**
   * Brings the marks up to date with the findings, on every sheet whose findings changed since it
   * was marked (on request: the user's Ctrl+Z history is theirs until they ask). No re-read.
   */
  remark(): Promise<void> {
    return this.enqueue(async () => {
      const result = this.state.result;
      if (!result || !this.state.marks) return;
      const sheets = this.staleSheets(result);
      if (sheets.length === 0) return;
      try {
        await this.mark(result, sheets);
      } catch (e) {
        this.notify("error", "errorCheck", { message: messageOf(e) });
      }
    });
  }

  private announceResult(result: WorkbookResult): void {
    if (result.tables.length === 0) {
      this.announce("announceEmpty");
      return;
    }
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) c[f.severity]++;
    this.announce("announceDone", { tables: result.tables.length, errors: c.error, warnings: c.warning, infos: c.info });
  }

  private onChange(change: TableChange): void {
    if (this.disposed) return;
    // Nothing to re-check before the first check (a check under way will pick the edit up after).
    if (!this.state.workbook && this.state.activity !== "reading" && this.state.activity !== "checking") return;
    this.pending.set(change.sheet, [...(this.pending.get(change.sheet) ?? []), change.address]);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flushChanges();
    }, this.debounceMs);
  }

  /** Re-checks the sheets edited since the last re-check (normally called by the debounce timer). */
  flushChanges(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return this.enqueue(async () => {
      const changes: Change[] = [...this.pending].flatMap(([sheet, addresses]) => addresses.map((address) => ({ sheet, address })));
      const sheets = [...this.pending.keys()];
      this.pending.clear();
      if (sheets.length > 0 && this.state.workbook) await this.recheckSheets(sheets, changes);
    });
  }

  /** Re-reads the given sheets only, re-checks, and re-marks those sheets only. */
  private async recheckSheets(sheets: string[], changes: Change[]): Promise<void> {
    const base = this.state.workbook;
    if (!base) return;
    this.set({ activity: "rechecking" });
    try {
      const reads: [string, ReadResult][] = [];
      for (const sheet of sheets) reads.push([sheet, await this.port.readSheet(sheet)]);
      let workbook = base;
      let protectedSheets = this.state.protectedSheets.filter((s) => !sheets.includes(s));
      let skipped = this.state.skipped.filter((s) => !sheets.includes(s.sheet));
      for (const [sheet, read] of reads) {
        workbook = replaceSheet(
          workbook,
          sheet,
          read.workbook.sheets.find((s) => s.name === sheet),
        );
        protectedSheets = protectedSheets.concat(read.protectedSheets.filter((s) => s === sheet));
        skipped = skipped.concat(read.skipped.filter((s) => s.sheet === sheet));
      }
      const previous = this.state.result;
      const config = this.configForEngine();
      const re = previous && this.engine.recheck ? this.engine.recheck(previous, workbook, changes, config) : undefined;
      const result = re ?? this.engine.check(workbook, config);
      this.set({ workbook, protectedSheets: uniq(protectedSheets), skipped, result });
      this.announce("recheckedNotice", {
        sheets: sheets.join(dictionaries[this.lang].listSeparator),
        tables: re ? re.rechecked.length : result.tables.filter((t) => sheets.includes(t.sheet)).length,
      });
      // Live re-checks never write: any write would take the user's Ctrl+Z (src/excel/README.md).
      this.noteStaleMarks(result);
    } catch (e) {
      this.notify("error", "errorRecheck", { message: messageOf(e) });
    } finally {
      this.set({ activity: "idle" });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Other actions

  select(sheet: string, cell: string): Promise<void> {
    // Selecting is not queued behind a long check: it only moves the user's selection.
    return this.port.select(sheet, cell).catch((e) => this.notify("error", "errorSelect", { sheet, cell, message: messageOf(e) }));
  }

  clearMarks(): Promise<void> {
    return this.enqueue(async () => {
      this.set({ activity: "clearing" });
      try {
        await this.port.clearHighlights();
        this.markedKeys.clear();
        this.set({ marks: null });
        this.notify("success", "clearedNotice");
      } catch (e) {
        this.notify("error", "errorClear", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }

  /**
   * Writes the report sheet. When the workbook already has the add-in's report, nothing is written:
   * the pane asks first (replaceReport), and confirmReplaceReport() replaces it in place.
   */
  exportReport(): Promise<void> {
    return this.writeReportSheet(false);
  }

  confirmReplaceReport(): Promise<void> {
    return this.writeReportSheet(true);
  }

  cancelReplaceReport(): void {
    this.set({ replaceReport: null });
  }

  private writeReportSheet(replace: boolean): Promise<void> {
    return this.enqueue(async () => {
      const result = this.state.result;
      const earlier = this.state.replaceReport;
      this.set({ replaceReport: null });
      if (!result) return;
      this.set({ activity: "exporting" });
      try {
        if (!replace) {
          const existing = (await this.port.existingReport?.()) ?? null;
          if (existing !== null) {
            this.set({ replaceReport: existing });
            return;
          }
        }
        const sheet = await this.port.writeReport(result, replace && earlier ? { replace: earlier } : undefined);
        this.notify("success", replace && sheet === earlier ? "reportReplacedNotice" : "exportedNotice", { sheet });
      } catch (e) {
        this.notify("error", "errorExport", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
    });
  }

  /** Saves the settings in the document; re-checks the workbook already read (no re-read). */
  saveSettings(config: CheckConfig): Promise<boolean> {
    return this.enqueue(async () => {
      const clean = { ...config };
      delete clean.lang;
      this.set({ activity: "saving" });
      try {
        await this.port.saveSettings(clean);
        this.set({ config: clean });
        this.notify("success", "savedNotice");
      } catch (e) {
        this.notify("error", "errorSettings", { message: messageOf(e) });
        this.set({ activity: "idle" });
        return false;
      }
      try {
        const workbook = this.state.workbook;
        if (workbook) {
          this.set({ activity: "checking" });
          const result = this.engine.check(workbook, this.configForEngine());
          this.set({ result });
          this.announceResult(result);
          if (this.state.marks)
            await this.mark(
              result,
              workbook.sheets.map((s) => s.name),
            );
        }
      } catch (e) {
        this.notify("error", "errorCheck", { message: messageOf(e) });
      } finally {
        this.set({ activity: "idle" });
      }
      return true;
    });
  }

  /** Resolves when every queued operation has finished (tests, and the pane's own sequencing). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }
}

/** Per sheet, one string naming every marked cell and its worst severity: equal strings, equal marks. */
function markKeys(result: WorkbookResult): Map<string, string> {
  const worst = new Map<string, Map<string, number>>();
  const rank = { error: 0, warning: 1, info: 2 };
  for (const f of result.findings) {
    const cells = worst.get(f.sheet) ?? worst.set(f.sheet, new Map()).get(f.sheet)!;
    const cell = f.cell.toUpperCase();
    cells.set(cell, Math.min(cells.get(cell) ?? 9, rank[f.severity]));
  }
  return new Map(
    [...worst].map(([sheet, cells]) => [
      sheet,
      [...cells]
        .map(([c, r]) => `${c}:${r}`)
        .sort()
        .join(","),
    ]),
  );
}

/** The workbook with one sheet replaced (or appended when new, or dropped when `sheet` is undefined). */
export function replaceSheet(workbook: WorkbookModel, name: string, sheet: SheetModel | undefined): WorkbookModel {
  const i = workbook.sheets.findIndex((s) => s.name === name);
  const sheets = [...workbook.sheets];
  if (i < 0) {
    if (sheet) sheets.push(sheet);
  } else if (sheet) sheets[i] = sheet;
  else sheets.splice(i, 1);
  return { ...workbook, sheets };
}
