/** Command-line paths → the list of files to check (directories expand to the workbooks below them). */
import { promises as fs } from "fs";
import * as path from "path";

export interface InputFile {
  /** The path as shown to the user: as given, or the directory as given joined with the file below it. */
  file: string;
  /** Set when a directory argument holds no workbook at all. */
  emptyDirectory?: boolean;
  /** Set for a directory below an argument that could not be listed (its files are unknown). */
  unreadableDirectory?: boolean;
  /** The argument (a directory) this file was found under, for paths relative to it. */
  root?: string;
}

/** Workbooks a directory expands to: .xlsx, and .xls / .ods (read through LibreOffice); not Office's "~$" lock files. */
export function isXlsxName(name: string): boolean {
  return /\.(?:xlsx|xls|ods)$/i.test(name) && !name.startsWith("~$");
}

async function walk(dir: string, out: string[], unreadable: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    unreadable.push(dir); // named in the report (exit 2), the rest is still checked
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      await walk(full, out, unreadable);
    } else if (isXlsxName(e.name)) {
      if (e.isFile()) out.push(full);
      else if (e.isSymbolicLink()) {
        // follow links to files, never to directories (no loops)
        const st = await fs.stat(full).catch(() => null);
        if (st?.isFile()) out.push(full);
      }
    }
  }
}

/** Every file named or found below a named directory, in argument order, directories sorted. */
export async function expandInputs(args: string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: string, extra: Partial<InputFile> = {}) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file, ...extra });
  };
  for (const arg of args) {
    const st = await fs.stat(arg).catch(() => null);
    if (st?.isDirectory()) {
      const found: string[] = [];
      const unreadable: string[] = [];
      await walk(arg, found, unreadable);
      if (unreadable[0] === arg) {
        add(arg, { unreadableDirectory: true });
        continue;
      }
      const entries = [...found.map((f) => ({ f, dir: false })), ...unreadable.map((f) => ({ f, dir: true }))];
      entries.sort((a, b) => (a.f < b.f ? -1 : a.f > b.f ? 1 : 0));
      if (entries.length === 0) add(arg, { emptyDirectory: true });
      for (const e of entries) add(e.f, e.dir ? { unreadableDirectory: true, root: arg } : { root: arg });
    } else {
      add(arg);
    }
  }
  return out;
}
