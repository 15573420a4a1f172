/**
 * Proxy objects, load trees, the action queue and the request context of the fake Excel host.
 *
 * Every API object is a `ClientObjectBase` wrapped in a JS Proxy that throws `NotImplemented` when
 * code touches an API member the fake does not model (instead of silently reading `undefined`).
 * Reads go through `_get`, which throws `PropertyNotLoaded` unless the property was loaded and a
 * `context.sync()` delivered it. Writes and method calls become queued actions that run against the
 * workbook model only inside `sync()` (see host.ts `_executeBatch`).
 */

import { HostError, hostError, propertyNotLoaded, notImplemented } from "./errors";
import type { ExcelHost } from "./host";
import type { Rect } from "./a1";
import type { CellValue } from "./model";

/** Marker for a target that resolved to "nothing" (an *OrNullObject result). */
export const NULL: unique symbol = Symbol("FakeExcel.NullObject");
export type Resolved<T> = T | typeof NULL;

// ---------------------------------------------------------------------------------------------
// Transaction journal: every model mutation inside a batch goes through Tx so a failed batch can be
// rolled back (request/response limits always; other errors only with `atomicBatches`).

interface JournalEntry {
  obj: Record<string, unknown>;
  key: string;
  had: boolean;
  old: unknown;
}

export class Tx {
  private log: Array<JournalEntry | (() => void)> = [];

  /** Registers an undo step for state outside the workbook model. */
  onRollback(undo: () => void): void {
    this.log.push(undo);
  }

  set(obj: object, key: string, value: unknown): void {
    const o = obj as Record<string, unknown>;
    this.log.push({ obj: o, key, had: Object.prototype.hasOwnProperty.call(o, key), old: o[key] });
    o[key] = value;
  }

  del(obj: object, key: string): void {
    const o = obj as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(o, key)) return;
    this.log.push({ obj: o, key, had: true, old: o[key] });
    delete o[key];
  }

  rollback(): void {
    for (let i = this.log.length - 1; i >= 0; i--) {
      const e = this.log[i];
      if (typeof e === "function") e();
      else if (e.had) e.obj[e.key] = e.old;
      else delete e.obj[e.key];
    }
    this.log = [];
  }
}

/** A value change that fires `onChanged`. */
export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  /** Excel's DataChangeType; "RangeEdited" when absent. */
  changeType?: "RangeEdited" | "RowInserted" | "RowDeleted" | "CellInserted" | "CellDeleted";
  /** Single-cell changes only (Excel's `details`). */
  before?: CellValue;
  after?: CellValue;
}

export interface EventRegistration {
  id: number;
  /** Sheet id, or "*" for `workbook.worksheets.onChanged`. */
  scope: string;
  event: "onChanged";
  handler: (args: unknown) => unknown;
  ctx: RequestContextImpl;
}

/** State of one batch while it runs. */
export class Exec {
  readonly changes: ChangeRecord[] = [];
  readonly registrations: Array<() => void> = [];
  constructor(
    readonly host: ExcelHost,
    readonly ctx: RequestContextImpl,
    readonly tx: Tx,
  ) {}
}

export interface Action {
  /** JSON-able description; its serialised size counts towards the request payload. */
  req: unknown;
  /** Runs against the model; the return value is this action's part of the response. */
  run(x: Exec): unknown;
  /** Delivers the response to proxies after the whole batch succeeded. */
  deliver?(): void;
  /** For error messages: "Range.values". */
  location: string;
  statement: string;
}

// ---------------------------------------------------------------------------------------------
// Load trees

export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
  top?: number;
  skip?: number;
  /** Set when the load option named something unknown; the load then fails at sync. */
  error?: string;
}

export function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), navs: new Map() };
}

export interface ClassMeta {
  entity: string;
  /** Scalar properties the fake can load. */
  scalars: readonly string[];
  /** Scalars that an argument-less load() skips. */
  notInDefaultLoad?: readonly string[];
  /** Navigation properties (child objects). */
  navs: readonly string[];
  /** For collections: the item class meta. */
  item?: () => ClassMeta;
}

function addPath(tree: LoadTree, meta: ClassMeta, path: string[]): void {
  if (meta.item) {
    // A collection: "items/name", "name" and "items" all address the items.
    const rest = path[0] === "items" ? path.slice(1) : path;
    if (rest.length === 0) {
      tree.all = true;
      return;
    }
    addPath(tree, meta.item(), rest);
    return;
  }
  const [head, ...rest] = path;
  if (head === "" || head === undefined) return;
  if (meta.scalars.includes(head)) {
    if (rest.length > 0) tree.error = `${meta.entity}.${head} is not a navigation property`;
    else tree.scalars.add(head);
    return;
  }
  if (meta.navs.includes(head)) {
    let sub = tree.navs.get(head);
    if (!sub) {
      sub = emptyTree();
      tree.navs.set(head, sub);
    }
    if (rest.length === 0) sub.all = true;
    else addPath(sub, navMeta(meta, head), rest);
    if (sub.error) tree.error = sub.error;
    return;
  }
  tree.error = `${meta.entity} has no loadable property "${head}" in the fake Excel host`;
}

/** Registry of navigation property → child meta, filled by the object modules. */
const NAV_META = new Map<string, () => ClassMeta>();

export function registerNav(parent: string, nav: string, meta: () => ClassMeta): void {
  NAV_META.set(`${parent}.${nav}`, meta);
}

function navMeta(meta: ClassMeta, nav: string): ClassMeta {
  const f = NAV_META.get(`${meta.entity}.${nav}`);
  if (!f) throw new Error(`fake host: no meta for ${meta.entity}.${nav}`);
  return f();
}

function addObject(tree: LoadTree, meta: ClassMeta, o: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(o)) {
    if (k === "select" && typeof v === "string") {
      for (const p of v.split(",")) addPath(tree, meta, p.trim().split("/"));
    } else if (k === "expand" && typeof v === "string") {
      for (const p of v.split(",")) addPath(tree, meta, p.trim().split("/"));
    } else if (k === "$all") {
      if (v) tree.all = true;
    } else if (k === "$top") {
      tree.top = Number(v);
    } else if (k === "$skip") {
      tree.skip = Number(v);
    } else if (v === true) {
      addPath(tree, meta, [k]);
    } else if (v === false || v === undefined) {
      continue;
    } else if (typeof v === "object" && v !== null) {
      const m = meta.item ? meta.item() : meta;
      if (!m.navs.includes(k)) {
        tree.error = `${m.entity} has no navigation property "${k}" in the fake Excel host`;
        continue;
      }
      const target = meta.item ? tree : tree;
      let sub = target.navs.get(k);
      if (!sub) {
        sub = emptyTree();
        target.navs.set(k, sub);
      }
      addObject(sub, navMeta(m, k), v as Record<string, unknown>);
      if (sub.error) tree.error = sub.error;
    } else {
      tree.error = `Bad load option ${k}: ${JSON.stringify(v)}`;
    }
  }
}

export function parseLoadOption(meta: ClassMeta, option: unknown): LoadTree {
  const tree = emptyTree();
  if (option === undefined || option === null) {
    tree.all = true;
  } else if (typeof option === "string") {
    for (const p of option.split(",")) addPath(tree, meta, p.trim().split("/"));
  } else if (Array.isArray(option)) {
    for (const s of option) {
      if (typeof s !== "string") tree.error = `Bad load option ${JSON.stringify(s)}`;
      else for (const p of s.split(",")) addPath(tree, meta, p.trim().split("/"));
    }
  } else if (typeof option === "object") {
    addObject(tree, meta, option as Record<string, unknown>);
  } else {
    tree.error = `Bad load option ${JSON.stringify(option)}`;
  }
  return tree;
}

export function scalarsFor(meta: ClassMeta, tree: LoadTree): string[] {
  if (tree.all) {
    const skip = new Set(meta.notInDefaultLoad ?? []);
    const names = meta.scalars.filter((s) => !skip.has(s));
    for (const s of tree.scalars) if (!names.includes(s)) names.push(s);
    return names;
  }
  return [...tree.scalars];
}

// ---------------------------------------------------------------------------------------------
// The strict JS Proxy around API objects

const PROBES = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "constructor",
  "inspect",
  "toString",
  "valueOf",
  "length",
  "_isMockFunction",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
]);

const STRICT: ProxyHandler<ClientObjectBase> = {
  get(target, prop, receiver) {
    if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver);
    if (PROBES.has(prop) || prop.startsWith("_") || prop.startsWith("$") || prop.startsWith("@@")) return undefined;
    throw notImplemented(`${target._meta().entity}.${prop}`);
  },
  set(target, prop, value, receiver) {
    if (typeof prop === "symbol" || prop in target || prop.startsWith("_")) return Reflect.set(target, prop, value, receiver);
    throw notImplemented(`${target._meta().entity}.${prop}`);
  },
};

export interface LoadOutcome {
  json: unknown;
  apply(): void;
}

/**
 * Base of every API object. Subclasses provide `_meta()`, `_resolveRaw(x)` (find the target in the
 * model), `_read(target, name, x)` (a scalar's current value) and `_child(name)` for navigation
 * properties.
 */
export abstract class ClientObjectBase {
  readonly context: RequestContextImpl;
  _path: string;
  _parent: ClientObjectBase | null;
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  _bound: unknown = undefined;
  _tracked = false;
  _generation: number;
  _children = new Map<string, ClientObjectBase>();

  constructor(ctx: RequestContextImpl, path: string, parent: ClientObjectBase | null = null) {
    this.context = ctx;
    this._path = path;
    this._parent = parent;
    this._generation = ctx._generation;
    return new Proxy(this, STRICT);
  }

  abstract _meta(): ClassMeta;
  /** Resolves the target; may throw HostError; returns NULL for a missing *OrNullObject target. */
  abstract _resolveRaw(x: Exec): Resolved<unknown>;
  _read(target: unknown, name: string, x: Exec): unknown {
    const spec = propOf(this, name);
    if (spec) return spec.read(target as never, x);
    throw notImplemented(`${this._meta().entity}.${name}`);
  }
  _child(name: string): ClientObjectBase {
    throw notImplemented(`${this._meta().entity}.${name}`);
  }
  /** Ranges are auto-tracked within Excel.run and released when it ends. */
  _autoTracked(): boolean {
    return false;
  }

  get _host(): ExcelHost {
    return this.context._host;
  }

  /** The target in the model now (subclasses bind on first resolution, like Office.js object paths). */
  _resolve(x: Exec): Resolved<unknown> {
    return this._resolveRaw(x);
  }

  _nullNow(): boolean {
    if (this._isNull === true) return true;
    return this._parent ? this._parent._nullNow() : false;
  }

  /** Reads a loaded property (throws PropertyNotLoaded unless loaded and synced). */
  _get<T>(name: string): T {
    if (this._nullNow()) return undefined as T;
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._meta().entity, name);
    return this._loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) {
      if (this._parent?._nullNow()) return true;
      throw propertyNotLoaded(this._meta().entity, "isNullObject");
    }
    return this._isNull;
  }

  _api(member: string, version: string): void {
    this.context._host._requireApi(member, version);
  }

  _checkUsable(): void {
    this.context._checkUsable(this);
  }

  _enqueue(action: Action): void {
    this._checkUsable();
    this.context._enqueue(action);
  }

  /** Queues a property write. */
  _set(name: string, value: unknown, apply: (target: never, value: unknown, x: Exec) => void): void {
    const location = `${this._meta().entity}.${name}`;
    const statement = `${this._path}.${name} = …;`;
    this._enqueue({
      req: { op: "set", path: this._path, prop: name, value },
      location,
      statement,
      run: (x) => {
        const t = this._resolve(x);
        if (t === NULL) return undefined;
        apply(t as never, value, x);
        return undefined;
      },
    });
    if (this._host.options.echoLocalWrites) this._loaded.set(name, value);
    else this._loaded.delete(name);
  }

  /** Queues a method call; `apply` returns the method's response value (if any). */
  _call(method: string, args: unknown[], apply: (target: never, x: Exec) => unknown, deliver?: (value: unknown) => void): void {
    const location = `${this._meta().entity}.${method}`;
    const statement = `${this._path}.${method}(…);`;
    let result: unknown;
    this._enqueue({
      req: { op: "call", path: this._path, method, args: args.map(argJson) },
      location,
      statement,
      run: (x) => {
        const t = this._resolve(x);
        if (t === NULL) {
          result = undefined;
          return null;
        }
        result = apply(t as never, x);
        return result === undefined ? null : result;
      },
      deliver: deliver ? () => deliver(result) : undefined,
    });
  }

  /** Queues the instantiation of an *OrNullObject result so `isNullObject` is known after sync. */
  _instantiate(): void {
    let isNull = false;
    this._enqueue({
      req: { op: "instantiate", path: this._path },
      location: `${this._meta().entity}`,
      statement: `${this._path};`,
      run: (x) => {
        isNull = this._resolve(x) === NULL;
        return { isNull };
      },
      deliver: () => {
        this._isNull = isNull;
      },
    });
  }

  _computeLoad(tree: LoadTree, x: Exec): LoadOutcome {
    const target = this._resolve(x);
    if (target === NULL) {
      return { json: null, apply: () => (this._isNull = true) };
    }
    const meta = this._meta();
    const json: Record<string, unknown> = {};
    const values = new Map<string, unknown>();
    for (const name of scalarsFor(meta, tree)) {
      const v = this._read(target, name, x);
      values.set(name, v);
      json[name] = v;
    }
    const kids: Array<() => void> = [];
    for (const [nav, sub] of tree.navs) {
      const out = this._child(nav)._computeLoad(sub, x);
      json[nav] = out.json;
      kids.push(out.apply);
    }
    return {
      json,
      apply: () => {
        this._isNull = false;
        for (const [k, v] of values) this._loaded.set(k, v);
        for (const k of kids) k();
      },
    };
  }

  load(option?: unknown): this {
    const tree = parseLoadOption(this._meta(), option);
    let outcome: LoadOutcome | undefined;
    this._enqueue({
      req: { op: "load", path: this._path, option: option ?? null },
      location: `${this._meta().entity}.load`,
      statement: `${this._path}.load(${JSON.stringify(option ?? "")});`,
      run: (x) => {
        if (tree.error) throw hostError("InvalidArgument", tree.error, `${this._meta().entity}.load`);
        outcome = this._computeLoad(tree, x);
        return outcome.json;
      },
      deliver: () => outcome?.apply(),
    });
    return this;
  }

  /** `obj.set({ … })`: nested plain objects for navigation properties, setters for scalars. */
  set(properties: Record<string, unknown>, options?: { throwOnReadOnly?: boolean }): void {
    const meta = this._meta();
    for (const [k, v] of Object.entries(properties ?? {})) {
      if (meta.navs.includes(k) && v && typeof v === "object" && !Array.isArray(v)) {
        (this._child(k) as ClientObjectBase).set(v as Record<string, unknown>, options);
        continue;
      }
      const desc = findAccessor(this, k);
      if (!desc) throw notImplemented(`${meta.entity}.${k}`);
      if (!desc.set) {
        if (options?.throwOnReadOnly === false) continue;
        throw hostError("InvalidArgument", `The property '${k}' is read-only and it cannot be updated.`, `${meta.entity}.${k}`);
      }
      desc.set.call(this, v);
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    for (const [k, c] of this._children) {
      const j = c.toJSON();
      if (Object.keys(j).length > 0) out[k] = j;
    }
    return out;
  }

  /** Office.js: releases the proxy's memory; a no-op here. */
  untrack(): this {
    this._tracked = false;
    return this;
  }

  track(): this {
    this._tracked = true;
    return this;
  }

  /** Cached child proxy for a navigation property. */
  _kid<T extends ClientObjectBase>(name: string, make: () => T): T {
    let c = this._children.get(name);
    if (!c) {
      c = make();
      this._children.set(name, c);
    }
    return c as T;
  }
}

function findAccessor(obj: object, key: string): PropertyDescriptor | undefined {
  let p: object | null = Object.getPrototypeOf(obj);
  while (p) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return d.get || d.set ? d : undefined;
    p = Object.getPrototypeOf(p);
  }
  return undefined;
}

function argJson(a: unknown): unknown {
  if (a instanceof ClientObjectBase) return { path: a._path };
  return a === undefined ? null : a;
}

// ---------------------------------------------------------------------------------------------
// Collections

export abstract class CollectionBase<TItem extends ClientObjectBase> extends ClientObjectBase {
  /** Item targets in collection order. */
  abstract _itemTargets(target: unknown, x: Exec): unknown[];
  /** A proxy for an item, bound to `itemTarget`. */
  abstract _makeItem(itemTarget: unknown, index: number): TItem;

  get items(): TItem[] {
    return this._get<TItem[]>("items");
  }

  _computeLoad(tree: LoadTree, x: Exec): LoadOutcome {
    const target = this._resolve(x);
    if (target === NULL) return { json: null, apply: () => (this._isNull = true) };
    let targets = this._itemTargets(target, x);
    const skip = tree.skip ?? 0;
    targets = targets.slice(skip, tree.top !== undefined ? skip + tree.top : undefined);
    const proxies = targets.map((t, i) => this._makeItem(t, skip + i));
    const outs = proxies.map((p) => p._computeLoad(tree, x));
    return {
      json: { items: outs.map((o) => o.json) },
      apply: () => {
        this._isNull = false;
        outs.forEach((o) => o.apply());
        this._loaded.set("items", proxies);
      },
    };
  }

  toJSON(): Record<string, unknown> {
    if (!this._loaded.has("items")) return {};
    return { items: (this._loaded.get("items") as TItem[]).map((i) => i.toJSON()) };
  }
}

// ---------------------------------------------------------------------------------------------
// ClientResult and events

export class ClientResultImpl<T> {
  private _value: T | undefined;
  private _has = false;

  get value(): T {
    if (!this._has) throw new HostError("ValueNotLoaded");
    return this._value as T;
  }

  _deliver(v: unknown): void {
    this._value = v as T;
    this._has = true;
  }

  toJSON(): unknown {
    return this._has ? { value: this._value } : {};
  }
}

export class EventHandlerResultImpl {
  constructor(
    readonly context: RequestContextImpl,
    private readonly handlers: EventHandlersImpl,
    private readonly handler: (args: never) => unknown,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

export class EventHandlersImpl {
  constructor(
    private readonly owner: ClientObjectBase,
    private readonly event: "onChanged",
    /** Resolves the registration scope: a sheet id, or "*". */
    private readonly scope: (x: Exec) => string,
  ) {}

  add(handler: (args: never) => unknown): EventHandlerResultImpl {
    if (typeof handler !== "function") throw hostError("InvalidArgument", "The handler must be a function.");
    this.owner._checkUsable();
    const ctx = this.owner.context;
    ctx._enqueue({
      req: { op: "registerEvent", path: this.owner._path, event: this.event },
      location: `${this.owner._meta().entity}.${this.event}.add`,
      statement: `${this.owner._path}.${this.event}.add(handler);`,
      run: (x) => {
        const scope = this.scope(x);
        x.registrations.push(() => x.host._addHandler({ scope, event: this.event, handler: handler as (a: unknown) => unknown, ctx }));
        return null;
      },
    });
    return new EventHandlerResultImpl(ctx, this, handler);
  }

  remove(handler: (args: never) => unknown): void {
    const ctx = this.owner.context;
    ctx._enqueue({
      req: { op: "unregisterEvent", path: this.owner._path, event: this.event },
      location: `${this.owner._meta().entity}.${this.event}.remove`,
      statement: `${this.owner._path}.${this.event}.remove(handler);`,
      run: (x) => {
        x.registrations.push(() => x.host._removeHandler(handler as (a: unknown) => unknown, ctx));
        return null;
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Request context

export interface RunFlags {
  delayForCellEdit: boolean;
}

export class RequestContextImpl {
  readonly _host: ExcelHost;
  _queue: Action[] = [];
  _generation = 0;
  _runDepth = 0;
  _createdInRun: boolean;
  _flags: RunFlags = { delayForCellEdit: false };
  private _workbook: ClientObjectBase | undefined;
  private _runtime: ClientObjectBase | undefined;
  readonly trackedObjects: {
    add(o: ClientObjectBase | ClientObjectBase[]): void;
    remove(o: ClientObjectBase | ClientObjectBase[]): void;
  };

  constructor(host: ExcelHost, createdInRun = false) {
    this._host = host;
    this._createdInRun = createdInRun;
    const each = (o: ClientObjectBase | ClientObjectBase[], f: (x: ClientObjectBase) => void) => (Array.isArray(o) ? o.forEach(f) : f(o));
    this.trackedObjects = {
      add: (o) => each(o, (x) => (x._tracked = true)),
      remove: (o) => each(o, (x) => (x._tracked = false)),
    };
  }

  get workbook(): never {
    if (!this._workbook) this._workbook = this._host._makeWorkbook(this);
    return this._workbook as never;
  }

  get application(): never {
    return (this.workbook as unknown as { application: never }).application;
  }

  /** ExcelApi 1.5. */
  get runtime(): never {
    this._host._requireApi("RequestContext.runtime", "1.5");
    if (!this._runtime) this._runtime = this._host._makeRuntime(this);
    return this._runtime as never;
  }

  load(object: ClientObjectBase, option?: unknown): ClientObjectBase {
    if (!(object instanceof ClientObjectBase) || object.context !== this) throw new HostError("InvalidRequestContext");
    return object.load(option);
  }

  /** Office.js `context.trace`: ignored. */
  trace(_message: string): void {}

  /**
   * Office.js auto-tracks ranges made inside Excel.run and releases them when the run ends: using
   * one afterwards (or in a later run) fails with InvalidObjectPath unless it was added to
   * `context.trackedObjects`. Path-based objects (workbook, worksheets, settings…) stay usable.
   */
  _checkUsable(obj: ClientObjectBase): void {
    if (obj.context !== this) throw new HostError("InvalidRequestContext");
    if (!this._createdInRun) return;
    for (let o: ClientObjectBase | null = obj; o; o = o._parent) {
      if (o._autoTracked() && !o._tracked && o._generation !== this._generation) {
        throw new HostError("InvalidObjectPath", undefined, obj._meta().entity, `${obj._path};`);
      }
    }
  }

  _enqueue(action: Action): void {
    this._queue.push(action);
  }

  /** Executes the queued actions. Counts in `host.stats.syncCalls`. */
  sync<T>(passThroughValue?: T): Promise<T> {
    this._host.stats.syncCalls++;
    return this._host._sync(this).then(() => passThroughValue as T);
  }
}

// ---------------------------------------------------------------------------------------------
// Properties described as data

/** One scalar property of an API class: how to read it from the target, and (if settable) how to write it. */
export interface PropSpec<T> {
  read(target: T, x: Exec): unknown;
  write?(target: T, value: unknown, x: Exec): void;
  /** ExcelApi version that introduced it (reads and writes above the host's level throw ApiNotFound). */
  api?: string;
}

const PROPS = new WeakMap<object, Record<string, PropSpec<never>>>();

/**
 * Installs a getter (and a setter where `write` is given) for each property on the class, and lets
 * `_read` answer loads from the same table: one description serves load, read and write.
 */
export function defineProps<T>(cls: { prototype: ClientObjectBase }, entity: string, props: Record<string, PropSpec<T>>): void {
  PROPS.set(cls.prototype, { ...(PROPS.get(Object.getPrototypeOf(cls.prototype)) ?? {}), ...(props as Record<string, PropSpec<never>>) });
  for (const [name, spec] of Object.entries(props)) {
    const where = `${entity}.${name}`;
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObjectBase) {
        if (spec.api) this._api(where, spec.api);
        return this._get(name);
      },
      set: spec.write
        ? function (this: ClientObjectBase, v: unknown) {
            if (spec.api) this._api(where, spec.api);
            this._set(name, v, (t: T, value, x) => spec.write!(t, value, x));
          }
        : undefined,
    });
  }
}

/** The data-described property `name` of `obj`'s class, if any. */
export function propOf(obj: ClientObjectBase, name: string): PropSpec<unknown> | undefined {
  for (let p: object | null = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const t = PROPS.get(p);
    if (t) return t[name] as PropSpec<unknown> | undefined;
  }
  return undefined;
}
