/** Temporary files and directories in use, removed on exit or Ctrl-C (src/cli/interrupt.ts). */
import { promises as fs } from "fs";

const temporaries = new Set<string>();

type Watcher = (p: string, inUse: boolean) => void;
let watcher: Watcher | undefined;

/** Track `p` until the returned function is called. */
export function trackTemporary(p: string): () => void {
  temporaries.add(p);
  watcher?.(p, true);
  return () => {
    temporaries.delete(p);
    watcher?.(p, false);
  };
}

/**
 * Tell `w` of every temporary as it comes and goes: a worker thread cannot clean up when it is
 * stopped, so it tells the main thread, which removes what was left on Ctrl-C.
 */
export function watchTemporaries(w: Watcher): void {
  watcher = w;
}

export async function cleanupTemporaries(): Promise<void> {
  await Promise.all([...temporaries].map((d) => fs.rm(d, { recursive: true, force: true }).catch(() => undefined)));
  temporaries.clear();
}
