// Compares the click to paint of two release builds on a busy machine, where one run's
// figure moves by a third: journeys on each build in turn, in one browser, then the
// median of each build's journey medians.
//   node scripts/compare-builds.mjs <dist-a> <dist-b> [rounds=8]
import { chromium } from "playwright-core";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/browser.mjs";
import { clickToPaint, median, startJourney } from "./click-to-paint.mjs";

const [a, b, rounds = "8"] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node scripts/compare-builds.mjs <dist-a> <dist-b> [rounds]");
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const servers = { [a]: await startServer({ root: a }), [b]: await startServer({ root: b }) };
const results = { [a]: [], [b]: [] };
for (let round = 0; round < Number(rounds); round += 1) {
  for (const dist of [a, b]) {
    const { context, page } = await startJourney(browser, servers[dist].url);
    results[dist].push(median(await clickToPaint(page)));
    await context.close();
  }
  console.log(`round ${round + 1}: ${a} ${results[a].at(-1).toFixed(1)} ms, ${b} ${results[b].at(-1).toFixed(1)} ms`);
}
for (const dist of [a, b]) {
  console.log(`${dist}: median ${median(results[dist]).toFixed(1)} ms over ${results[dist].length} journeys of 20 answers (CPU 4x slower)`);
}
await Promise.all(Object.values(servers).map((s) => s.close()));
await browser.close();
