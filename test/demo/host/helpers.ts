import { createExcelHost, ExcelHost, HostOptions, WorkbookModel } from "../../../src/demo/host";

/** Builds a host, installs Excel/Office/OfficeExtension globals, and returns it with its uninstall. */
export function installHost(model?: WorkbookModel, options?: HostOptions): { host: ExcelHost; uninstall: () => void } {
  const host = createExcelHost(model, options);
  const uninstall = host.install();
  return { host, uninstall };
}

/** Awaits a promise expected to reject and returns the error (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ code?: string; message: string; debugInfo?: { errorLocation?: string; statement?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error("expected a rejection, but the promise resolved");
}

/** Runs `f` and returns what it threw (fails the test if it did not throw). */
export function thrown(f: () => unknown): { code?: string; message: string; name?: string } {
  try {
    f();
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error("expected an exception");
}
