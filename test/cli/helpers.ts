/** Shared helpers for the command-line tests: temp dirs, captured output, workbooks built with exceljs. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { spawnSync } from "child_process";

/** The public fixtures (shared/fixtures next to the repository; JIXIAO_FIXTURES overrides). */
export const FIXTURES = process.env.JIXIAO_FIXTURES ?? path.resolve(__dirname, "../../../shared/fixtures");
export const SEED = path.join(FIXTURES, "seed-2023.xlsx");
export const SEED_ONE_SHEET = path.join(FIXTURES, "seed-2023-one-sheet.xlsx");

export interface Captured {
  write(chunk: string): boolean;
  isTTY: boolean;
  text: string;
}

export function capture(isTTY = false): Captured {
  const c: Captured = {
    isTTY,
    text: "",
    write(chunk: string) {
      c.text += chunk;
      return true;
    },
  };
  return c;
}

export function tmpDir(prefix = "jixiao-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function writeWorkbook(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Run the command line with captured output. */
export async function run(
  argv: string[],
  opts: { stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  // Imported lazily so that a test file mocking the engine gets the mock.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require("../../src/cli/main") as typeof import("../../src/cli/main");
  const stdout = capture(!!opts.stdoutTTY);
  const stderr = capture(!!opts.stderrTTY);
  const code = await main(argv, { stdout, stderr, env: opts.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export const haveSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/** LibreOffice converts `file` to `ext` in `dir` (its own profile, so that runs do not collide). */
export function soffice(file: string, ext: string, dir: string): string {
  const profile = `file://${path.join(dir, "lo-profile")}`;
  const r = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", ext, "--outdir", dir, file], {
    encoding: "utf8",
    timeout: 120000,
  });
  if (r.status !== 0) throw new Error(`soffice: ${r.stderr}`);
  return path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, "")}.${ext.split(":")[0]}`);
}

const ROOT = path.resolve(__dirname, "../..");

/** The newest modification time of a file or of anything below a folder. */
function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((newest, name) => Math.max(newest, newestMtime(path.join(p, name))), st.mtimeMs);
}

/**
 * The compiled command line's main.js, for tests that run it in a process or on worker threads of
 * its own: dist/'s when `npm run build:cli` made it after the last change to the sources (CI builds
 * it just before the tests), else compiled into `outDir`. Emit only (--noCheck): the output is
 * tsc's all the same, and `npm test` and build:cli type-check the sources anyway.
 */
export function compiledCli(outDir: string): string {
  const built = path.join(ROOT, "dist", "cli", "main.js");
  const inputs = ["src", "tsconfig.json", "tsconfig.cli.json"].map((p) => newestMtime(path.join(ROOT, p)));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > Math.max(...inputs)) return built;
  const tsc = require.resolve("typescript/bin/tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json"), "--outDir", outDir, "--noCheck"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tsc failed: ${r.stdout}${r.stderr}`);
  return path.join(outDir, "cli", "main.js");
}
