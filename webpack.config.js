// webpack for the task pane and the ribbon's function file, shaped like the Yo Office React template's.
// `npm run build` (scripts/build.mjs) runs it in production mode and then writes dist/manifest.xml;
// `npm start` (scripts/start.mjs) serves it over https on localhost:3000.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { CopyFilesPlugin } = require("./webpack/copyFiles");
const { devServerHttps } = require("./webpack/devHttps");

const DEV_PORT = 3000;
const OFFICE_JS_DIR = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");

/**
 * office.js from node_modules at /office.js, for trying the Excel mode outside Office
 * (?host=excel&officejs=local). office.js then fetches its host- and locale-specific files next to itself
 * (/excel-web-16.00.js, /vi-vn/…), so every file of that folder is served too, after the pane's own.
 */
function serveLocalOfficeJs(middlewares) {
  middlewares.push({
    name: "local-office-js",
    middleware: (req, res, next) => {
      const rel = decodeURIComponent((req.url || "").split("?")[0]);
      const file = path.join(OFFICE_JS_DIR, path.normalize(rel));
      if (req.method !== "GET" || !file.startsWith(OFFICE_JS_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        next();
        return;
      }
      const type = file.endsWith(".js") ? "text/javascript" : file.endsWith(".html") ? "text/html" : "application/octet-stream";
      res.setHeader("Content-Type", `${type}; charset=utf-8`);
      fs.createReadStream(file).pipe(res);
    },
  });
  return middlewares;
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  return {
    context: __dirname,
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // scripts/build.mjs writes dist/cli.js before webpack runs; stale hashed bundles go.
      clean: { keep: /^(cli\.js|manifest\.xml)$|^cli[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // tsc --noEmit does the type checking; ES2020 keeps the pane running in Safari 14's WKWebView.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, target: "ES2020", sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      // file mode: a plain browser; this page never loads office.js
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      // the page the manifest opens in Excel: office.js in <head>, before the bundle, as Office requires
      new HtmlWebpackPlugin({
        filename: "excel.html",
        template: "./src/taskpane/excel.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new CopyFilesPlugin([
        { from: "assets", to: "assets" },
        { from: "src/taskpane/legacy/detect.js", to: "legacy/detect.js" },
      ]),
    ],
    // The budget that matters (the pane's first JavaScript, gzipped) is checked by test/e2e/shell.e2e.test.ts.
    performance: { hints: false },
    devServer: env.WEBPACK_SERVE
      ? {
          host: "localhost",
          port: DEV_PORT,
          server: await devServerHttps(),
          static: false,
          setupMiddlewares: serveLocalOfficeJs,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
