// The first download of a built dist/: the wasm and JavaScript files a resident's first
// screen fetches before anything else (every file but the chunks, `split_*` and
// `chunk_*`, and the service worker), with their brotli sizes as the server sends them.
// Used by scripts/chunk-report.mjs and by the budget test (tests/e2e/budget.test.mjs).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

/** Is this file of dist/ part of the first download? */
export const isFirstDownload = (file) =>
  /\.(wasm|js)$/.test(file) && file !== "sw.js" && !/^(split_[a-z_]+|chunk_\d+)-/.test(file);

/** Brotli at the highest quality, as scripts/post-build.mjs writes the .br copies. */
export const brotliSize = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The first download's files of `dist` with their brotli sizes, and the total. */
export function firstDownload(dist = "dist") {
  const files = readdirSync(dist)
    .filter(isFirstDownload)
    .map((file) => ({ file, brotli: brotliSize(readFileSync(join(dist, file))) }));
  return { files, brotli: files.reduce((sum, f) => sum + f.brotli, 0) };
}
