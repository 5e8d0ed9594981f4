// Shared set-up for the end-to-end tests: a static server of dist/, one Chromium, and a
// page that records console errors and every request it makes.
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import assert from "node:assert/strict";
import { startServer } from "../../scripts/static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./browser.mjs";

/** Starts the server and the browser; returns them with a `close()`. */
export async function startHarness() {
  const server = await startServer({ root: "dist" });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a new context and page on the app (at `path`, for example `?mode=borne`).
 * `page.consoleErrors` and `page.requests` fill up as the page runs.
 */
export async function openPage(harness, { contextOptions = {}, beforeGoto, path = "" } = {}) {
  // Service workers would answer requests before the tests' routes: off, except where
  // a test asks for them (the offline tests).
  const context = await harness.browser.newContext({ serviceWorkers: "block", ...contextOptions });
  const page = await context.newPage();
  page.consoleErrors = [];
  page.requests = [];
  page.on("console", (message) => {
    if (message.type() === "error") page.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => page.consoleErrors.push(String(error)));
  page.on("request", (request) => page.requests.push(request.url()));
  if (beforeGoto) await beforeGoto(page);
  await page.goto(harness.server.url + path);
  return page;
}

/** Waits for the app to have started (the loading message is gone). */
export async function waitForApp(page) {
  await page.locator("#app h1").first().waitFor();
}

/** Asserts axe finds no WCAG 2.1 A or AA violation on the page as it is now. */
export async function assertAccessible(page, screenName) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  assert.deepEqual(found, [], `axe violations on ${screenName}`);
}

/** Asserts that every request the page made stayed on the app's own origin. */
export function assertSameOrigin(page, origin) {
  const foreign = page.requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith("data:"),
  );
  assert.deepEqual(foreign, [], "requests to another origin");
}
