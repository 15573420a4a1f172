/* eslint-disable no-undef */
/**
 * Node side of the browser demo (src/demo/page), shared by `npm run demo` (scripts/serve-demo.js),
 * the end-to-end tests (test/e2e) and the browser bench (bench/browser.ts):
 *
 *   buildDemo({ ifStale: true })   webpack --config webpack.demo.config.js --mode production, unless
 *                                  dist/demo/build-info.json is newer than every input
 *   startServer({ port })          a tiny static server over dist/demo (no webpack-dev-server)
 *   launchChromium()               Debian's /usr/bin/chromium through playwright-core, headless
 *
 * Plain CommonJS so that `node scripts/serve-demo.js` runs without compiling; types in demo-harness.d.ts.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DEMO_DIR = path.join(ROOT, "dist", "demo");
const BUILD_INFO = path.join(DEMO_DIR, "build-info.json");
const LOCK_DIR = path.join(ROOT, "dist", ".demo-build.lock");

/** What the demo is built from: a change to any of these makes dist/demo stale. */
const INPUTS = ["src", "samples", "assets", "webpack.config.js", "webpack.demo.config.js", "tsconfig.json", "package-lock.json"];

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** Flags for Debian's Chromium in containers and CI (no sandbox, no GPU, no background traffic). */
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Why dist/demo must be (re)built, or null when it is up to date. */
function staleReason() {
  let info;
  try {
    info = JSON.parse(fs.readFileSync(BUILD_INFO, "utf8"));
  } catch {
    return "dist/demo has not been built";
  }
  if (info.mode !== "production") return `dist/demo was built in ${info.mode} mode`;
  const built = fs.statSync(BUILD_INFO).mtimeMs;
  for (const input of INPUTS) {
    if (newestMtime(path.join(ROOT, input)) > built) return `${input} changed since the last build`;
  }
  return null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One build at a time across processes (jest workers): a lock directory, taken atomically. */
async function withLock(fn) {
  fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      // A lock older than 10 minutes was left by a killed build.
      try {
        if (Date.now() - fs.statSync(LOCK_DIR).mtimeMs > 600000) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      } catch {
        // gone meanwhile
      }
      if (Date.now() - started > 600000) throw new Error(`Timed out waiting for another demo build (${LOCK_DIR}).`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

function runWebpack(log) {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "--config", "webpack.demo.config.js", "--mode", "production"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        if (log) log(out.trim().split("\n").slice(-3).join("\n"));
        resolve();
      } else reject(new Error(`Building the demo failed (webpack exit ${code}):\n${out.slice(-4000)}`));
    });
  });
}

/**
 * Builds dist/demo (production) unless it is up to date. Returns how long it took in ms (0 when
 * nothing was built) and why it built.
 */
async function buildDemo(options = {}) {
  const ifStale = options.ifStale !== false;
  const log = options.log;
  return withLock(async () => {
    const reason = ifStale ? staleReason() : "asked to build";
    if (!reason) return { ms: 0, reason: null };
    if (log) log(`Building the demo (${reason})…`);
    const t0 = Date.now();
    await runWebpack(log);
    return { ms: Date.now() - t0, reason };
  });
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Serves `root` (default dist/demo) over http. `port` 0 picks a free port. Resolves to
 * { url, port, close() } once listening.
 */
function startServer(options = {}) {
  const root = path.resolve(options.root || DEMO_DIR);
  const host = options.host || "127.0.0.1";
  if (!fs.existsSync(path.join(root, "index.html"))) {
    return Promise.reject(new Error(`${path.relative(ROOT, root) || root}/index.html is missing: build the demo first (npm run demo).`));
  }
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url || "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: ${rel}`);
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": data.length,
        // Always the current build: the demo is rebuilt in place.
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port === undefined ? 0 : options.port, host, () => {
      server.off("error", reject);
      const port = server.address().port;
      const shown = host === "127.0.0.1" || host === "::1" || host === "0.0.0.0" ? "localhost" : host;
      resolve({
        url: `http://${options.urlHost || shown}:${port}/`,
        port,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

function chromiumAvailable() {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Debian's Chromium, headless, through playwright-core (each launch gets a fresh temporary profile). */
async function launchChromium(options = {}) {
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`);
  const { chromium } = require("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: options.headless !== false, args: CHROMIUM_ARGS });
}

module.exports = { ROOT, DEMO_DIR, CHROMIUM_PATH, CHROMIUM_ARGS, staleReason, buildDemo, startServer, chromiumAvailable, launchChromium };
