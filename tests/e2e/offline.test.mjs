// End-to-end: after one visit, Repère opens and completes a whole journey with the
// network off; it can be installed (web app manifest); the build precompresses files.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { openPage, startHarness, waitForApp } from "./harness.mjs";
import { heading, playJourney } from "./journey.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

test("after one visit, the whole journey works with the network off", async () => {
  const page = await openPage(harness, { contextOptions: { serviceWorkers: "allow" } });
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);

  await page.context().setOffline(true);
  await page.reload();
  await waitForApp(page);
  assert.equal(await heading(page), "Bienvenue sur Repère");
  await playJourney(page, {
    needs: [/Faire mes démarches en ligne/],
    situation: "first",
    skill: () => "Oui, avec de l'aide",
    checkEachScreen: false,
  });
  await page.locator(".next-step").first().waitFor();
  assert.match(await page.locator(".next-steps").innerText(), /Maison France Services de Parthenay/);
  assert.match(await page.locator("footer").innerText(), /Parthenay-Gâtine/, "the settings came from the cache");
  // Another language's texts, never fetched before, came with the first visit too.
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Your result" }).waitFor();
  await page.context().close();
});

test("the service worker lists this build's own files, and the build precompresses them", () => {
  const sw = readFileSync("dist/sw.js", "utf8");
  const wasm = readFileSync("dist/index.html", "utf8").match(/repere-[0-9a-f]+_bg\.wasm/)[0];
  assert.ok(sw.includes(`./${wasm}`), "the hashed wasm is precached");
  assert.ok(sw.includes("./catalog/lieux.csv") && sw.includes("./config.json"));
  assert.match(sw, /const VERSION = "repere-[0-9a-f]{16}"/);
  for (const ext of ["gz", "br"]) assert.ok(existsSync(`dist/${wasm}.${ext}`), `${wasm}.${ext}`);
});

test("a web app manifest lets a kiosk install Repère full screen", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  const href = await page.getAttribute("link[rel=manifest]", "href");
  const manifest = await (await page.request.get(new URL(href, harness.server.url).href)).json();
  assert.equal(manifest.display, "fullscreen");
  assert.equal(manifest.start_url, "./");
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, harness.server.url).href);
    assert.equal(response.status(), 200, icon.src);
  }
  await page.context().close();
});
