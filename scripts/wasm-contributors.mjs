// Prints what the release wasm is made of, by part (Leptos, std, serde, our UI…), from
// twiggy's list of every function and data segment of a build that keeps its names.
//   node scripts/wasm-contributors.mjs <named.wasm>…   (several files: counted together)
// scripts/bench.sh makes those builds: wasm-opt -Oz -g over the files of the release, the
// same optimisation, with the names kept. The names section itself is not counted.
import { execFileSync } from "node:child_process";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/wasm-contributors.mjs <named.wasm>…");
  process.exit(2);
}
const items = files.flatMap((wasm) =>
  JSON.parse(
    execFileSync("twiggy", ["top", "-n", "1000000", "-f", "json", wasm], { maxBuffer: 256 * 1024 * 1024 }),
  ).filter((item) => !/subsection/.test(item.name)),
);

// Each item goes to the part of the first crate its name mentions ("<alloc::vec::Vec<T>
// as …>::from_iter" is std's, even when instantiated for our types).
const PARTS = [
  ["Leptos (tachys, reactive_graph, leptos)", /\b(tachys|reactive_graph|leptos|any_spawner|throw_error|or_poisoned|slotmap|send_wrapper|guardian)\b/],
  ["serde and serde_json", /\b(serde|serde_core|serde_json|zmij|itoa|ryu)\b/],
  ["our UI (repere::ui)", /\brepere::ui\b/],
  ["our domain (repere::domain)", /\brepere::domain\b/],
  ["our platform adapters and the rest of repere", /\brepere\b/],
  ["wasm-bindgen, js-sys, web-sys", /\b(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures)\b/],
  ["std (core, alloc, collections, fmt, allocator)", /\b(core|alloc|std|dlmalloc|compiler_builtins|hashbrown|indexmap)\b/],
  ["other crates (futures, csv-core, qrcodegen, sha2)", /\b(futures\w*|csv_core|qrcodegen|sha2|digest|pin_project\w*)\b/],
];
const partOf = (name) => {
  if (/^data segment|^data\[/.test(name)) return "data (texts, the questionnaire, tables)";
  let best = null;
  for (const [part, pattern] of PARTS) {
    const at = name.search(pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { part, at };
  }
  return best?.part ?? "unattributed (tables, types, glue)";
};

const sizes = new Map();
for (const item of items) {
  const part = partOf(item.name);
  sizes.set(part, (sizes.get(part) ?? 0) + item.shallow_size);
}
const total = [...sizes.values()].reduce((a, b) => a + b, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`What the wasm is made of (twiggy, ${kb(total).trim()} KB without the names):`);
for (const [part, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${part.padEnd(52)} ${kb(size)} KB ${((100 * size) / total).toFixed(0).padStart(3)} %`);
}
console.log("  largest single items:");
for (const item of items.slice().sort((a, b) => b.shallow_size - a.shallow_size).slice(0, 8)) {
  const name = item.name.replace(/::h[0-9a-f]{16}/g, "");
  console.log(`    ${kb(item.shallow_size)} KB  ${name.length > 110 ? `${name.slice(0, 107)}…` : name}`);
}
