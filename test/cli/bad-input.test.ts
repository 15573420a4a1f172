/**
 * Files that cannot be read: each gets its own one-line reason naming the file, the others are still
 * checked, the exit status is 2, and no input file is ever modified.
 */
import * as fs from "fs";
import * as path from "path";
import { SEED, run, tmpDir } from "./helpers";

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE2 compound file: 512-byte header, then a directory sector naming the given streams. */
function ole2(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  OLE2_MAGIC.copy(header);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt32LE(0, 0x30); // first directory sector
  const dir = Buffer.alloc(512);
  ["Root Entry", ...streams].slice(0, 4).forEach((name, i) => {
    const entry = Buffer.from(name, "utf16le");
    entry.copy(dir, i * 128);
    dir.writeUInt16LE(entry.length + 2, i * 128 + 64);
    dir.writeUInt8(i === 0 ? 5 : 2, i * 128 + 66);
  });
  return Buffer.concat([header, dir, Buffer.alloc(1024)]);
}

interface Made {
  dir: string;
  good: string;
  files: Record<string, string>;
}

function makeFiles(): Made {
  const dir = tmpDir();
  const good = path.join(dir, "good-2023.xlsx");
  fs.copyFileSync(SEED, good);
  const seed = fs.readFileSync(SEED);
  const files: Record<string, string> = {
    truncated: path.join(dir, "truncated.xlsx"),
    text: path.join(dir, "text.xlsx"),
    xls: path.join(dir, "old.xls"),
    encrypted: path.join(dir, "encrypted.xlsx"),
    empty: path.join(dir, "empty.xlsx"),
    missing: path.join(dir, "missing.xlsx"),
    emptyDir: path.join(dir, "no-workbooks"),
  };
  fs.writeFileSync(files.truncated, seed.subarray(0, Math.floor(seed.length / 2)));
  fs.writeFileSync(files.text, "项目名称,预算数\n招商引资,50万元\n");
  fs.writeFileSync(files.xls, ole2(["Workbook", "\u0005SummaryInformation"]));
  fs.writeFileSync(files.encrypted, ole2(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]));
  fs.writeFileSync(files.empty, "");
  fs.mkdirSync(files.emptyDir);
  fs.writeFileSync(path.join(files.emptyDir, "readme.txt"), "no workbooks here");
  fs.writeFileSync(path.join(files.emptyDir, "~$lock.xlsx"), "lock file");
  return { dir, good, files };
}

function snapshot(paths: string[]): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const m = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  for (const p of paths) {
    if (!fs.existsSync(p) || fs.statSync(p).isDirectory()) continue;
    m.set(p, { bytes: fs.readFileSync(p), mtimeMs: fs.statSync(p).mtimeMs });
  }
  return m;
}

// These files are read as on a machine without LibreOffice (libreoffice.test.ts converts real .xls/.ods).
process.env.JIXIAO_SOFFICE = "none";

describe("unreadable files", () => {
  let made: Made;
  beforeEach(() => {
    made = makeFiles();
  });

  it("names each bad file with its own reason, still checks the good one, exits 2 (JSON)", async () => {
    const { good, files } = made;
    const args = [good, ...Object.values(files)];
    const { code, stdout, stderr } = await run(["check", "--format", "json", ...args]);
    expect(code).toBe(2);
    const doc = JSON.parse(stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(args);

    const byFile = new Map<string, { error: string | null; tables: unknown[]; findings: unknown[] }>(doc.files.map((f: { file: string }) => [f.file, f]));
    const goodEntry = byFile.get(good)!;
    expect(goodEntry.error).toBeNull();
    expect(goodEntry.tables).toHaveLength(2);

    const reasons = new Set<string>();
    for (const [kind, file] of Object.entries(files)) {
      const entry = byFile.get(file)!;
      expect(entry.error).toEqual(expect.any(String));
      expect(entry.tables).toEqual([]);
      expect(entry.findings).toEqual([]);
      reasons.add(entry.error!);
      // one line on standard error naming the file and giving the same reason
      const lines = stderr.split("\n").filter((l) => l.includes(file));
      expect({ kind, lines: lines.length }).toEqual({ kind, lines: 1 });
      expect(lines[0]).toContain(entry.error!);
    }
    expect(reasons.size).toBe(Object.keys(files).length);
    expect(byFile.get(files.xls)!.error).toMatch(/97-2003/);
    expect(byFile.get(files.xls)!.error).toMatch(/另存为.*\.xlsx/);
    expect(byFile.get(files.encrypted)!.error).toMatch(/密码/);
    expect(byFile.get(files.truncated)!.error).toMatch(/损坏|不完整/);
    expect(byFile.get(files.text)!.error).toMatch(/不是 Excel 工作簿/);
    expect(byFile.get(files.empty)!.error).toMatch(/空/);
    expect(byFile.get(files.missing)!.error).toMatch(/找不到/);
    expect(byFile.get(files.emptyDir)!.error).toMatch(/没有工作簿/);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    expect(doc.summary.files).toBe(args.length);
    expect(doc.summary.tables).toBe(2);
  });

  it("gives the reasons in English with --lang en", async () => {
    const { good, files } = made;
    const { code, stderr } = await run(["check", "--lang", "en", good, files.xls, files.encrypted, files.text]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `cannot read ${files.xls}: this is the old Excel 97-2003 format (.xls) and LibreOffice is not installed to convert it; save it as .xlsx`,
    );
    expect(stderr).toMatch(new RegExp(`cannot read ${escape(files.encrypted)}: .*password-protected`));
    expect(stderr).toMatch(new RegExp(`cannot read ${escape(files.text)}: not an Excel workbook`));
    expect(stderr).not.toContain("无法读取");
  });

  it("reports the good file in the text output too, with the bad ones named", async () => {
    const { good, files } = made;
    const { code, stdout, stderr } = await run(["check", good, files.truncated, files.empty]);
    expect(code).toBe(2);
    expect(stdout).toContain(`文件：${good}`);
    expect(stdout).toContain("招商引资");
    expect(stdout).toContain("项目扶持资金");
    expect(stdout).toMatch(/共检查 3 个文件、2 张表/);
    expect(stdout).toMatch(/2 个文件无法读取/);
    expect(stderr.trim().split("\n")).toHaveLength(2);
  });

  it("exits 2 even when the readable files have error-level findings or none", async () => {
    const { good, files } = made;
    expect((await run(["check", files.missing])).code).toBe(2);
    expect((await run(["check", good, files.emptyDir])).code).toBe(2);
  });

  it("a usage error wins over unreadable files (64)", async () => {
    const { files } = made;
    expect((await run(["check", "--format", "yaml", files.missing])).code).toBe(64);
  });

  it("never modifies an input file", async () => {
    const { dir, good, files } = made;
    const all = [good, ...Object.values(files)];
    // make the mtimes old so that a rewrite would show
    const old = new Date("2023-01-02T03:04:05Z");
    for (const f of all) if (fs.existsSync(f) && fs.statSync(f).isFile()) fs.utimesSync(f, old, old);
    const before = snapshot(all);
    const listing = fs.readdirSync(dir).sort();
    await run(["check", "--format", "json", ...all]);
    await run(["check", dir]);
    await run(["check", "--across-files", dir, good]);
    const after = snapshot(all);
    expect(after.size).toBe(before.size);
    for (const [f, b] of before) {
      const a = after.get(f)!;
      expect({ f, same: a.bytes.equals(b.bytes) }).toEqual({ f, same: true });
      expect({ f, mtimeMs: a.mtimeMs }).toEqual({ f, mtimeMs: b.mtimeMs });
    }
    expect(fs.readdirSync(dir).sort()).toEqual(listing); // no lock or temp files left behind
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
