// Prints, for each file of a built dist/, its raw, gzip and brotli sizes, and the totals.
//   node scripts/size-report.mjs [dist]
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = process.argv[2] ?? "dist";

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (!/\.(gz|br)$/.test(entry.name)) yield path;
  }
}

const rows = [];
for await (const path of files(root)) {
  const body = await readFile(path);
  rows.push({
    file: relative(root, path),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  });
}
rows.sort((a, b) => b.raw - a.raw);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const width = Math.max(...rows.map((r) => r.file.length), 5);
console.log(`${"file".padEnd(width)}  ${"raw KB".padStart(8)}  ${"gzip KB".padStart(8)}  ${"br KB".padStart(8)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}`);
const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
console.log(`${"total".padEnd(width)}  ${kb(sum("raw"))}  ${kb(sum("gzip"))}  ${kb(sum("brotli"))}`);
