/**
 * Reading the next file while this one is checked changes nothing of what a file's check says:
 * the bytes read ahead give the same result, a file that cannot be read gives the same reason
 * (test/cli/batch.test.ts shows it is no unhandled rejection meanwhile), and each read is handed
 * over once.
 */
import * as fs from "fs";
import * as path from "path";
import { ReadAhead } from "../../src/cli/read-ahead";
import { runTask, CheckTask, Task } from "../../src/cli/task";
import { ReadError } from "../../src/file/read-xlsx";
import { tmpDir } from "./helpers";

const SAMPLE = path.resolve(__dirname, "../../samples/商务局2023.xlsx");

function checkTask(index: number, file: string): CheckTask {
  return { kind: "check", index, file, config: {}, keepModel: false, render: { format: "json" }, keepResult: true };
}

describe("ReadAhead", () => {
  it("gives the same result as reading when the task runs", async () => {
    const ahead = new ReadAhead();
    const task = checkTask(0, SAMPLE);
    ahead.start(task);
    const read = ahead.take(task);
    expect(read).toBeInstanceOf(Promise);
    const early = await runTask(task, read);
    const plain = await runTask(task);
    expect(early.outcome?.output).toEqual(plain.outcome?.output);
    expect(early.outcome?.result?.findings.length).toBeGreaterThan(0);
  });

  it("keeps a missing file's reason for when the task runs", async () => {
    const ahead = new ReadAhead();
    const task = checkTask(3, path.join(tmpDir("jixiao-ahead-"), "gone.xlsx"));
    ahead.start(task);
    // let the failed read settle before anyone awaits it
    await new Promise((r) => setTimeout(r, 50));
    const read = ahead.take(task)!;
    await expect(read).rejects.toBeInstanceOf(ReadError);
    await expect(read).rejects.toMatchObject({ problem: "missing" });
    ahead.start(task);
    const early = await runTask(task, ahead.take(task));
    const plain = await runTask(task);
    expect(early.outcome?.output).toEqual(plain.outcome?.output);
    expect(String(early.outcome?.output)).toContain('"error": "');
  });

  it("hands each read over once and leaves annotate tasks to read their own", () => {
    const dir = tmpDir("jixiao-ahead-");
    const file = path.join(dir, "a.xlsx");
    fs.copyFileSync(SAMPLE, file);
    const ahead = new ReadAhead();
    const task = checkTask(1, file);
    ahead.start(task);
    ahead.start(task);
    expect(ahead.take(task)).toBeDefined();
    expect(ahead.take(task)).toBeUndefined();
    const annotate: Task = { kind: "annotate", index: 2, file, annotateTo: path.join(dir, "out.xlsx"), findings: [] };
    ahead.start(annotate);
    expect(ahead.take(annotate)).toBeUndefined();
    ahead.start(undefined);
  });
});
