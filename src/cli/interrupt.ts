/**
 * Ctrl-C: one SIGINT handler for the process that runs the cleanups registered now (temporary
 * files of new/fill and of conversions, the progress bar and what check finished), restores the
 * terminal (cursor shown, line wrap on) and exits with 130. A second Ctrl-C exits at once.
 */
import { cleanupTemporaries } from "../file/temporaries";

type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();
let installed = false;
let stopping = false;

function restoreTerminal(): void {
  // show the cursor, line wrap on: a progress bar may have hidden or turned them off
  if (process.stderr.isTTY) process.stderr.write("\x1b[?25h\x1b[?7h");
}

async function handler(): Promise<void> {
  if (stopping) {
    restoreTerminal();
    process.exit(130);
  }
  stopping = true;
  for (const c of [...cleanups].reverse()) {
    try {
      await c();
    } catch {
      // keep cleaning
    }
  }
  await cleanupTemporaries();
  restoreTerminal();
  process.exit(130);
}

/** Register a cleanup for Ctrl-C; the returned function unregisters it. */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (!installed) {
    installed = true;
    process.on("SIGINT", () => void handler());
    process.on("SIGTERM", () => void handler());
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
