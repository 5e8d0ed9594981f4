// End-to-end: the release build is cut into chunks (src/ui/chunks). The first screen
// needs only the first download; the next screens' chunks come while the person reads;
// a chunk that cannot be fetched shows a plain message and "Réessayer", never a dead
// page, and the journey goes on once the network is back.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { assertAccessible, openPage, startHarness, waitForApp } from "./harness.mjs";
import { expectHeading, playJourney } from "./journey.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const chunkFile = (name) => readdirSync("dist").find((file) => new RegExp(`^split_${name}-[0-9a-f]{16}\\.wasm$`).test(file));
const requested = (page, file) => page.requests.some((url) => url.endsWith(`/${file}`));
/** Waits until the page has asked for `file` (now or before). */
async function waitUntilRequested(page, file, timeout = 10000) {
  for (const start = Date.now(); !requested(page, file); ) {
    if (Date.now() - start > timeout) assert.fail(`${file} was never fetched`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const EASY = {
  needs: [/Faire mes démarches en ligne/],
  situation: "first",
  skill: () => "Oui, sans aide",
  checkEachScreen: false,
};

test("the build has one chunk per part of the app, each named after its content", () => {
  for (const name of ["questions", "catalog", "results", "overlays"]) assert.ok(chunkFile(name), `split_${name}`);
});

test("the welcome screen fetches the question screens while the person reads, once the page has loaded, and the results only later", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await waitUntilRequested(page, chunkFile("questions"));
  await waitUntilRequested(page, chunkFile("overlays"));
  // Never during the start-up: the chunks are asked for after the page's load event.
  const { loaded, asked } = await page.evaluate((file) => ({
    loaded: performance.getEntriesByType("navigation")[0].loadEventEnd,
    asked: performance.getEntriesByType("resource").find((r) => r.name.endsWith(`/${file}`))?.startTime,
  }), chunkFile("questions"));
  assert.ok(loaded > 0 && asked >= loaded, `the question screens were asked for at ${asked} ms, before the load at ${loaded} ms`);
  assert.ok(!requested(page, chunkFile("results")), "the results chunk is not fetched on the welcome screen");
  assert.ok(!requested(page, chunkFile("handoff")), "a resident never fetches the reading of hand-off codes");
  await page.getByRole("button", { name: "Commencer" }).click();
  await expectHeading(page, /^Que voulez-vous réussir à faire/);
  await playJourney(page, { ...EASY, startFromWelcome: false });
  await expectHeading(page, "Votre résultat");
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("the advisor's « Charger un code » comes with its chunk, and a code typed there opens the answers", async () => {
  const page = await openPage(harness, { path: "?mode=conseiller" });
  await waitForApp(page);
  await page.getByRole("textbox", { name: "Code de la personne" }).waitFor();
  assert.ok(requested(page, chunkFile("handoff")), "the reading of codes is fetched for the advisor");
  // A code is only the answers to the needs: it opens on the first situation question.
  await page.getByRole("textbox", { name: "Code de la personne" }).fill("8G00-0000-0007-T8");
  await page.getByRole("button", { name: "Charger", exact: true }).click();
  await expectHeading(page, /^Quelle démarche avez-vous à faire/);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

/** Makes every request for `file` fail until `restore()` is called. */
async function cutOff(page, file) {
  const handler = (route) => route.abort("internetdisconnected");
  await page.route(`**/${file}`, handler);
  return () => page.unroute(`**/${file}`, handler);
}

/** Opens the app with `part`'s chunk cut off and presses "Commencer"; returns the page and `restore`. */
async function startWithChunkCutOff(part) {
  let restore;
  const page = await openPage(harness, {
    beforeGoto: async (p) => {
      restore = await cutOff(p, chunkFile(part));
    },
  });
  await waitForApp(page);
  await page.getByRole("button", { name: "Commencer" }).click();
  return { page, restore };
}

test("a question screen whose chunk cannot be fetched says so, and Réessayer opens it once the network is back", async () => {
  const { page, restore } = await startWithChunkCutOff("questions");
  await expectHeading(page, "Cette page n'a pas pu s'ouvrir");
  assert.match(await page.getByRole("alert").first().innerText(), /Vos réponses sont gardées/);
  assert.ok(await page.locator("#crashed").isHidden(), "the app did not stop");
  await assertAccessible(page, "the chunk problem");
  await restore();
  await page.getByRole("button", { name: "Réessayer" }).click();
  await expectHeading(page, /^Que voulez-vous réussir à faire/);
  await playJourney(page, { ...EASY, startFromWelcome: false });
  await page.context().close();
});

test("the results' chunk cut off at the last answer: the message, then the results on Réessayer, answers kept", async () => {
  const { page, restore } = await startWithChunkCutOff("results");
  await playJourney(page, { ...EASY, startFromWelcome: false, until: "Cette page n'a pas pu s'ouvrir" });
  assert.ok(await page.locator("#crashed").isHidden(), "the app did not stop");
  // Still cut off: trying again says so again.
  await page.getByRole("button", { name: "Réessayer" }).click();
  await expectHeading(page, "Cette page n'a pas pu s'ouvrir");
  await restore();
  await page.getByRole("button", { name: "Réessayer" }).click();
  await expectHeading(page, "Votre résultat");
  await page.reload();
  await waitForApp(page);
  await page.getByRole("button", { name: "Reprendre" }).click();
  await expectHeading(page, "Votre résultat");
  await page.context().close();
});
