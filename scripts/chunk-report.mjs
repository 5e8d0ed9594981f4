// Prints the app's wasm files in a built dist/: the first download, then each chunk
// (src/ui/chunks) with its raw, gzip and brotli sizes and when it is fetched; a shared
// chunk (`chunk_N`) comes with the first of the parts that use it.
//   node scripts/chunk-report.mjs [dist]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { brotliSize, isFirstDownload } from "./first-download.mjs";

const root = process.argv[2] ?? "dist";
// When each part's chunk is fetched (src/ui/chunks/mod.rs and the screens that preload).
const WHEN = {
  questions: "preloaded once the welcome screen is shown",
  overlays: "preloaded after the question screens",
  catalog: "as the journey starts, with the catalog files",
  results: "preloaded at the first skill question",
};
const files = readdirSync(root).filter((f) => /\.(wasm|js)$/.test(f) && f !== "sw.js");
const loaderName = files.find((f) => f.startsWith("__wasm_split-"));
const loader = loaderName ? readFileSync(join(root, loaderName), "utf8") : "";
/** The parts that use a shared chunk, from the loader's comment above it. */
const sharedBy = (file) => {
  const at = loader.indexOf(`"./${file}"`);
  const comment = [...loader.slice(0, at).matchAll(/\/\* ([a-z_, ]+) \*\//g)].at(-1);
  return comment ? comment[1] : "?";
};
const sizes = (file) => {
  const body = readFileSync(join(root, file));
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliSize(body) };
};
const rows = files.map((file) => {
  const split = file.match(/^split_([a-z_]+)-/);
  const shared = file.match(/^chunk_\d+-/);
  const when = split
    ? WHEN[split[1]] ?? "when its part is first shown"
    : shared
      ? `with ${sharedBy(file)}`
      : "start-up (first download)";
  return { file, when, first: isFirstDownload(file), ...sizes(file) };
});
rows.sort((a, b) => b.first - a.first || b.brotli - a.brotli);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const width = Math.max(...rows.map((r) => r.file.length));
console.log(`${"file".padEnd(width)}  ${"raw KB".padStart(7)}  ${"gz KB".padStart(7)}  ${"br KB".padStart(7)}  fetched`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}  ${r.when}`);
const total = (list, key) => list.reduce((s, r) => s + r[key], 0);
const first = rows.filter((r) => r.first);
console.log(
  `first download: ${kb(total(first, "brotli")).trim()} KB brotli; the ${rows.length - first.length} chunks: ${kb(total(rows, "brotli") - total(first, "brotli")).trim()} KB brotli; all: ${kb(total(rows, "brotli")).trim()} KB`,
);
