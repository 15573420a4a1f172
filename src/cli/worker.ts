/** A worker thread of `check --jobs`: runs the tasks the pool sends, one at a time. */
import { parentPort } from "worker_threads";
import { runTask, Task } from "./task";

parentPort?.on("message", (task: Task) => {
  runTask(task).then(
    (r) => parentPort!.postMessage(r),
    (e) => parentPort!.postMessage({ index: task.index, crashed: e instanceof Error ? e.message : String(e) }),
  );
});
