/**
 * Worksheet.pageLayout (ExcelApi 1.9) in the in-memory host: what the wizard's plan writer sets so
 * that a generated sheet prints on one A4 page (paper, orientation, margins, centring, fit to one
 * page wide, the print area, the title rows repeated). Kept apart from workbook.ts: the worksheet
 * only hands this object out. The settings live on the sheet model's `pageLayout`, so snapshots
 * (and tests) see them; a protected sheet refuses them as Excel does.
 */
import { ClassMeta, ClientObjectBase, Exec, NULL, RequestContextImpl, Resolved, Tx } from "./core";
import { hostError } from "./errors";
import type { SheetModel } from "./model";
import { Rect, formatRect, parseRect, splitSheet } from "./a1";
import { RangeAreas } from "./range";

export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  centerHorizontally?: boolean;
  centerVertically?: boolean;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** "A1:G18", several areas "A1:G18,A20:G30" (the sheet's Print_Area name). */
  printArea?: string;
  /** "$1:$2" */
  printTitleRows?: string;
}

const SCALARS = [
  "orientation",
  "paperSize",
  "centerHorizontally",
  "centerVertically",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
  "zoom",
] as const;
type Scalar = (typeof SCALARS)[number];

const META: ClassMeta = { entity: "PageLayout", scalars: SCALARS, navs: [] };
const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER = ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal"];

interface SheetSource extends ClientObjectBase {
  _resolveRaw(x: Exec): Resolved<SheetModel>;
}

export class WorksheetPageLayout extends ClientObjectBase {
  _sheet: SheetSource;
  constructor(ctx: RequestContextImpl, path: string, sheet: SheetSource) {
    super(ctx, path, sheet);
    this._sheet = sheet;
  }
  _meta(): ClassMeta {
    return META;
  }
  _resolveRaw(x: Exec): Resolved<SheetModel> {
    return this._sheet._resolveRaw(x);
  }
  _read(target: unknown, name: string): unknown {
    const layout = (target as SheetModel & { pageLayout?: PageLayoutModel }).pageLayout ?? {};
    const defaults: PageLayoutModel = {
      orientation: "Portrait",
      paperSize: "Letter",
      centerHorizontally: false,
      centerVertically: false,
      zoom: { scale: 100 },
    };
    return (layout as Record<string, unknown>)[name] ?? (defaults as Record<string, unknown>)[name] ?? (name.endsWith("Margin") ? 54 : undefined);
  }

  private _put(name: Scalar, value: unknown, check: (v: unknown) => boolean): void {
    this._api(`PageLayout.${name}`, "1.9");
    if (!check(value)) throw hostError("InvalidArgument", `PageLayout.${name}: the value is not valid.`);
    this._set(name, value, (s: SheetModel, v, x) => {
      if (s.protected) throw hostError("AccessDenied", "The sheet is protected.");
      const cur = (s as SheetModel & { pageLayout?: PageLayoutModel }).pageLayout ?? {};
      x.tx.set(s, "pageLayout", { ...cur, [name]: v });
    });
  }
  private _got(name: Scalar): never {
    this._api(`PageLayout.${name}`, "1.9");
    return this._get(name) as never;
  }

  get orientation(): string {
    return this._got("orientation");
  }
  set orientation(v: string) {
    this._put("orientation", v, (x) => ORIENTATIONS.includes(x as string));
  }
  get paperSize(): string {
    return this._got("paperSize");
  }
  set paperSize(v: string) {
    this._put("paperSize", v, (x) => PAPER.includes(x as string));
  }
  get centerHorizontally(): boolean {
    return this._got("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this._put("centerHorizontally", v, (x) => typeof x === "boolean");
  }
  get centerVertically(): boolean {
    return this._got("centerVertically");
  }
  set centerVertically(v: boolean) {
    this._put("centerVertically", v, (x) => typeof x === "boolean");
  }
  get leftMargin(): number {
    return this._got("leftMargin");
  }
  set leftMargin(v: number) {
    this._put("leftMargin", v, margin);
  }
  get rightMargin(): number {
    return this._got("rightMargin");
  }
  set rightMargin(v: number) {
    this._put("rightMargin", v, margin);
  }
  get topMargin(): number {
    return this._got("topMargin");
  }
  set topMargin(v: number) {
    this._put("topMargin", v, margin);
  }
  get bottomMargin(): number {
    return this._got("bottomMargin");
  }
  set bottomMargin(v: number) {
    this._put("bottomMargin", v, margin);
  }
  get headerMargin(): number {
    return this._got("headerMargin");
  }
  set headerMargin(v: number) {
    this._put("headerMargin", v, margin);
  }
  get footerMargin(): number {
    return this._got("footerMargin");
  }
  set footerMargin(v: number) {
    this._put("footerMargin", v, margin);
  }
  get zoom(): PageLayoutModel["zoom"] {
    return this._got("zoom");
  }
  set zoom(v: PageLayoutModel["zoom"]) {
    this._put("zoom", v, (x) => {
      const z = x as PageLayoutModel["zoom"];
      if (!z || typeof z !== "object") return false;
      const ok = (n: unknown) => n === undefined || (typeof n === "number" && Number.isInteger(n) && n >= 0);
      return ok(z.scale) && ok(z.horizontalFitToPages) && ok(z.verticalFitToPages);
    });
  }

  /** Areas as Excel takes them: "A1:G18", "$A$1:$G$18", several separated by commas, each on this sheet. */
  setPrintArea(address: string): void {
    this._api("PageLayout.setPrintArea", "1.9");
    this._call("setPrintArea", [address], (s: SheetModel, x) => {
      const rects = String(address)
        .split(",")
        .map((a) => {
          const { sheet, ref } = splitSheet(a.replace(/\$/g, ""));
          const rect = sheet === undefined || sheet.toLowerCase() === s.name.toLowerCase() ? parseRect(ref) : null;
          if (!rect) throw hostError("InvalidArgument", `setPrintArea: “${address}” is not a range address on this sheet.`);
          return rect;
        });
      x.tx.set(s, "pageLayout", { ...layoutOf(s), printArea: rects.map(formatRect).join(",") });
      return null;
    });
  }

  /** ExcelApi 1.9: the print area as RangeAreas; ItemNotFound when the sheet has none (Microsoft's PageLayout reference). */
  getPrintArea(): RangeAreas {
    this._api("PageLayout.getPrintArea", "1.9");
    return new RangeAreas(this.context, `${this._path}.getPrintArea()`, (x) => {
      const s = this._resolveRaw(x);
      if (s === NULL) return NULL;
      const rects = printAreaRects(s);
      if (!rects) throw hostError("ItemNotFound", "The sheet has no print area.", "PageLayout.getPrintArea");
      return { sheetId: s.id!, rects };
    });
  }

  /** ExcelApi 1.9: as getPrintArea, a null object when the sheet has no print area. */
  getPrintAreaOrNullObject(): RangeAreas {
    this._api("PageLayout.getPrintAreaOrNullObject", "1.9");
    const areas = new RangeAreas(this.context, `${this._path}.getPrintAreaOrNullObject()`, (x) => {
      const s = this._resolveRaw(x);
      if (s === NULL) return NULL;
      const rects = printAreaRects(s);
      return rects ? { sheetId: s.id!, rects } : NULL;
    });
    areas._instantiate();
    return areas;
  }

  setPrintTitleRows(address: string): void {
    this._api("PageLayout.setPrintTitleRows", "1.9");
    this._call("setPrintTitleRows", [address], (s: SheetModel, x) => {
      if (!/^\$?\d+:\$?\d+$/.test(String(address))) throw hostError("InvalidArgument", `setPrintTitleRows: “${address}” is not a row range.`);
      x.tx.set(s, "pageLayout", { ...layoutOf(s), printTitleRows: String(address) });
      return null;
    });
  }
}

function margin(v: unknown): boolean {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}

function layoutOf(s: SheetModel): PageLayoutModel {
  return (s as SheetModel & { pageLayout?: PageLayoutModel }).pageLayout ?? {};
}

function printAreaRects(s: SheetModel): Rect[] | undefined {
  const area = layoutOf(s).printArea;
  const rects = area ? area.split(",").map((a) => parseRect(a.replace(/\$/g, ""))) : [];
  return rects.length > 0 && rects.every((r) => r !== null) ? (rects as Rect[]) : undefined;
}

/**
 * The print area after rows move (structure.ts): Excel keeps it in the sheet's Print_Area name,
 * which it adjusts as every reference — `move` gives an area's new rectangle, or null when all its
 * rows were deleted. Excel then leaves the name as #REF! and prints as if there were no print
 * area; here that area goes, and with the last one the print area.
 */
export function movePrintArea(tx: Tx, sheet: SheetModel, move: (r: Rect) => Rect | null): void {
  const rects = printAreaRects(sheet);
  if (!rects) return;
  const moved = rects.map(move).filter((r): r is Rect => r !== null);
  const layout = { ...layoutOf(sheet) };
  if (moved.length > 0) layout.printArea = moved.map(formatRect).join(",");
  else delete layout.printArea;
  tx.set(sheet, "pageLayout", layout);
}
