// End-to-end: the built app (dist/) in real Chromium, as a person meets it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  assertAccessible,
  assertSameOrigin,
  openPage,
  startHarness,
  waitForApp,
} from "./harness.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

test("the welcome page loads in French, with no error and no request elsewhere", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  assert.equal(await page.locator("h1").textContent(), "Bienvenue sur Repère");
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  const main = await page.locator("main").textContent();
  assert.match(main, /5 à 10 minutes/);
  assert.match(main, /Vos réponses restent sur cet appareil/);
  await page.locator("footer", { hasText: "Proposé par" }).waitFor();
  assert.match(
    await page.locator("footer").textContent(),
    /Proposé par\u00a0: Communauté de communes de Parthenay-Gâtine/,
  );
  assert.equal(await page.locator("#boot").count(), 0, "the loading message is gone");
  assert.deepEqual(page.consoleErrors, []);
  assertSameOrigin(page, harness.server.url);
  await page.context().close();
});

test("Start leads to the first question; both screens pass axe (WCAG 2.1 A and AA)", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await assertAccessible(page, "the welcome screen");

  await page.getByRole("button", { name: "Commencer" }).click();
  const question = page.getByRole("heading", { level: 1, name: "Que voulez-vous réussir à faire ?" });
  await question.waitFor();
  await assert.doesNotReject(
    page.getByRole("group", { name: "Que voulez-vous réussir à faire ?" }).waitFor(),
    "the question names its group of checkboxes",
  );
  assert.equal(await page.getByRole("checkbox").count(), 9);
  assert.equal(await question.evaluate((h) => h === document.activeElement), true);
  await assertAccessible(page, "the needs question");

  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("alert").filter({ hasText: "Il manque une réponse" }).waitFor();
  await assertAccessible(page, "the needs question with its error");

  await page.getByRole("checkbox", { name: /Faire mes démarches en ligne/ }).check();
  await page.getByText("Apprendre les bases").click();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("heading", { level: 1, name: "Quelle démarche avez-vous à faire ?" }).waitFor();
  await assertAccessible(page, "the first situation question");

  assert.deepEqual(page.consoleErrors, []);
  assertSameOrigin(page, harness.server.url);
  await page.context().close();
});

test("the needs question works with the keyboard alone", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  // Skip link, reading comfort, the languages, then Commencer.
  for (let i = 0; i < 16 && (await page.evaluate(() => document.activeElement.textContent)) !== "Commencer"; i += 1) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Commencer");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: /Que voulez-vous/ }).waitFor();
  // Focus is on the question's heading, so the next stop is its first choice.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  assert.equal(await page.getByRole("checkbox", { name: /Faire mes démarches/ }).isChecked(), true);
  await page.keyboard.press("Enter"); // submits the form
  await page.getByRole("heading", { level: 1, name: "Quelle démarche avez-vous à faire ?" }).waitFor();
  await page.context().close();
});

test("without JavaScript, the page explains in French why Repère cannot open", async () => {
  const page = await openPage(harness, { contextOptions: { javaScriptEnabled: false } });
  const text = await page.locator("body").innerText();
  assert.match(text, /Repère ne peut pas s'ouvrir/);
  assert.match(text, /JavaScript/);
  assert.doesNotMatch(text, /Chargement/, "no endless loading message");
  await page.context().close();
});

test("when the WebAssembly module cannot load, a plain message replaces the blank page", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) => p.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "" })),
  });
  const failure = page.getByRole("alert");
  await failure.waitFor();
  assert.match(await failure.innerText(), /Ce navigateur n'a pas pu lancer Repère/);
  assert.equal(await page.getByRole("button", { name: "Réessayer" }).isVisible(), true);
  assert.equal(await page.locator("#boot-preview").isVisible(), false, "the welcome preview is gone");
  await page.context().close();
});

test("while the app loads, the welcome screen's opening is already there, from the French texts", async () => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const page = await openPage(harness, {
    beforeGoto: (p) =>
      p.route(/\.wasm$/, async (route) => {
        await held;
        await route.continue();
      }),
  });
  const preview = page.locator("#boot-preview");
  await preview.waitFor();
  const french = JSON.parse(readFileSync("content/locales/fr.json", "utf8"));
  assert.equal(await preview.locator("h1").textContent(), french["welcome.title"]);
  assert.equal(await preview.locator(".lead").textContent(), french["welcome.what"]);
  assert.equal(await page.getByRole("status").textContent(), "Chargement de Repère…");
  assert.equal(await page.getByRole("button", { name: "Commencer" }).count(), 0, "nothing to click yet");

  release();
  await waitForApp(page);
  await page.getByRole("button", { name: "Commencer" }).waitFor();
  assert.equal(await page.locator("#boot").count(), 0, "the preview made way for the app");
  assert.equal(await page.locator("h1").count(), 1, "one heading, the app's");
  await page.context().close();
});

test("the server sends the build's brotli or gzip copy to a browser that accepts it", async () => {
  const html = await (await fetch(harness.server.url)).text();
  const wasm = html.match(/href="?\.?\/?(repere-[0-9a-f]+_bg\.wasm)/)[1];
  const original = readFileSync(join("dist", wasm));
  for (const [accepted, encoding] of [["br", "br"], ["gzip", "gzip"], ["identity", null]]) {
    const response = await fetch(harness.server.url + wasm, { headers: { "Accept-Encoding": accepted } });
    assert.equal(response.headers.get("content-encoding"), encoding, accepted);
    // fetch decodes the body: it must be the very same module.
    assert.ok(Buffer.from(await response.arrayBuffer()).equals(original), `${accepted}: same bytes`);
  }
});

test("if the app stops after it started, a message offers to reload", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await page.evaluate(() =>
    window.dispatchEvent(new ErrorEvent("error", { error: new WebAssembly.RuntimeError("unreachable") })),
  );
  const dialog = page.getByRole("alertdialog", { name: "Un problème est survenu" });
  await dialog.waitFor();
  assert.equal(
    await page.getByRole("button", { name: "Recharger la page" }).evaluate((b) => b === document.activeElement),
    true,
  );
  await page.context().close();
});

test("a missing configuration file still gives a working app and a plain note", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) => p.route(/config\.json$/, (route) => route.fulfill({ status: 404, body: "" })),
  });
  await waitForApp(page);
  await page.locator(".config-problem").waitFor();
  assert.match(await page.locator(".config-problem").innerText(), /réglages par défaut/);
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.getByRole("heading", { level: 1, name: /Que voulez-vous/ }).waitFor();
  await page.context().close();
});
