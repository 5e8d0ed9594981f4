// Run by scripts/build.sh on the assembled folder (and as Trunk's post-build hook by
// `trunk serve`): fills the start-up preview of index.html with the
// welcome screen's French texts, puts the app files' hashed names in it, locks its
// Content-Security-Policy to the hashes of its inline scripts, drops the copy of the compiled-in French catalog,
// writes the service worker with the build's file list and version, then a gzip and a
// brotli copy of every text and wasm file, for static servers that serve pre-compressed
// files (see the README).
import { createHash } from "node:crypto";
import { lockPolicy } from "./csp.mjs";
import { writeOfficialList } from "./official-list.mjs";
import { readdir, readFile, rm, writeFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
// The language compiled into the app: DEFAULT_LANGUAGE in build.rs.
const DEFAULT_LANGUAGE = "fr";

/** Fills each empty `data-shell="key"` element of index.html with that key's text in the
 *  default language. */
async function fillPreview() {
  const catalog = new URL(`../content/locales/${DEFAULT_LANGUAGE}.json`, import.meta.url);
  const texts = JSON.parse(await readFile(catalog, "utf8"));
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const path = join(dir, "index.html");
  const html = await readFile(path, "utf8");
  const filled = html.replace(
    /(<([a-z0-9]+)\b[^>]*\bdata-shell="?([a-z0-9_.]+)"?[^>]*>)(<\/\2>)/g,
    (_, open, _tag, key, close) => {
      if (typeof texts[key] !== "string") throw new Error(`index.html: no text "${key}" in ${DEFAULT_LANGUAGE}.json`);
      return open + escape(texts[key]) + close;
    },
  );
  if (filled === html) throw new Error("index.html: no data-shell element to fill");
  await writeFile(path, filled);
}

/** Puts the hashed names of the app's files (scripts/name-files.mjs) in index.html. */
async function nameAppFiles() {
  const names = JSON.parse(await readFile(new URL("../target/wasm-names.json", import.meta.url), "utf8"));
  const path = join(dir, "index.html");
  let html = await readFile(path, "utf8");
  for (const plain of ["repere.js", "repere_bg.wasm"]) {
    if (!html.includes(`./${plain}`)) throw new Error(`index.html: no reference to ./${plain}`);
    html = html.split(`./${plain}`).join(`./${names[plain]}`);
  }
  await writeFile(path, html);
}

/** Writes the policy into index.html's meta tag, once its scripts are final. */
async function writePolicy() {
  const path = join(dir, "index.html");
  await writeFile(path, lockPolicy(await readFile(path, "utf8")));
}

await fillPreview();
await nameAppFiles();
await writePolicy();
// The default language is compiled into the app: its copy in locales/ would never be
// asked for, and would only make the service worker's first download bigger.
await rm(join(dir, "locales", `${DEFAULT_LANGUAGE}.json`), { force: true });

// The official list of communes, for the structure's space only.
await writeOfficialList(dir);

async function filesUnder(folder) {
  const out = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

const all = (await filesUnder(dir)).filter((f) => !/\.(gz|br)$/.test(f) && !f.endsWith("sw.js"));
const names = all.map((f) => relative(dir, f).split("\\").join("/")).sort();
const hash = createHash("sha256");
for (const name of names) {
  hash.update(name);
  hash.update(await readFile(join(dir, name)));
}
const version = `repere-${hash.digest("hex").slice(0, 16)}`;
// The structure's space fetches the list of communes itself: it stays out of every
// kiosk's and PC's offline copy.
const precache = [
  "./",
  ...names.filter((n) => n !== "index.html" && !n.startsWith("espace/")).map((n) => `./${n}`),
  "./index.html",
];
const template = await readFile(new URL("./sw-template.js", import.meta.url), "utf8");
await writeFile(
  join(dir, "sw.js"),
  template.replace("__VERSION__", version).replace("__FILES__", JSON.stringify(precache, null, 2)),
);

const compressible = /\.(html|js|css|wasm|json|csv|svg|webmanifest)$/;
// Not the files the structure replaces on its server (« 8. Publier »: the settings and
// the catalog): a compressed copy left beside them would go on being sent, stale.
const replacedByTheStructure = /^(config\.json|catalog\/)/;
const toCompress = (n) => compressible.test(n) && !replacedByTheStructure.test(n);
for (const name of [...names, "sw.js"].filter(toCompress)) {
  const path = join(dir, name);
  if ((await stat(path)).size < 512) continue;
  const data = await readFile(path);
  await writeFile(`${path}.gz`, gzipSync(data, { level: 9 }));
  await writeFile(
    `${path}.br`,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
}
console.log(`post-build: ${version}, ${precache.length} files precached, gzip and brotli copies written`);
