/* eslint-disable no-undef */
/**
 * Builds the task pane (after the yo office React template, without Babel and polyfills).
 *
 *   npx webpack --mode production                                   # URLs stay https://localhost:3000/
 *   npx webpack --mode production --env host=https://intranet.example/jixiao/
 *   JIXIAO_HOST=https://intranet.example/jixiao/ npx webpack --mode production
 *   npx webpack --mode production --env officeCdn                   # office.js from Microsoft's CDN
 *   npx webpack serve --mode development                            # https://localhost:3000 (dev certs)
 *   npx webpack serve --mode development --env http                 # http://127.0.0.1:3000 (tests, demo)
 *
 * office.js is served from the pane's own origin by default: office.js and only the files it loads
 * in Excel (the excel-* host scripts, the O15 mapping table, the telemetry sink and the zh-cn/en-us
 * strings) are copied from node_modules/@microsoft/office-js/dist into office-js/ (≈ 9 MB of the 87).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
const officeCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** Files of @microsoft/office-js/dist that office.js loads when the host is Excel (relative, globs). */
const OFFICE_JS_FILES = [
  "office.js",
  // host scripts: excel-<platform>-<version>[-core].js for every platform, and the Office 2013 ones
  "excel-*.js",
  "excelwebapp-*.js",
  "excelios-*.js",
  // Office 2013 hosts load this mapping table first
  "o15apptofilemappingtable.js",
  // telemetry sink office.js loads from its own folder
  "telemetry/oteljs_agave.js",
  // UI strings: the host's locale, falling back to en-us
  "zh-cn/office_strings.js",
  "en-us/office_strings.js",
];

function normalizeHost(url) {
  if (!url) return undefined;
  const u = String(url).trim();
  if (!/^https:\/\//i.test(u)) throw new Error(`The add-in host must be an https:// URL (got ${u}); Office loads add-ins over https only.`);
  return u.endsWith("/") ? u : `${u}/`;
}

/**
 * HTTPS options for the dev server. Outside CI the Office dev certificates (office-addin-dev-certs,
 * which may install its CA with sudo). In CI, the certificates only when they are already on disk;
 * else webpack-dev-server's own self-signed certificate.
 */
async function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
  const present = Object.values(files).every((f) => fs.existsSync(f));
  if (process.env.CI) {
    return present ? { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) } : undefined;
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.warn(`office-addin-dev-certs failed (${e && e.message}); using a self-signed certificate.`);
    return undefined;
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const http = !!env.http;
  const useCdn = !!env.officeCdn;
  const host = normalizeHost(env.host || process.env.JIXIAO_HOST);
  const port = Number(env.port || process.env.npm_package_config_dev_server_port || 3000);
  // Relative: the pane works under any base path (https://intranet.example/jixiao/taskpane.html).
  const officeJs = useCdn ? officeCdn : "office-js/office.js";
  const officeJsNote = useCdn ? "Microsoft CDN (--env officeCdn)" : "served from this origin (copied from @microsoft/office-js)";

  const rewriteManifest = (content) => {
    const text = content.toString();
    return !dev && host ? text.split(urlDev).join(host) : text;
  };

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "manifest*.xml", to: "[name][ext]", transform: rewriteManifest },
  ];
  if (!useCdn) {
    for (const file of OFFICE_JS_FILES) {
      copyPatterns.push({
        from: file,
        context: officeDist,
        // keep the folders (zh-cn/, en-us/, telemetry/): office.js asks for them by path
        to: path.posix.join("office-js", path.posix.dirname(file), "[name][ext]"),
        globOptions: { ignore: ["**/*.debug.js"] },
        // Microsoft's files as shipped: already minified, and not ours to re-minify.
        info: { minimized: true },
      });
    }
  }

  const server = http ? { type: "http" } : { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() };

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      react: ["react", "react-dom"],
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "react" },
    },
    output: {
      path: path.resolve(__dirname, "dist", "addin"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
      publicPath: "auto",
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // Types are checked by `tsc --noEmit`; here only transpile (isolatedModules is on).
              transpileOnly: true,
              // ES modules, so that webpack can tree-shake Fluent UI and the icons.
              compilerOptions: { module: "es2020", moduleResolution: "node", sourceMap: dev, declaration: false },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["react", "taskpane"],
        officeJs,
        officeJsNote,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: [],
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/commands/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: {
      hints: dev ? false : "warning",
      // office-js/ holds Microsoft's host scripts (1.2–1.4 MB each); budget only our own bundles.
      assetFilter: (file) => /\.js$/.test(file) && !file.startsWith("office-js/"),
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1536 * 1024,
    },
    devServer: {
      hot: true,
      host: http ? "127.0.0.1" : "localhost",
      port,
      headers: { "Access-Control-Allow-Origin": "*" },
      server,
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
