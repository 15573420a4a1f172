/**
 * Memoises a function of one string. Workbooks repeat the same labels in every table, and label
 * normalisation (NFKC and regexes) dominated the engine's time before this; the cache is dropped
 * wholesale when it grows large so memory stays bounded.
 */
export function memoString<T>(f: (s: string) => T, limit = 50000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const v = f(s);
    cache.set(s, v);
    return v;
  };
}
