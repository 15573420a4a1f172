/** Range, RangeAreas and the format/validation objects hanging off them. */

import {
  ClassMeta,
  ClientObjectBase,
  ClientResultImpl,
  CollectionBase,
  Exec,
  NULL,
  PropSpec,
  RequestContextImpl,
  Resolved,
  defineProps,
  registerNav,
} from "./core";
import {
  Rect,
  formatRect,
  isValidRect,
  parseRect,
  rectCellCount,
  rectCols,
  rectIntersection,
  rectRows,
  sheetAddress,
  splitSheet,
  boundingRect,
  MAX_COLUMNS,
  MAX_ROWS,
} from "./a1";
import { HostError, hostError, notImplemented } from "./errors";
import { CellModel, DEFAULTS, EdgeName, SheetModel } from "./model";
import * as ops from "./sheetops";
import { Worksheet } from "./workbook";
import { CF_COLLECTION_META, ConditionalFormatCollection } from "./conditional-formats";
import * as structure from "./structure";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export interface CellsTarget {
  sheet: SheetModel;
  rects: Rect[];
}

export type Locate<T> = (x: Exec) => Resolved<T>;

interface Bound {
  sheetId: string;
  rect: Rect;
}

/** Something whose cells the format objects act on (Range or RangeAreas). */
export interface CellsOwner extends ClientObjectBase {
  _cells(x: Exec): Resolved<CellsTarget>;
}

// ---------------------------------------------------------------------------------------------
// Range

const RANGE_META: ClassMeta = {
  entity: "Range",
  scalars: [
    "address",
    "addressLocal",
    "cellCount",
    "columnCount",
    "columnIndex",
    "formulas",
    "formulasLocal",
    "hyperlink",
    "isEntireColumn",
    "isEntireRow",
    "numberFormat",
    "numberFormatLocal",
    "rowCount",
    "rowIndex",
    "text",
    "valueTypes",
    "values",
  ],
  navs: ["format", "dataValidation", "worksheet", "conditionalFormats"],
};

/** Resolves a Range|string argument against `sheet` (same-sheet only). */
function otherRect(arg: unknown, sheet: SheetModel, x: Exec, method: string): Rect {
  if (arg instanceof ClientObjectBase) {
    if (!(arg instanceof Range)) throw hostError("InvalidArgument", `${method} takes a Range or an address.`);
    if (arg.context !== x.ctx) throw new HostError("InvalidRequestContext");
    const t = arg._resolve(x);
    if (t === NULL) throw hostError("InvalidArgument", `${method}: the other range is a null object.`);
    const rt = t as RangeTarget;
    if (rt.sheet.id !== sheet.id) throw hostError("InvalidArgument", `${method}: the ranges are on different sheets.`);
    return rt.rect;
  }
  if (typeof arg !== "string") throw hostError("InvalidArgument", `${method} takes a Range or an address.`);
  const { sheet: sName, ref } = splitSheet(arg);
  if (sName !== undefined && sName.toLowerCase() !== sheet.name.toLowerCase()) throw hostError("InvalidArgument", `${method}: ${arg} is on another sheet.`);
  const r = parseRect(ref);
  if (!r) throw hostError("InvalidArgument", `${method}: bad address ${arg}.`);
  return r;
}

function checkRect(r: Rect, method: string): Rect {
  if (!isValidRect(r)) throw hostError("InvalidArgument", `${method}: the resulting range is outside the worksheet grid.`);
  return r;
}

/**
 * What Range and RangeAreas share: a target bound on first use (as Office.js binds an object path),
 * and the format, conditional formats, worksheet and clear() over its cells.
 */
abstract class CellsObject<B> extends ClientObjectBase implements CellsOwner {
  _binding: B | typeof NULL | undefined;

  constructor(
    ctx: RequestContextImpl,
    path: string,
    readonly _locate: Locate<B>,
  ) {
    super(ctx, path);
    this._binding = undefined;
  }

  _autoTracked(): boolean {
    return true;
  }

  _bind(x: Exec): Resolved<B> {
    if (this._binding === undefined) this._binding = this._locate(x);
    return this._binding;
  }

  abstract _cells(x: Exec): Resolved<CellsTarget>;
  /** ExcelApi version of this class's conditionalFormats (Range 1.6, RangeAreas 1.9). */
  abstract _formatsApi(): string;

  _child(name: string): ClientObjectBase {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return super._child(name);
  }

  get format(): RangeFormat {
    return this._kid("format", () => new RangeFormat(this.context, `${this._path}.format`, this));
  }

  /** The conditional formats that intersect the cells. */
  get conditionalFormats(): ConditionalFormatCollection {
    this._api(`${this._meta().entity}.conditionalFormats`, this._formatsApi());
    return this._kid("conditionalFormats", () => new ConditionalFormatCollection(this.context, `${this._path}.conditionalFormats`, this));
  }

  get worksheet(): Worksheet {
    return this._kid(
      "worksheet",
      () =>
        new Worksheet(this.context, `${this._path}.worksheet`, (x) => {
          const t = this._cells(x);
          return t === NULL ? NULL : t.sheet.id!;
        }),
    );
  }

  clear(applyTo: string = "All"): void {
    const where = `${this._meta().entity}.clear`;
    this._call("clear", [applyTo], (_t: unknown, x) => {
      const t = this._cells(x) as CellsTarget;
      ops.assertWritable(t.sheet, where);
      ops.clearRange(x.tx, t.sheet, t.rects, applyTo, x.changes);
    });
  }
}

/** Properties both classes read from their cells; a Range is one rectangle. */
const CELLS_PROPS: Record<string, PropSpec<CellsTarget>> = {
  address: { read: (t) => t.rects.map((r) => sheetAddress(t.sheet.name, r)).join(", ") },
  addressLocal: { read: (t) => t.rects.map((r) => sheetAddress(t.sheet.name, r)).join(", ") },
  cellCount: { read: (t) => t.rects.reduce((n, r) => n + rectCellCount(r), 0) },
  isEntireColumn: { read: (t) => t.rects.every((r) => r.top === 0 && r.bottom === MAX_ROWS - 1) },
  isEntireRow: { read: (t) => t.rects.every((r) => r.left === 0 && r.right === MAX_COLUMNS - 1) },
};

const onRect = (spec: PropSpec<CellsTarget>, api?: string): PropSpec<RangeTarget> => ({
  read: (t, x) => spec.read({ sheet: t.sheet, rects: [t.rect] }, x),
  api,
});

/** A per-cell grid property; a read of more than the cell limit gives null, as Excel may. */
function gridProp(get: (c: CellModel | undefined) => unknown, api?: string, write?: PropSpec<RangeTarget>["write"]): PropSpec<RangeTarget> {
  return { read: (t, x) => (rectCellCount(t.rect) > x.host.options.cellLimit ? null : ops.gridOf(t.sheet, t.rect, get)), api, write };
}

function writeInputsProp(what: "values" | "formulas"): PropSpec<RangeTarget>["write"] {
  return (t, value, x) => {
    ops.assertWritable(t.sheet, `Range.${what}`);
    ops.writeInputs(x.tx, t.sheet, t.rect, value, what, { evaluate: x.host.options.evaluateFormula }, x.changes);
  };
}

export class Range extends CellsObject<Bound> {
  _meta(): ClassMeta {
    return RANGE_META;
  }

  _formatsApi(): string {
    return "1.6";
  }

  _resolveRaw(x: Exec): Resolved<RangeTarget> {
    const b = this._bind(x);
    if (b === NULL) return NULL;
    return { sheet: ops.requireSheet(x.host.workbook, b.sheetId), rect: b.rect };
  }

  _cells(x: Exec): Resolved<CellsTarget> {
    const t = this._resolveRaw(x);
    return t === NULL ? NULL : { sheet: t.sheet, rects: [t.rect] };
  }

  _child(name: string): ClientObjectBase {
    if (name === "dataValidation") return this.dataValidation;
    return super._child(name);
  }

  private _sub(path: string, f: (t: RangeTarget, x: Exec) => Rect): Range {
    return new Range(this.context, `${this._path}.${path}`, (x) => {
      const t = this._resolveRaw(x);
      if (t === NULL) return NULL;
      return { sheetId: t.sheet.id!, rect: f(t, x) };
    });
  }

  private _subOrNull(path: string, f: (t: RangeTarget, x: Exec) => Rect | null): Range {
    const r = new Range(this.context, `${this._path}.${path}`, (x) => {
      const t = this._resolveRaw(x);
      if (t === NULL) return NULL;
      const rect = f(t, x);
      return rect ? { sheetId: t.sheet.id!, rect } : NULL;
    });
    r._instantiate();
    return r;
  }

  /** ExcelApi 1.2: sort.apply(fields) sorts the range's rows (see structure.ts). */
  get sort(): RangeSort {
    this._api("Range.sort", "1.2");
    return this._kid("sort", () => new RangeSort(this.context, `${this._path}.sort`, this));
  }

  get dataValidation(): DataValidation {
    this._api("Range.dataValidation", "1.8");
    return this._kid("dataValidation", () => new DataValidation(this.context, `${this._path}.dataValidation`, this));
  }

  // --- navigation ---------------------------------------------------------------------------

  getCell(row: number, column: number): Range {
    return this._sub(`getCell(${row}, ${column})`, ({ rect }) =>
      checkRect({ top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column }, "Range.getCell"),
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._sub(`getOffsetRange(${rowOffset}, ${columnOffset})`, ({ rect }) =>
      checkRect(
        { top: rect.top + rowOffset, bottom: rect.bottom + rowOffset, left: rect.left + columnOffset, right: rect.right + columnOffset },
        "Range.getOffsetRange",
      ),
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    this._api("Range.getResizedRange", "1.2");
    return this._sub(`getResizedRange(${deltaRows}, ${deltaColumns})`, ({ rect }) => {
      const r = { ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns };
      if (r.bottom < r.top || r.right < r.left) throw hostError("InvalidArgument", "Range.getResizedRange: the range would have no cells.");
      return checkRect(r, "Range.getResizedRange");
    });
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    this._api("Range.getAbsoluteResizedRange", "1.7");
    return this._sub(`getAbsoluteResizedRange(${numRows}, ${numColumns})`, ({ rect }) => {
      if (numRows < 1 || numColumns < 1) throw hostError("InvalidArgument", "Range.getAbsoluteResizedRange needs at least one row and column.");
      return checkRect({ ...rect, bottom: rect.top + numRows - 1, right: rect.left + numColumns - 1 }, "Range.getAbsoluteResizedRange");
    });
  }

  getBoundingRect(anotherRange: Range | string): Range {
    return this._sub("getBoundingRect(…)", ({ sheet, rect }, x) => boundingRect(rect, otherRect(anotherRange, sheet, x, "Range.getBoundingRect")));
  }

  getIntersection(anotherRange: Range | string): Range {
    return this._sub("getIntersection(…)", ({ sheet, rect }, x) => {
      const r = rectIntersection(rect, otherRect(anotherRange, sheet, x, "Range.getIntersection"));
      if (!r) throw hostError("ItemNotFound", "The ranges do not intersect.");
      return r;
    });
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    this._api("Range.getIntersectionOrNullObject", "1.4");
    return this._subOrNull("getIntersectionOrNullObject(…)", ({ sheet, rect }, x) =>
      rectIntersection(rect, otherRect(anotherRange, sheet, x, "Range.getIntersectionOrNullObject")),
    );
  }

  getRow(row: number): Range {
    return this._sub(`getRow(${row})`, ({ rect }) => {
      if (row < 0 || row >= rectRows(rect)) throw hostError("InvalidArgument", "Range.getRow: row out of range.");
      return { ...rect, top: rect.top + row, bottom: rect.top + row };
    });
  }

  getColumn(column: number): Range {
    return this._sub(`getColumn(${column})`, ({ rect }) => {
      if (column < 0 || column >= rectCols(rect)) throw hostError("InvalidArgument", "Range.getColumn: column out of range.");
      return { ...rect, left: rect.left + column, right: rect.left + column };
    });
  }

  getEntireRow(): Range {
    return this._sub("getEntireRow()", ({ rect }) => ({ ...rect, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): Range {
    return this._sub("getEntireColumn()", ({ rect }) => ({ ...rect, top: 0, bottom: MAX_ROWS - 1 }));
  }

  getLastCell(): Range {
    return this._sub("getLastCell()", ({ rect }) => ({ top: rect.bottom, bottom: rect.bottom, left: rect.right, right: rect.right }));
  }

  getLastRow(): Range {
    return this._sub("getLastRow()", ({ rect }) => ({ ...rect, top: rect.bottom }));
  }

  getLastColumn(): Range {
    return this._sub("getLastColumn()", ({ rect }) => ({ ...rect, left: rect.right }));
  }

  getRowsAbove(count = 1): Range {
    this._api("Range.getRowsAbove", "1.2");
    return this._sub(`getRowsAbove(${count})`, ({ rect }) => checkRect({ ...rect, top: rect.top - count, bottom: rect.top - 1 }, "Range.getRowsAbove"));
  }

  getRowsBelow(count = 1): Range {
    this._api("Range.getRowsBelow", "1.2");
    return this._sub(`getRowsBelow(${count})`, ({ rect }) => checkRect({ ...rect, top: rect.bottom + 1, bottom: rect.bottom + count }, "Range.getRowsBelow"));
  }

  getColumnsBefore(count = 1): Range {
    this._api("Range.getColumnsBefore", "1.2");
    return this._sub(`getColumnsBefore(${count})`, ({ rect }) =>
      checkRect({ ...rect, left: rect.left - count, right: rect.left - 1 }, "Range.getColumnsBefore"),
    );
  }

  getColumnsAfter(count = 1): Range {
    this._api("Range.getColumnsAfter", "1.2");
    return this._sub(`getColumnsAfter(${count})`, ({ rect }) =>
      checkRect({ ...rect, left: rect.right + 1, right: rect.right + count }, "Range.getColumnsAfter"),
    );
  }

  // --- methods ------------------------------------------------------------------------------

  merge(across = false): void {
    this._api("Range.merge", "1.2");
    this._call("merge", [across], (t: RangeTarget, x) => {
      ops.assertWritable(t.sheet, "Range.merge");
      ops.merge(x.tx, t.sheet, t.rect, !!across);
    });
  }

  unmerge(): void {
    this._api("Range.unmerge", "1.2");
    this._call("unmerge", [], (t: RangeTarget, x) => {
      ops.assertWritable(t.sheet, "Range.unmerge");
      ops.unmerge(x.tx, t.sheet, t.rect);
    });
  }

  /** ExcelApi 1.13. Only merges whose top-left cell lies in this range; fails above the 512-area limit. */
  getMergedAreasOrNullObject(): RangeAreas {
    this._api("Range.getMergedAreasOrNullObject", "1.13");
    const areas = new RangeAreas(this.context, `${this._path}.getMergedAreasOrNullObject()`, (x) => {
      const t = this._resolveRaw(x);
      if (t === NULL) return NULL;
      const found = ops.mergedAreasAnchoredIn(t.sheet, t.rect);
      if (found.length > x.host.options.mergedAreasLimit) {
        if (x.host.options.mergedAreasError === "GeneralException") throw new HostError("GeneralException", "An internal error has occurred.");
        throw hostError(
          "InvalidOperation",
          `The range has ${found.length} merged areas; getMergedAreasOrNullObject supports at most ${x.host.options.mergedAreasLimit}.`,
          "Range.getMergedAreasOrNullObject",
        );
      }
      return found.length === 0 ? NULL : { sheetId: t.sheet.id!, rects: found };
    });
    areas._instantiate();
    return areas;
  }

  select(): void {
    this._call("select", [], (t: RangeTarget, x) => {
      const wb = x.host.workbook;
      x.tx.set(wb, "activeSheet", t.sheet.name);
      x.tx.set(t.sheet, "selection", formatRect(t.rect));
    });
  }

  /**
   * ExcelApi 1.1. Only shifting down (rows) is modelled; the new cells take the format above, as the
   * UI's insert does. Returns the inserted cells.
   */
  insert(shift: string): Range {
    if (shift !== "Down") throw hostError("NotImplemented", `Range.insert("${shift}") is not modelled by the fake host (only "Down").`, "Range.insert");
    this._call("insert", [shift], (t: RangeTarget, x) => {
      ops.assertWritable(t.sheet, "Range.insert");
      structure.insertRows(x.tx, t.sheet, t.rect.top, rectRows(t.rect), t.rect);
      x.changes.push({
        sheetId: t.sheet.id!,
        rect: t.rect,
        changeType: t.rect.left === 0 && t.rect.right === MAX_COLUMNS - 1 ? "RowInserted" : "CellInserted",
      });
    });
    return this._sub("insert(…)", ({ rect }) => rect);
  }

  /** ExcelApi 1.1. Only shifting up (rows) is modelled. */
  delete(shift: string): void {
    if (shift !== "Up") throw hostError("NotImplemented", `Range.delete("${shift}") is not modelled by the fake host (only "Up").`, "Range.delete");
    this._call("delete", [shift], (t: RangeTarget, x) => {
      ops.assertWritable(t.sheet, "Range.delete");
      structure.deleteRows(x.tx, t.sheet, t.rect.top, rectRows(t.rect), t.rect);
      x.changes.push({ sheetId: t.sheet.id!, rect: t.rect, changeType: t.rect.left === 0 && t.rect.right === MAX_COLUMNS - 1 ? "RowDeleted" : "CellDeleted" });
    });
  }

  /** ExcelApi 1.9. copyType "All" only: values, formats, notes and conditional formats, from the source's top-left. */
  copyFrom(sourceRange: Range | string, copyType: string = "All", skipBlanks = false, transpose = false): void {
    this._api("Range.copyFrom", "1.9");
    if (copyType !== "All" || skipBlanks || transpose) throw hostError("NotImplemented", "Range.copyFrom is modelled for copyType All only.", "Range.copyFrom");
    this._call("copyFrom", [sourceRange, copyType], (t: RangeTarget, x) => {
      ops.assertWritable(t.sheet, "Range.copyFrom");
      const src = sourceOf(sourceRange, x, "Range.copyFrom");
      const target = structure.copyBlock(x.tx, src.sheet, src.rect, t.sheet, { row: t.rect.top, col: t.rect.left }, false);
      x.changes.push({ sheetId: t.sheet.id!, rect: target });
    });
  }

  /** ExcelApi 1.11: cut and paste to `destinationRange` (its top-left). */
  moveTo(destinationRange: Range | string): void {
    this._api("Range.moveTo", "1.11");
    this._call("moveTo", [destinationRange], (t: RangeTarget, x) => {
      ops.assertWritable(t.sheet, "Range.moveTo");
      const dst = sourceOf(destinationRange, x, "Range.moveTo", t.sheet);
      ops.assertWritable(dst.sheet, "Range.moveTo");
      const target = structure.copyBlock(x.tx, t.sheet, t.rect, dst.sheet, { row: dst.rect.top, col: dst.rect.left }, true);
      x.changes.push({ sheetId: t.sheet.id!, rect: t.rect }, { sheetId: dst.sheet.id!, rect: target });
    });
  }

  /** ExcelApi 1.9. */
  getCellProperties(cellPropertiesLoadOptions: Record<string, unknown>): ClientResultImpl<unknown[][]> {
    this._api("Range.getCellProperties", "1.9");
    const spec = cellPropsSpec(cellPropertiesLoadOptions);
    const result = new ClientResultImpl<unknown[][]>();
    this._call(
      "getCellProperties",
      [cellPropertiesLoadOptions],
      (t: RangeTarget) => ops.gridOf(t.sheet, t.rect, (cell, r, c) => readCellProps(t.sheet, cell, r, c, spec)),
      (v) => result._deliver(v),
    );
    return result;
  }

  /** ExcelApi 1.9. */
  setCellProperties(cellPropertiesData: unknown[][]): void {
    this._api("Range.setCellProperties", "1.9");
    if (Array.isArray(cellPropertiesData)) for (const row of cellPropertiesData) if (Array.isArray(row)) for (const p of row) checkSettable(p);
    this._call("setCellProperties", [cellPropertiesData], (t: RangeTarget, x) => {
      ops.assertWritable(t.sheet, "Range.setCellProperties");
      const rows = rectRows(t.rect);
      const cols = rectCols(t.rect);
      const g = cellPropertiesData;
      if (!Array.isArray(g) || g.length !== rows || g.some((r) => !Array.isArray(r) || r.length !== cols))
        throw hostError("InvalidArgument", `setCellProperties needs a ${rows}×${cols} array.`);
      const checked = g.map((row) => row.map((p) => checkCellPropValues(p)));
      checked.forEach((row, i) => row.forEach((p, j) => p && applyCellProps(x, t.sheet, t.rect.top + i, t.rect.left + j, p)));
    });
  }
}

defineProps<RangeTarget>(Range, "Range", {
  address: onRect(CELLS_PROPS.address),
  addressLocal: onRect(CELLS_PROPS.addressLocal),
  cellCount: onRect(CELLS_PROPS.cellCount),
  isEntireColumn: onRect(CELLS_PROPS.isEntireColumn, "1.7"),
  isEntireRow: onRect(CELLS_PROPS.isEntireRow, "1.7"),
  rowCount: { read: (t) => rectRows(t.rect) },
  columnCount: { read: (t) => rectCols(t.rect) },
  rowIndex: { read: (t) => t.rect.top },
  columnIndex: { read: (t) => t.rect.left },
  text: gridProp(ops.cellText),
  valueTypes: gridProp(ops.cellValueType),
  formulasLocal: gridProp(ops.cellFormula),
  numberFormatLocal: gridProp(ops.cellNumberFormat, "1.7"),
  values: gridProp(ops.cellValue, undefined, writeInputsProp("values")),
  formulas: gridProp(ops.cellFormula, undefined, writeInputsProp("formulas")),
  numberFormat: gridProp(ops.cellNumberFormat, undefined, (t, value, x) => {
    ops.assertWritable(t.sheet, "Range.numberFormat");
    ops.writeNumberFormats(x.tx, t.sheet, t.rect, value);
  }),
  /** Setting it also writes textToDisplay (when given) as the cell's value. {} when none. */
  hyperlink: {
    api: "1.7",
    read: (t) => ops.uniform(t.sheet, [t.rect], (c) => c?.hyperlink ?? {}),
    write: (t, value, x) => {
      ops.assertWritable(t.sheet, "Range.hyperlink");
      const link = ops.checkHyperlink(value);
      ops.formatCells(x.tx, t.sheet, [t.rect], (old) =>
        link.textToDisplay !== undefined
          ? { ...old, hyperlink: link, value: link.textToDisplay, formula: undefined, text: undefined }
          : { ...old, hyperlink: link },
      );
      if (link.textToDisplay !== undefined) x.changes.push({ sheetId: t.sheet.id!, rect: t.rect });
    },
  },
});

registerNav("Range", "format", () => FORMAT_META);
registerNav("Range", "conditionalFormats", () => CF_COLLECTION_META);

/** A Range or an address ("Sheet!A1:B2", or on `defaultSheet`) → its sheet and rectangle. */
function sourceOf(arg: unknown, x: Exec, where: string, defaultSheet?: SheetModel): RangeTarget {
  if (arg instanceof Range) {
    if (arg.context !== x.ctx) throw new HostError("InvalidRequestContext");
    const t = arg._resolve(x);
    if (t === NULL) throw hostError("InvalidArgument", `${where}: the range is a null object.`, where);
    return t as RangeTarget;
  }
  if (typeof arg !== "string") throw hostError("InvalidArgument", `${where} takes a Range or an address.`, where);
  const { sheet: name, ref } = splitSheet(arg);
  const sheet = name !== undefined ? ops.sheetByName(x.host.workbook, name) : (defaultSheet ?? ops.activeSheet(x.host.workbook));
  const rect = parseRect(ref);
  if (!sheet || !rect) throw hostError("InvalidArgument", `${where}: bad address ${arg}.`, where);
  return { sheet, rect };
}

const SORT_META: ClassMeta = { entity: "RangeSort", scalars: [], navs: [] };

/** Range.sort (ExcelApi 1.2): apply(fields) with one or more keys; rows only (orientation Rows). */
export class RangeSort extends ClientObjectBase {
  constructor(
    ctx: RequestContextImpl,
    path: string,
    private readonly _owner: Range,
  ) {
    super(ctx, path, _owner);
  }
  _meta(): ClassMeta {
    return SORT_META;
  }
  _resolveRaw(x: Exec): Resolved<RangeTarget> {
    return this._owner._resolveRaw(x);
  }
  apply(fields: Array<{ key: number; ascending?: boolean }>, matchCase = false, hasHeaders = false, orientation: string = "Rows"): void {
    if (orientation !== "Rows") throw hostError("NotImplemented", "RangeSort.apply is modelled for rows only.", "RangeSort.apply");
    if (!Array.isArray(fields) || fields.length === 0) throw hostError("InvalidArgument", "RangeSort.apply needs at least one sort field.", "RangeSort.apply");
    void matchCase;
    this._call("apply", [fields, matchCase, hasHeaders, orientation], (t: RangeTarget, x) => {
      ops.assertWritable(t.sheet, "RangeSort.apply");
      const rect = hasHeaders ? { ...t.rect, top: t.rect.top + 1 } : t.rect;
      // The last key first: a stable sort per key gives the multi-key order.
      for (const f of [...fields].reverse()) structure.sortRows(x.tx, t.sheet, rect, rect.left + f.key, f.ascending !== false);
      x.changes.push({ sheetId: t.sheet.id!, rect });
    });
  }
}
registerNav("Range", "dataValidation", () => DV_META);
registerNav("Range", "worksheet", () => Worksheet.META);

// ---------------------------------------------------------------------------------------------
// Cell properties (getCellProperties / setCellProperties)

interface CellPropsSpec {
  address?: boolean;
  addressLocal?: boolean;
  hidden?: boolean;
  hyperlink?: boolean;
  fill?: string[];
  font?: string[];
  borders?: Array<{ side: string; props: string[] }>;
  horizontalAlignment?: boolean;
  verticalAlignment?: boolean;
  wrapText?: boolean;
}

const FILL_PROPS = ["color", "pattern", "tintAndShade"];
const FONT_PROPS = ["bold", "italic", "color", "name", "size", "underline", "strikethrough"];
const BORDER_PROPS = ["style", "weight", "color"];
const SIDES: Record<string, EdgeName> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
};

function pick(o: unknown, allowed: string[], where: string): string[] {
  if (o === true) return allowed;
  if (!o || typeof o !== "object") return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (!v) continue;
    if (!allowed.includes(k)) throw notImplemented(`${where}.${k}`);
    out.push(k);
  }
  return out;
}

function cellPropsSpec(o: Record<string, unknown>): CellPropsSpec {
  if (!o || typeof o !== "object") throw hostError("InvalidArgument", "getCellProperties needs load options.");
  const spec: CellPropsSpec = {};
  for (const [k, v] of Object.entries(o)) {
    if (!v) continue;
    if (k === "address" || k === "addressLocal" || k === "hidden" || k === "hyperlink") spec[k] = true;
    else if (k === "format") {
      for (const [fk, fv] of Object.entries(
        v === true ? { fill: true, font: true, borders: true, horizontalAlignment: true, verticalAlignment: true, wrapText: true } : (v as object),
      )) {
        if (!fv) continue;
        if (fk === "fill") spec.fill = pick(fv, FILL_PROPS, "CellPropertiesFill");
        else if (fk === "font") spec.font = pick(fv, FONT_PROPS, "CellPropertiesFont");
        else if (fk === "borders") {
          const sides = fv === true ? Object.fromEntries(Object.keys(SIDES).map((s) => [s, true])) : (fv as Record<string, unknown>);
          spec.borders = Object.entries(sides)
            .filter(([, sv]) => sv)
            .map(([side, sv]) => {
              if (!SIDES[side]) throw notImplemented(`CellBorderCollection.${side}`);
              return { side, props: pick(sv, BORDER_PROPS, "CellBorder") };
            });
        } else if (fk === "horizontalAlignment" || fk === "verticalAlignment" || fk === "wrapText") spec[fk] = true;
        else throw notImplemented(`CellPropertiesFormat.${fk}`);
      }
    } else throw notImplemented(`CellProperties.${k}`);
  }
  return spec;
}

function readCellProps(sheet: SheetModel, cell: CellModel | undefined, r: number, c: number, spec: CellPropsSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (spec.address) out.address = sheetAddress(sheet.name, { top: r, bottom: r, left: c, right: c });
  if (spec.addressLocal) out.addressLocal = sheetAddress(sheet.name, { top: r, bottom: r, left: c, right: c });
  if (spec.hidden) out.hidden = false;
  if (spec.hyperlink) out.hyperlink = cell?.hyperlink ?? {};
  const format: Record<string, unknown> = {};
  if (spec.fill) {
    const fill: Record<string, unknown> = {};
    for (const p of spec.fill) fill[p] = p === "color" ? ops.fillColor(cell) : p === "pattern" ? ops.fillPattern(cell) : ops.fillTint(cell);
    format.fill = fill;
  }
  if (spec.font) {
    const font: Record<string, unknown> = {};
    for (const p of spec.font) font[p] = ops.fontGetters[p](cell);
    format.font = font;
  }
  if (spec.borders) {
    const borders: Record<string, unknown> = {};
    for (const { side, props } of spec.borders) {
      const b: Record<string, unknown> = {};
      for (const p of props) b[p] = ops.borderGetter(p as "style", SIDES[side])(cell);
      borders[side] = b;
    }
    format.borders = borders;
  }
  if (spec.horizontalAlignment) format.horizontalAlignment = cell?.horizontalAlignment ?? DEFAULTS.horizontalAlignment;
  if (spec.verticalAlignment) format.verticalAlignment = cell?.verticalAlignment ?? DEFAULTS.verticalAlignment;
  if (spec.wrapText) format.wrapText = cell?.wrapText ?? false;
  if (Object.keys(format).length) out.format = format;
  return out;
}

function checkSettable(p: unknown): void {
  if (p === null || p === undefined) return;
  if (typeof p !== "object") throw hostError("InvalidArgument", "setCellProperties takes objects.");
  for (const [k, v] of Object.entries(p as object)) {
    if (k !== "format") throw notImplemented(`SettableCellProperties.${k}`);
    for (const fk of Object.keys(v ?? {})) {
      if (fk === "fill") pick((v as Record<string, unknown>).fill, FILL_PROPS, "CellPropertiesFill");
      else if (fk === "font") pick((v as Record<string, unknown>).font, FONT_PROPS, "CellPropertiesFont");
      else if (fk === "borders") {
        for (const [side, sv] of Object.entries((v as Record<string, Record<string, unknown>>).borders ?? {})) {
          if (!SIDES[side]) throw notImplemented(`CellBorderCollection.${side}`);
          pick(sv, BORDER_PROPS, "CellBorder");
        }
      } else if (!["horizontalAlignment", "verticalAlignment", "wrapText"].includes(fk)) throw notImplemented(`CellPropertiesFormat.${fk}`);
    }
  }
}

interface CheckedProps {
  fill?: ops.FillPatch;
  font?: Array<[string, unknown]>;
  borders?: Array<{ edge: EdgeName; prop: "style" | "weight" | "color"; value: string }>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

function checkCellPropValues(p: unknown): CheckedProps | null {
  if (p === null || p === undefined) return null;
  const f = (p as { format?: Record<string, unknown> }).format;
  if (!f) return null;
  const out: CheckedProps = {};
  if (f.fill) out.fill = ops.checkFillPatch(f.fill as Record<string, unknown>);
  if (f.font)
    out.font = Object.entries(f.font as object)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, ops.checkFontValue(k, v)]);
  if (f.borders) {
    out.borders = [];
    for (const [side, b] of Object.entries(f.borders as Record<string, Record<string, unknown>>)) {
      for (const prop of ["style", "weight", "color"] as const) {
        const v = b?.[prop];
        if (v !== undefined && v !== null) out.borders.push({ edge: SIDES[side], prop, value: ops.checkBorderValue(prop, v) });
      }
    }
  }
  if (f.horizontalAlignment !== undefined) out.horizontalAlignment = ops.checkAlignment("horizontalAlignment", f.horizontalAlignment);
  if (f.verticalAlignment !== undefined) out.verticalAlignment = ops.checkAlignment("verticalAlignment", f.verticalAlignment);
  if (f.wrapText !== undefined) {
    if (typeof f.wrapText !== "boolean") throw hostError("InvalidArgument", "wrapText must be a boolean.");
    out.wrapText = f.wrapText;
  }
  return out;
}

function applyCellProps(x: Exec, sheet: SheetModel, r: number, c: number, p: CheckedProps): void {
  ops.updateCell(x.tx, sheet, r, c, (old) => {
    const next: CellModel = { ...old };
    if (p.fill) next.fill = ops.patchFill(old.fill, p.fill);
    if (p.font) for (const [k, v] of p.font) next.font = ops.patchFont(next.font, k, v);
    if (p.horizontalAlignment)
      next.horizontalAlignment = p.horizontalAlignment === "General" ? undefined : (p.horizontalAlignment as CellModel["horizontalAlignment"]);
    if (p.verticalAlignment) next.verticalAlignment = p.verticalAlignment === "Bottom" ? undefined : (p.verticalAlignment as CellModel["verticalAlignment"]);
    if (p.wrapText !== undefined) next.wrapText = p.wrapText || undefined;
    return next;
  });
  const single = { top: r, bottom: r, left: c, right: c };
  for (const b of p.borders ?? []) ops.writeBorder(x.tx, sheet, single, b.edge, b.prop, b.value);
}

// ---------------------------------------------------------------------------------------------
// RangeAreas and RangeCollection

interface BoundAreas {
  sheetId: string;
  rects: Rect[];
}

const AREAS_META: ClassMeta = {
  entity: "RangeAreas",
  scalars: ["address", "addressLocal", "areaCount", "cellCount", "isEntireColumn", "isEntireRow"],
  navs: ["areas", "format", "worksheet", "conditionalFormats"],
};

export class RangeAreas extends CellsObject<BoundAreas> {
  _meta(): ClassMeta {
    return AREAS_META;
  }

  _formatsApi(): string {
    return "1.9";
  }

  _resolveRaw(x: Exec): Resolved<CellsTarget> {
    const b = this._bind(x);
    if (b === NULL) return NULL;
    return { sheet: ops.requireSheet(x.host.workbook, b.sheetId), rects: b.rects };
  }

  _cells(x: Exec): Resolved<CellsTarget> {
    return this._resolveRaw(x);
  }

  _child(name: string): ClientObjectBase {
    if (name === "areas") return this.areas;
    return super._child(name);
  }

  get areas(): RangeCollection {
    return this._kid("areas", () => new RangeCollection(this.context, `${this._path}.areas`, this));
  }
}

defineProps<CellsTarget>(RangeAreas, "RangeAreas", { ...CELLS_PROPS, areaCount: { read: (t) => t.rects.length } });

const COLLECTION_META: ClassMeta = { entity: "RangeCollection", scalars: [], navs: [], item: () => RANGE_META };

export class RangeCollection extends CollectionBase<Range> {
  _owner: RangeAreas;

  constructor(ctx: RequestContextImpl, path: string, owner: RangeAreas) {
    super(ctx, path, owner);
    this._owner = owner;
  }

  _meta(): ClassMeta {
    return COLLECTION_META;
  }

  _resolveRaw(x: Exec): Resolved<CellsTarget> {
    return this._owner._resolveRaw(x);
  }

  _itemTargets(target: unknown): unknown[] {
    const t = target as CellsTarget;
    return t.rects.map((rect) => ({ sheetId: t.sheet.id!, rect }));
  }

  _makeItem(itemTarget: unknown, index: number): Range {
    const bound = itemTarget as Bound;
    return new Range(this.context, `${this._path}.getItemAt(${index})`, () => bound);
  }

  getCount(): ClientResultImpl<number> {
    const r = new ClientResultImpl<number>();
    this._call(
      "getCount",
      [],
      (t: CellsTarget) => t.rects.length,
      (v) => r._deliver(v),
    );
    return r;
  }

  getItemAt(index: number): Range {
    return new Range(this.context, `${this._path}.getItemAt(${index})`, (x) => {
      const t = this._resolveRaw(x);
      if (t === NULL) return NULL;
      const rect = t.rects[index];
      if (!rect) throw hostError("ItemNotFound", `There is no area ${index}.`);
      return { sheetId: t.sheet.id!, rect };
    });
  }
}

registerNav("RangeAreas", "areas", () => COLLECTION_META);
registerNav("RangeAreas", "format", () => FORMAT_META);
registerNav("RangeAreas", "conditionalFormats", () => CF_COLLECTION_META);
registerNav("RangeAreas", "worksheet", () => Worksheet.META);

// ---------------------------------------------------------------------------------------------
// Formats

abstract class CellsChild extends ClientObjectBase {
  _owner: CellsOwner;

  constructor(ctx: RequestContextImpl, path: string, owner: CellsOwner) {
    super(ctx, path, owner);
    this._owner = owner;
  }

  _resolveRaw(x: Exec): Resolved<CellsTarget> {
    return this._owner._cells(x);
  }

  _cells(x: Exec): Resolved<CellsTarget> {
    return this._owner._cells(x);
  }

  /** Queues a write applied to every cell of the owner. */
  _setCells(name: string, value: unknown, check: (v: unknown) => unknown, f: (old: CellModel, v: unknown) => CellModel): void {
    const where = `${this._meta().entity}.${name}`;
    this._set(name, value, (t: CellsTarget, v, x) => {
      ops.assertWritable(t.sheet, where);
      const checked = check(v);
      ops.formatCells(x.tx, t.sheet, t.rects, (old) => f(old, checked));
    });
  }
}

const FORMAT_META: ClassMeta = {
  entity: "RangeFormat",
  scalars: ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"],
  navs: ["fill", "font", "borders"],
};

export class RangeFormat extends CellsChild {
  _meta(): ClassMeta {
    return FORMAT_META;
  }

  _read(target: unknown, name: string, x: Exec): unknown {
    const { sheet, rects } = target as CellsTarget;
    switch (name) {
      case "columnWidth":
        return sameAll(rects.map((r) => ops.readColumnWidth(sheet, r)));
      case "rowHeight":
        return sameAll(rects.map((r) => ops.readRowHeight(sheet, r)));
      case "horizontalAlignment":
        return ops.uniform(sheet, rects, (c) => c?.horizontalAlignment ?? DEFAULTS.horizontalAlignment);
      case "verticalAlignment":
        return ops.uniform(sheet, rects, (c) => c?.verticalAlignment ?? DEFAULTS.verticalAlignment);
      case "wrapText":
        return ops.uniform(sheet, rects, (c) => c?.wrapText ?? false);
    }
    return super._read(target, name, x);
  }

  _child(name: string): ClientObjectBase {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    if (name === "borders") return this.borders;
    return super._child(name);
  }

  get fill(): RangeFill {
    return this._kid("fill", () => new RangeFill(this.context, `${this._path}.fill`, this as unknown as CellsOwner));
  }
  get font(): RangeFont {
    return this._kid("font", () => new RangeFont(this.context, `${this._path}.font`, this as unknown as CellsOwner));
  }
  get borders(): RangeBorderCollection {
    return this._kid("borders", () => new RangeBorderCollection(this.context, `${this._path}.borders`, this as unknown as CellsOwner));
  }

  get columnWidth(): number {
    this._api("RangeFormat.columnWidth", "1.2");
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._api("RangeFormat.columnWidth", "1.2");
    this._set("columnWidth", v, (t: CellsTarget, value, x) => {
      ops.assertWritable(t.sheet, "RangeFormat.columnWidth");
      for (const r of t.rects) ops.writeColumnWidth(x.tx, t.sheet, r, value);
    });
  }

  get rowHeight(): number {
    this._api("RangeFormat.rowHeight", "1.2");
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._api("RangeFormat.rowHeight", "1.2");
    this._set("rowHeight", v, (t: CellsTarget, value, x) => {
      ops.assertWritable(t.sheet, "RangeFormat.rowHeight");
      for (const r of t.rects) ops.writeRowHeight(x.tx, t.sheet, r, value);
    });
  }

  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._setCells(
      "horizontalAlignment",
      v,
      (x) => ops.checkAlignment("horizontalAlignment", x),
      (old, a) => ({
        ...old,
        horizontalAlignment: a === "General" ? undefined : (a as CellModel["horizontalAlignment"]),
      }),
    );
  }

  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._setCells(
      "verticalAlignment",
      v,
      (x) => ops.checkAlignment("verticalAlignment", x),
      (old, a) => ({
        ...old,
        verticalAlignment: a === "Bottom" ? undefined : (a as CellModel["verticalAlignment"]),
      }),
    );
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._setCells(
      "wrapText",
      v,
      (x) => {
        if (typeof x !== "boolean") throw hostError("InvalidArgument", "wrapText must be a boolean.");
        return x;
      },
      (old, w) => ({ ...old, wrapText: w ? true : undefined }),
    );
  }

  /** ExcelApi 1.2. The fake does not measure text: widths stay as they are. */
  autofitColumns(): void {
    this._api("RangeFormat.autofitColumns", "1.2");
    this._call("autofitColumns", [], (t: CellsTarget) => ops.assertWritable(t.sheet, "RangeFormat.autofitColumns"));
  }

  /** ExcelApi 1.2. No-op apart from the protection check. */
  autofitRows(): void {
    this._api("RangeFormat.autofitRows", "1.2");
    this._call("autofitRows", [], (t: CellsTarget) => ops.assertWritable(t.sheet, "RangeFormat.autofitRows"));
  }
}

function sameAll<T>(xs: Array<T | null>): T | null {
  if (xs.some((v) => v === null)) return null;
  return xs.every((v) => v === xs[0]) ? xs[0] : null;
}

const FILL_META: ClassMeta = { entity: "RangeFill", scalars: ["color", "pattern", "tintAndShade"], navs: [] };

export class RangeFill extends CellsChild {
  _meta(): ClassMeta {
    return FILL_META;
  }

  _read(target: unknown, name: string, x: Exec): unknown {
    const { sheet, rects } = target as CellsTarget;
    if (name === "color") return ops.uniform(sheet, rects, ops.fillColor);
    if (name === "pattern") return ops.uniform(sheet, rects, ops.fillPattern);
    if (name === "tintAndShade") return ops.uniform(sheet, rects, ops.fillTint);
    return super._read(target, name, x);
  }

  /** "#FFFFFF" for No fill (indistinguishable from white, office-js #4900); null when mixed. */
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._setCells(
      "color",
      v,
      (c) => ops.checkFillPatch({ color: c }),
      (old, p) => ({ ...old, fill: ops.patchFill(old.fill, p as ops.FillPatch) }),
    );
  }

  /** ExcelApi 1.9. "None" for No fill. */
  get pattern(): string {
    this._api("RangeFill.pattern", "1.9");
    return this._get("pattern");
  }
  set pattern(v: string) {
    this._api("RangeFill.pattern", "1.9");
    this._setCells(
      "pattern",
      v,
      (p) => ops.checkFillPatch({ pattern: p }),
      (old, p) => ({ ...old, fill: ops.patchFill(old.fill, p as ops.FillPatch) }),
    );
  }

  /** ExcelApi 1.9. null for No fill, a number (0 by default) for any real fill. */
  get tintAndShade(): number {
    this._api("RangeFill.tintAndShade", "1.9");
    return this._get("tintAndShade");
  }
  set tintAndShade(v: number) {
    this._api("RangeFill.tintAndShade", "1.9");
    this._setCells(
      "tintAndShade",
      v,
      (t) => ops.checkFillPatch({ tintAndShade: t }),
      (old, p) => ({ ...old, fill: ops.patchFill(old.fill, p as ops.FillPatch) }),
    );
  }

  /** Removes the fill (No fill), unlike setting "#FFFFFF" (office-js #2349). */
  clear(): void {
    this._call("clear", [], (t: CellsTarget, x) => {
      ops.assertWritable(t.sheet, "RangeFill.clear");
      ops.formatCells(x.tx, t.sheet, t.rects, (old) => ({ ...old, fill: undefined }));
    });
  }
}

const FONT_META: ClassMeta = { entity: "RangeFont", scalars: ["bold", "italic", "color", "name", "size", "underline", "strikethrough"], navs: [] };

export class RangeFont extends CellsChild {
  _meta(): ClassMeta {
    return FONT_META;
  }

  _read(target: unknown, name: string, x: Exec): unknown {
    const { sheet, rects } = target as CellsTarget;
    const g = ops.fontGetters[name];
    if (g) return ops.uniform(sheet, rects, g);
    return super._read(target, name, x);
  }

  private _font(name: string, v: unknown): void {
    this._setCells(
      name,
      v,
      (x) => ops.checkFontValue(name, x),
      (old, checked) => ({ ...old, font: ops.patchFont(old.font, name, checked) }),
    );
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._font("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._font("italic", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._font("color", v);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._font("name", v);
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._font("size", v);
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this._font("underline", v);
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(v: boolean) {
    this._font("strikethrough", v);
  }
}

const BORDERS_META: ClassMeta = { entity: "RangeBorderCollection", scalars: [], navs: [], item: () => BORDER_META };

export class RangeBorderCollection extends CollectionBase<RangeBorder> {
  _owner: CellsOwner;

  constructor(ctx: RequestContextImpl, path: string, owner: CellsOwner) {
    super(ctx, path, owner);
    this._owner = owner;
  }

  _meta(): ClassMeta {
    return BORDERS_META;
  }

  _resolveRaw(x: Exec): Resolved<CellsTarget> {
    return this._owner._cells(x);
  }

  _itemTargets(): unknown[] {
    return [...ops.BORDER_INDEXES];
  }

  _makeItem(itemTarget: unknown): RangeBorder {
    return new RangeBorder(this.context, `${this._path}.getItem("${String(itemTarget)}")`, this._owner, itemTarget as ops.BorderIndex);
  }

  getItem(index: string): RangeBorder {
    if (!ops.BORDER_INDEXES.includes(index as ops.BorderIndex)) throw hostError("InvalidArgument", `Unknown border index ${JSON.stringify(index)}.`);
    return this._kid(`item:${index}`, () => this._makeItem(index));
  }
}

const BORDER_META: ClassMeta = { entity: "RangeBorder", scalars: ["sideIndex", "style", "weight", "color"], navs: [] };

export class RangeBorder extends CellsChild {
  _index: ops.BorderIndex;

  constructor(ctx: RequestContextImpl, path: string, owner: CellsOwner, index: ops.BorderIndex) {
    super(ctx, path, owner);
    this._index = index;
  }

  _meta(): ClassMeta {
    return BORDER_META;
  }

  _read(target: unknown, name: string, x: Exec): unknown {
    const { sheet, rects } = target as CellsTarget;
    if (name === "sideIndex") return this._index;
    if (name === "style" || name === "weight" || name === "color") {
      const parts = rects.map((r) => {
        const { rects: cells, edge } = ops.borderCells(r, this._index);
        return cells.length === 0
          ? name === "style"
            ? "None"
            : name === "weight"
              ? "Thin"
              : DEFAULTS.borderColor
          : ops.uniform(sheet, cells, ops.borderGetter(name, edge));
      });
      return sameAll(parts);
    }
    return super._read(target, name, x);
  }

  private _border(prop: "style" | "weight" | "color", v: unknown): void {
    this._set(prop, v, (t: CellsTarget, value, x) => {
      ops.assertWritable(t.sheet, `RangeBorder.${prop}`);
      const checked = ops.checkBorderValue(prop, value);
      for (const r of t.rects) ops.writeBorder(x.tx, t.sheet, r, this._index, prop, checked);
    });
  }

  get sideIndex(): string {
    return this._get("sideIndex");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._border("style", v);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._border("weight", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._border("color", v);
  }
}

registerNav("RangeFormat", "fill", () => FILL_META);
registerNav("RangeFormat", "font", () => FONT_META);
registerNav("RangeFormat", "borders", () => BORDERS_META);

// ---------------------------------------------------------------------------------------------
// Data validation (ExcelApi 1.8)

const DV_META: ClassMeta = { entity: "DataValidation", scalars: ["rule", "type", "ignoreBlanks"], navs: [] };

export class DataValidation extends CellsChild {
  _meta(): ClassMeta {
    return DV_META;
  }

  _read(target: unknown, name: string, x: Exec): unknown {
    const { sheet, rects } = target as CellsTarget;
    if (name === "type") return ops.uniform(sheet, rects, ops.ruleType) ?? "Inconsistent";
    if (name === "rule") return ops.uniform(sheet, rects, (c) => c?.dataValidation?.rule ?? {});
    if (name === "ignoreBlanks") return ops.uniform(sheet, rects, (c) => c?.dataValidation?.ignoreBlanks ?? true);
    return super._read(target, name, x);
  }

  get type(): string {
    return this._get("type");
  }

  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._set("rule", v, (t: CellsTarget, value, x) => {
      ops.assertWritable(t.sheet, "DataValidation.rule");
      const rule = resolveRuleSource(value, x);
      ops.formatCells(x.tx, t.sheet, t.rects, (old) => ({ ...old, dataValidation: { ...(old.dataValidation ?? {}), rule } }));
    });
  }

  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._set("ignoreBlanks", v, (t: CellsTarget, value, x) => {
      ops.assertWritable(t.sheet, "DataValidation.ignoreBlanks");
      if (typeof value !== "boolean") throw hostError("InvalidArgument", "ignoreBlanks must be a boolean.");
      ops.formatCells(x.tx, t.sheet, t.rects, (old) =>
        old.dataValidation ? { ...old, dataValidation: { ...old.dataValidation, ignoreBlanks: value ? undefined : false } } : old,
      );
    });
  }

  clear(): void {
    this._call("clear", [], (t: CellsTarget, x) => {
      ops.assertWritable(t.sheet, "DataValidation.clear");
      ops.formatCells(x.tx, t.sheet, t.rects, (old) => ({ ...old, dataValidation: undefined }));
    });
  }
}

/** A list rule's `source` may be a Range: store it as an absolute "=Sheet!$A$1:$A$9" formula. */
function resolveRuleSource(rule: unknown, x: Exec): Record<string, unknown> {
  const r = rule as Record<string, Record<string, unknown>> | null;
  if (r && typeof r === "object" && r.list && r.list.source instanceof Range) {
    if (r.list.source.context !== x.ctx) throw new HostError("InvalidRequestContext");
    const t = r.list.source._resolve(x);
    if (t === NULL) throw hostError("InvalidArgument", "The list source range is a null object.");
    const { sheet, rect } = t as RangeTarget;
    const abs = formatRect(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return ops.checkRule({ list: { ...r.list, source: `=${sheetAddress(sheet.name, rect).split("!")[0]}!${abs}` } });
  }
  return ops.checkRule(rule);
}

export { RANGE_META, AREAS_META, FORMAT_META };
