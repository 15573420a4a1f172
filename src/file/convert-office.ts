/**
 * .xls and .ods inputs: LibreOffice converts them into a temporary .xlsx that the reader then
 * reads like any other. The temporary directory (and LibreOffice's own profile, so that parallel
 * runs do not fight over one) is removed whatever happens.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { trackTemporary } from "./temporaries";

/** LibreOffice's command, if on PATH (cached per process). */
let sofficeFound: Promise<string | undefined> | undefined;

export function findSoffice(env: Record<string, string | undefined> = process.env): Promise<string | undefined> {
  sofficeFound ??= (async () => {
    // JIXIAO_SOFFICE: LibreOffice's path, or "none" to read without it
    const forced = env.JIXIAO_SOFFICE;
    if (forced === "none") return undefined;
    if (forced) return forced;
    const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
    const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
    for (const d of dirs) {
      for (const n of names) {
        const p = path.join(d, n);
        try {
          await fs.access(p, 1 /* X_OK */);
          return p;
        } catch {
          // not here
        }
      }
    }
    return undefined;
  })();
  return sofficeFound;
}

export class ConvertError extends Error {
  constructor(
    readonly reason: "no-soffice" | "convert-failed",
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

const CONVERT_TIMEOUT_MS = 180_000;

/** Convert `file` into .xlsx bytes with LibreOffice; the input is only read. */
export async function convertToXlsx(file: string): Promise<Buffer> {
  const soffice = await findSoffice();
  if (!soffice) throw new ConvertError("no-soffice");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "jixiao-convert-"));
  const untrack = trackTemporary(dir);
  try {
    // a copy under a plain name: LibreOffice's output name follows the input's, whatever its characters
    const ext = path.extname(file).toLowerCase() || ".xls";
    const input = path.join(dir, `input${ext}`);
    await fs.copyFile(file, input);
    const profile = `file://${path.join(dir, "profile").split(path.sep).join("/")}`;
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", dir, input],
        { timeout: CONVERT_TIMEOUT_MS, windowsHide: true },
        (err) => (err ? reject(new ConvertError("convert-failed", err.message)) : resolve()),
      );
    });
    try {
      return await fs.readFile(path.join(dir, "input.xlsx"));
    } catch {
      throw new ConvertError("convert-failed", "no output");
    }
  } finally {
    untrack();
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
