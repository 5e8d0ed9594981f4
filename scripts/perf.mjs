// Measures Repère's release build (dist/) in headless Chromium and prints the figures of
// the performance budgets, each beside the baseline (a minimal Leptos page built the same
// way, bench/hello/dist) when it has been built:
// - first-load transfer of the welcome page (every response, gzip -9, with the chunks
//   the welcome screen preloads), plus the catalog that the results page fetches later;
// - an answer's "Continuer" click until the next question is painted (the change seen
//   by a mutation observer, then the frame drawn), with the CPU throttled 4x through the
//   Chrome DevTools Protocol (median of 5 journeys of 20 answers);
// - JS heap + WebAssembly memory after a whole journey;
// - Lighthouse (mobile, default simulated throttling) on the welcome page, five runs:
//   the median performance score with its Time to Interactive, total blocking time and
//   paint metrics;
//   accessibility scores on the welcome page, a question and the results (opened
//   through a hand-off code in advisor mode).
// - start-up on slow 4G with the CPU 4x slower, first and return visit; what each further
//   visit in the same page leaves in memory.
// - at the end, the start-up budgets as a table: figure, floor, ratio, verdict.
// Figures are printed, never asserted: machines differ. On a busy machine, compare two
// builds by running this on each in turn (the folder is the first argument).
//   node scripts/perf.mjs [dist]     (after a release build; scripts/bench.sh runs it)
import { chromium } from "playwright-core";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/browser.mjs";
import { answerFirstAndGoOn, clickToPaint, median, startJourney } from "./click-to-paint.mjs";

const KB = 1024;
const execFileAsync = promisify(execFile);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const fmt = (n, digits = 1) => n.toFixed(digits);
// Every figure of a budget is the median of this many runs (journeys, start-ups,
// Lighthouse runs), the floor's too.
const RUNS = Number(process.env.PERF_RUNS ?? 5);
// The budgets of the start-up (issue "A first screen that answers at once"), printed
// together at the end: figure, floor (bench/hello in the same run), ratio, verdict.
const budgets = [];
/** Records a budget: `limit` applies to the ratio when there is a floor, else to the figure. */
function budget(name, figure, floor, { limit, unit, atLeast = false, show = (v) => fmt(v) }) {
  const ratio = floor ? figure / floor : null;
  const measured = ratio ?? figure;
  const met = Number.isFinite(measured) && (atLeast ? measured >= limit : measured <= limit);
  budgets.push({ name, figure: `${show(figure)}${unit}`, floor: floor ? `${show(floor)}${unit}` : "—", ratio, limit: `${atLeast ? "≥" : "≤"} ${limit}${ratio !== null ? "×" : unit}`, met });
}

/** Every response of the first load of `root`'s page, gzip-compressed, in bytes. */
async function firstLoad(root) {
  const server = await startServer({ root });
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const bodies = [];
  page.on("response", async (response) => {
    try {
      bodies.push({ url: response.url(), body: await response.body() });
    } catch {}
  });
  await page.goto(server.url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  await context.close();
  await server.close();
  const rows = bodies.map(({ url, body }) => ({
    file: url.replace(server.url, "") || "index.html",
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
  }));
  return { rows, gzip: rows.reduce((s, r) => s + r.gzip, 0), raw: rows.reduce((s, r) => s + r.raw, 0) };
}

/** The catalog files of `root`, gzip-compressed: fetched only once a page needs them. */
function catalogFiles(root) {
  const dir = join(root, "catalog");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !/\.(gz|br)$/.test(name))
    .map((name) => {
      const body = readFileSync(join(dir, name));
      return { file: `catalog/${name}`, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
}

/** Writes the brotli copy of each file of `dir` that has none, as the build does for
 * Repère, so that the floor is served the same way. */
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (/\.(br|gz)$/.test(name) || existsSync(`${path}.br`) || !statSync(path).isFile()) continue;
    writeFileSync(`${path}.br`, brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

const DIST = process.argv[2] ?? "dist";
if (existsSync("bench/hello/dist/index.html")) precompress("bench/hello/dist");
const app = await firstLoad(DIST);
const baseline = existsSync("bench/hello/dist/index.html") ? await firstLoad("bench/hello/dist") : null;
// The catalog counts in the budget although the welcome page does not ask for it.
const catalog = catalogFiles(DIST).filter((c) => !app.rows.some((r) => r.file === c.file));
const total = app.gzip + catalog.reduce((s, c) => s + c.gzip, 0);
console.log("First-load transfer of the welcome page (gzip -9), then the catalog the results fetch:");
for (const r of [...app.rows.sort((a, b) => b.gzip - a.gzip), ...catalog]) {
  console.log(`  ${r.file.padEnd(40)} ${fmt(r.raw / KB).padStart(7)} KB raw ${fmt(r.gzip / KB).padStart(7)} KB gzip`);
}
console.log(
  `  total: ${fmt(total / KB)} KB gzip (the welcome page alone ${fmt(app.gzip / KB)} KB)` +
    (baseline ? `; baseline Leptos hello ${fmt(baseline.gzip / KB)} KB, ratio ${fmt(total / baseline.gzip, 2)}` : "; baseline not built (scripts/bench.sh builds it)"),
);

// Click to paint, CPU throttled 4x: five journeys of 20 answers, each on a new page
// (one journey's median moves by a few milliseconds from run to run).
const server = await startServer({ root: DIST });
const journeys = [];
let context, page, cdp;
for (let run = 0; run < RUNS; run += 1) {
  if (context) await context.close();
  ({ context, page, cdp } = await startJourney(browser, server.url));
  journeys.push(await clickToPaint(page));
}
const timings = journeys.flat().sort((a, b) => a - b);
budget("click → next question painted, CPU 4× (median)", median(timings), null, { limit: 16, unit: " ms" });
console.log(
  `Answer click to next question painted, CPU 4x slower: median ${fmt(median(timings))} ms over ${timings.length} answers in ${journeys.length} journeys (budget 16 ms; per journey ${journeys.map((j) => fmt(median(j))).join(", ")}; min ${fmt(timings[0])}, max ${fmt(timings.at(-1))})`,
);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
while ((await page.locator("h1").textContent()) !== "Votre résultat") {
  await answerFirstAndGoOn(page);
  await page.waitForTimeout(20);
}
await page.locator(".next-step").first().waitFor();
/** JS heap and WebAssembly memory of `page` after a garbage collection, in bytes. */
async function memoryOf(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__repereWasm?.memory?.buffer?.byteLength ?? 0);
  return { heap: usedSize, wasm, total: usedSize + wasm };
}
const memory = await memoryOf(page, cdp);
console.log(
  `Memory after a whole journey: JS heap ${fmt(memory.heap / KB / KB, 2)} MB + wasm ${fmt(memory.wasm / KB / KB, 2)} MB = ${fmt(memory.total / KB / KB, 2)} MB (budget 8 MB)`,
);
// Start-up as a person lives it, CPU 4x slower on DevTools' "slow 4G" (real, not
// simulated, throttling): until the preview is painted, and until "Commencer" can be
// pressed. Once for a first visit, once for a return visit that the service worker
// answers from its cache (the page and config.json still go to the network first,
// from the service worker, which DevTools' throttling does not slow down).
// The floor's page has no service worker: its return visit is answered by the HTTP cache
// (after a revalidation of each file), and it is usable once its heading is there.
async function startUp({ returning, url = server.url, floor = false }) {
  const startContext = await browser.newContext({ serviceWorkers: returning && !floor ? "allow" : "block" });
  const startPage = await startContext.newPage();
  if (returning) {
    await startPage.goto(url);
    if (floor) {
      await startPage.locator("h1").waitFor();
    } else {
      await startPage.evaluate(() => navigator.serviceWorker.ready);
      await startPage.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    }
  }
  await startPage.addInitScript((floor) => {
    const usable = floor
      ? () => document.querySelector("body h1")
      : () => [...document.querySelectorAll("#app button")].some((b) => b.textContent.trim() === "Commencer");
    new MutationObserver((_, observer) => {
      if (usable()) {
        window.__usableAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  }, floor);
  const startCdp = await startContext.newCDPSession(startPage);
  await startCdp.send("Network.enable");
  await startCdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.4744 * 1024 * 1024) / 8,
    uploadThroughput: (0.675 * 1024 * 1024) / 8,
  });
  await startCdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await startPage.goto(url);
  await startPage.waitForFunction(() => window.__usableAt !== undefined, null, { timeout: 60_000 });
  const times = await startPage.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    usable: window.__usableAt,
  }));
  await startContext.close();
  return times;
}
// The baseline page, served for its start-up, its memory and its Lighthouse runs.
const hello = baseline ? await startServer({ root: "bench/hello/dist" }) : null;
for (const returning of [false, true]) {
  const runs = [];
  const floorRuns = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await startUp({ returning }));
    if (hello) floorRuns.push(await startUp({ returning, url: hello.url, floor: true }));
  }
  const usable = median(runs.map((r) => r.usable));
  const paint = median(runs.map((r) => r.paint));
  const floorUsable = hello ? median(floorRuns.map((r) => r.usable)) : null;
  console.log(
    `Start-up, ${returning ? "return visit (service worker)" : "first visit"}, slow 4G and CPU 4x slower (median of ${RUNS}): preview painted at ${fmt(paint / 1000, 2)} s, "Commencer" usable at ${fmt(usable / 1000, 2)} s` +
      (hello ? `; floor usable at ${fmt(floorUsable / 1000, 2)} s` : ""),
  );
  if (returning) {
    budget('return visit: "Commencer" usable, slow 4G, CPU 4×', usable / 1000, floorUsable && floorUsable / 1000, { limit: 1.5, unit: " s", show: (v) => fmt(v, 2) });
  }
}
if (hello) {
  // Its memory once shown (it has no journey), measured the same way: Trunk's start
  // event gives its wasm, as index.html does for Repère.
  const helloContext = await browser.newContext({ serviceWorkers: "block" });
  const helloPage = await helloContext.newPage();
  await helloPage.addInitScript(() =>
    addEventListener("TrunkApplicationStarted", (event) => (window.__repereWasm = event.detail?.wasm)),
  );
  const helloCdp = await helloContext.newCDPSession(helloPage);
  await helloPage.goto(hello.url);
  await helloPage.locator("h1").waitFor();
  const helloMemory = await memoryOf(helloPage, helloCdp);
  console.log(
    `  baseline Leptos hello, once shown: ${fmt(helloMemory.total / KB / KB, 2)} MB; ratio ${fmt(memory.total / helloMemory.total, 2)}`,
  );
  await helloContext.close();
}
const code = (await page.locator(".handoff-code").textContent()).trim();
// Ten more visits in the same page, "J'ai terminé" between them, as at an advisor's desk
// all day: what each visit leaves behind. (Leptos 0.8 keeps a little of every screen it
// takes down: its signals keep their finished subscribers. A kiosk reloads after each
// visitor, which clears it.)
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
// Driven by plain clicks, not tests/e2e/journey.mjs's playJourney: its waits run
// scripts in the page, which grow the very JS heap measured here (about twice as much).
const VISITS = 10;
async function visits() {
for (let visit = 0; visit < VISITS; visit += 1) {
  // The page is on the results of the visit before.
  await page.getByRole("button", { name: "J'ai terminé" }).click();
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.getByRole("checkbox", { name: /Trouver un emploi/ }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  while ((await page.locator("h1").textContent()) !== "Votre résultat") {
    await answerFirstAndGoOn(page);
  }
  await page.locator(".next-step").first().waitFor();
}
}
await visits();
const later = await memoryOf(page, cdp);
console.log(
  `  after ${VISITS} more whole visits in the same page: ${fmt(later.total / KB / KB, 2)} MB, that is ${fmt((later.total - memory.total) / VISITS / KB, 1)} KB more per visit (JS heap ${fmt((later.heap - memory.heap) / VISITS / KB, 1)} KB, wasm ${fmt((later.wasm - memory.wasm) / VISITS / KB, 1)} KB, which grows by 64 KB pages)`,
);
// Once levelled off: ten visits more, after the first ten.
await visits();
const levelled = await memoryOf(page, cdp);
const perVisit = (levelled.total - later.total) / VISITS / KB;
console.log(
  `  ${VISITS} visits more: ${fmt(perVisit, 1)} KB per visit (JS heap ${fmt((levelled.heap - later.heap) / VISITS / KB, 1)} KB, wasm ${fmt((levelled.wasm - later.wasm) / VISITS / KB, 1)} KB)`,
);
budget("memory each further visit leaves, levelled off", perVisit, null, { limit: 10, unit: " KB" });
await context.close();

// Lighthouse (PERF_SKIP_LIGHTHOUSE=1 skips it: it takes minutes).
/** Prints the budgets' table. */
function printBudgets() {
  console.log(`Budgets (medians of ${RUNS} runs; the floor is bench/hello, measured in the same run):`);
  const width = Math.max(...budgets.map((b) => b.name.length));
  console.log(`  ${"budget".padEnd(width)}  ${"Repère".padStart(9)}  ${"floor".padStart(9)}  ${"ratio".padStart(6)}  ${"limit".padStart(8)}  verdict`);
  for (const b of budgets) {
    const ratio = b.ratio === null ? "—" : `${fmt(b.ratio, 2)}×`;
    console.log(`  ${b.name.padEnd(width)}  ${b.figure.padStart(9)}  ${b.floor.padStart(9)}  ${ratio.padStart(6)}  ${b.limit.padStart(8)}  ${b.met ? "met" : "NOT MET"}`);
  }
}
if (process.env.PERF_SKIP_LIGHTHOUSE) {
  printBudgets();
  await hello?.close();
  await server.close();
  await browser.close();
  process.exit(0);
}
if (!existsSync("node_modules/.bin/lighthouse")) {
  console.log("Installing Lighthouse for this run (not a dependency of the project)…");
  execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "lighthouse@13.5.0"], { stdio: "inherit" });
}
// Lighthouse launches its own Chromium; it needs only these flags here (more of the
// test flags make it lose its page).
const flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync";
async function lighthouse(url, categories) {
  const out = join(mkdtempSync(join(tmpdir(), "lh-")), "report.json");
  // Asynchronously: the server runs in this process and must answer Lighthouse's page
  // (a synchronous call blocked it, and Lighthouse waited for ever). Never hang the
  // benchmark: five minutes at most per page.
  await execFileAsync(
    "node_modules/.bin/lighthouse",
    [url, `--only-categories=${categories}`, "--output=json", `--output-path=${out}`, "--quiet", `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: 300_000 },
  );
  return JSON.parse(readFileSync(out, "utf8"));
}
// Lighthouse varies from run to run: five runs of each page, the app's and the
// floor's in turn; each figure is the median of its five.
const runs = [];
const floorRuns = [];
for (let i = 0; i < RUNS; i += 1) {
  runs.push(await lighthouse(server.url, "performance,accessibility"));
  if (hello) floorRuns.push(await lighthouse(hello.url, "performance"));
}
await hello?.close();
const medianOf = (list, read) => (list.length ? median(list.map(read)) : null);
const score = (r) => r.categories.performance.score;
const tti = (r) => r.audits.interactive.numericValue;
const bytes = (r) => r.audits["total-byte-weight"].numericValue;
runs.sort((a, b) => score(a) - score(b));
const tbt = (r) => r.audits["total-blocking-time"].numericValue;
const welcome = runs[Math.floor(runs.length / 2)];
const metric = (id) => welcome.audits[id].displayValue;
console.log(
  `Lighthouse mobile, welcome (${RUNS} runs; scores ${runs.map((r) => fmt(score(r), 2)).join(", ")}): performance ${fmt(medianOf(runs, score), 2)}, Time to Interactive ${fmt(medianOf(runs, tti) / 1000, 2)} s, total blocking time ${fmt(medianOf(runs, tbt), 0)} ms, transfer ${fmt(medianOf(runs, bytes) / KB)} KB, accessibility ${Math.round(welcome.categories.accessibility.score * 100)}`,
);
console.log(
  `  (the run with the median score: first contentful paint ${metric("first-contentful-paint")}, largest ${metric("largest-contentful-paint")}, total blocking time ${metric("total-blocking-time")}, layout shift ${metric("cumulative-layout-shift")}, speed index ${metric("speed-index")})`,
);
console.log("  what Lighthouse counts in the transfer (the run with the median score):");
for (const item of welcome.audits["network-requests"].details.items.sort((a, b) => b.transferSize - a.transferSize)) {
  const file = item.url.replace(server.url, "").replace(/^\//, "") || "index.html";
  console.log(`    ${file.padEnd(44)} ${fmt(item.transferSize / KB).padStart(7)} KB  ${item.resourceType ?? ""}`);
}
if (hello) {
  console.log(
    `  floor (bench/hello): performance ${fmt(medianOf(floorRuns, score), 2)}, Time to Interactive ${fmt(medianOf(floorRuns, tti) / 1000, 2)} s, total blocking time ${fmt(medianOf(floorRuns, tbt), 0)} ms, transfer ${fmt(medianOf(floorRuns, bytes) / KB)} KB`,
  );
}
budget("first-load transfer (Lighthouse)", medianOf(runs, bytes) / KB, medianOf(floorRuns, bytes) / KB, { limit: 3.0, unit: " KB" });
budget("Time to Interactive (Lighthouse)", medianOf(runs, tti) / 1000, medianOf(floorRuns, tti) / 1000, { limit: 1.5, unit: " s", show: (v) => fmt(v, 2) });
budget("total blocking time (Lighthouse)", medianOf(runs, tbt), null, { limit: 100, unit: " ms", show: (v) => fmt(v, 0) });
budget("Lighthouse performance score", medianOf(runs, score), null, { limit: 0.98, unit: "", atLeast: true, show: (v) => fmt(v, 2) });
const results = await lighthouse(`${server.url}?mode=conseiller#code=${code}`, "accessibility");
console.log(`Lighthouse accessibility, results (advisor mode, from code ${code}): ${Math.round(results.categories.accessibility.score * 100)}`);
// A code with only the needs answered opens on the first situation question.
const questionCode = execFileSync("cargo", ["run", "-p", "repere-domain", "--quiet", "--release", "--example", "handoff_code", "--", "job"]).toString().trim();
const question = await lighthouse(`${server.url}?mode=conseiller#code=${questionCode}`, "accessibility");
console.log(`Lighthouse accessibility, a question (advisor mode, from code ${questionCode}): ${Math.round(question.categories.accessibility.score * 100)}`);
printBudgets();
await server.close();
await browser.close();
