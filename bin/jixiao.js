#!/usr/bin/env node
/* The `jixiao` command: runs the compiled command line (dist/cli/main.js, built by `npm run build:cli`). */
"use strict";

const fs = require("fs");
const path = require("path");

const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("jixiao: 找不到编译后的命令行程序 dist/cli/main.js，请先运行 npm run build:cli (the command line is not built yet: run npm run build:cli)\n");
  process.exit(70);
}

// `jixiao check … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode || 0);
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
