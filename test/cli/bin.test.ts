/** bin/jixiao.js: the CommonJS launcher of the compiled command line. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { tmpDir } from "./helpers";

const BIN = path.resolve(__dirname, "../../bin/jixiao.js");

/** A copy of the launcher in a scratch package, with or without a (stand-in) dist/cli/main.js. */
function scratch(main?: string): string {
  const root = tmpDir("jixiao-bin-");
  fs.mkdirSync(path.join(root, "bin"));
  fs.copyFileSync(BIN, path.join(root, "bin", "jixiao.js"));
  if (main !== undefined) {
    fs.mkdirSync(path.join(root, "dist", "cli"), { recursive: true });
    fs.writeFileSync(path.join(root, "dist", "cli", "main.js"), main);
  }
  return path.join(root, "bin", "jixiao.js");
}

describe("bin/jixiao.js", () => {
  it("starts with a node shebang and is executable", () => {
    expect(fs.readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    if (process.platform !== "win32") expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it("hints at npm run build:cli when dist is missing and cannot be built", () => {
    const r = spawnSync(process.execPath, [scratch(), "check", "x.xlsx"], { encoding: "utf8" });
    expect(r.status).toBe(70);
    expect(r.stderr).toContain("npm run build:cli");
  });

  it("compiles the command line on its first run when dist is missing", () => {
    const bin = scratch();
    const root = path.dirname(path.dirname(bin));
    fs.symlinkSync(path.resolve(__dirname, "../../node_modules"), path.join(root, "node_modules"), "dir");
    fs.mkdirSync(path.join(root, "src", "cli"), { recursive: true });
    fs.writeFileSync(path.join(root, "src", "cli", "main.ts"), "export async function main(argv: string[]): Promise<number> { console.log('built', argv.length); return 5; }\n");
    fs.writeFileSync(
      path.join(root, "tsconfig.cli.json"),
      JSON.stringify({ compilerOptions: { outDir: "dist", rootDir: "src", module: "commonjs", target: "ES2020", types: [] }, include: ["src"] }),
    );
    const r = spawnSync(process.execPath, [bin, "a", "b"], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("built 2");
    expect(r.status).toBe(5);
    expect(fs.existsSync(path.join(root, "dist", "cli", "main.js"))).toBe(true);
  }, 60000);

  it("passes the arguments to main() and exits with what it returns", () => {
    const bin = scratch(
      `exports.main = async (argv) => { process.stdout.write(JSON.stringify(argv)); return 3; };`,
    );
    const r = spawnSync(process.execPath, [bin, "check", "a b.xlsx", "--format", "json"], { encoding: "utf8" });
    expect(r.stdout).toBe(JSON.stringify(["check", "a b.xlsx", "--format", "json"]));
    expect(r.status).toBe(3);
  });

  it("writes a long document to a pipe in full before exiting", () => {
    const bin = scratch(`exports.main = async () => { process.stdout.write("x".repeat(5 * 1024 * 1024) + "\\n"); return 1; };`);
    const r = spawnSync(process.execPath, [bin], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(r.stdout.length).toBe(5 * 1024 * 1024 + 1);
    expect(r.status).toBe(1);
  });
});
