// End-to-end: progress kept on the device, erased on demand, never a dead end when the
// storage fails, and the kiosk that resets itself for the next visitor.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { assertAccessible, openPage, startHarness, waitForApp } from "./harness.mjs";
import { playJourney, expectHeading } from "./journey.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const HOUR = 3_600_000;
const KEY = "repere:progress";

/** Every key of the app left in localStorage and sessionStorage. */
const appKeys = (page) =>
  page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((s) => Object.keys(s)).filter((k) => k.startsWith("repere:")),
  );

/** Waits for the save that follows each answer (it comes just after the paint). */
const saved = (page) => page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);

/** A saved document as version 1 writes it, `ageMs` old. */
function savedDocument({ ageMs = HOUR, needs = ["procedures"], version = 1 } = {}) {
  const savedAt = Date.now() - ageMs;
  return JSON.stringify({
    version,
    started_at: savedAt - 60_000,
    saved_at: savedAt,
    journey: {
      step: { screen: "question", question: { kind: "situation", id: "internet-home" } },
      answers: { needs, situation: { procedure: ["none"], equipment: ["computer"] }, skills: {} },
    },
  });
}

/** Opens the app with `text` already stored under the progress key. */
function openWithStored(text, options = {}) {
  return openPage(harness, {
    ...options,
    beforeGoto: (p) => p.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, text]),
  });
}

/** From the welcome screen to the devices question: `need`, then « Pas de démarche
 *  pour l'instant ». */
async function startWithNeed(page, need = /Faire mes démarches en ligne/) {
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.getByRole("checkbox", { name: need }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("heading", { level: 1, name: "Quelle démarche avez-vous à faire ?" }).waitFor();
  await page.getByLabel("Pas de démarche pour l'instant", { exact: true }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("heading", { level: 1, name: "Quels appareils avez-vous ?" }).waitFor();
}

test("progress is kept after every answer and offered again after a reload", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await startWithNeed(page);
  await page.getByLabel("Un ordinateur", { exact: true }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("heading", { level: 1, name: "Avez-vous internet chez vous ?" }).waitFor();

  await page.reload();
  await waitForApp(page);
  const offer = page.locator(".resume-offer");
  await offer.waitFor();
  // "à 10 h 12", or "à 10 h" on the hour: never "10 h 00".
  assert.match(await offer.innerText(), /Vous avez commencé aujourd'hui à \d{1,2} h( (0[1-9]|[1-5]\d))?\./);
  await assertAccessible(page, "the welcome screen with saved progress");
  await page.getByRole("button", { name: "Reprendre" }).click();
  await expectHeading(page, "Avez-vous internet chez vous\u00a0?");
  await page.getByRole("button", { name: "Retour" }).click();
  assert.equal(await page.getByLabel("Un ordinateur", { exact: true }).isChecked(), true);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("“Effacer mes réponses” asks first, then leaves no key of the app behind", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await startWithNeed(page);
  await page.evaluate(() => sessionStorage.setItem("repere:draft", "x"));
  await saved(page);
  assert.ok((await appKeys(page)).includes(KEY));

  await page.getByRole("button", { name: "Effacer mes réponses" }).click();
  await page.getByRole("heading", { level: 1, name: "Effacer vos réponses ?" }).waitFor();
  await assertAccessible(page, "the erase confirmation");
  await page.getByRole("button", { name: "Non, revenir" }).click();
  await expectHeading(page, "Quels appareils avez-vous\u00a0?");
  assert.ok((await appKeys(page)).includes(KEY), "nothing erased without confirmation");

  await page.getByRole("button", { name: "Effacer mes réponses" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer" }).click();
  await expectHeading(page, "Bienvenue sur Repère");
  assert.match(await page.getByRole("status").innerText(), /Vos réponses sont effacées de cet appareil/);
  assert.deepEqual(await appKeys(page), []);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator(".resume-offer").count(), 0);
  await page.context().close();
});

test("“J'ai terminé” on the results erases everything", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await playJourney(page, {
    needs: [/Profiter de mes loisirs/],
    situation: "first",
    skill: () => "Oui, sans aide",
    checkEachScreen: false,
  });
  await expectHeading(page, "Votre résultat");
  assert.ok((await appKeys(page)).length > 0);
  await page.getByRole("button", { name: "J'ai terminé" }).click();
  await expectHeading(page, "Bienvenue sur Repère");
  assert.match(await page.getByRole("status").innerText(), /Merci/);
  assert.deepEqual(await appKeys(page), []);
  await page.context().close();
});

test("progress older than the configured time is erased at start-up, without a word", async () => {
  const page = await openWithStored(savedDocument({ ageMs: 25 * HOUR }));
  await waitForApp(page);
  await page.locator("footer .offered-by").waitFor();
  assert.equal(await page.locator(".resume-offer").count(), 0);
  assert.equal(await page.locator(".notice").count(), 0);
  assert.deepEqual(await appKeys(page), []);
  await page.context().close();
});

for (const [what, stored, sentence, erased] of [
  ["damaged JSON", "{not json", /étaient abîmées/, true],
  ["a value of the wrong type", savedDocument().replace(/"saved_at":\d+/, '"saved_at":"hier"'), /étaient abîmées/, true],
  ["a document from a future version", savedDocument({ version: 9 }), /ne peuvent pas être reprises ici/, false],
]) {
  test(`saved progress with ${what}: one plain sentence, and the app works`, async () => {
    const page = await openWithStored(stored);
    await waitForApp(page);
    await page.locator(".notice").waitFor();
    assert.match(await page.locator(".notice").innerText(), sentence);
    assert.equal(await page.locator(".resume-offer").count(), 0);
    assert.equal((await appKeys(page)).length === 0, erased);
    await assertAccessible(page, `the welcome screen after ${what}`);
    await startWithNeed(page);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
}

test("answers to questions that no longer exist are dropped, the rest resumes", async () => {
  const page = await openWithStored(savedDocument({ needs: ["procedures", "astrology"] }));
  await waitForApp(page);
  await page.locator(".notice").waitFor();
  assert.match(await page.locator(".notice").innerText(), /Certaines questions ont changé/);
  await page.getByRole("button", { name: "Reprendre" }).click();
  await expectHeading(page, "Avez-vous internet chez vous\u00a0?");
  await page.context().close();
});

test("with the storage blocked, the visit goes on in memory with one plain sentence", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        Object.defineProperty(window, "localStorage", {
          get() {
            throw new DOMException("The operation is insecure.", "SecurityError");
          },
        });
      }),
  });
  await waitForApp(page);
  await page.locator(".notice").waitFor();
  assert.match(await page.locator(".notice").innerText(), /ne permet pas de garder vos réponses/);
  await startWithNeed(page);
  await page.getByLabel("Une tablette", { exact: true }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("button", { name: "Retour" }).click();
  assert.equal(await page.getByLabel("Une tablette", { exact: true }).isChecked(), true);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("with the storage full, the answers of the visit are not lost", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        };
      }),
  });
  await waitForApp(page);
  await startWithNeed(page);
  assert.match(await page.locator(".notice").innerText(), /n'a plus de place/);
  await page.getByLabel("Un ordinateur", { exact: true }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("heading", { level: 1, name: "Avez-vous internet chez vous ?" }).waitFor();
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("two tabs never leave a broken document: the last answer wins whole", async () => {
  const first = await openPage(harness);
  await waitForApp(first);
  const second = await first.context().newPage();
  await second.goto(harness.server.url);
  await waitForApp(second);
  await startWithNeed(first, /Faire mes démarches en ligne/);
  await startWithNeed(second, /Trouver un emploi/);
  await first.getByLabel("Un ordinateur", { exact: true }).check();
  // The save follows the paint of the answer.
  await first.waitForFunction((key) => (localStorage.getItem(key) ?? "").includes("computer"), KEY);
  const stored = JSON.parse(await first.evaluate((key) => localStorage.getItem(key), KEY));
  assert.equal(stored.version, 1);
  assert.deepEqual(stored.journey.answers.needs, ["procedures"]);
  assert.deepEqual(stored.journey.answers.situation, { procedure: ["none"], equipment: ["computer"] });
  await second.reload();
  await waitForApp(second);
  await second.getByRole("button", { name: "Reprendre" }).click();
  await expectHeading(second, "Quels appareils avez-vous\u00a0?");
  await first.context().close();
});

test("the privacy page says what is kept, where, how long, and how to erase it", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await page.getByRole("button", { name: "Vos données" }).click();
  await page.getByRole("heading", { level: 1, name: "Vos données" }).waitFor();
  const text = await page.locator("main").innerText();
  assert.match(text, /Vos réponses restent sur cet appareil\. Repère ne les envoie à personne\./);
  assert.match(text, /sur cet appareil/);
  assert.match(text, /24 heures au plus/);
  assert.match(text, /Effacer mes réponses/);
  await assertAccessible(page, "the privacy page");
  await page.getByRole("button", { name: "Retour" }).click();
  await expectHeading(page, "Bienvenue sur Repère");
  await page.context().close();
});

/** Serves a configuration made of the shipped one with `changes` applied. */
async function withConfig(page, changes) {
  await page.route(/config\.json$/, async (route) => {
    const response = await route.fetch();
    const config = { ...(await response.json()), ...changes };
    await route.fulfill({ response, json: config });
  });
}

test("kiosk: after inactivity, a countdown, then everything is reset for the next person", async () => {
  const page = await openPage(harness, { path: "?mode=borne", beforeGoto: (p) => p.clock.install() });
  await waitForApp(page);
  await startWithNeed(page);
  await page.getByLabel("Un ordinateur", { exact: true }).check();
  assert.deepEqual(await appKeys(page), [], "a kiosk keeps nothing on the device");

  await page.clock.runFor(91_000);
  const warning = page.getByRole("alertdialog", { name: "Vous êtes toujours là ?" });
  await warning.waitFor();
  assert.match(await warning.innerText(), /Encore 2\d secondes/);
  assert.equal(
    await page.getByRole("button", { name: "Oui, je continue" }).evaluate((b) => b === document.activeElement),
    true,
  );
  await assertAccessible(page, "the kiosk warning");
  await page.getByRole("button", { name: "Oui, je continue" }).click();
  await warning.waitFor({ state: "detached" });
  assert.equal(await page.getByLabel("Un ordinateur", { exact: true }).isChecked(), true);

  await page.clock.runFor(125_000);
  await page.getByRole("heading", { level: 1, name: "Bienvenue sur Repère" }).waitFor();
  assert.equal(await page.locator(".resume-offer").count(), 0);
  await page.getByRole("button", { name: "Commencer" }).click();
  assert.equal(await page.getByRole("checkbox", { name: /Faire mes démarches/ }).isChecked(), false);
  await page.context().close();
});

/** The language of the page and its text size class, as the next person would find them. */
const kioskLooks = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, classes: document.documentElement.className }));

test("kiosk: the next person finds it as it started, in French with the usual text size", async () => {
  const page = await openPage(harness, {
    path: "?mode=borne",
    beforeGoto: async (p) => {
      await p.clock.install();
      // The connection is lost: the server cannot be reached to check a reload is safe.
      await p.route(/config\.json\?reload-check=/, (route) => route.abort("internetdisconnected"));
    },
  });
  await waitForApp(page);
  const start = await kioskLooks(page);
  await page.evaluate(() => (window.sameDocument = true));
  await page.getByText("Confort de lecture").click();
  await page.getByRole("button", { name: "Grande", exact: true }).click();
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Welcome to Repère" }).waitFor();

  // Someone changed the language and the text size, then walked away without starting.
  await page.clock.runFor(91_000);
  await page.getByRole("alertdialog").waitFor();
  await page.clock.runFor(31_000);
  await page.getByRole("heading", { level: 1, name: "Bienvenue sur Repère" }).waitFor();
  assert.deepEqual(await kioskLooks(page), start);
  // Without a service worker and without the server, a reload could leave a dead page:
  // the reset is done in place.
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  await page.context().close();
});

/** Starts a kiosk visit, then lets the kiosk reset itself; `window.sameDocument` marks the page. */
async function kioskVisitThenReset(page) {
  await waitForApp(page);
  await page.evaluate(() => (window.sameDocument = true));
  await startWithNeed(page);
  await page.clock.runFor(91_000);
  await page.getByRole("alertdialog").waitFor();
  await page.clock.runFor(31_000);
}

test("kiosk without a service worker: the reset reloads Repère once the server has answered", async () => {
  const page = await openPage(harness, { path: "?mode=borne", beforeGoto: (p) => p.clock.install() });
  await kioskVisitThenReset(page);
  await page.waitForFunction(() => window.sameDocument === undefined);
  await waitForApp(page);
  await expectHeading(page, "Bienvenue sur Repère");
  await page.context().close();
});

test("kiosk: a person who starts while the server is slow to answer is never interrupted by a reload", async () => {
  let answer;
  const answered = new Promise((resolve) => (answer = resolve));
  const page = await openPage(harness, {
    path: "?mode=borne",
    beforeGoto: async (p) => {
      await p.clock.install();
      await p.route(/config\.json\?reload-check=/, async (route) => {
        await answered;
        await route.continue();
      });
    },
  });
  await kioskVisitThenReset(page);
  await page.getByRole("heading", { level: 1, name: "Bienvenue sur Repère" }).waitFor();
  await startWithNeed(page);
  const documents = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  const checked = page.waitForResponse(/reload-check/);
  answer();
  // The app decides as soon as it has read the probe's answer: a reload would start
  // with a request for the page itself, before the next round trip to the page.
  await (await checked).finished();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  assert.deepEqual(documents, [], "no reload under the person's hands");
  assert.equal(await page.evaluate(() => window.sameDocument), true, "no reload under the person's hands");
  await expectHeading(page, /^Quels appareils avez-vous/);
  await page.context().close();
});

test("kiosk: with its service worker, the reset reloads Repère (a new version, catalog and settings are picked up)", async () => {
  const page = await openPage(harness, {
    path: "?mode=borne",
    contextOptions: { serviceWorkers: "allow" },
    beforeGoto: (p) => p.clock.install(),
  });
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  const catalogRead = () => page.waitForRequest(/\/catalog\//);
  let read = catalogRead();
  await kioskVisitThenReset(page);
  await read;
  await page.waitForFunction(() => window.sameDocument === undefined);
  await waitForApp(page);
  await expectHeading(page, "Bienvenue sur Repère");
  // The catalog is read again for the next person, as it is now.
  read = catalogRead();
  await page.getByRole("button", { name: "Commencer" }).click();
  await read;
  assert.equal(await page.getByRole("checkbox", { name: /Faire mes démarches/ }).isChecked(), false);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("a ?mode= the configuration does not allow is refused in plain words", async () => {
  const page = await openPage(harness, {
    path: "?mode=borne",
    beforeGoto: async (p) => {
      await withConfig(p, { modes: { default: "personne", allowed: ["personne"] } });
      await p.clock.install();
    },
  });
  await waitForApp(page);
  await page.locator(".notice").waitFor();
  assert.match(await page.locator(".notice").innerText(), /ne peut pas s'ouvrir ainsi sur cet appareil/);
  await startWithNeed(page);
  await page.clock.runFor(200_000);
  assert.equal(await page.getByRole("alertdialog").count(), 0, "not a kiosk");
  await saved(page);
  assert.ok((await appKeys(page)).includes(KEY), "progress is kept as for a resident");
  await page.context().close();
});

test("kiosk settings open only with the right PIN", async () => {
  const hash = createHash("sha256").update("2468").digest("hex");
  const page = await openPage(harness, {
    beforeGoto: (p) =>
      withConfig(p, { modes: { default: "borne" }, kiosk: { idle_seconds: 90, pin_sha256: hash } }),
  });
  await waitForApp(page);
  await page.getByRole("button", { name: "Réglages" }).click();
  await page.getByLabel("Code des réglages").fill("1111");
  await page.getByRole("button", { name: "Ouvrir les réglages" }).click();
  await page.getByRole("alert").filter({ hasText: "Ce code n'est pas le bon." }).waitFor();
  await assertAccessible(page, "the kiosk PIN with an error");
  await page.getByLabel("Code des réglages").fill("2468");
  await page.getByRole("button", { name: "Ouvrir les réglages" }).click();
  await page.getByRole("button", { name: "Quitter le mode borne" }).click();
  await expectHeading(page, "Bienvenue sur Repère");
  assert.equal(await page.getByRole("button", { name: "Réglages" }).count(), 0);
  await page.context().close();
});
