// A few files copied into the output as they are (icons; the ES5 legacy guard, which must not go through
// ts-loader or the minifier's module wrapper). Small enough not to need copy-webpack-plugin.
const fs = require("fs");
const path = require("path");

class CopyFilesPlugin {
  /** @param {{ from: string, to: string }[]} patterns: `from` a file or a folder (its files, not recursive) */
  constructor(patterns) {
    this.patterns = patterns;
  }

  files(context) {
    const out = [];
    for (const { from, to } of this.patterns) {
      const src = path.resolve(context, from);
      if (fs.statSync(src).isDirectory()) {
        out.push({ dir: src });
        for (const name of fs.readdirSync(src).sort()) {
          const file = path.join(src, name);
          if (fs.statSync(file).isFile()) out.push({ src: file, dest: path.posix.join(to, name) });
        }
      } else {
        out.push({ src, dest: to });
      }
    }
    return out;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CopyFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CopyFilesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const { dir, src, dest } of this.files(compiler.context)) {
          if (dir) {
            compilation.contextDependencies.add(dir); // a new icon in assets/ is picked up too
            continue;
          }
          compilation.fileDependencies.add(src); // so `npm start` picks up an edited icon or guard
          // minimized: true keeps Terser off them: the legacy guard must reach IE11 exactly as written (ES5).
          compilation.emitAsset(dest, new sources.RawSource(fs.readFileSync(src)), { minimized: true });
        }
      });
    });
  }
}

module.exports = { CopyFilesPlugin };
