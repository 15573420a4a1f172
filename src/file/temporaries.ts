/** Temporary files and directories in use, removed on exit or Ctrl-C (src/cli/interrupt.ts). */
import { promises as fs } from "fs";

const temporaries = new Set<string>();

/** Track `p` until the returned function is called. */
export function trackTemporary(p: string): () => void {
  temporaries.add(p);
  return () => temporaries.delete(p);
}

export async function cleanupTemporaries(): Promise<void> {
  await Promise.all([...temporaries].map((d) => fs.rm(d, { recursive: true, force: true }).catch(() => undefined)));
  temporaries.clear();
}
