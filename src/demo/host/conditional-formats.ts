/**
 * Conditional formats (ExcelApi 1.6; RangeAreas.conditionalFormats 1.9): the custom (formula) kind,
 * with a fill and font colour. Stored per sheet in priority order (SheetModel.conditionalFormats);
 * structure.ts moves their "Applies to" with the cells, as Excel does.
 *
 * A collection lists the formats whose ranges intersect its owner's cells (Range.conditionalFormats:
 * "the collection of ConditionalFormats that intersect the range"). A new format is added at the top
 * (priority 0). The formula is stored, not evaluated: the demo treats a custom rule as holding,
 * which is what a constant formula (the add-in's marks) does.
 */

import { ClassMeta, ClientObjectBase, ClientResultImpl, CollectionBase, Exec, NULL, RequestContextImpl, Resolved, defineProps, registerNav } from "./core";
import { formatRect, parseRect, rectIntersection } from "./a1";
import { hostError } from "./errors";
import { normalizeColor } from "./display";
import type { ConditionalFormatModel, SheetModel } from "./model";
import * as ops from "./sheetops";
import { RangeAreas } from "./range";
import type { CellsOwner, CellsTarget } from "./range";

interface FormatTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

const CF_TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

function formatsOf(t: CellsTarget): ConditionalFormatModel[] {
  return (t.sheet.conditionalFormats ?? []).filter((cf) =>
    cf.ranges.some((a) => {
      const r = parseRect(a);
      return r && t.rects.some((q) => rectIntersection(r, q));
    }),
  );
}

function replaceFormat(x: Exec, t: FormatTarget, patch: Partial<ConditionalFormatModel> | null): void {
  ops.assertWritable(t.sheet, "ConditionalFormat");
  const list = (t.sheet.conditionalFormats ?? []).flatMap((cf) => (cf.id !== t.cf.id ? [cf] : patch ? [{ ...cf, ...patch }] : []));
  x.tx.set(t.sheet, "conditionalFormats", list);
}

function colorOf(v: unknown, where: string): string {
  const c = normalizeColor(v);
  if (!c) throw hostError("InvalidArgument", `${JSON.stringify(v)} is not a colour.`, where);
  return c;
}

// ---------------------------------------------------------------------------------------------

const RULE_META: ClassMeta = { entity: "ConditionalFormatRule", scalars: ["formula", "formulaLocal", "formulaR1C1"], navs: [] };
const FILL_META: ClassMeta = { entity: "ConditionalRangeFill", scalars: ["color"], navs: [] };
const FONT_META: ClassMeta = { entity: "ConditionalRangeFont", scalars: ["color"], navs: [] };
const RANGE_FORMAT_META: ClassMeta = { entity: "ConditionalRangeFormat", scalars: [], navs: ["fill", "font"] };
const CUSTOM_META: ClassMeta = { entity: "CustomConditionalFormat", scalars: [], navs: ["rule", "format"] };
const CF_META: ClassMeta = { entity: "ConditionalFormat", scalars: ["id", "priority", "stopIfTrue", "type"], navs: ["custom", "customOrNullObject"] };
export const CF_COLLECTION_META: ClassMeta = { entity: "ConditionalFormatCollection", scalars: [], navs: [], item: () => CF_META };

/** A child object that acts on its conditional format (rule, format, fill, font). */
abstract class FormatPart extends ClientObjectBase {
  constructor(
    ctx: RequestContextImpl,
    path: string,
    readonly _owner: ClientObjectBase,
    private readonly _metaOf: ClassMeta,
  ) {
    super(ctx, path, _owner);
  }
  _meta(): ClassMeta {
    return this._metaOf;
  }
  _resolveRaw(x: Exec): Resolved<FormatTarget> {
    return this._owner._resolve(x) as Resolved<FormatTarget>;
  }
}

export class ConditionalFormatRule extends FormatPart {}
defineProps<FormatTarget>(ConditionalFormatRule, "ConditionalFormatRule", {
  formula: { read: (t) => t.cf.formula, write: (t, v, x) => replaceFormat(x, t, { formula: String(v) }) },
  formulaLocal: { read: (t) => t.cf.formula, write: (t, v, x) => replaceFormat(x, t, { formula: String(v) }) },
  formulaR1C1: { read: (t) => t.cf.formula },
});

export class ConditionalRangeFill extends FormatPart {
  clear(): void {
    this._call("clear", [], (t: FormatTarget, x) => replaceFormat(x, t, { fill: undefined }));
  }
}
defineProps<FormatTarget>(ConditionalRangeFill, "ConditionalRangeFill", {
  color: { read: (t) => t.cf.fill ?? null, write: (t, v, x) => replaceFormat(x, t, { fill: colorOf(v, "ConditionalRangeFill.color") }) },
});

export class ConditionalRangeFont extends FormatPart {}
defineProps<FormatTarget>(ConditionalRangeFont, "ConditionalRangeFont", {
  color: { read: (t) => t.cf.fontColor ?? null, write: (t, v, x) => replaceFormat(x, t, { fontColor: colorOf(v, "ConditionalRangeFont.color") }) },
});

export class ConditionalRangeFormat extends FormatPart {
  get fill(): ConditionalRangeFill {
    return this._kid("fill", () => new ConditionalRangeFill(this.context, `${this._path}.fill`, this, FILL_META));
  }
  get font(): ConditionalRangeFont {
    return this._kid("font", () => new ConditionalRangeFont(this.context, `${this._path}.font`, this, FONT_META));
  }
  _child(name: string): ClientObjectBase {
    return name === "fill" ? this.fill : name === "font" ? this.font : super._child(name);
  }
}

export class CustomConditionalFormat extends FormatPart {
  get rule(): ConditionalFormatRule {
    return this._kid("rule", () => new ConditionalFormatRule(this.context, `${this._path}.rule`, this, RULE_META));
  }
  get format(): ConditionalRangeFormat {
    return this._kid("format", () => new ConditionalRangeFormat(this.context, `${this._path}.format`, this, RANGE_FORMAT_META));
  }
  _child(name: string): ClientObjectBase {
    return name === "rule" ? this.rule : name === "format" ? this.format : super._child(name);
  }
}

registerNav("ConditionalFormat", "custom", () => CUSTOM_META);
registerNav("ConditionalFormat", "customOrNullObject", () => CUSTOM_META);
registerNav("CustomConditionalFormat", "rule", () => RULE_META);
registerNav("CustomConditionalFormat", "format", () => RANGE_FORMAT_META);
registerNav("ConditionalRangeFormat", "fill", () => FILL_META);
registerNav("ConditionalRangeFormat", "font", () => FONT_META);

interface FormatRef {
  sheetId: string;
  id: string;
}

export class ConditionalFormat extends ClientObjectBase {
  private _ref: FormatRef | typeof NULL | undefined;
  constructor(
    ctx: RequestContextImpl,
    path: string,
    private readonly _locate: (x: Exec) => Resolved<FormatRef>,
  ) {
    super(ctx, path);
  }
  _meta(): ClassMeta {
    return CF_META;
  }
  _resolveRaw(x: Exec): Resolved<FormatTarget> {
    if (this._ref === undefined) this._ref = this._locate(x);
    if (this._ref === NULL) return NULL;
    const sheet = ops.requireSheet(x.host.workbook, this._ref.sheetId);
    const id = this._ref.id;
    const cf = sheet.conditionalFormats?.find((f) => f.id === id);
    if (!cf) throw hostError("ItemNotFound", "The conditional format no longer exists.", "ConditionalFormat");
    return { sheet, cf };
  }
  get custom(): CustomConditionalFormat {
    return this._kid("custom", () => new CustomConditionalFormat(this.context, `${this._path}.custom`, this, CUSTOM_META));
  }
  /** Only the custom kind is modelled, so every format has one. */
  get customOrNullObject(): CustomConditionalFormat {
    return this._kid("customOrNullObject", () => new CustomConditionalFormat(this.context, `${this._path}.customOrNullObject`, this, CUSTOM_META));
  }
  _child(name: string): ClientObjectBase {
    return name === "custom" ? this.custom : name === "customOrNullObject" ? this.customOrNullObject : super._child(name);
  }
  delete(): void {
    this._call("delete", [], (t: FormatTarget, x) => replaceFormat(x, t, null));
  }
  /** ExcelApi 1.9: the "Applies to" ranges, as Excel shows them ("C7, D9:D10"). */
  getRanges(): RangeAreas {
    this._api("ConditionalFormat.getRanges", "1.9");
    return new RangeAreas(this.context, `${this._path}.getRanges()`, (x) => {
      const t = this._resolveRaw(x);
      if (t === NULL) return NULL;
      return { sheetId: t.sheet.id!, rects: t.cf.ranges.map((a) => parseRect(a)!) };
    });
  }
}
defineProps<FormatTarget>(ConditionalFormat, "ConditionalFormat", {
  id: { read: (t) => t.cf.id },
  priority: { read: (t) => t.sheet.conditionalFormats!.indexOf(t.cf) },
  stopIfTrue: { read: () => false },
  type: { read: (t) => t.cf.type },
});

export class ConditionalFormatCollection extends CollectionBase<ConditionalFormat> {
  constructor(
    ctx: RequestContextImpl,
    path: string,
    private readonly _owner: CellsOwner,
  ) {
    super(ctx, path, _owner);
  }
  _meta(): ClassMeta {
    return CF_COLLECTION_META;
  }
  _resolveRaw(x: Exec): Resolved<CellsTarget> {
    return this._owner._cells(x);
  }
  _itemTargets(target: unknown): unknown[] {
    const t = target as CellsTarget;
    return formatsOf(t).map((cf) => ({ sheetId: t.sheet.id!, id: cf.id }));
  }
  _makeItem(itemTarget: unknown, index: number): ConditionalFormat {
    const ref = itemTarget as FormatRef;
    return new ConditionalFormat(this.context, `${this._path}.getItemAt(${index})`, () => ref);
  }

  /** Only "Custom" is modelled; the format applies to the owner's cells and comes first. */
  add(type: string): ConditionalFormat {
    if (!CF_TYPES.includes(type)) throw hostError("InvalidArgument", `Unknown conditional format type ${type}.`, "ConditionalFormatCollection.add");
    if (type !== "Custom")
      throw hostError("NotImplemented", `Conditional formats of type ${type} are not modelled by the fake host.`, "ConditionalFormatCollection.add");
    let made: FormatRef | undefined;
    const cf = new ConditionalFormat(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => {
      if (!made) throw hostError("GeneralException", "The conditional format was not created.");
      return made;
    });
    this._call("add", [type], (t: CellsTarget, x) => {
      ops.assertWritable(t.sheet, "ConditionalFormatCollection.add");
      const id = `{CF-${x.host._newGuid()}}`;
      const model: ConditionalFormatModel = { id, type: "Custom", ranges: t.rects.map(formatRect), formula: "" };
      x.tx.set(t.sheet, "conditionalFormats", [model, ...(t.sheet.conditionalFormats ?? [])]);
      made = { sheetId: t.sheet.id!, id };
    });
    return cf;
  }

  getCount(): ClientResultImpl<number> {
    const r = new ClientResultImpl<number>();
    this._call(
      "getCount",
      [],
      (t: CellsTarget) => formatsOf(t).length,
      (v) => r._deliver(v),
    );
    return r;
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this._path}.getItem(${JSON.stringify(id)})`, (x) => {
      const t = this._resolveRaw(x);
      if (t === NULL) return NULL;
      if (!formatsOf(t).some((cf) => cf.id === id)) throw hostError("ItemNotFound", `No conditional format ${id}.`, "ConditionalFormatCollection.getItem");
      return { sheetId: t.sheet.id!, id };
    });
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this._path}.getItemAt(${index})`, (x) => {
      const t = this._resolveRaw(x);
      if (t === NULL) return NULL;
      const cf = formatsOf(t)[index];
      if (!cf) throw hostError("ItemNotFound", `No conditional format at index ${index}.`, "ConditionalFormatCollection.getItemAt");
      return { sheetId: t.sheet.id!, id: cf.id };
    });
  }

  /** Removes every format that intersects the owner (Excel's "Clear Rules from Selected Cells" is narrower). */
  clearAll(): void {
    this._call("clearAll", [], (t: CellsTarget, x) => {
      ops.assertWritable(t.sheet, "ConditionalFormatCollection.clearAll");
      const gone = new Set(formatsOf(t).map((cf) => cf.id));
      x.tx.set(
        t.sheet,
        "conditionalFormats",
        (t.sheet.conditionalFormats ?? []).filter((cf) => !gone.has(cf.id)),
      );
    });
  }
}
