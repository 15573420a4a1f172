/**
 * Tasks on N worker threads, each with a memory limit: a file that would exhaust memory ends its
 * worker (reported for that file alone) and a fresh worker takes the next file. Results come back
 * in any order; the caller puts them in input order.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
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

export class Pool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
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

  private spawn(): Worker {
    const w = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb }, stdout: false, stderr: false });
    this.all.add(w);
    return w;
  }

  push(task: Task): void {
    this.queue.push(task);
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      let w = this.idle.pop();
      if (!w) {
        if (this.all.size >= this.size) return;
        w = this.spawn();
      }
      this.run(w, this.queue.shift()!);
    }
  }

  private run(w: Worker, task: Task): void {
    this.onStart(task);
    let settled = false;
    const done = () => {
      settled = true;
      w.removeAllListeners("message");
      w.removeAllListeners("error");
      w.removeAllListeners("exit");
    };
    w.on("message", (r: TaskResult & { crashed?: string }) => {
      done();
      this.idle.push(w);
      if (r.crashed !== undefined) this.onFailure({ index: task.index, failure: "crash", detail: r.crashed });
      else this.onResult(r);
      this.pump();
    });
    const lost = (failure: PoolFailure["failure"], detail?: string) => {
      // a worker ended by close() (Ctrl-C) failed nothing: its file is simply not checked
      if (settled || this.closed) return;
      done();
      this.all.delete(w);
      void w.terminate();
      this.onFailure({ index: task.index, failure, detail });
      this.pump();
    };
    w.on("error", (e: Error & { code?: string }) => lost(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash", e.message));
    w.on("exit", (code) => lost("crash", `exit ${code}`));
    w.postMessage(task);
  }

  /** Stop every worker (finished or not). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
  }
}
