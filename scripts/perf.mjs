// Measures Repère's release build (dist/) in headless Chromium and prints the figures of
// the performance budgets, each beside the baseline (a minimal Leptos page built the same
// way, bench/hello/dist) when it has been built:
// - first-load transfer of the welcome page (every response, gzip -9), plus the catalog
//   that the results page fetches later;
// - an answer's "Continuer" click until the next question is painted (the change seen
//   by a mutation observer, then the frame drawn), with the CPU throttled 4x through the
//   Chrome DevTools Protocol (median of 3 journeys of 20 answers);
// - JS heap + WebAssembly memory after a whole journey;
// - Lighthouse (mobile, default simulated throttling) on the welcome page, three runs:
//   the median performance score with its Time to Interactive and paint metrics;
//   accessibility scores on the welcome page, a question and the results (opened
//   through a hand-off code in advisor mode).
// - start-up on slow 4G with the CPU 4x slower, first and return visit; what each further
//   visit in the same page leaves in memory.
// Figures are printed, never asserted: machines differ. On a busy machine, compare two
// builds by running this on each in turn (the folder is the first argument).
//   node scripts/perf.mjs [dist]     (after a release build; scripts/bench.sh runs it)
import { chromium } from "playwright-core";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/browser.mjs";
import { clickToPaint, median, startJourney } from "./click-to-paint.mjs";

const KB = 1024;
const execFileAsync = promisify(execFile);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const fmt = (n, digits = 1) => n.toFixed(digits);

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

const DIST = process.argv[2] ?? "dist";
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
  `  total: ${fmt(total / KB)} KB gzip (budget 150 KB; the welcome page alone ${fmt(app.gzip / KB)} KB)` +
    (baseline ? `; baseline Leptos hello ${fmt(baseline.gzip / KB)} KB, ratio ${fmt(total / baseline.gzip, 2)}` : "; baseline not built (scripts/bench.sh builds it)"),
);

// Click to paint, CPU throttled 4x: three journeys of 20 answers, each on a new page
// (one journey's median moves by a few milliseconds from run to run).
const server = await startServer({ root: DIST });
const journeys = [];
let context, page, cdp;
for (let run = 0; run < 3; run += 1) {
  if (context) await context.close();
  ({ context, page, cdp } = await startJourney(browser, server.url));
  journeys.push(await clickToPaint(page));
}
const timings = journeys.flat().sort((a, b) => a - b);
console.log(
  `Answer click to next question painted, CPU 4x slower: median ${fmt(median(timings))} ms over ${timings.length} answers in ${journeys.length} journeys (budget 16 ms; per journey ${journeys.map((j) => fmt(median(j))).join(", ")}; min ${fmt(timings[0])}, max ${fmt(timings.at(-1))})`,
);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
while ((await page.locator("h1").textContent()) !== "Votre résultat") {
  await page.locator("fieldset .choice-input").first().check();
  await page.getByRole("button", { name: "Continuer" }).click();
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
async function startUp({ returning }) {
  const startContext = await browser.newContext({ serviceWorkers: returning ? "allow" : "block" });
  const startPage = await startContext.newPage();
  if (returning) {
    await startPage.goto(server.url);
    await startPage.evaluate(() => navigator.serviceWorker.ready);
    await startPage.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
  await startPage.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if ([...document.querySelectorAll("#app button")].some((b) => b.textContent.trim() === "Commencer")) {
        window.__usableAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const startCdp = await startContext.newCDPSession(startPage);
  await startCdp.send("Network.enable");
  await startCdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.4744 * 1024 * 1024) / 8,
    uploadThroughput: (0.675 * 1024 * 1024) / 8,
  });
  await startCdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await startPage.goto(server.url);
  await startPage.waitForFunction(() => window.__usableAt !== undefined, null, { timeout: 60_000 });
  const times = await startPage.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    usable: window.__usableAt,
  }));
  await startContext.close();
  return times;
}
for (const returning of [false, true]) {
  const runs = [];
  for (let i = 0; i < 3; i += 1) runs.push(await startUp({ returning }));
  const usable = median(runs.map((r) => r.usable));
  const paint = median(runs.map((r) => r.paint));
  console.log(
    `Start-up, ${returning ? "return visit (service worker)" : "first visit"}, slow 4G and CPU 4x slower (median of 3): preview painted at ${fmt(paint / 1000, 2)} s, "Commencer" usable at ${fmt(usable / 1000, 2)} s`,
  );
}
// The baseline page, served once for its memory and its Lighthouse run.
const hello = baseline ? await startServer({ root: "bench/hello/dist" }) : null;
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
for (let visit = 0; visit < VISITS; visit += 1) {
  // The page is on the results of the visit before.
  await page.getByRole("button", { name: "J'ai terminé" }).click();
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.getByRole("checkbox", { name: /Trouver un emploi/ }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  while ((await page.locator("h1").textContent()) !== "Votre résultat") {
    await page.locator("fieldset .choice-input").first().check();
    await page.getByRole("button", { name: "Continuer" }).click();
  }
  await page.locator(".next-step").first().waitFor();
}
const later = await memoryOf(page, cdp);
console.log(
  `  after ${VISITS} more whole visits in the same page: ${fmt(later.total / KB / KB, 2)} MB, that is ${fmt((later.total - memory.total) / VISITS / KB, 1)} KB more per visit (JS heap ${fmt((later.heap - memory.heap) / VISITS / KB, 1)} KB, wasm ${fmt((later.wasm - memory.wasm) / VISITS / KB, 1)} KB, which grows by 64 KB pages)`,
);
await context.close();

// Lighthouse (PERF_SKIP_LIGHTHOUSE=1 skips it: it takes minutes).
if (process.env.PERF_SKIP_LIGHTHOUSE) {
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
// Lighthouse varies from run to run: three runs, the one with the median score is shown.
const runs = [];
for (let i = 0; i < 3; i += 1) runs.push(await lighthouse(server.url, "performance,accessibility"));
runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
const welcome = runs[1];
const tti = welcome.audits.interactive.numericValue;
const metric = (id) => welcome.audits[id].displayValue;
console.log(
  `Lighthouse mobile, welcome (median of 3 runs; scores ${runs.map((r) => fmt(r.categories.performance.score, 2)).join(", ")}): performance ${fmt(welcome.categories.performance.score, 2)} (budget 0.98), Time to Interactive ${fmt(tti / 1000, 2)} s (budget 2.0 s), accessibility ${Math.round(welcome.categories.accessibility.score * 100)}`,
);
console.log(
  `  (first contentful paint ${metric("first-contentful-paint")}, largest ${metric("largest-contentful-paint")}, total blocking time ${metric("total-blocking-time")}, layout shift ${metric("cumulative-layout-shift")}, speed index ${metric("speed-index")})`,
);
if (hello) {
  const base = await lighthouse(hello.url, "performance");
  await hello.close();
  const baseTti = base.audits.interactive.numericValue;
  console.log(
    `  baseline Leptos hello: performance ${fmt(base.categories.performance.score, 2)}, Time to Interactive ${fmt(baseTti / 1000, 2)} s; ratio ${fmt(tti / baseTti, 2)}`,
  );
}
const results = await lighthouse(`${server.url}?mode=conseiller#code=${code}`, "accessibility");
console.log(`Lighthouse accessibility, results (advisor mode, from code ${code}): ${Math.round(results.categories.accessibility.score * 100)}`);
// A code with only the needs answered opens on the first situation question.
const questionCode = execFileSync("cargo", ["run", "--quiet", "--release", "--example", "handoff_code", "--", "job"]).toString().trim();
const question = await lighthouse(`${server.url}?mode=conseiller#code=${questionCode}`, "accessibility");
console.log(`Lighthouse accessibility, a question (advisor mode, from code ${questionCode}): ${Math.round(question.categories.accessibility.score * 100)}`);
await server.close();
await browser.close();
