/**
 * A worker thread of `check --jobs`: runs the tasks the pool sends one at a time, in the order
 * sent (the pool sends some ahead, and knows the first unanswered one is the one running).
 */
import { parentPort } from "worker_threads";
import { watchTemporaries } from "../file/temporaries";
import { ReadAhead } from "./read-ahead";
import { runTask, Task, TaskResult } from "./task";

const queue: Task[] = [];
let running = false;
const ahead = new ReadAhead();
const utf8 = new TextEncoder();

function send(r: TaskResult): void {
  // the file's output goes encoded and moved, not copied: the main thread writes it as it is
  const o = r.outcome;
  if (o && typeof o.output === "string") {
    const bytes = utf8.encode(o.output);
    o.output = bytes;
    parentPort!.postMessage(r, [bytes.buffer]);
  } else parentPort!.postMessage(r);
}

async function drain(): Promise<void> {
  running = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    try {
      send(await runTask(task, ahead.take(task)));
    } catch (e) {
      parentPort!.postMessage({ index: task.index, crashed: e instanceof Error ? e.message : String(e) });
    }
  }
  running = false;
}

// a marked copy is written through a temporary file: the main thread removes it on Ctrl-C
watchTemporaries((temporary, inUse) => parentPort!.postMessage({ temporary, inUse }));

parentPort?.on("message", (task: Task) => {
  // the pool sends files ahead: their reading starts now, while the one before runs
  ahead.start(task);
  queue.push(task);
  if (!running) void drain();
});
