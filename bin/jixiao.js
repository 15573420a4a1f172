#!/usr/bin/env node
/* The `jixiao` command: runs the compiled command line (dist/cli/main.js, built by `npm run build:cli`). */
"use strict";

const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const entry = path.join(root, "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  // First run after install (install scripts are off, see .npmrc): compile the command line once.
  process.stderr.write("jixiao: 首次运行，正在编译命令行程序…… (first run: compiling the command line)\n");
  const { spawnSync } = require("child_process");
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  } catch {
    tsc = undefined;
  }
  const built = tsc && spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], { stdio: "inherit" });
  if (!built || built.status !== 0 || !fs.existsSync(entry)) {
    process.stderr.write("jixiao: 找不到编译后的命令行程序 dist/cli/main.js，请先运行 npm ci 和 npm run build:cli (the command line is not built: run npm ci, then npm run build:cli)\n");
    process.exit(70);
  }
}

// `jixiao check … | head` closes the pipe early: drop the rest of the output quietly instead of
// crashing on EPIPE, and still exit with the run's status (2 for an unreadable file, 1 for errors).
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") {
    process.stdout.write = () => true;
    return;
  }
  throw e;
});

require(entry)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      // exitCode, not exit(): let a long JSON document reach a pipe in full.
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`jixiao: ${e && e.stack ? e.stack : String(e)}\n`);
      process.exitCode = 70;
    },
  );
