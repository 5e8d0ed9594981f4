// Where the start-up time goes: the welcome page opened in headless Chromium with the
// CPU throttled 4x (an old library PC), traced by the DevTools Protocol, median of 5.
// Prints, as a table:
// - the main thread's work until the preview is painted, until the app's first screen is
//   drawn and until « Commencer » answers, by kind (HTML, JS evaluation, wasm compile,
//   the wasm's own start-up, style and layout, paint);
// - the app's own marks (`repere:*`, performance.mark in src/platform/timing.rs);
// - the long tasks (over 50 ms), which make the page frozen;
// - with NAMED=1, the wasm functions that take the most time before « Commencer », from a
//   CPU profile of a copy of dist/ whose first download keeps its function names
//   (target/wasm-split/named_repere_bg.wasm, unoptimised: slower, but named).
//   node scripts/startup-profile.mjs [dist=dist] [runs=5]
import { chromium } from "playwright-core";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/browser.mjs";
import { median } from "./click-to-paint.mjs";

const DIST = process.argv[2] ?? "dist";
const RUNS = Number(process.argv[3] ?? 5);
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(0) : "—");

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "v8.execute",
  "v8.wasm",
  "loading",
];

/** The kind of main-thread work of a trace event, or null for a container. */
function kindOf(event) {
  const name = event.name;
  if (name === "ParseHTML") return "HTML parsing";
  if (name === "EvaluateScript" || name === "v8.compileModule" || name === "v8.evaluateModule") return "JS evaluation";
  if (/wasm/i.test(name) && /compile|Compile|instantiate|Instantiate|Streaming/.test(name)) return "wasm compile";
  if (name === "FunctionCall" || name === "TimerFire" || name === "FireAnimationFrame" || name === "EventDispatch" || name === "v8.callFunction" || name === "RunMicrotasks" || name === "ResolvePromise")
    return "scripts (wasm and its JS glue)";
  if (name === "UpdateLayoutTree" || name === "Layout" || name === "RecalculateStyles" || name === "ParseAuthorStyleSheet" || name === "PrePaint" || name === "Layerize")
    return "style and layout";
  if (name === "Paint" || name === "Commit" || name === "PaintImage" || name === "CompositeLayers") return "paint";
  return null;
}

/** One traced start-up: the trace events and the marks' times (ms from navigation). */
async function traceOnce(browser, url) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const ready = [...document.querySelectorAll("#app button")].some((b) => b.textContent.trim() === "Commencer");
      if (ready) {
        performance.mark("profile:commencer-drawn");
        observer.disconnect();
        // A click is handled once the tasks already queued have run: a task queued now
        // runs when « Commencer » would answer.
        setTimeout(() => performance.mark("profile:commencer-answers"), 0);
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: CATEGORIES.join(","), transferMode: "ReportEvents" });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("profile:commencer-drawn").length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("paint")].map((e) => [e.name, e.startTime]),
    ),
  );
  await cdp.send("Tracing.end");
  await done;
  await context.close();
  return { events, marks };
}

/** The main thread's work by kind, in ms, between navigation and each point. */
function workByKind(events, points) {
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name === "ParseHTML"));
  const navigation = events.find((e) => e.name === "navigationStart" && e.pid === main.pid) ?? events.find((e) => e.name === "TracingStartedInBrowser");
  const origin = navigation.ts;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined);
  // Self time per event: its duration minus its direct children's, attributed to the
  // innermost classified event around it.
  onMain.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const rows = Object.fromEntries(points.map((p) => [p.name, {}]));
  const longTasks = [];
  const stack = [];
  for (const event of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    event.kind = kindOf(event) ?? parent?.kind ?? null;
    event.child = 0;
    if (parent) parent.child += event.dur;
    stack.push(event);
    if (event.name === "RunTask" && !parent && event.dur > 50_000) longTasks.push({ at: (event.ts - origin) / 1000, ms: event.dur / 1000 });
  }
  for (const event of onMain) {
    if (!event.kind) continue;
    const self = Math.max(0, event.dur - event.child);
    for (const point of points) {
      const end = origin + point.at * 1000;
      const within = Math.max(0, Math.min(event.ts + self, end) - event.ts);
      if (within > 0) rows[point.name][event.kind] = (rows[point.name][event.kind] ?? 0) + within / 1000;
    }
  }
  return { rows, longTasks };
}

const server = await startServer({ root: DIST });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const runs = [];
for (let i = 0; i < RUNS; i += 1) {
  const { events, marks } = await traceOnce(browser, server.url);
  const points = [
    { name: "preview painted", at: marks["first-contentful-paint"] },
    { name: "first screen drawn", at: marks["profile:commencer-drawn"] },
    { name: "« Commencer » answers", at: marks["profile:commencer-answers"] },
  ];
  runs.push({ marks, points, ...workByKind(events, points) });
}
const kinds = [...new Set(runs.flatMap((r) => Object.values(r.rows).flatMap(Object.keys)))].sort();
const pointNames = runs[0].points.map((p) => p.name);
console.log(`Start-up profile of ${DIST}, CPU 4x slower, median of ${RUNS} (ms of main-thread work from navigation):`);
console.log(`  ${"".padEnd(32)}${pointNames.map((n) => n.padStart(24)).join("")}`);
for (const kind of kinds) {
  const cells = pointNames.map((n) => fmt(median(runs.map((r) => r.rows[n][kind] ?? 0))));
  console.log(`  ${kind.padEnd(32)}${cells.map((c) => c.padStart(24)).join("")}`);
}
const totals = pointNames.map((n) => fmt(median(runs.map((r) => Object.values(r.rows[n]).reduce((s, v) => s + v, 0)))));
console.log(`  ${"all main-thread work".padEnd(32)}${totals.map((c) => c.padStart(24)).join("")}`);
const at = pointNames.map((n) => fmt(median(runs.map((r) => r.points.find((p) => p.name === n).at))));
console.log(`  ${"time since navigation".padEnd(32)}${at.map((c) => c.padStart(24)).join("")}`);
console.log("The app's marks (ms since navigation, median):");
const markNames = [...new Set(runs.flatMap((r) => Object.keys(r.marks)))]
  .filter((n) => n.startsWith("repere:"))
  .sort((a, b) => median(runs.map((r) => r.marks[a] ?? 0)) - median(runs.map((r) => r.marks[b] ?? 0)));
for (const name of markNames) console.log(`  ${name.padEnd(40)} ${fmt(median(runs.map((r) => r.marks[name] ?? NaN))).padStart(6)}`);
console.log("Long tasks (over 50 ms) of the median run:");
const sorted = [...runs].sort((a, b) => a.points[2].at - b.points[2].at);
for (const task of sorted[Math.floor(RUNS / 2)].longTasks) console.log(`  at ${fmt(task.at)} ms: ${fmt(task.ms)} ms`);

if (process.env.NAMED) {
  // The same start-up with the first download's function names, sampled.
  const named = "target/tmp/dist-named";
  rmSync(named, { recursive: true, force: true });
  cpSync(DIST, named, { recursive: true });
  const wasm = readdirSync(named).find((f) => /^repere-[0-9a-f]+_bg\.wasm$/.test(f));
  for (const suffix of ["", ".br", ".gz"]) if (existsSync(join(named, wasm + suffix)) && suffix) rmSync(join(named, wasm + suffix));
  cpSync("target/wasm-split/named_repere_bg.wasm", join(named, wasm));
  const namedServer = await startServer({ root: named });
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await page.goto(namedServer.url);
  await page.getByRole("button", { name: "Commencer" }).waitFor();
  await page.waitForTimeout(300);
  const { profile } = await cdp.send("Profiler.stop");
  await context.close();
  await namedServer.close();
  const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const id of profile.samples) {
    const node = byId.get(id);
    const name = demangle(node.callFrame.functionName || "(anonymous)");
    self.set(name, (self.get(name) ?? 0) + interval);
  }
  console.log("Functions with the most self time until « Commencer » is there (named, unoptimised wasm; ms at 4x):");
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
}
await browser.close();
await server.close();

/** A legacy-mangled Rust symbol (`_ZN…E`) as a path, without its hash. */
function demangle(symbol) {
  const m = /^_ZN(.*)E$/.exec(symbol);
  if (!m) return symbol;
  const parts = [];
  let rest = m[1];
  while (rest.length) {
    const len = /^(\d+)/.exec(rest);
    if (!len) break;
    const n = Number(len[1]);
    parts.push(rest.slice(len[1].length, len[1].length + n));
    rest = rest.slice(len[1].length + n);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? "")) parts.pop();
  return parts.join("::").replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ").replace(/\$RF\$/g, "&").replace(/\.\./g, "::").replace(/\$C\$/g, ",");
}
