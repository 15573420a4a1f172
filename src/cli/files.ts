/** Command-line paths → the list of files to check (directories expand to the .xlsx below them). */
import { promises as fs } from "fs";
import * as path from "path";

export interface InputFile {
  /** The path as shown to the user: as given, or the directory as given joined with the file below it. */
  file: string;
  /** Set when a directory argument holds no .xlsx at all. */
  emptyDirectory?: boolean;
}

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable subdirectory is skipped
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      await walk(full, out);
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
      await walk(arg, found);
      found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (found.length === 0) add(arg, { emptyDirectory: true });
      for (const f of found) add(f);
    } else {
      add(arg);
    }
  }
  return out;
}
