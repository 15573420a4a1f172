/* eslint-disable no-undef */
/**
 * Builds the browser demo (src/demo/page) into dist/demo: a page with a workbook view driven by the
 * in-memory Excel host (src/demo/host), beside the real task pane in an iframe, as Excel on the web
 * hosts it. office.js is not loaded: the pane's page is the add-in's own taskpane.html with its
 * office.js <script> pointed at demo-office.js, which builds the host in the pane's window.
 *
 *   npx webpack --config webpack.demo.config.js --mode production      # what `npm run demo` runs
 *   node scripts/serve-demo.js                                          # http://localhost:3000/
 *
 * Loaders and resolution come from the add-in's webpack.config.js. The sample workbook the page
 * opens on is converted here, at build time, by the page's own converter (src/demo/page/xlsx-import.ts,
 * compiled in memory), so the page needs no exceljs until the user opens or downloads a file.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const addinConfig = require("./webpack.config.js");

const OUT = path.resolve(__dirname, "dist", "demo");
const SAMPLE = path.resolve(__dirname, "samples", "商务局2023.xlsx");
const SAMPLE_NAME = path.basename(SAMPLE);
/** Fixed name: taskpane.html loads it in place of office.js (the template takes a plain path). */
const SHIM = "demo-office";

/** Writes dist/demo/build-info.json after a successful build (the e2e tests' staleness stamp). */
class BuildInfoPlugin {
  constructor(mode) {
    this.mode = mode;
  }
  apply(compiler) {
    compiler.hooks.done.tap("BuildInfoPlugin", (stats) => {
      if (stats.hasErrors()) return;
      fs.mkdirSync(OUT, { recursive: true });
      fs.writeFileSync(path.join(OUT, "build-info.json"), JSON.stringify({ mode: this.mode, builtAt: new Date().toISOString() }, null, 2) + "\n");
    });
  }
}

/**
 * Requires a module of src/ (TypeScript) from this Node process: each .ts file under src/ is
 * transpiled in memory (no type check; `tsc --noEmit` does that). The hook is removed afterwards.
 */
function requireSource(file) {
  const ts = require("typescript");
  const src = path.join(__dirname, "src") + path.sep;
  const previous = require.extensions[".ts"];
  require.extensions[".ts"] = (m, filename) => {
    if (!filename.startsWith(src)) return previous ? previous(m, filename) : m._compile(fs.readFileSync(filename, "utf8"), filename);
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    });
    m._compile(out.outputText, filename);
  };
  try {
    return require(file);
  } finally {
    if (previous) require.extensions[".ts"] = previous;
    else delete require.extensions[".ts"];
  }
}

/** The sample workbook as the host's model (JSON), exactly as the page's file picker would read it. */
async function sampleModel() {
  const { readXlsx } = requireSource(path.join(__dirname, "src", "demo", "page", "xlsx-import.ts"));
  const { workbook, warnings } = await readXlsx(require("exceljs"), fs.readFileSync(SAMPLE), SAMPLE_NAME);
  if (warnings.length) throw new Error(`${SAMPLE_NAME}: ${warnings.join("; ")}`);
  return workbook;
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode || "production";
  const dev = mode === "development";
  // http + WEBPACK_BUILD: the add-in config then needs no dev certificates.
  const addin = await addinConfig({ ...env, http: true, WEBPACK_BUILD: true }, options);
  const sample = await sampleModel();

  return {
    mode,
    devtool: dev ? "source-map" : false,
    entry: {
      react: ["react", "react-dom"],
      demo: { import: "./src/demo/page/index.tsx", dependOn: "react" },
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "react" },
      [SHIM]: "./src/demo/page/office-shim.ts",
    },
    output: {
      path: OUT,
      filename: (data) => (data.chunk && data.chunk.name === SHIM ? `${SHIM}.js` : dev ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
      publicPath: "auto",
    },
    resolve: addin.resolve,
    module: {
      // exceljs's browser build is one pre-built file: nothing for webpack to parse in it.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/,
      rules: addin.module.rules,
    },
    plugins: [
      // The sample, converted above: src/demo/page/index.tsx reads it with JSON.parse.
      new webpack.DefinePlugin({ __JIXIAO_DEMO_SAMPLE__: JSON.stringify(JSON.stringify(sample)) }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/demo/page/demo.html",
        chunks: ["react", "demo"],
      }),
      // The add-in's own pane page, unchanged but for where "office.js" comes from.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["react", "taskpane"],
        officeJs: `${SHIM}.js`,
        officeJsNote: "demo host (src/demo/page/office-shim.ts), not office.js",
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-32.png", to: "assets/[name][ext]" }] }),
      new BuildInfoPlugin(mode),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
