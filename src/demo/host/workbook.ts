/** Workbook-level API objects: Workbook, worksheets, notes, comments, settings, custom XML parts. */

import {
  ClassMeta,
  ClientObjectBase,
  ClientResultImpl,
  CollectionBase,
  EventHandlersImpl,
  defineProps,
  Exec,
  NULL,
  RequestContextImpl,
  Resolved,
  registerNav,
} from "./core";
import { MAX_COLUMNS, MAX_ROWS, Rect, formatRect, parseRect, rectCellCount, splitSheet, parseCellKey } from "./a1";
import { HostError, hostError } from "./errors";
import { CommentModel, CustomXmlPartModel, DEFAULTS, SheetModel, SheetVisibility, WorkbookModel, sheetNameProblem } from "./model";
import * as ops from "./sheetops";
import { Range, RangeAreas } from "./range";
import { normalizeColor } from "./display";
import { liveCells } from "./cells";
import { WorksheetPageLayout } from "./page-layout";

type Locate<T> = (x: Exec) => Resolved<T>;

function wb(x: Exec): WorkbookModel {
  return x.host.workbook;
}

// ---------------------------------------------------------------------------------------------
// Workbook, Application, Runtime

const WORKBOOK_META: ClassMeta = {
  entity: "Workbook",
  scalars: ["name"],
  navs: ["application", "worksheets", "settings", "customXmlParts"],
};

export class Workbook extends ClientObjectBase {
  constructor(ctx: RequestContextImpl) {
    super(ctx, "workbook");
  }

  _meta(): ClassMeta {
    return WORKBOOK_META;
  }

  _resolveRaw(x: Exec): Resolved<WorkbookModel> {
    return wb(x);
  }

  _read(target: unknown, name: string, x: Exec): unknown {
    if (name === "name") return (target as WorkbookModel).name ?? "Book1.xlsx";
    return super._read(target, name, x);
  }

  _child(name: string): ClientObjectBase {
    switch (name) {
      case "application":
        return this.application;
      case "worksheets":
        return this.worksheets;
      case "settings":
        return this.settings;
      case "customXmlParts":
        return this.customXmlParts;
    }
    return super._child(name);
  }

  get name(): string {
    this._api("Workbook.name", "1.7");
    return this._get("name");
  }

  get application(): Application {
    return this._kid("application", () => new Application(this.context, "workbook.application", this));
  }

  get worksheets(): WorksheetCollection {
    return this._kid("worksheets", () => new WorksheetCollection(this.context, "workbook.worksheets", this));
  }

  /** ExcelApi 1.4. */
  get settings(): SettingCollection {
    this._api("Workbook.settings", "1.4");
    return this._kid("settings", () => new SettingCollection(this.context, "workbook.settings", this));
  }

  /** ExcelApi 1.5. */
  get customXmlParts(): CustomXmlPartCollection {
    this._api("Workbook.customXmlParts", "1.5");
    return this._kid("customXmlParts", () => new CustomXmlPartCollection(this.context, "workbook.customXmlParts", this));
  }

  /** ExcelApi 1.18: notes of every sheet. */
  get notes(): NoteCollection {
    this._api("Workbook.notes", "1.18");
    return this._kid("notes", () => new NoteCollection(this.context, "workbook.notes", this, () => "*"));
  }

  /** ExcelApi 1.10: comments of every sheet. */
  get comments(): CommentCollection {
    this._api("Workbook.comments", "1.10");
    return this._kid("comments", () => new CommentCollection(this.context, "workbook.comments", this, () => "*"));
  }

  getSelectedRange(): Range {
    return new Range(this.context, "workbook.getSelectedRange()", (x) => {
      const s = ops.activeSheet(wb(x));
      return { sheetId: s.id!, rect: parseRect(s.selection ?? "A1")! };
    });
  }

  /** ExcelApi 1.7. */
  getActiveCell(): Range {
    this._api("Workbook.getActiveCell", "1.7");
    return new Range(this.context, "workbook.getActiveCell()", (x) => {
      const s = ops.activeSheet(wb(x));
      const r = parseRect(s.selection ?? "A1")!;
      return { sheetId: s.id!, rect: { top: r.top, left: r.left, bottom: r.top, right: r.left } };
    });
  }
}

const APPLICATION_META: ClassMeta = { entity: "Application", scalars: ["calculationMode"], navs: [] };

export class Application extends ClientObjectBase {
  _meta(): ClassMeta {
    return APPLICATION_META;
  }
  _resolveRaw(x: Exec): Resolved<WorkbookModel> {
    return wb(x);
  }
  _read(target: unknown, name: string, x: Exec): unknown {
    if (name === "calculationMode") return "Automatic";
    return super._read(target, name, x);
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  /** ExcelApi 1.9. Queued like Excel does; no visible effect here. */
  suspendScreenUpdatingUntilNextSync(): void {
    this._api("Application.suspendScreenUpdatingUntilNextSync", "1.9");
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this._api("Application.suspendApiCalculationUntilNextSync", "1.6");
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
}

const RUNTIME_META: ClassMeta = { entity: "Runtime", scalars: ["enableEvents"], navs: [] };

export class Runtime extends ClientObjectBase {
  _meta(): ClassMeta {
    return RUNTIME_META;
  }
  _resolveRaw(x: Exec): Resolved<WorkbookModel> {
    return wb(x);
  }
  _read(target: unknown, name: string, x: Exec): unknown {
    if (name === "enableEvents") return x.host._eventsEnabled;
    return super._read(target, name, x);
  }
  /** ExcelApi 1.8. When false, no event handler of this add-in runs. */
  get enableEvents(): boolean {
    this._api("Runtime.enableEvents", "1.8");
    return this._get("enableEvents");
  }
  set enableEvents(v: boolean) {
    this._api("Runtime.enableEvents", "1.8");
    this._set("enableEvents", v, (_t, value, x) => {
      if (typeof value !== "boolean") throw hostError("InvalidArgument", "enableEvents must be a boolean.");
      const host = x.host;
      const before = host._eventsEnabled;
      host._eventsEnabled = value;
      x.tx.onRollback(() => (host._eventsEnabled = before));
    });
  }
}

registerNav("Workbook", "application", () => APPLICATION_META);

// ---------------------------------------------------------------------------------------------
// Worksheets

const WORKSHEET_META: ClassMeta = {
  entity: "Worksheet",
  scalars: ["id", "name", "position", "visibility", "tabColor", "standardWidth", "standardHeight"],
  navs: ["protection"],
};

export class Worksheet extends ClientObjectBase {
  static META = WORKSHEET_META;
  _onChangedHandlers: EventHandlersImpl | undefined;
  _locate: Locate<string>;
  _boundId: string | typeof NULL | undefined;

  constructor(ctx: RequestContextImpl, path: string, locate: Locate<string>) {
    super(ctx, path);
    this._locate = locate;
    this._boundId = undefined;
  }

  _meta(): ClassMeta {
    return WORKSHEET_META;
  }

  _resolveRaw(x: Exec): Resolved<SheetModel> {
    if (this._boundId === undefined) this._boundId = this._locate(x);
    if (this._boundId === NULL) return NULL;
    return ops.requireSheet(wb(x), this._boundId);
  }

  _sheetId(x: Exec): string {
    const s = this._resolveRaw(x);
    if (s === NULL) throw hostError("ItemNotFound", "The worksheet is a null object.");
    return s.id!;
  }

  _read(target: unknown, name: string, x: Exec): unknown {
    const s = target as SheetModel;
    switch (name) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return wb(x).sheets.indexOf(s);
      case "visibility":
        return s.visibility ?? "Visible";
      case "tabColor":
        // Microsoft's documentation: null when the sheet is invisible, "" when automatic.
        return (s.visibility ?? "Visible") !== "Visible" ? null : (s.tabColor ?? "");
      case "standardWidth":
        return 8.43;
      case "standardHeight":
        return DEFAULTS.rowHeight;
    }
    return super._read(target, name, x);
  }

  _child(name: string): ClientObjectBase {
    if (name === "protection") return this.protection;
    return super._child(name);
  }

  get id(): string {
    return this._get("id");
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  get standardHeight(): number {
    return this._get("standardHeight");
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (s: SheetModel, value, x) => {
      const book = wb(x);
      const problem = sheetNameProblem(value);
      if (problem) throw hostError("InvalidArgument", `Invalid sheet name ${JSON.stringify(value)}: ${problem}.`, "Worksheet.name");
      const clash = ops.sheetByName(book, value as string);
      if (clash && clash !== s) throw hostError("ItemAlreadyExists", `A sheet named ${JSON.stringify(value)} already exists.`, "Worksheet.name");
      if (book.activeSheet !== undefined && book.activeSheet.toLowerCase() === s.name.toLowerCase()) x.tx.set(book, "activeSheet", value);
      x.tx.set(s, "name", value);
    });
  }

  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, (s: SheetModel, value, x) => {
      const book = wb(x);
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= book.sheets.length)
        throw hostError("InvalidArgument", `Invalid sheet position ${JSON.stringify(value)}.`, "Worksheet.position");
      const rest = book.sheets.filter((t) => t !== s);
      rest.splice(value, 0, s);
      x.tx.set(book, "sheets", rest);
    });
  }

  get visibility(): SheetVisibility {
    return this._get("visibility");
  }
  set visibility(v: SheetVisibility) {
    this._set("visibility", v, (s: SheetModel, value, x) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(value as string)) throw hostError("InvalidArgument", `Invalid visibility ${JSON.stringify(value)}.`);
      const book = wb(x);
      if (value !== "Visible") {
        const others = book.sheets.filter((t) => t !== s && (t.visibility ?? "Visible") === "Visible");
        if (others.length === 0) throw hostError("InvalidOperation", "A workbook must keep at least one visible sheet.", "Worksheet.visibility");
        if (ops.activeSheet(book) === s) x.tx.set(book, "activeSheet", others[0].name);
      }
      x.tx.set(s, "visibility", value === "Visible" ? undefined : value);
    });
  }

  /** ExcelApi 1.7. "" for automatic. */
  get tabColor(): string {
    this._api("Worksheet.tabColor", "1.7");
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._api("Worksheet.tabColor", "1.7");
    this._set("tabColor", v, (s: SheetModel, value, x) => {
      if (value === "") return x.tx.set(s, "tabColor", undefined);
      const c = normalizeColor(value);
      if (!c) throw hostError("InvalidArgument", `Invalid color ${JSON.stringify(value)}.`);
      x.tx.set(s, "tabColor", c);
    });
  }

  get protection(): WorksheetProtection {
    return this._kid("protection", () => new WorksheetProtection(this.context, `${this._path}.protection`, this));
  }

  /** ExcelApi 1.9 (src/demo/host/page-layout.ts). */
  get pageLayout(): WorksheetPageLayout {
    this._api("Worksheet.pageLayout", "1.9");
    return this._kid("pageLayout", () => new WorksheetPageLayout(this.context, `${this._path}.pageLayout`, this));
  }

  /** ExcelApi 1.7. */
  get freezePanes(): WorksheetFreezePanes {
    this._api("Worksheet.freezePanes", "1.7");
    return this._kid("freezePanes", () => new WorksheetFreezePanes(this.context, `${this._path}.freezePanes`, this));
  }

  /** ExcelApi 1.18. */
  get notes(): NoteCollection {
    this._api("Worksheet.notes", "1.18");
    return this._kid("notes", () => new NoteCollection(this.context, `${this._path}.notes`, this, (x) => this._sheetId(x)));
  }

  /** ExcelApi 1.10. */
  get comments(): CommentCollection {
    this._api("Worksheet.comments", "1.10");
    return this._kid("comments", () => new CommentCollection(this.context, `${this._path}.comments`, this, (x) => this._sheetId(x)));
  }

  /** ExcelApi 1.7. Fires for value changes (the add-in's own writes too, with triggerSource "ThisLocalAddin" on 1.14+). */
  get onChanged(): EventHandlersImpl {
    this._api("Worksheet.onChanged", "1.7");
    if (!this._onChangedHandlers) this._onChangedHandlers = new EventHandlersImpl(this, "onChanged", (x) => this._sheetId(x));
    return this._onChangedHandlers;
  }

  activate(): void {
    this._call("activate", [], (s: SheetModel, x) => {
      x.tx.set(wb(x), "activeSheet", s.name);
    });
  }

  delete(): void {
    this._call("delete", [], (s: SheetModel, x) => {
      const book = wb(x);
      const visible = book.sheets.filter((t) => t !== s && (t.visibility ?? "Visible") === "Visible");
      if (visible.length === 0) throw hostError("InvalidOperation", "A workbook must keep at least one visible sheet.", "Worksheet.delete");
      const wasActive = ops.activeSheet(book) === s;
      x.tx.set(
        book,
        "sheets",
        book.sheets.filter((t) => t !== s),
      );
      if (wasActive) x.tx.set(book, "activeSheet", visible[0].name);
    });
  }

  private _range(path: string, f: (s: SheetModel, x: Exec) => Rect | typeof NULL): Range {
    return new Range(this.context, `${this._path}.${path}`, (x) => {
      const s = this._resolveRaw(x);
      if (s === NULL) return NULL;
      const r = f(s, x);
      return r === NULL ? NULL : { sheetId: s.id!, rect: r };
    });
  }

  /** No address: the whole sheet. Addresses may name this sheet ("Sheet1!A1") but no other. */
  getRange(address?: string): Range {
    return this._range(`getRange(${address === undefined ? "" : JSON.stringify(address)})`, (s) => {
      if (address === undefined || address === "") return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
      return parseOnSheet(address, s, "Worksheet.getRange");
    });
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this._api("Worksheet.getRangeByIndexes", "1.7");
    return this._range(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`, () => {
      const r = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      const ints = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n));
      if (!ints || rowCount < 1 || columnCount < 1 || r.top < 0 || r.left < 0 || r.bottom >= MAX_ROWS || r.right >= MAX_COLUMNS)
        throw hostError("InvalidArgument", `Invalid indexes (${startRow}, ${startColumn}, ${rowCount}, ${columnCount}).`, "Worksheet.getRangeByIndexes");
      return r;
    });
  }

  getCell(row: number, column: number): Range {
    return this._range(`getCell(${row}, ${column})`, () => {
      if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS)
        throw hostError("InvalidArgument", `Invalid cell (${row}, ${column}).`, "Worksheet.getCell");
      return { top: row, left: column, bottom: row, right: column };
    });
  }

  /** ExcelApi 1.9. "A1:B2, D4" → RangeAreas. Addresses longer than 8192 characters fail (InvalidArgument). */
  getRanges(address?: string): RangeAreas {
    this._api("Worksheet.getRanges", "1.9");
    return new RangeAreas(this.context, `${this._path}.getRanges(…)`, (x) => {
      const s = this._resolveRaw(x);
      if (s === NULL) return NULL;
      if (address === undefined || address === "") return { sheetId: s.id!, rects: [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }] };
      if (address.length > 8192) throw hostError("InvalidArgument", "The address is longer than 8192 characters.", "Worksheet.getRanges");
      const rects = address.split(/[,;]/).map((a) => parseOnSheet(a, s, "Worksheet.getRanges"));
      return { sheetId: s.id!, rects };
    });
  }

  /** Empty sheet: A1 (use getUsedRangeOrNullObject to detect blank sheets). */
  getUsedRange(valuesOnly?: boolean): Range {
    return this._range(`getUsedRange(${valuesOnly ?? ""})`, (s) => ops.usedRect(s, !!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this._api("Worksheet.getUsedRangeOrNullObject", "1.4");
    const r = this._range(`getUsedRangeOrNullObject(${valuesOnly ?? ""})`, (s) => ops.usedRect(s, !!valuesOnly) ?? NULL);
    r._instantiate();
    return r;
  }
}

function parseOnSheet(address: string, s: SheetModel, where: string): Rect {
  const { sheet, ref } = splitSheet(address);
  if (sheet !== undefined && sheet.toLowerCase() !== s.name.toLowerCase()) throw hostError("InvalidArgument", `${address} is not on sheet ${s.name}.`, where);
  const r = parseRect(ref);
  if (!r) throw hostError("InvalidArgument", `Invalid address ${JSON.stringify(address)} (named ranges are not modelled).`, where);
  return r;
}

registerNav("Worksheet", "protection", () => PROTECTION_META);

const PROTECTION_META: ClassMeta = { entity: "WorksheetProtection", scalars: ["protected"], navs: [] };

export class WorksheetProtection extends ClientObjectBase {
  _sheet: Worksheet;
  constructor(ctx: RequestContextImpl, path: string, sheet: Worksheet) {
    super(ctx, path, sheet);
    this._sheet = sheet;
  }
  _meta(): ClassMeta {
    return PROTECTION_META;
  }
  _resolveRaw(x: Exec): Resolved<SheetModel> {
    return this._sheet._resolveRaw(x);
  }
  _read(target: unknown, name: string, x: Exec): unknown {
    if (name === "protected") return !!(target as SheetModel).protected;
    return super._read(target, name, x);
  }
  get protected(): boolean {
    return this._get("protected");
  }
}

const FREEZE_META: ClassMeta = { entity: "WorksheetFreezePanes", scalars: [], navs: [] };

export class WorksheetFreezePanes extends ClientObjectBase {
  _sheet: Worksheet;
  constructor(ctx: RequestContextImpl, path: string, sheet: Worksheet) {
    super(ctx, path, sheet);
    this._sheet = sheet;
  }
  _meta(): ClassMeta {
    return FREEZE_META;
  }
  _resolveRaw(x: Exec): Resolved<SheetModel> {
    return this._sheet._resolveRaw(x);
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (s: SheetModel, x) => {
      x.tx.set(s, "frozenRows", count || undefined);
      x.tx.set(s, "frozenColumns", undefined);
    });
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (s: SheetModel, x) => {
      x.tx.set(s, "frozenColumns", count || undefined);
      x.tx.set(s, "frozenRows", undefined);
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], (s: SheetModel, x) => {
      x.tx.set(s, "frozenRows", undefined);
      x.tx.set(s, "frozenColumns", undefined);
    });
  }
  getLocationOrNullObject(): Range {
    const r = new Range(this.context, `${this._path}.getLocationOrNullObject()`, (x) => {
      const s = this._resolveRaw(x);
      if (s === NULL || (!s.frozenRows && !s.frozenColumns)) return NULL;
      const rows = s.frozenRows ?? 0;
      const cols = s.frozenColumns ?? 0;
      const rect = rows ? { top: 0, bottom: rows - 1, left: 0, right: MAX_COLUMNS - 1 } : { top: 0, bottom: MAX_ROWS - 1, left: 0, right: cols - 1 };
      return { sheetId: s.id!, rect };
    });
    r._instantiate();
    return r;
  }
}

const SHEETS_META: ClassMeta = { entity: "WorksheetCollection", scalars: [], navs: [], item: () => WORKSHEET_META };

export class WorksheetCollection extends CollectionBase<Worksheet> {
  _onChangedHandlers: EventHandlersImpl | undefined;

  _meta(): ClassMeta {
    return SHEETS_META;
  }

  _resolveRaw(x: Exec): Resolved<WorkbookModel> {
    return wb(x);
  }

  _itemTargets(target: unknown): unknown[] {
    return (target as WorkbookModel).sheets.map((s) => s.id);
  }

  _makeItem(itemTarget: unknown): Worksheet {
    const id = itemTarget as string;
    return new Worksheet(this.context, `workbook.worksheets.getItem(${JSON.stringify(id)})`, () => id);
  }

  /** Excel's rules: ≤ 31 characters, none of : \ / ? * [ ], not blank, no leading/trailing ', unique ignoring case. */
  add(name?: string): Worksheet {
    let created: string | undefined;
    const sheet = new Worksheet(this.context, `workbook.worksheets.add(${name === undefined ? "" : JSON.stringify(name)})`, () => {
      if (!created) throw hostError("GeneralException", "The worksheet was not created.");
      return created;
    });
    this._call("add", [name], (book: WorkbookModel, x) => {
      let n = name;
      if (n === undefined || n === null) {
        let i = book.sheets.length + 1;
        while (ops.sheetByName(book, `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      const problem = sheetNameProblem(n);
      if (problem) throw hostError("InvalidArgument", `Invalid sheet name ${JSON.stringify(n)}: ${problem}.`, "WorksheetCollection.add");
      if (ops.sheetByName(book, n)) throw hostError("ItemAlreadyExists", `A sheet named ${JSON.stringify(n)} already exists.`, "WorksheetCollection.add");
      const s: SheetModel = { name: n, id: x.host._newSheetId(), cells: liveCells({}) };
      x.tx.set(book, "sheets", [...book.sheets, s]);
      created = s.id;
    });
    return sheet;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, "workbook.worksheets.getActiveWorksheet()", (x) => ops.activeSheet(wb(x)).id!);
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, `workbook.worksheets.getItem(${JSON.stringify(key)})`, (x) => {
      const s = ops.sheetByName(wb(x), key) ?? ops.sheetById(wb(x), key);
      if (!s)
        throw new HostError("ItemNotFound", `The requested resource doesn't exist. No worksheet named ${JSON.stringify(key)}.`, "WorksheetCollection.getItem");
      return s.id!;
    });
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): Worksheet {
    this._api("WorksheetCollection.getItemOrNullObject", "1.4");
    const w = new Worksheet(this.context, `workbook.worksheets.getItemOrNullObject(${JSON.stringify(key)})`, (x) => {
      const s = ops.sheetByName(wb(x), key) ?? ops.sheetById(wb(x), key);
      return s ? s.id! : NULL;
    });
    w._instantiate();
    return w;
  }

  /** ExcelApi 1.4. */
  getCount(visibleOnly?: boolean): ClientResultImpl<number> {
    this._api("WorksheetCollection.getCount", "1.4");
    const r = new ClientResultImpl<number>();
    this._call(
      "getCount",
      [visibleOnly],
      (book: WorkbookModel) => book.sheets.filter((s) => !visibleOnly || (s.visibility ?? "Visible") === "Visible").length,
      (v) => r._deliver(v),
    );
    return r;
  }

  /** ExcelApi 1.5. */
  getFirst(visibleOnly?: boolean): Worksheet {
    this._api("WorksheetCollection.getFirst", "1.5");
    return new Worksheet(this.context, "workbook.worksheets.getFirst()", (x) => {
      const s = wb(x).sheets.find((t) => !visibleOnly || (t.visibility ?? "Visible") === "Visible");
      if (!s) throw hostError("ItemNotFound");
      return s.id!;
    });
  }

  /** ExcelApi 1.5. */
  getLast(visibleOnly?: boolean): Worksheet {
    this._api("WorksheetCollection.getLast", "1.5");
    return new Worksheet(this.context, "workbook.worksheets.getLast()", (x) => {
      const s = [...wb(x).sheets].reverse().find((t) => !visibleOnly || (t.visibility ?? "Visible") === "Visible");
      if (!s) throw hostError("ItemNotFound");
      return s.id!;
    });
  }

  /** ExcelApi 1.9: changes on any sheet. */
  get onChanged(): EventHandlersImpl {
    this._api("WorksheetCollection.onChanged", "1.9");
    if (!this._onChangedHandlers) this._onChangedHandlers = new EventHandlersImpl(this, "onChanged", () => "*");
    return this._onChangedHandlers;
  }
}

registerNav("Workbook", "worksheets", () => SHEETS_META);

// ---------------------------------------------------------------------------------------------
// Notes (ExcelApi 1.18)

interface NoteRef {
  sheetId: string;
  key: string;
}

function cellOf(address: unknown, x: Exec, scope: string, where: string): { sheet: SheetModel; key: string } {
  let sheet: SheetModel;
  let rect: Rect;
  if (address instanceof Range) {
    if (address.context !== x.ctx) throw new HostError("InvalidRequestContext");
    const t = address._resolveRaw(x);
    if (t === NULL) throw hostError("InvalidArgument", "The range is a null object.", where);
    sheet = t.sheet;
    rect = t.rect;
  } else if (typeof address === "string") {
    const { sheet: sName, ref } = splitSheet(address);
    const book = wb(x);
    const scoped = scope === "*" ? undefined : ops.requireSheet(book, scope);
    if (sName !== undefined) {
      const named = ops.sheetByName(book, sName);
      if (!named || (scoped && named !== scoped)) throw hostError("InvalidArgument", `Invalid cell address ${JSON.stringify(address)}.`, where);
      sheet = named;
    } else sheet = scoped ?? ops.activeSheet(book);
    const r = parseRect(ref);
    if (!r) throw hostError("InvalidArgument", `Invalid cell address ${JSON.stringify(address)}.`, where);
    rect = r;
  } else throw hostError("InvalidArgument", "Expected a Range or a cell address.", where);
  if (scope !== "*" && sheet.id !== scope) throw hostError("InvalidArgument", "The cell is on another sheet.", where);
  if (rectCellCount(rect) !== 1) throw hostError("InvalidArgument", "Notes and comments attach to a single cell.", where);
  return { sheet, key: ops.cellKey(rect.top, rect.left) };
}

function sortKeys(keys: string[]): string[] {
  return keys.sort((a, b) => {
    const p = parseCellKey(a);
    const q = parseCellKey(b);
    return p.row - q.row || p.col - q.col;
  });
}

function allNotes(book: WorkbookModel, scope: string): NoteRef[] {
  const sheets = scope === "*" ? book.sheets : book.sheets.filter((s) => s.id === scope);
  return sheets.flatMap((s) => sortKeys(Object.keys(s.notes ?? {})).map((key) => ({ sheetId: s.id!, key })));
}

const NOTE_META: ClassMeta = { entity: "Note", scalars: ["authorName", "content"], navs: [] };
const NOTES_META: ClassMeta = { entity: "NoteCollection", scalars: [], navs: [], item: () => NOTE_META };

export class NoteCollection extends CollectionBase<Note> {
  _scope: (x: Exec) => string;
  constructor(ctx: RequestContextImpl, path: string, parent: ClientObjectBase, scope: (x: Exec) => string) {
    super(ctx, path, parent);
    this._scope = scope;
  }
  _meta(): ClassMeta {
    return NOTES_META;
  }
  _resolveRaw(x: Exec): Resolved<string> {
    if (this._parent!._resolve(x) === NULL) return NULL;
    return this._scope(x);
  }
  _itemTargets(target: unknown, x: Exec): unknown[] {
    return allNotes(wb(x), target as string);
  }
  _makeItem(itemTarget: unknown, index: number): Note {
    const ref = itemTarget as NoteRef;
    return new Note(this.context, `${this._path}.getItemAt(${index})`, () => ref);
  }

  /** One cell only (else InvalidArgument); a cell that already has a note also fails (InvalidArgument). */
  add(cellAddress: Range | string, content: string): Note {
    let made: NoteRef | undefined;
    const note = new Note(this.context, `${this._path}.add(…)`, () => {
      if (!made) throw hostError("GeneralException", "The note was not created.");
      return made;
    });
    this._call("add", [cellAddress, content], (scope: string, x) => {
      const { sheet, key } = cellOf(cellAddress, x, scope, "NoteCollection.add");
      ops.assertWritable(sheet, "NoteCollection.add");
      if (typeof content !== "string") throw hostError("InvalidArgument", "Note content must be a string.", "NoteCollection.add");
      if (sheet.notes?.[key]) throw hostError("InvalidArgument", `${sheet.name}!${key} already has a note.`, "NoteCollection.add");
      x.tx.set(sheet, "notes", { ...(sheet.notes ?? {}), [key]: { content, authorName: x.host.options.userName } });
      made = { sheetId: sheet.id!, key };
    });
    return note;
  }

  getCount(): ClientResultImpl<number> {
    const r = new ClientResultImpl<number>();
    this._call(
      "getCount",
      [],
      (scope: string, x) => allNotes(wb(x), scope).length,
      (v) => r._deliver(v),
    );
    return r;
  }

  /** By cell address ("B3", or "Sheet1!B3" on workbook.notes). */
  getItem(key: string): Note {
    return new Note(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, (x) => {
      const scope = this._resolveRaw(x);
      if (scope === NULL) return NULL;
      const { sheet, key: k } = cellOf(key, x, scope, "NoteCollection.getItem");
      if (!sheet.notes?.[k]) throw hostError("ItemNotFound", `No note at ${sheet.name}!${k}.`, "NoteCollection.getItem");
      return { sheetId: sheet.id!, key: k };
    });
  }

  getItemOrNullObject(key: string): Note {
    const n = new Note(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, (x) => {
      const scope = this._resolveRaw(x);
      if (scope === NULL) return NULL;
      const { sheet, key: k } = cellOf(key, x, scope, "NoteCollection.getItemOrNullObject");
      return sheet.notes?.[k] ? { sheetId: sheet.id!, key: k } : NULL;
    });
    n._instantiate();
    return n;
  }

  getItemAt(index: number): Note {
    return new Note(this.context, `${this._path}.getItemAt(${index})`, (x) => {
      const scope = this._resolveRaw(x);
      if (scope === NULL) return NULL;
      const ref = allNotes(wb(x), scope)[index];
      if (!ref) throw hostError("ItemNotFound", `No note at index ${index}.`, "NoteCollection.getItemAt");
      return ref;
    });
  }
}

export class Note extends ClientObjectBase {
  _locate: Locate<NoteRef>;
  _ref: NoteRef | typeof NULL | undefined;
  constructor(ctx: RequestContextImpl, path: string, locate: Locate<NoteRef>) {
    super(ctx, path);
    this._locate = locate;
    this._ref = undefined;
  }
  _meta(): ClassMeta {
    return NOTE_META;
  }
  _resolveRaw(x: Exec): Resolved<{ sheet: SheetModel; key: string }> {
    if (this._ref === undefined) this._ref = this._locate(x);
    if (this._ref === NULL) return NULL;
    const sheet = ops.requireSheet(wb(x), this._ref.sheetId);
    if (!sheet.notes?.[this._ref.key]) throw hostError("ItemNotFound", "The note no longer exists.");
    return { sheet, key: this._ref.key };
  }
  _read(target: unknown, name: string, x: Exec): unknown {
    const { sheet, key } = target as { sheet: SheetModel; key: string };
    const n = sheet.notes![key];
    if (name === "content") return n.content;
    if (name === "authorName") return n.authorName ?? "";
    return super._read(target, name, x);
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._set("content", v, (t: { sheet: SheetModel; key: string }, value, x) => {
      ops.assertWritable(t.sheet, "Note.content");
      if (typeof value !== "string") throw hostError("InvalidArgument", "Note content must be a string.");
      x.tx.set(t.sheet, "notes", { ...t.sheet.notes, [t.key]: { ...t.sheet.notes![t.key], content: value } });
    });
  }
  delete(): void {
    this._call("delete", [], (t: { sheet: SheetModel; key: string }, x) => {
      ops.assertWritable(t.sheet, "Note.delete");
      const notes = { ...t.sheet.notes };
      delete notes[t.key];
      x.tx.set(t.sheet, "notes", notes);
    });
  }
  getLocation(): Range {
    return new Range(this.context, `${this._path}.getLocation()`, (x) => {
      const t = this._resolveRaw(x);
      if (t === NULL) return NULL;
      const p = parseCellKey(t.key);
      return { sheetId: t.sheet.id!, rect: { top: p.row, left: p.col, bottom: p.row, right: p.col } };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Comments (ExcelApi 1.10)

const COMMENT_META: ClassMeta = {
  entity: "Comment",
  scalars: ["id", "authorName", "authorEmail", "content", "contentType", "creationDate", "resolved"],
  navs: [],
};
const COMMENTS_META: ClassMeta = { entity: "CommentCollection", scalars: [], navs: [], item: () => COMMENT_META };

function allComments(book: WorkbookModel, scope: string): Array<{ sheet: SheetModel; c: CommentModel }> {
  const sheets = scope === "*" ? book.sheets : book.sheets.filter((s) => s.id === scope);
  return sheets.flatMap((s) => (s.comments ?? []).map((c) => ({ sheet: s, c })));
}

function findComment(book: WorkbookModel, id: string): { sheet: SheetModel; c: CommentModel } | undefined {
  return allComments(book, "*").find((e) => e.c.id === id);
}

export class CommentCollection extends CollectionBase<Comment> {
  _scope: (x: Exec) => string;
  constructor(ctx: RequestContextImpl, path: string, parent: ClientObjectBase, scope: (x: Exec) => string) {
    super(ctx, path, parent);
    this._scope = scope;
  }
  _meta(): ClassMeta {
    return COMMENTS_META;
  }
  _resolveRaw(x: Exec): Resolved<string> {
    if (this._parent!._resolve(x) === NULL) return NULL;
    return this._scope(x);
  }
  _itemTargets(target: unknown, x: Exec): unknown[] {
    return allComments(wb(x), target as string).map((e) => e.c.id);
  }
  _makeItem(itemTarget: unknown): Comment {
    const id = itemTarget as string;
    return new Comment(this.context, `${this._path}.getItem(${JSON.stringify(id)})`, () => id);
  }

  add(cellAddress: Range | string, content: string, contentType?: string): Comment {
    let made: string | undefined;
    const comment = new Comment(this.context, `${this._path}.add(…)`, () => {
      if (!made) throw hostError("GeneralException", "The comment was not created.");
      return made;
    });
    this._call("add", [cellAddress, content, contentType], (scope: string, x) => {
      const { sheet, key } = cellOf(cellAddress, x, scope, "CommentCollection.add");
      ops.assertWritable(sheet, "CommentCollection.add");
      if (typeof content !== "string") throw hostError("InvalidArgument", "Only plain-text comments are modelled.", "CommentCollection.add");
      if ((sheet.comments ?? []).some((c) => c.cell === key))
        throw hostError("InvalidArgument", `${sheet.name}!${key} already has a comment thread.`, "CommentCollection.add");
      const c: CommentModel = {
        id: x.host._newGuid(),
        cell: key,
        content,
        authorName: x.host.options.userName,
        authorEmail: x.host.options.userEmail,
        creationDate: new Date(x.host.options.now()).toISOString(),
      };
      x.tx.set(sheet, "comments", [...(sheet.comments ?? []), c]);
      made = c.id;
    });
    return comment;
  }

  getCount(): ClientResultImpl<number> {
    const r = new ClientResultImpl<number>();
    this._call(
      "getCount",
      [],
      (scope: string, x) => allComments(wb(x), scope).length,
      (v) => r._deliver(v),
    );
    return r;
  }

  getItem(commentId: string): Comment {
    return new Comment(this.context, `${this._path}.getItem(${JSON.stringify(commentId)})`, (x) => {
      if (!findComment(wb(x), commentId)) throw hostError("ItemNotFound", `No comment ${commentId}.`, "CommentCollection.getItem");
      return commentId;
    });
  }

  getItemOrNullObject(commentId: string): Comment {
    const c = new Comment(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(commentId)})`, (x) =>
      findComment(wb(x), commentId) ? commentId : NULL,
    );
    c._instantiate();
    return c;
  }

  getItemAt(index: number): Comment {
    return new Comment(this.context, `${this._path}.getItemAt(${index})`, (x) => {
      const scope = this._resolveRaw(x);
      if (scope === NULL) return NULL;
      const e = allComments(wb(x), scope)[index];
      if (!e) throw hostError("ItemNotFound", `No comment at index ${index}.`, "CommentCollection.getItemAt");
      return e.c.id;
    });
  }

  getItemByCell(cellAddress: Range | string): Comment {
    return new Comment(this.context, `${this._path}.getItemByCell(…)`, (x) => {
      const scope = this._resolveRaw(x);
      if (scope === NULL) return NULL;
      const { sheet, key } = cellOf(cellAddress, x, scope, "CommentCollection.getItemByCell");
      const c = (sheet.comments ?? []).find((e) => e.cell === key);
      if (!c) throw hostError("ItemNotFound", `No comment at ${sheet.name}!${key}.`, "CommentCollection.getItemByCell");
      return c.id;
    });
  }
}

export class Comment extends ClientObjectBase {
  _locate: Locate<string>;
  _id: string | typeof NULL | undefined;
  constructor(ctx: RequestContextImpl, path: string, locate: Locate<string>) {
    super(ctx, path);
    this._locate = locate;
    this._id = undefined;
  }
  _meta(): ClassMeta {
    return COMMENT_META;
  }
  _resolveRaw(x: Exec): Resolved<{ sheet: SheetModel; c: CommentModel }> {
    if (this._id === undefined) this._id = this._locate(x);
    if (this._id === NULL) return NULL;
    const e = findComment(wb(x), this._id);
    if (!e) throw hostError("ItemNotFound", "The comment no longer exists.");
    return e;
  }
  _read(target: unknown, name: string, x: Exec): unknown {
    const { c } = target as { c: CommentModel };
    switch (name) {
      case "id":
        return c.id;
      case "authorName":
        return c.authorName ?? "";
      case "authorEmail":
        return c.authorEmail ?? "";
      case "content":
        return c.content;
      case "contentType":
        return "Plain";
      case "creationDate":
        return c.creationDate ? new Date(c.creationDate) : null;
      case "resolved":
        return !!c.resolved;
    }
    return super._read(target, name, x);
  }
  private _update(name: string, value: unknown, patch: (c: CommentModel) => CommentModel): void {
    this._set(name, value, (t: { sheet: SheetModel; c: CommentModel }, _v, x) => {
      ops.assertWritable(t.sheet, `Comment.${name}`);
      x.tx.set(
        t.sheet,
        "comments",
        (t.sheet.comments ?? []).map((c) => (c.id === t.c.id ? patch(c) : c)),
      );
    });
  }
  get id(): string {
    return this._get("id");
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get authorEmail(): string {
    return this._get("authorEmail");
  }
  get contentType(): string {
    return this._get("contentType");
  }
  get creationDate(): Date {
    return this._get("creationDate");
  }
  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    if (typeof v !== "string") throw hostError("InvalidArgument", "Comment content must be a string.");
    this._update("content", v, (c) => ({ ...c, content: v }));
  }
  /** ExcelApi 1.11. */
  get resolved(): boolean {
    this._api("Comment.resolved", "1.11");
    return this._get("resolved");
  }
  set resolved(v: boolean) {
    this._api("Comment.resolved", "1.11");
    this._update("resolved", v, (c) => ({ ...c, resolved: v || undefined }));
  }
  delete(): void {
    this._call("delete", [], (t: { sheet: SheetModel; c: CommentModel }, x) => {
      ops.assertWritable(t.sheet, "Comment.delete");
      x.tx.set(
        t.sheet,
        "comments",
        (t.sheet.comments ?? []).filter((c) => c.id !== t.c.id),
      );
    });
  }
  getLocation(): Range {
    return new Range(this.context, `${this._path}.getLocation()`, (x) => {
      const t = this._resolveRaw(x);
      if (t === NULL) return NULL;
      const p = parseCellKey(t.c.cell);
      return { sheetId: t.sheet.id!, rect: { top: p.row, left: p.col, bottom: p.row, right: p.col } };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Settings (ExcelApi 1.4), persisted in WorkbookModel.settings

const SETTING_META: ClassMeta = { entity: "Setting", scalars: ["key", "value"], navs: [] };
const SETTINGS_META: ClassMeta = { entity: "SettingCollection", scalars: [], navs: [], item: () => SETTING_META };

function jsonClone(v: unknown, where: string): unknown {
  if (v === undefined) throw hostError("InvalidArgument", "A setting value cannot be undefined.", where);
  try {
    return JSON.parse(JSON.stringify(v));
  } catch {
    throw hostError("InvalidArgument", "A setting value must be JSON-serialisable.", where);
  }
}

/**
 * What settings and custom XML parts share: workbook-level items found by a string key (a
 * setting's key, a part's id). A subclass says where the keys live and makes its items; counting
 * and finding are written once.
 */
abstract class KeyedCollection<T extends KeyedItem<unknown>> extends CollectionBase<T> {
  abstract _keys(book: WorkbookModel): string[];
  abstract _item(path: string, locate: Locate<string>): T;
  /** "workbook.settings", for item paths and messages. */
  abstract _where(): string;

  _resolveRaw(x: Exec): Resolved<WorkbookModel> {
    return wb(x);
  }
  _itemTargets(target: unknown): unknown[] {
    return this._keys(target as WorkbookModel);
  }
  _makeItem(itemTarget: unknown): T {
    const key = itemTarget as string;
    return this._item(`${this._where()}.getItem(${JSON.stringify(key)})`, () => key);
  }

  getCount(): ClientResultImpl<number> {
    const r = new ClientResultImpl<number>();
    this._call(
      "getCount",
      [],
      (book: WorkbookModel) => this._keys(book).length,
      (v) => r._deliver(v),
    );
    return r;
  }

  getItem(key: string): T {
    return this._item(`${this._where()}.getItem(${JSON.stringify(key)})`, (x) => {
      if (!this._keys(wb(x)).includes(key))
        throw hostError("ItemNotFound", `No item ${JSON.stringify(key)} in ${this._where()}.`, `${this._meta().entity}.getItem`);
      return key;
    });
  }

  getItemOrNullObject(key: string): T {
    const item = this._item(`${this._where()}.getItemOrNullObject(${JSON.stringify(key)})`, (x) => (this._keys(wb(x)).includes(key) ? key : NULL));
    item._instantiate();
    return item;
  }
}

/** An item of a KeyedCollection: bound to its key on first use; gone when the key is. */
abstract class KeyedItem<T> extends ClientObjectBase {
  _key: string | typeof NULL | undefined;
  constructor(
    ctx: RequestContextImpl,
    path: string,
    readonly _locate: Locate<string>,
  ) {
    super(ctx, path);
    this._key = undefined;
  }
  /** The item's model for `key`, or undefined when it no longer exists. */
  abstract _find(book: WorkbookModel, key: string): T | undefined;

  _resolveRaw(x: Exec): Resolved<{ key: string; item: T }> {
    if (this._key === undefined) this._key = this._locate(x);
    if (this._key === NULL) return NULL;
    const item = this._find(wb(x), this._key);
    if (item === undefined) throw hostError("ItemNotFound", `${this._meta().entity} ${JSON.stringify(this._key)} no longer exists.`);
    return { key: this._key, item };
  }
}

type KeyedTarget<T> = { key: string; item: T };

export class SettingCollection extends KeyedCollection<Setting> {
  _meta(): ClassMeta {
    return SETTINGS_META;
  }
  _where(): string {
    return "workbook.settings";
  }
  _keys(book: WorkbookModel): string[] {
    return Object.keys(book.settings ?? {});
  }
  _item(path: string, locate: Locate<string>): Setting {
    return new Setting(this.context, path, locate);
  }

  add(key: string, value: unknown): Setting {
    const setting = new Setting(this.context, `workbook.settings.add(${JSON.stringify(key)}, …)`, () => key);
    this._call("add", [key, value], (book: WorkbookModel, x) => {
      if (typeof key !== "string" || key === "") throw hostError("InvalidArgument", "A setting key must be a non-empty string.", "SettingCollection.add");
      x.tx.set(book, "settings", { ...(book.settings ?? {}), [key]: jsonClone(value, "SettingCollection.add") });
    });
    return setting;
  }
}

export class Setting extends KeyedItem<{ value: unknown }> {
  _meta(): ClassMeta {
    return SETTING_META;
  }
  _find(book: WorkbookModel, key: string): { value: unknown } | undefined {
    return Object.prototype.hasOwnProperty.call(book.settings ?? {}, key) ? { value: book.settings![key] } : undefined;
  }
  delete(): void {
    this._call("delete", [], (t: KeyedTarget<unknown>, x) => {
      const book = wb(x);
      const next = { ...(book.settings ?? {}) };
      delete next[t.key];
      x.tx.set(book, "settings", next);
    });
  }
}
defineProps<KeyedTarget<{ value: unknown }>>(Setting, "Setting", {
  key: { read: (t) => t.key },
  value: {
    read: (t) => JSON.parse(JSON.stringify(t.item.value)),
    write: (t, value, x) => {
      const book = wb(x);
      x.tx.set(book, "settings", { ...(book.settings ?? {}), [t.key]: jsonClone(value, "Setting.value") });
    },
  },
});

registerNav("Workbook", "settings", () => SETTINGS_META);

// ---------------------------------------------------------------------------------------------
// Custom XML parts (ExcelApi 1.5)

const PART_META: ClassMeta = { entity: "CustomXmlPart", scalars: ["id", "namespaceUri"], navs: [] };
const PARTS_META: ClassMeta = { entity: "CustomXmlPartCollection", scalars: [], navs: [], item: () => PART_META };

function checkXml(xml: unknown, where: string): string {
  if (typeof xml !== "string" || !/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_][\w.:-]*[\s\S]*>\s*$/.test(xml))
    throw hostError("InvalidArgument", "The XML is not well formed.", where);
  return xml;
}

function namespaceOf(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*)>/.exec(xml.replace(/^\s*<\?xml[^>]*\?>/, ""));
  if (!root) return "";
  const prefix = root[2] ? root[1] : "";
  const attr = new RegExp(prefix ? `xmlns:${prefix}="([^"]*)"` : `xmlns="([^"]*)"`).exec(root[3]);
  return attr ? attr[1] : "";
}

function findPart(book: WorkbookModel, id: string): CustomXmlPartModel | undefined {
  return (book.customXmlParts ?? []).find((p) => p.id === id);
}

export class CustomXmlPartCollection extends KeyedCollection<CustomXmlPart> {
  _meta(): ClassMeta {
    return PARTS_META;
  }
  _where(): string {
    return "workbook.customXmlParts";
  }
  _keys(book: WorkbookModel): string[] {
    return (book.customXmlParts ?? []).map((p) => p.id);
  }
  _item(path: string, locate: Locate<string>): CustomXmlPart {
    return new CustomXmlPart(this.context, path, locate);
  }

  add(xml: string): CustomXmlPart {
    let made: string | undefined;
    const part = new CustomXmlPart(this.context, "workbook.customXmlParts.add(…)", () => {
      if (!made) throw hostError("GeneralException", "The part was not created.");
      return made;
    });
    this._call("add", [xml], (book: WorkbookModel, x) => {
      const id = x.host._newGuid();
      x.tx.set(book, "customXmlParts", [...(book.customXmlParts ?? []), { id, xml: checkXml(xml, "CustomXmlPartCollection.add") }]);
      made = id;
    });
    return part;
  }
}

export class CustomXmlPart extends KeyedItem<CustomXmlPartModel> {
  _meta(): ClassMeta {
    return PART_META;
  }
  _find(book: WorkbookModel, id: string): CustomXmlPartModel | undefined {
    return findPart(book, id);
  }
  getXml(): ClientResultImpl<string> {
    const r = new ClientResultImpl<string>();
    this._call(
      "getXml",
      [],
      (t: KeyedTarget<CustomXmlPartModel>) => t.item.xml,
      (v) => r._deliver(v),
    );
    return r;
  }
  /** Replaces the part's XML (mode "replace"), or removes it (mode "delete"). */
  private _replace(method: string, args: unknown[], next: (parts: CustomXmlPartModel[], id: string) => CustomXmlPartModel[]): void {
    this._call(method, args, (t: KeyedTarget<CustomXmlPartModel>, x) => {
      const book = wb(x);
      x.tx.set(book, "customXmlParts", next(book.customXmlParts ?? [], t.key));
    });
  }
  setXml(xml: string): void {
    this._replace("setXml", [xml], (parts, id) => {
      const checked = checkXml(xml, "CustomXmlPart.setXml");
      return parts.map((q) => (q.id === id ? { ...q, xml: checked } : q));
    });
  }
  delete(): void {
    this._replace("delete", [], (parts, id) => parts.filter((q) => q.id !== id));
  }
}
defineProps<KeyedTarget<CustomXmlPartModel>>(CustomXmlPart, "CustomXmlPart", {
  id: { read: (t) => t.item.id },
  namespaceUri: { read: (t) => namespaceOf(t.item.xml) },
});

registerNav("Workbook", "customXmlParts", () => PARTS_META);

export { formatRect };
