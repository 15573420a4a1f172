import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";

/**
 * A corpus written by one of test/corpus's python generators (`script OUTDIR` → NAME.xlsx and
 * NAME.expected.json), and the same workbooks re-saved by LibreOffice when soffice is installed:
 * the names, and each writer with the folder its copies are in. Without openpyxl, no names.
 */
export interface PythonCorpus {
  hasOpenpyxl: boolean;
  dir: string;
  names: string[];
  writers: [string, string][];
}

const PYTHON = "/usr/bin/python3";

export function pythonCorpus(script: string, prefix: string): PythonCorpus {
  const hasOpenpyxl = (() => {
    try {
      execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => fs.existsSync(p));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (hasOpenpyxl) {
    execFileSync(PYTHON, [script, dir], { stdio: "ignore" });
    if (soffice) {
      const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f) => path.join(dir, f));
      execFileSync(
        soffice,
        ["--headless", `-env:UserInstallation=file://${path.join(dir, "profile")}`, "--convert-to", "xlsx", "--outdir", path.join(dir, "lo"), ...files],
        {
          stdio: "ignore",
          timeout: 240000,
        },
      );
    }
  }
  const names = hasOpenpyxl
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f) => f.replace(/\.xlsx$/, ""))
    : [];
  const writers: [string, string][] = [["openpyxl", dir]];
  if (soffice) writers.push(["LibreOffice", path.join(dir, "lo")]);
  return { hasOpenpyxl, dir, names, writers };
}
