/**
 * Live cell stores. The model keeps cells as a plain `Record<"B3", CellModel>`; the host wraps each
 * sheet's record in a JS Proxy that mirrors every write into a Map keyed by row/column number, so
 * grid reads do not pay for string-keyed lookups in objects with 100k+ keys. The record still behaves
 * as a plain object (reads, writes, JSON.stringify, Object.keys), and writes through it, by the host
 * or by a test, keep the index in step. Keys must be canonical ("B3", not "b3" or "$B$3").
 */

import { MAX_COLUMNS, cellKey, parseCellKey } from "./a1";
import type { CellModel } from "./model";

const INDEX = new WeakMap<object, Map<number, CellModel>>();
const TARGET = new WeakMap<object, Record<string, CellModel>>();
const slots = new Map<string, number>();

function slot(key: string): number {
  const hit = slots.get(key);
  if (hit !== undefined) return hit;
  const p = parseCellKey(key);
  if (cellKey(p.row, p.col) !== key) throw new Error(`Cell keys must be canonical A1 addresses like "B3", not ${JSON.stringify(key)}`);
  const n = p.row * MAX_COLUMNS + p.col;
  if (slots.size < 2_000_000) slots.set(key, n);
  return n;
}

/**
 * Sets (cell) or removes (undefined) the cell at (row, col) and returns a function that undoes it.
 * Live stores bypass the Proxy traps (the caller knows row and column already).
 */
export function storeCell(cells: Record<string, CellModel>, row: number, col: number, cell: CellModel | undefined): () => void {
  const key = cellKey(row, col);
  const idx = INDEX.get(cells);
  const target = TARGET.get(cells) ?? cells;
  const had = Object.prototype.hasOwnProperty.call(target, key);
  const old = target[key];
  const n = row * MAX_COLUMNS + col;
  const put = (c: CellModel | undefined) => {
    if (c === undefined) {
      delete target[key];
      idx?.delete(n);
    } else {
      target[key] = c;
      idx?.set(n, c);
    }
  };
  put(cell);
  return () => put(had ? old : undefined);
}

export function liveCells(plain: Record<string, CellModel>): Record<string, CellModel> {
  if (INDEX.has(plain)) return plain;
  const index = new Map<number, CellModel>();
  const target: Record<string, CellModel> = {};
  for (const [k, c] of Object.entries(plain)) {
    index.set(slot(k), c);
    target[k] = c;
  }
  const proxy = new Proxy(target, {
    set(t, k, v) {
      if (typeof k === "string") index.set(slot(k), v as CellModel);
      (t as Record<string | symbol, unknown>)[k] = v;
      return true;
    },
    defineProperty(t, k, d) {
      if (typeof k === "string") index.set(slot(k), d.value as CellModel);
      return Reflect.defineProperty(t, k, d);
    },
    deleteProperty(t, k) {
      if (typeof k === "string" && Object.prototype.hasOwnProperty.call(t, k)) index.delete(slot(k));
      return Reflect.deleteProperty(t, k);
    },
  });
  INDEX.set(proxy, index);
  TARGET.set(proxy, target);
  return proxy;
}

/** The cell at (row, col): fast for live stores, a keyed lookup for plain records. */
export function lookupCell(cells: Record<string, CellModel>, row: number, col: number): CellModel | undefined {
  const idx = INDEX.get(cells);
  return idx ? idx.get(row * MAX_COLUMNS + col) : cells[cellKey(row, col)];
}

export function storedCount(cells: Record<string, CellModel>): number {
  const idx = INDEX.get(cells);
  return idx ? idx.size : Object.keys(cells).length;
}

export function forEachStored(cells: Record<string, CellModel>, f: (row: number, col: number, cell: CellModel) => void): void {
  const idx = INDEX.get(cells);
  if (idx) {
    for (const [n, c] of idx) f(Math.floor(n / MAX_COLUMNS), n % MAX_COLUMNS, c);
    return;
  }
  for (const [k, c] of Object.entries(cells)) {
    const p = parseCellKey(k);
    f(p.row, p.col, c);
  }
}
