// Puts a content hash in the name of every file scripts/build-wasm.sh wrote, so that a
// browser or the service worker never mixes files of two builds, and rewrites the
// names where the files refer to each other:
// - each chunk (`split_*.wasm`, `chunk_*.wasm`) is named after its own content, in
//   `__wasm_split.js`, which fetches them;
// - `repere.js`, `repere_bg.wasm` and `__wasm_split.js` import each other, so they
//   share one hash, of the three together.
// The old names and the new ones go to `<dir>/../wasm-names.json`, which
// scripts/post-build.mjs reads to fill in index.html, and the benchmark to list chunks.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/name-files.mjs <folder>");
const LOADER = "__wasm_split.js";
const MAIN_JS = "repere.js";
const MAIN_WASM = "repere_bg.wasm";

const digest = (...parts) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex").slice(0, 16);
};
const withHash = (name, hash) => name.replace(/(_bg)?\.(js|wasm)$/, (end) => `-${hash}${end}`);
const replaceAll = (text, from, to) => text.split(from).join(to);

const files = await readdir(dir);
const names = {};
const chunks = files.filter((f) => /^(split|chunk)_.*\.wasm$/.test(f));
let loader = files.includes(LOADER) ? await readFile(join(dir, LOADER), "utf8") : null;
for (const chunk of chunks) {
  names[chunk] = withHash(chunk, digest(await readFile(join(dir, chunk))));
  loader = replaceAll(loader, `"./${chunk}"`, `"./${names[chunk]}"`);
}

let js = await readFile(join(dir, MAIN_JS), "utf8");
const wasm = await readFile(join(dir, MAIN_WASM));
// Every chunk loader the main wasm imports must exist, or the page cannot even start
// (a `preload` of a chunk none of whose parts is used has no loader).
const loaders = new Set([...(loader ?? "").matchAll(/export const (\w+)/g)].map((m) => m[1]));
const missing = WebAssembly.Module.imports(new WebAssembly.Module(wasm))
  .filter((i) => i.module === `./${LOADER}` && !loaders.has(i.name))
  .map((i) => i.name);
if (missing.length > 0) {
  throw new Error(`the wasm asks for chunk loaders that were not made (a part! never used?): ${missing.join(", ")}`);
}
const hash = digest(js, loader ?? "", wasm);
names[MAIN_JS] = withHash(MAIN_JS, hash);
names[MAIN_WASM] = withHash(MAIN_WASM, hash);
js = replaceAll(js, `'${MAIN_WASM}'`, `'${names[MAIN_WASM]}'`);
if (loader !== null) {
  names[LOADER] = withHash(LOADER, hash);
  // Only the `import … from` lines: the wasm's imports keep the module name it was
  // built with ("./__wasm_split.js" as a key of the imports object).
  js = replaceAll(js, `from "./${LOADER}"`, `from "./${names[LOADER]}"`);
  loader = replaceAll(loader, `from "./${MAIN_JS}"`, `from "./${names[MAIN_JS]}"`);
  await writeFile(join(dir, names[LOADER]), loader);
}
await writeFile(join(dir, names[MAIN_JS]), js);
await writeFile(join(dir, names[MAIN_WASM]), wasm);
for (const chunk of chunks) await rename(join(dir, chunk), join(dir, names[chunk]));
for (const rewritten of [MAIN_JS, MAIN_WASM, LOADER].filter((name) => names[name])) {
  await rm(join(dir, rewritten));
}
await writeFile(join(dirname(dir), "wasm-names.json"), JSON.stringify(names, null, 2));
console.log(`name-files: ${Object.keys(names).length} files named after their content`);
