/**
 * Worksheet.pageLayout (ExcelApi 1.9) in the in-memory host: what the wizard's plan writer sets so
 * that a generated sheet prints on one A4 page (paper, orientation, margins, centring, fit to one
 * page wide, the print area, the title rows repeated). Kept apart from workbook.ts: the worksheet
 * only hands this object out. The settings live on the sheet model's `pageLayout`, so snapshots
 * (and tests) see them; a protected sheet refuses them as Excel does.
 */
import { ClassMeta, ClientObjectBase, Exec, RequestContextImpl, Resolved } from "./core";
import { hostError } from "./errors";
import type { SheetModel } from "./model";
import { formatRect, parseRect } from "./a1";

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
  /** "A1:G18" */
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

  setPrintArea(address: string): void {
    this._api("PageLayout.setPrintArea", "1.9");
    this._call("setPrintArea", [address], (s: SheetModel, x) => {
      const rect = parseRect(String(address).replace(/\$/g, ""));
      if (!rect) throw hostError("InvalidArgument", `setPrintArea: “${address}” is not a range address.`);
      x.tx.set(s, "pageLayout", { ...((s as SheetModel & { pageLayout?: PageLayoutModel }).pageLayout ?? {}), printArea: formatRect(rect) });
      return null;
    });
  }

  setPrintTitleRows(address: string): void {
    this._api("PageLayout.setPrintTitleRows", "1.9");
    this._call("setPrintTitleRows", [address], (s: SheetModel, x) => {
      if (!/^\$?\d+:\$?\d+$/.test(String(address))) throw hostError("InvalidArgument", `setPrintTitleRows: “${address}” is not a row range.`);
      x.tx.set(s, "pageLayout", { ...((s as SheetModel & { pageLayout?: PageLayoutModel }).pageLayout ?? {}), printTitleRows: String(address) });
      return null;
    });
  }
}

function margin(v: unknown): boolean {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}
