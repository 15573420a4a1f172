/**
 * Tasks on N worker threads, each with a memory limit: a file that would exhaust memory ends its
 * worker (reported for that file alone) and a fresh worker takes the next file. Workers stay up
 * for the whole batch (their start-up and warm-up paid once). Results come back in any order; the
 * caller puts them in input order.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { trackTemporary } from "../file/temporaries";
import type { Task, TaskResult } from "./task";

export interface PoolFailure {
  index: number;
  /** "memory": the worker ran out of its memory limit; "crash": it died otherwise */
  failure: "memory" | "crash";
  detail?: string;
}

/** The worker's script beside this module (absent when running from the TypeScript sources). */
export function workerScript(): string | undefined {
  const file = path.join(__dirname, "worker.js");
  return fs.existsSync(file) ? file : undefined;
}

/** Memory per worker: half the machine shared among the workers, within 1–4 GB. */
export function workerMemoryMb(jobs: number): number {
  // JIXIAO_WORKER_MB: a set limit (tests use a tiny one to see a worker die alone)
  const set = Number(process.env.JIXIAO_WORKER_MB);
  if (set > 0) return set;
  const share = Math.floor(os.totalmem() / 2 ** 20 / 2 / Math.max(1, jobs));
  return Math.max(1024, Math.min(4096, share));
}

/**
 * Files sent ahead to a worker: it starts the next as soon as one is done, without waiting for
 * the main thread (busy writing output) to hand it one. More would balance the last files worse.
 */
const AHEAD = 2;

interface Slot {
  worker: Worker;
  /** sent and not yet answered, in the order the worker runs them: the first is running */
  tasks: Task[];
}

export class Pool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly size: number,
    readonly memoryMb: number,
    private readonly onResult: (r: TaskResult) => void,
    private readonly onFailure: (f: PoolFailure) => void,
    private readonly onStart: (t: Task) => void = () => undefined,
  ) {}

  private spawn(): void {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb }, stdout: false, stderr: false });
    const slot: Slot = { worker, tasks: [] };
    this.slots.add(slot);
    const temporaries = new Map<string, () => void>();
    worker.on("message", (r: (TaskResult & { crashed?: string }) | { temporary: string; inUse: boolean }) => {
      if ("temporary" in r) {
        // the worker's temporary files, removed with the main thread's on Ctrl-C
        if (r.inUse) temporaries.set(r.temporary, trackTemporary(r.temporary));
        else {
          temporaries.get(r.temporary)?.();
          temporaries.delete(r.temporary);
        }
        return;
      }
      const task = slot.tasks.shift();
      if (!task) return;
      if (r.crashed !== undefined) this.onFailure({ index: task.index, failure: "crash", detail: r.crashed });
      else this.onResult(r);
      // after the result: the progress bar shows the file now running, not a blank
      if (slot.tasks.length > 0) this.onStart(slot.tasks[0]);
      this.pump();
    });
    const lost = (failure: PoolFailure["failure"], detail?: string) => {
      // a worker ended by close() (Ctrl-C) failed nothing: its files are simply not checked
      if (this.closed || !this.slots.delete(slot)) return;
      void worker.terminate();
      // a worker that died while writing a marked copy leaves its temporary file: removed here
      for (const [p, untrack] of temporaries) void fs.promises.rm(p, { force: true }).finally(untrack);
      temporaries.clear();
      // the running file is the one that killed it; those sent ahead go to another worker
      const [task, ...ahead] = slot.tasks.splice(0);
      this.queue.unshift(...ahead);
      if (task) this.onFailure({ index: task.index, failure, detail });
      this.pump();
    };
    worker.on("error", (e: Error & { code?: string }) => lost(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash", e.message));
    worker.on("exit", (code) => lost("crash", `exit ${code}`));
  }

  push(task: Task): void {
    this.queue.push(task);
    this.pump();
  }

  private pump(): void {
    if (this.closed) return;
    while (this.queue.length > 0 && this.slots.size < this.size) this.spawn();
    // one file to each idle worker first, then the files sent ahead
    for (let depth = 1; depth <= AHEAD; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.tasks.length < depth) this.send(slot, this.queue.shift()!);
      }
    }
  }

  private send(slot: Slot, task: Task): void {
    slot.tasks.push(task);
    if (slot.tasks.length === 1) this.onStart(task);
    slot.worker.postMessage(task);
  }

  /** Stop every worker (finished or not). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }
}
