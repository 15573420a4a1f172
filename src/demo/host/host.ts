/**
 * The fake Excel host: owns the workbook model, runs batches, enforces limits, fires events, and
 * exposes `Excel`, `Office` and `OfficeExtension` objects that can be installed as globals.
 *
 *   const host = createExcelHost({ sheets: [{ name: "表1", cells: { A1: { value: "项目名称" } } }] }, { maxApi: "1.14" });
 *   const uninstall = host.install();          // globalThis.Excel / Office / OfficeExtension
 *   await Excel.run(async (ctx) => { … });     // the add-in's code, unchanged
 *   host.stats.syncCalls; host.stats.maxResponseBytes; host.snapshot();
 *   await host.userEdit("表1", "B2", "25%");   // fires onChanged, triggerSource "Unknown"
 *   uninstall();
 */

import { ClientObjectBase, ClientResultImpl, ChangeRecord, EventRegistration, Exec, NULL, RequestContextImpl, Tx, Action } from "./core";
import { HostError, apiNotFound, hostError } from "./errors";
import { CellModel, CellValue, SheetModel, WorkbookModel, normalizeWorkbook, snapshotWorkbook } from "./model";
import { formatRect, parseRect, Rect, rectRows, rectCols, columnIndex, MAX_COLUMNS } from "./a1";
import * as structure from "./structure";
import * as ops from "./sheetops";
import { Range } from "./range";
import { Runtime, Workbook } from "./workbook";
import { valueType } from "./display";
import { liveCells } from "./cells";

export interface HostOptions {
  /** Highest ExcelApi requirement set the host supports (default "1.18"). */
  maxApi?: string;
  /** Other requirement sets, e.g. { DelayForCellEdit: "1.1" } (the default). "" removes a set. */
  requirementSets?: Record<string, string>;
  /** Request payload limit in bytes (UTF-8 JSON of the queued actions). Default 5 MB. */
  requestLimitBytes?: number;
  /** Response payload limit in bytes (UTF-8 JSON of what the batch returns). Default 5 MB. */
  responseLimitBytes?: number;
  /** A per-cell property (values, text, …) of a range larger than this loads as null. Default 5,000,000. */
  cellLimit?: number;
  /** getMergedAreasOrNullObject fails above this many areas. Default 512. */
  mergedAreasLimit?: number;
  /**
   * The error getMergedAreasOrNullObject fails with above the limit. Excel's is undocumented, so
   * tests vary it (default InvalidOperation at Range.getMergedAreasOrNullObject; "GeneralException"
   * here also drops the location, as a bare internal error would).
   */
  mergedAreasError?: "InvalidOperation" | "GeneralException";
  /**
   * false (default, like Excel): a failing action stops the batch, earlier actions stay applied.
   * true: a failing batch applies nothing. Payload-limit failures always apply nothing.
   */
  atomicBatches?: boolean;
  /**
   * false (default, strict): after `range.values = v`, reading `range.values` throws PropertyNotLoaded
   * until a load + sync. true: like Office.js, the proxy echoes the value it was given.
   */
  echoLocalWrites?: boolean;
  /** Author of notes and comments. */
  userName?: string;
  userEmail?: string;
  /** Value of a formula the add-in writes (default: the cell's value becomes ""). */
  evaluateFormula?: (formula: string, at: { sheet: string; row: number; col: number }) => CellValue;
  /** Clock for comment dates. */
  now?: () => number;
  /** Office.context.platform / diagnostics. Default "OfficeOnline". */
  platform?: string;
  /** Extra latency per round trip, in ms (for demos). Default 0 (microtask only). */
  syncDelayMs?: number;
}

export interface ResolvedOptions extends Required<Omit<HostOptions, "evaluateFormula" | "requirementSets">> {
  evaluateFormula?: HostOptions["evaluateFormula"];
  requirementSets: Record<string, string>;
}

export interface BatchRecord {
  /** 0-based round-trip number. */
  index: number;
  actions: number;
  requestBytes: number;
  responseBytes: number;
  ok: boolean;
  errorCode?: string;
}

export interface HostStats {
  /** Calls of `context.sync()` made by the add-in (Excel.run's own closing sync is not counted). */
  syncCalls: number;
  /** Batches actually sent to the host (syncs with queued work, including Excel.run's closing sync). */
  roundTrips: number;
  failedBatches: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** One record per round trip, in order. */
  batches: BatchRecord[];
}

const MB5 = 5 * 1024 * 1024;

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function toJson(v: unknown): string {
  try {
    // Proxies serialise through their toJSON(); no replacer (a replacer makes big payloads slow).
    return JSON.stringify(v) ?? "null";
  } catch {
    return '"[unserialisable]"';
  }
}

function pad(n: number, w: number): string {
  return n.toString(16).toUpperCase().padStart(w, "0");
}

/** Event args of Worksheet.onChanged / WorksheetCollection.onChanged. */
export interface FakeWorksheetChangedEventArgs {
  type: "WorksheetChanged";
  address: string;
  changeType: NonNullable<ChangeRecord["changeType"]>;
  /** "Remote": a co-author's edit (host.userAction with remote, host.remoteEdit). */
  source: "Local" | "Remote";
  worksheetId: string;
  triggerSource?: "ThisLocalAddin" | "Unknown";
  details?: { valueBefore: CellValue; valueAfter: CellValue; valueTypeBefore: string; valueTypeAfter: string };
  getRange(ctx: unknown): unknown;
  getRangeOrNullObject(ctx: unknown): unknown;
}

/**
 * What a user does in the workbook view, as `host.userAction` performs it (1-based rows, A1
 * addresses). `remote` makes it a co-author's action: events then carry source "Remote".
 */
export type UserAction = { sheet: string; remote?: boolean } & (
  | { kind: "insertRows"; row: number; count?: number }
  | { kind: "deleteRows"; row: number; count?: number }
  | { kind: "copyPaste"; from: string; to: string; cut?: boolean; toSheet?: string }
  | { kind: "sortRows"; range: string; column: string | number; ascending?: boolean }
  | { kind: "edit"; address: string; value: CellValue | null }
);

export class ExcelHost {
  /** The live workbook model. Tests may read it; change it only through the helpers below. */
  workbook: WorkbookModel;
  readonly options: ResolvedOptions;
  stats: HostStats = ExcelHost.emptyStats();
  /** Errors thrown (or rejected) by event handlers. */
  readonly eventErrors: unknown[] = [];

  /** The `Excel` namespace (run, RequestContext, enums, ErrorCodes). */
  readonly Excel: Record<string, unknown>;
  /** The `Office` namespace stub (context.requirements.isSetSupported, onReady, …). */
  readonly Office: Record<string, unknown>;
  /** The `OfficeExtension` namespace (Error, ErrorCodes, ClientResult, …). */
  readonly OfficeExtension: Record<string, unknown>;

  _eventsEnabled = true;
  private _cellEditMode = false;
  private _editWaiters: Array<() => void> = [];
  private _handlers: EventRegistration[] = [];
  private _handlerSeq = 0;
  private _pending = new Set<Promise<unknown>>();
  private _sheetSeq = 0;
  private _guidSeq = 0;

  constructor(model: WorkbookModel = { sheets: [{ name: "Sheet1", cells: {} }] }, options: HostOptions = {}) {
    this.options = {
      maxApi: options.maxApi ?? "1.18",
      requirementSets: { DelayForCellEdit: "1.1", ...(options.requirementSets ?? {}) },
      requestLimitBytes: options.requestLimitBytes ?? MB5,
      responseLimitBytes: options.responseLimitBytes ?? MB5,
      cellLimit: options.cellLimit ?? 5_000_000,
      mergedAreasLimit: options.mergedAreasLimit ?? 512,
      mergedAreasError: options.mergedAreasError ?? "InvalidOperation",
      atomicBatches: options.atomicBatches ?? false,
      echoLocalWrites: options.echoLocalWrites ?? false,
      userName: options.userName ?? "Test User",
      userEmail: options.userEmail ?? "test.user@example.com",
      evaluateFormula: options.evaluateFormula,
      now: options.now ?? (() => Date.now()),
      platform: options.platform ?? "OfficeOnline",
      syncDelayMs: options.syncDelayMs ?? 0,
    };
    const copy: WorkbookModel = JSON.parse(JSON.stringify(model));
    this.workbook = normalizeWorkbook(copy, () => this._newSheetId());
    for (const s of this.workbook.sheets) s.cells = liveCells(s.cells);
    if (this.workbook.sheets.length === 0) throw new Error("A workbook needs at least one sheet.");
    this.Excel = this._excelNamespace();
    this.OfficeExtension = this._officeExtensionNamespace();
    this.Office = this._officeNamespace();
  }

  static emptyStats(): HostStats {
    return { syncCalls: 0, roundTrips: 0, failedBatches: 0, maxRequestBytes: 0, maxResponseBytes: 0, batches: [] };
  }

  // ---------------------------------------------------------------------------------------------
  // Test helpers

  /** Sets globalThis.Excel, Office and OfficeExtension (or on `target`); returns the undo function. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const names = ["Excel", "Office", "OfficeExtension"] as const;
    const prev = names.map((n) => [n, Object.prototype.hasOwnProperty.call(target, n), target[n]] as const);
    target.Excel = this.Excel;
    target.Office = this.Office;
    target.OfficeExtension = this.OfficeExtension;
    return () => {
      for (const [n, had, v] of prev) {
        if (had) target[n] = v;
        else delete target[n];
      }
    };
  }

  resetStats(): void {
    this.stats = ExcelHost.emptyStats();
  }

  /** Canonical deep copy of the workbook (see snapshotWorkbook). */
  snapshot(): WorkbookModel {
    return snapshotWorkbook(this.workbook);
  }

  sheet(name: string): SheetModel {
    const s = ops.sheetByName(this.workbook, name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  }

  /** The stored cell ("B3"), or undefined when empty. */
  cell(sheet: string, address: string): CellModel | undefined {
    const r = parseRect(address);
    if (!r) throw new Error(`Bad address ${address}`);
    return ops.cellAt(this.sheet(sheet), r.top, r.left);
  }

  /** Replaces (or, with undefined, empties) a stored cell directly: no batch, no event. For test setup. */
  setCell(sheet: string, address: string, cell: CellModel | undefined): void {
    const r = parseRect(address);
    if (!r || r.top !== r.bottom || r.left !== r.right) throw new Error(`Bad cell address ${address}`);
    const s = this.sheet(sheet);
    if (cell === undefined) delete s.cells[formatRect(r)];
    else s.cells[formatRect(r)] = JSON.parse(JSON.stringify(cell));
  }

  /** Protects (or unprotects) a sheet as the user would; add-in writes to it then fail with AccessDenied. */
  protectSheet(name: string, on = true): void {
    this.sheet(name).protected = on || undefined;
  }

  /** Selects a range as the user would (also activates its sheet). */
  setSelection(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    const r = parseRect(address);
    if (!r) throw new Error(`Bad address ${address}`);
    s.selection = formatRect(r);
    this.workbook.activeSheet = s.name;
  }

  /**
   * Puts Excel in (or out of) cell-edit mode. While on, any batch fails with
   * InvalidOperationInCellEditMode unless its Excel.run used { delayForCellEdit: true }, in which case
   * it waits until edit mode ends.
   */
  setCellEditMode(on: boolean): void {
    this._cellEditMode = on;
    if (!on) {
      const w = this._editWaiters;
      this._editWaiters = [];
      w.forEach((f) => f());
    }
  }

  get cellEditMode(): boolean {
    return this._cellEditMode;
  }

  /**
   * A user types `value` into `address` (or pastes a 2-D block) and presses Enter: Excel's input
   * parsing applies ("25%" → 0.25), edit mode ends, and onChanged fires with source "Local" and
   * triggerSource "Unknown". A single cell inside a merged area edits the area's top-left cell.
   * Resolves once the event handlers have settled.
   */
  userEdit(sheet: string, address: string, value: CellValue | null | ReadonlyArray<ReadonlyArray<CellValue | null>>): Promise<void> {
    return this._edit(sheet, address, value, "Local");
  }

  /** A co-author's edit: like userEdit, but the event's source is "Remote" (their add-in, if any, sees it as Local). */
  remoteEdit(sheet: string, address: string, value: CellValue | null | ReadonlyArray<ReadonlyArray<CellValue | null>>): Promise<void> {
    return this._edit(sheet, address, value, "Remote");
  }

  /**
   * Performs a user's structural action as Excel's UI does it (see structure.ts), fires onChanged
   * (RowInserted / RowDeleted / RangeEdited), and resolves once the handlers have settled.
   */
  async userAction(a: UserAction): Promise<void> {
    const s = this.sheet(a.sheet);
    if (s.protected) throw new Error(`${s.name} is protected: Excel would refuse the user's action.`);
    if (a.kind === "edit") return this._edit(a.sheet, a.address, a.value, a.remote ? "Remote" : "Local");
    const tx = new Tx();
    const changes: ChangeRecord[] = [];
    const wholeRows = { left: 0, right: MAX_COLUMNS - 1 };
    const rowsRect = (row: number, count: number): Rect => ({ top: row - 1, bottom: row + count - 2, ...wholeRows });
    const need = (r: Rect | null, what: string): Rect => {
      if (!r) throw new Error(`userAction: bad address ${what}`);
      return r;
    };
    switch (a.kind) {
      case "insertRows":
      case "deleteRows": {
        const count = a.count ?? 1;
        if (!(a.row >= 1 && count >= 1)) throw new Error(`userAction ${a.kind}: row and count start at 1`);
        const insert = a.kind === "insertRows";
        (insert ? structure.insertRows : structure.deleteRows)(tx, s, a.row - 1, count, wholeRows);
        changes.push({ sheetId: s.id!, rect: rowsRect(a.row, count), changeType: insert ? "RowInserted" : "RowDeleted" });
        break;
      }
      case "copyPaste": {
        const from = need(parseRect(a.from), a.from);
        const to = need(parseRect(a.to), a.to);
        const dst = a.toSheet ? this.sheet(a.toSheet) : s;
        if (dst.protected) throw new Error(`${dst.name} is protected: Excel would refuse the paste.`);
        const target = structure.copyBlock(tx, s, from, dst, { row: to.top, col: to.left }, !!a.cut);
        if (a.cut) changes.push({ sheetId: s.id!, rect: from });
        changes.push({ sheetId: dst.id!, rect: target });
        break;
      }
      case "sortRows": {
        const rect = need(parseRect(a.range), a.range);
        const col = typeof a.column === "number" ? a.column - 1 : columnIndex(a.column.replace(/\d+$/, ""));
        structure.sortRows(tx, s, rect, col, a.ascending !== false);
        changes.push({ sheetId: s.id!, rect });
        break;
      }
    }
    this.setCellEditMode(false);
    this._dispatch(changes, "Unknown", a.remote ? "Remote" : "Local");
    return this.flushEvents();
  }

  private _edit(
    sheet: string,
    address: string,
    value: CellValue | null | ReadonlyArray<ReadonlyArray<CellValue | null>>,
    source: "Local" | "Remote",
  ): Promise<void> {
    const s = this.sheet(sheet);
    let rect = parseRect(address);
    if (!rect) throw new Error(`Bad address ${address}`);
    let grid: unknown[][];
    if (Array.isArray(value)) {
      grid = (value as ReadonlyArray<ReadonlyArray<CellValue | null>>).map((row) => row.map((v) => (v === null ? "" : v)));
    } else {
      if (rect.top !== rect.bottom || rect.left !== rect.right) throw new Error("userEdit with a single value takes a single cell");
      const m = ops.mergeAt(s, rect.top, rect.left);
      if (m) rect = { top: m.top, left: m.left, bottom: m.top, right: m.left };
      grid = [[value === null ? "" : value]];
    }
    if (grid.length !== rectRows(rect) || grid.some((r) => r.length !== rectCols(rect!))) throw new Error("userEdit: the block does not match the address");
    const locked = ops.lockedCellIn(s, rect);
    if (locked) throw new Error(`${s.name} is protected and ${locked} is locked: Excel would refuse the user's edit.`);
    const changes: ChangeRecord[] = [];
    ops.writeInputs(new Tx(), s, rect, grid, "values", { evaluate: this.options.evaluateFormula }, changes);
    this.setCellEditMode(false);
    this._dispatch(changes, "Unknown", source);
    return this.flushEvents();
  }

  /** Waits until every event handler started so far (and the events they caused) has settled. */
  async flushEvents(): Promise<void> {
    while (this._pending.size > 0) await Promise.allSettled([...this._pending]);
  }

  /** Number of active event registrations. */
  get handlerCount(): number {
    return this._handlers.length;
  }

  /** Office.context.requirements.isSetSupported. */
  supports(setName: string, version?: string): boolean {
    const key = setName.toLowerCase();
    let have: string | undefined;
    if (key === "excelapi") have = this.options.maxApi;
    else for (const [k, v] of Object.entries(this.options.requirementSets)) if (k.toLowerCase() === key) have = v;
    if (!have) return false;
    return version === undefined || compareVersions(have, String(version)) >= 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Excel.run and sync

  /** Excel.run(batch) / (options, batch) / (object | objects | context, batch). */
  async run(...args: unknown[]): Promise<unknown> {
    let batch: unknown;
    let ctx: RequestContextImpl | undefined;
    let options: { delayForCellEdit?: boolean; previousObjects?: unknown } = {};
    if (args.length === 1) batch = args[0];
    else if (args.length === 2) {
      const [a, b] = args;
      batch = b;
      const prev = a instanceof RequestContextImpl || a instanceof ClientObjectBase || Array.isArray(a) ? a : undefined;
      if (!prev && a && typeof a === "object") options = a as typeof options;
      const from = prev ?? options.previousObjects;
      if (from instanceof RequestContextImpl) ctx = from;
      else if (from instanceof ClientObjectBase) ctx = from.context;
      else if (Array.isArray(from)) {
        if (from.length === 0 || !from.every((o) => o instanceof ClientObjectBase)) throw hostError("InvalidArgument", "Excel.run: bad previous objects.");
        ctx = (from[0] as ClientObjectBase).context;
        if (from.some((o) => (o as ClientObjectBase).context !== ctx)) throw new HostError("InvalidRequestContext");
      }
    } else throw hostError("InvalidArgument", "Excel.run takes (batch), (options, batch) or (objects, batch).");
    if (typeof batch !== "function") throw hostError("InvalidArgument", "Excel.run needs a batch function.");
    if (ctx && ctx._host !== this) throw new HostError("InvalidRequestContext");
    const context = ctx ?? new RequestContextImpl(this, true);
    const savedFlags = context._flags;
    context._flags = { delayForCellEdit: !!options.delayForCellEdit };
    context._runDepth++;
    try {
      const r = (batch as (c: unknown) => unknown)(context);
      if (!r || typeof (r as Promise<unknown>).then !== "function") throw new HostError("RunMustReturnPromise");
      const result = await r;
      await this._sync(context);
      return result;
    } catch (e) {
      context._queue = [];
      throw e;
    } finally {
      context._runDepth--;
      context._flags = savedFlags;
      if (context._runDepth === 0) context._generation++;
    }
  }

  async _sync(ctx: RequestContextImpl): Promise<void> {
    await Promise.resolve();
    if (this.options.syncDelayMs > 0) await new Promise((r) => setTimeout(r, this.options.syncDelayMs));
    const actions = ctx._queue;
    ctx._queue = [];
    if (actions.length === 0) return;
    if (this._cellEditMode) {
      if (ctx._flags.delayForCellEdit && this.supports("DelayForCellEdit", "1.1")) {
        await new Promise<void>((resolve) => this._editWaiters.push(resolve));
      } else {
        const rec: BatchRecord = {
          index: this.stats.roundTrips++,
          actions: actions.length,
          requestBytes: 0,
          responseBytes: 0,
          ok: false,
          errorCode: "InvalidOperationInCellEditMode",
        };
        this.stats.batches.push(rec);
        this.stats.failedBatches++;
        throw new HostError("InvalidOperationInCellEditMode");
      }
    }
    this._executeBatch(ctx, actions);
  }

  private _executeBatch(ctx: RequestContextImpl, actions: Action[]): void {
    const rec: BatchRecord = { index: this.stats.roundTrips++, actions: actions.length, requestBytes: 0, responseBytes: 0, ok: false };
    this.stats.batches.push(rec);
    const fail = (e: unknown): never => {
      rec.errorCode = e instanceof HostError ? e.code : "Exception";
      this.stats.failedBatches++;
      throw e;
    };
    rec.requestBytes = utf8Length(toJson(actions.map((a) => a.req)));
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, rec.requestBytes);
    if (rec.requestBytes > this.options.requestLimitBytes) {
      fail(hostError("RequestPayloadSizeLimitExceeded", `(${rec.requestBytes} bytes; limit ${this.options.requestLimitBytes}.)`));
    }
    const tx = new Tx();
    const x = new Exec(this, ctx, tx);
    const results: unknown[] = [];
    let error: unknown;
    for (const a of actions) {
      try {
        results.push(a.run(x));
      } catch (e) {
        if (e instanceof HostError) {
          e.debugInfo.errorLocation = e.debugInfo.errorLocation ?? a.location;
          e.debugInfo.statement = a.statement;
        }
        error = e;
        break;
      }
    }
    let rolledBack = false;
    if (error === undefined) {
      rec.responseBytes = utf8Length(toJson(results));
      this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, rec.responseBytes);
      if (rec.responseBytes > this.options.responseLimitBytes) {
        tx.rollback();
        rolledBack = true;
        error = hostError("ResponsePayloadSizeLimitExceeded", `(${rec.responseBytes} bytes; limit ${this.options.responseLimitBytes}.)`);
      }
    } else if (this.options.atomicBatches) {
      tx.rollback();
      rolledBack = true;
    }
    if (!rolledBack) {
      for (const r of x.registrations) r();
      this._dispatch(x.changes, "ThisLocalAddin");
    }
    if (error !== undefined) fail(error);
    rec.ok = true;
    for (const a of actions) a.deliver?.();
  }

  _requireApi(member: string, version: string): void {
    if (!this.supports("ExcelApi", version)) throw apiNotFound(member, version);
  }

  _newSheetId(): string {
    const n = this._sheetSeq++;
    return `{00000000-0001-0000-${pad(n & 0xff, 2)}${pad((n >> 8) & 0xff, 2)}-000000000000}`;
  }

  _newGuid(): string {
    const n = ++this._guidSeq;
    return `{${pad(n, 8)}-0000-4000-8000-${pad(n, 12)}}`;
  }

  _makeWorkbook(ctx: RequestContextImpl): ClientObjectBase {
    return new Workbook(ctx);
  }

  _makeRuntime(ctx: RequestContextImpl): ClientObjectBase {
    return new Runtime(ctx, "runtime");
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  _addHandler(reg: Omit<EventRegistration, "id">): void {
    this._handlers.push({ ...reg, id: ++this._handlerSeq });
  }

  _removeHandler(handler: (args: unknown) => unknown, ctx: RequestContextImpl): void {
    const i = this._handlers.findIndex((h) => h.handler === handler && h.ctx === ctx);
    if (i >= 0) this._handlers.splice(i, 1);
  }

  private _dispatch(changes: ChangeRecord[], triggerSource: "ThisLocalAddin" | "Unknown", source: "Local" | "Remote" = "Local"): void {
    if (!this._eventsEnabled || changes.length === 0 || this._handlers.length === 0) return;
    const regs = this._handlers.slice();
    const run = Promise.resolve().then(async () => {
      const started: Promise<unknown>[] = [];
      for (const ch of changes) {
        const sheet = ops.sheetById(this.workbook, ch.sheetId);
        if (!sheet) continue;
        for (const reg of regs) {
          if (reg.scope !== "*" && reg.scope !== ch.sheetId) continue;
          if (!this._handlers.includes(reg)) continue;
          const args = this._changedArgs(ch, triggerSource, source);
          try {
            started.push(Promise.resolve(reg.handler(args)).catch((e) => this.eventErrors.push(e)));
          } catch (e) {
            this.eventErrors.push(e);
          }
        }
      }
      await Promise.allSettled(started);
    });
    this._pending.add(run);
    void run.finally(() => this._pending.delete(run));
  }

  private _changedArgs(ch: ChangeRecord, triggerSource: "ThisLocalAddin" | "Unknown", source: "Local" | "Remote"): FakeWorksheetChangedEventArgs {
    const host = this;
    const rect: Rect = ch.rect;
    const range = (ctx: unknown, nullable: boolean) => {
      host._requireApi("WorksheetChangedEventArgs.getRange", "1.8");
      if (!(ctx instanceof RequestContextImpl) || ctx._host !== host) throw new HostError("InvalidRequestContext");
      const r = new Range(ctx, `eventArgs.getRange(${formatRect(rect)})`, (x: Exec) => {
        if (ops.sheetById(x.host.workbook, ch.sheetId)) return { sheetId: ch.sheetId, rect };
        if (nullable) return NULL;
        throw hostError("ItemNotFound", "The changed range's sheet no longer exists.");
      });
      if (nullable) r._instantiate();
      return r;
    };
    const args: FakeWorksheetChangedEventArgs = {
      type: "WorksheetChanged",
      address: formatRect(rect),
      changeType: ch.changeType ?? "RangeEdited",
      source,
      worksheetId: ch.sheetId,
      getRange: (ctx) => range(ctx, false),
      getRangeOrNullObject: (ctx) => range(ctx, true),
    };
    if (this.supports("ExcelApi", "1.14")) args.triggerSource = triggerSource;
    if (this.supports("ExcelApi", "1.9") && ch.before !== undefined && ch.after !== undefined) {
      args.details = { valueBefore: ch.before, valueAfter: ch.after, valueTypeBefore: valueType(ch.before), valueTypeAfter: valueType(ch.after) };
    }
    return args;
  }

  // ---------------------------------------------------------------------------------------------
  // Namespaces

  private _excelNamespace(): Record<string, unknown> {
    const host = this;
    class RequestContext extends RequestContextImpl {
      constructor() {
        super(host, false);
      }
    }
    return {
      run: (...args: unknown[]) => host.run(...args),
      RequestContext,
      ErrorCodes: EXCEL_ERROR_CODES,
      ...EXCEL_ENUMS,
    };
  }

  private _officeExtensionNamespace(): Record<string, unknown> {
    return {
      Error: HostError,
      ErrorCodes: {
        accessDenied: "AccessDenied",
        generalException: "GeneralException",
        activityLimitReached: "ActivityLimitReached",
        invalidObjectPath: "InvalidObjectPath",
        propertyNotLoaded: "PropertyNotLoaded",
        valueNotLoaded: "ValueNotLoaded",
        invalidRequestContext: "InvalidRequestContext",
        invalidArgument: "InvalidArgument",
        runMustReturnPromise: "RunMustReturnPromise",
        cannotRegisterEvent: "CannotRegisterEvent",
        apiNotFound: "ApiNotFound",
        connectionFailure: "ConnectionFailure",
      },
      ClientObject: ClientObjectBase,
      ClientResult: ClientResultImpl,
      ClientRequestContext: RequestContextImpl,
      config: { extendedErrorLogging: false },
      Promise,
    };
  }

  private _officeNamespace(): Record<string, unknown> {
    const host = this;
    const info = { host: "Excel", platform: this.options.platform };
    return {
      HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
      context: {
        host: "Excel",
        platform: this.options.platform,
        diagnostics: { host: "Excel", platform: this.options.platform, version: "16.0.0.0" },
        displayLanguage: "zh-CN",
        contentLanguage: "zh-CN",
        requirements: {
          isSetSupported: (name: string, minVersion?: string | number) => host.supports(name, minVersion === undefined ? undefined : String(minVersion)),
        },
      },
      onReady: (cb?: (i: typeof info) => void) => {
        cb?.(info);
        return Promise.resolve(info);
      },
    };
  }
}

export function createExcelHost(model?: WorkbookModel, options?: HostOptions): ExcelHost {
  return new ExcelHost(model, options);
}

export const EXCEL_ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedOperation: "UnsupportedOperation",
} as const;

const enumOf = <T extends string>(names: readonly T[], lowerFirst = true): Record<string, T> =>
  Object.fromEntries(names.map((n) => [lowerFirst ? n[0].toLowerCase() + n.slice(1) : n, n]));

/** The enums add-in code is likely to use, with Excel's member names. */
export const EXCEL_ENUMS = {
  BorderIndex: enumOf(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"] as const),
  BorderLineStyle: enumOf(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const),
  BorderWeight: enumOf(["Hairline", "Thin", "Medium", "Thick"] as const),
  HorizontalAlignment: enumOf(["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"] as const),
  VerticalAlignment: enumOf(["Top", "Center", "Bottom", "Justify", "Distributed"] as const),
  FillPattern: enumOf(ops.FILL_PATTERNS),
  SheetVisibility: enumOf(["Visible", "Hidden", "VeryHidden"] as const),
  ClearApplyTo: enumOf(["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"] as const),
  RangeValueType: enumOf(["Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error", "RichValue"] as const),
  DataChangeType: enumOf(["Unknown", "RangeEdited", "RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted", "CellInserted", "CellDeleted"] as const),
  EventSource: enumOf(["Local", "Remote"] as const),
  InsertShiftDirection: enumOf(["Down", "Right"] as const),
  DeleteShiftDirection: enumOf(["Up", "Left"] as const),
  ConditionalFormatType: enumOf(["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"] as const),
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
  EventType: { worksheetChanged: "WorksheetChanged" },
  DataValidationType: enumOf(["None", "WholeNumber", "Decimal", "List", "Date", "Time", "TextLength", "Custom", "Inconsistent", "MixedCriteria"] as const),
  UnderlineStyle: enumOf(["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const),
};
