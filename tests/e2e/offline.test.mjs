// End-to-end: after one visit, Repère opens and completes a whole journey with the
// network off; it can be installed (web app manifest); the build precompresses files.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lockPolicy } from "../../scripts/csp.mjs";
import { startServer } from "../../scripts/static-server.mjs";
import { openPage, startHarness, waitForApp } from "./harness.mjs";
import { playJourney, expectHeading } from "./journey.mjs";

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
  await expectHeading(page, "Bienvenue sur Repère");
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
  // Every other language, so that a person who chooses theirs offline still gets it.
  for (const file of readdirSync("content/locales").filter((f) => f !== "fr.json")) {
    assert.ok(sw.includes(`./locales/${file}`), `locales/${file} is precached`);
  }
  assert.ok(!sw.includes("./locales/fr.json"), "French is compiled in, not fetched");
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

/**
 * Deploys, in `root`, a new version of the app: the same files under new hashed names
 * (as a new build has), referenced by a new index.html and a new service worker; the old
 * hashed files are gone from the server, as when a folder is replaced.
 */
function deployNewVersion(root) {
  const renames = readdirSync(root)
    .filter((name) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(name))
    .map((name) => [name, name.replace(/-([0-9a-f]{16})/, "-$1f00d")]);
  for (const [from, to] of renames) renameSync(join(root, from), join(root, to));
  // The files that name others: the page, the service worker, the app's scripts.
  const referring = ["index.html", "sw.js", ...renames.map(([, to]) => to).filter((name) => name.endsWith(".js"))];
  for (const file of referring) {
    let text = readFileSync(join(root, file), "utf8");
    for (const [from, to] of renames) text = text.split(from).join(to);
    text = text.replace(/const VERSION = "repere-([0-9a-f]+)"/, 'const VERSION = "repere-$1-new"');
    // As the build does: the page's policy names its inline scripts as they are now.
    writeFileSync(join(root, file), file === "index.html" ? lockPolicy(text) : text);
  }
}

test("a new deployment is picked up on the next load, never a mix of old and new files", async () => {
  const root = mkdtempSync(join(tmpdir(), "repere-deploy-"));
  cpSync("dist", root, { recursive: true });
  // Served uncompressed, so that the edited files are the ones sent.
  for (const name of readdirSync(root, { recursive: true })) {
    if (/\.(gz|br)$/.test(name)) rmSync(join(root, name));
  }
  const server = await startServer({ root });
  const context = await harness.browser.newContext({ serviceWorkers: "allow" });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);

  deployNewVersion(root);
  requests.length = 0;
  await page.reload();
  await waitForApp(page);
  const wasm = requests.filter((path) => path.endsWith(".wasm"));
  assert.ok(wasm.length > 0 && wasm.every((path) => path.includes("f00d")), `only the new wasm: ${wasm}`);
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.getByRole("heading", { level: 1, name: "Que voulez-vous réussir à faire ?" }).waitFor();
  // The new service worker takes over and deletes the old version's cache.
  await page.waitForFunction(
    (old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old && keys[0].endsWith("-new")),
    oldCaches[0],
  );
  await context.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});
