// The first download's size is a decision, not an accident: its brotli size must stay
// within the budget written in budget.json. Raising the budget is a commit of its own that
// says why (the "history" of budget.json); this test says by how much a build is over.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { firstDownload } from "../../scripts/first-download.mjs";

const budget = JSON.parse(readFileSync("budget.json", "utf8"));

test("the first download's brotli size is within the budget of budget.json", () => {
  const { files, brotli } = firstDownload("dist");
  assert.ok(files.some((f) => f.file.endsWith(".wasm")), "dist/ holds the app's wasm");
  const limit = budget.first_download_brotli_bytes;
  const list = files.map((f) => `${f.file} ${f.brotli} B`).join(", ");
  assert.ok(
    brotli <= limit,
    `the first download is ${brotli} bytes of brotli (${list}), over the budget of ${limit} bytes by ${brotli - limit}: ` +
      "move what the first screen does not need into a chunk, or raise the budget in budget.json in a commit that says why",
  );
  console.log(`first download: ${brotli} B brotli, budget ${limit} B (${limit - brotli} B to spare)`);
});
