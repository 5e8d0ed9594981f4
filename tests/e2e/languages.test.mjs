// End-to-end, Chromium: Repère in the languages of the people at the desk. Arabic on
// every screen passes axe at 320 px and at 1280 px, right to left; the welcome screen
// offers the languages the settings list, in their order; the bilingual display in
// advisor mode and on demand (French under each text; the activity report in French);
// the chosen language is kept for the visit and forgotten when it is erased; reading
// aloud speaks the page's language and is not offered without a voice for it; the texts
// of a language are fetched only when it is chosen. Screenshots of each kind of screen,
// in Arabic and bilingual, at 1280 and 360 px, go to target/screens/ to be looked at.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { assertAccessible, openPage, startHarness, waitForApp } from "./harness.mjs";

const AR = JSON.parse(readFileSync(new URL("../../content/locales/ar.json", import.meta.url)));
const UK = JSON.parse(readFileSync(new URL("../../content/locales/uk.json", import.meta.url)));
const TR = JSON.parse(readFileSync(new URL("../../content/locales/tr.json", import.meta.url)));
const PT = JSON.parse(readFileSync(new URL("../../content/locales/pt.json", import.meta.url)));
const FR = JSON.parse(readFileSync(new URL("../../content/locales/fr.json", import.meta.url)));
const CONFIG = JSON.parse(readFileSync(new URL("../../public/config.json", import.meta.url)));
const SCREENS = "target/screens";
const nbsp = (text) => text.replace(/\u00a0/g, " ");

let harness;
before(async () => {
  harness = await startHarness();
  mkdirSync(SCREENS, { recursive: true });
});
after(async () => {
  await harness?.close();
});

const heading = async (page) => nbsp((await page.locator("#app h1").first().textContent()) ?? "");

/** Waits for a heading other than `previous`. */
async function nextHeading(page, previous) {
  await page.waitForFunction(
    (before) => {
      const h = document.querySelector("#app h1")?.textContent;
      return h && h.replace(/\u00a0/g, " ") !== before;
    },
    previous,
  );
  return heading(page);
}

/** On the welcome screen, the language named `name`, in one tap. */
async function chooseLanguage(page, name) {
  await page.locator(".language-choice").getByRole("button", { name, exact: true }).click();
  await page.waitForFunction((n) => document.documentElement.lang !== "fr" || n === "Français", name);
}

/**
 * From the welcome screen to the results, by the page's structure whatever the language:
 * `need`, the first option of each situation, the hands-on checks accepted (each one
 * passed) when `checks`, `answer` to each skill. Calls `visit(page, kind)` on each
 * screen (kind: "needs", "situation", "skill", "checks-offer", "check", "results").
 */
async function tour(page, visit, { need = "procedures", answer = "with-help", checks = false } = {}) {
  await page.locator("button.button-start").click();
  let title = await nextHeading(page, "");
  for (let i = 0; i < 45; i += 1) {
    if ((await page.locator(".results").count()) > 0) break;
    if ((await page.locator(".check").count()) > 0) {
      await visit(page, "check");
      await page.locator(".check-skip").click();
      title = await nextHeading(page, title);
      continue;
    }
    const name = await page.locator("form.question input").first().getAttribute("name");
    await visit(page, name === "need" ? "needs" : name === "answer" ? "skill" : name);
    const wanted = { need, answer, "checks-offer": checks ? "yes" : "no" }[name];
    const input = wanted ? page.locator(`form.question input[value="${wanted}"]`) : page.locator("form.question input").first();
    await input.check();
    await page.locator("form.question button[type=submit]").click();
    title = await nextHeading(page, title);
  }
  await page.locator(".next-steps .next-step").first().waitFor();
  await visit(page, "results");
}

test("in Arabic, every screen passes axe at 1280 px and at 320 px, right to left", async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
    const page = await openPage(harness, { contextOptions: { viewport } });
    await waitForApp(page);
    await chooseLanguage(page, "العربية");
    await page.getByRole("heading", { name: AR["welcome.title"] }).waitFor();
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ["ar", "rtl"]);
    await assertAccessible(page, `the welcome screen in Arabic at ${viewport.width} px`);
    const seen = new Set();
    await tour(
      page,
      async (p, kind) => {
        if (seen.has(kind) && kind !== "results") return;
        seen.add(kind);
        await assertAccessible(p, `a ${kind} screen in Arabic at ${viewport.width} px`);
        // Nothing scrolls sideways, and the heading sits against the right edge.
        const layout = await p.evaluate(() => {
          const h1 = document.querySelector("#app h1");
          const range = document.createRange();
          range.selectNodeContents(h1);
          return {
            sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
            right: h1.getBoundingClientRect().right - range.getBoundingClientRect().right < 8,
          };
        });
        assert.deepEqual(layout, { sideways: false, right: true }, `${kind} at ${viewport.width} px`);
      },
      { checks: true },
    );
    assert.deepEqual([...seen].sort(), ["check", "checks-offer", "needs", "results", "situation", "skill"]);
    for (const [button, what] of [[AR["privacy.link"], "privacy"], [AR["erase.link"], "erase"]]) {
      await page.getByRole("button", { name: button }).click();
      await page.getByRole("heading", { level: 1, name: what === "privacy" ? AR["privacy.title"] : AR["erase.title"] }).waitFor();
      await assertAccessible(page, `the ${what} page in Arabic at ${viewport.width} px`);
      await page.getByRole("button", { name: what === "privacy" ? AR["nav.back"] : AR["erase.cancel"] }).click();
    }
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  }
});

test("the welcome screen offers the languages the settings list, in their order", async () => {
  const config = { ...CONFIG, languages: ["uk", "fr", "ar"] };
  const page = await openPage(harness, {
    beforeGoto: (p) => p.route("**/config.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(config) })),
  });
  await waitForApp(page);
  const offered = await page.locator(".language-choice button").allTextContents();
  assert.deepEqual(offered, ["Українська", "Français", "العربية"]);
  // Each under its own language, for screen readers.
  assert.deepEqual(await page.locator(".language-choice button").evaluateAll((b) => b.map((e) => e.lang)), ["uk", "fr", "ar"]);
  assert.equal(await page.locator(".language-choice button[aria-pressed=true]").textContent(), "Français");
  // The header has no second choice on the welcome screen.
  assert.equal(await page.locator(".site-header .language-switch").count(), 0);
});

test("a language's texts are fetched only when it is chosen", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  assert.deepEqual(page.requests.filter((u) => u.includes("/locales/")), []);
  await chooseLanguage(page, "Türkçe");
  await page.getByRole("heading", { name: "Repère'e hoş geldiniz" }).waitFor();
  assert.deepEqual(page.requests.filter((u) => u.includes("/locales/")).map((u) => new URL(u).pathname), ["/locales/tr.json"]);
});

test("in advisor mode, each question and answer has its French under it; the report stays French", async () => {
  const page = await openPage(harness, { path: "?mode=conseiller", contextOptions: { viewport: { width: 1280, height: 900 } } });
  await waitForApp(page);
  await chooseLanguage(page, "العربية");
  await page.getByRole("heading", { name: AR["welcome.title"] }).waitFor();
  await tour(
    page,
    async (p, kind) => {
      if (kind === "needs") {
        const legend = await p.locator(".question-legend").innerText();
        assert.ok(legend.includes(AR["needs.title"]) && nbsp(legend).includes(nbsp(FR["needs.title"])), legend);
        assert.equal(await p.locator(".question-legend .in-french").getAttribute("lang"), "fr");
        const card = await p.locator("label.choice").first().innerText();
        assert.ok(card.includes(AR["need.procedures.label"]) && card.includes(FR["need.procedures.label"]), card);
      }
    },
    { checks: true },
  );
  const report = page.locator(".activity-report");
  assert.equal(await report.getAttribute("lang"), "fr");
  const text = nbsp(await report.innerText());
  assert.match(text, /Pour votre compte rendu d'activité/);
  assert.doesNotMatch(text, /[\u0600-\u06ff]/, "the report is in French only");
  // The results' headings carry their French too; « En français, pour l'accueil » follows.
  assert.match(nbsp(await page.locator("#next-title").innerText()), /Vos prochaines étapes/);
  assert.match(await page.locator(".steps-in-french").innerText(), /En français, pour l'accueil/);
});

test("on demand, a resident shows the French too; the choice is kept for the visit only", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await chooseLanguage(page, "Українська");
  await page.getByRole("heading", { name: UK["welcome.title"] }).waitFor();
  const toggle = page.getByRole("button", { name: UK["language.bilingual"] });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await page.locator("button.button-start").click();
  await page.getByRole("heading", { name: UK["needs.title"] }).waitFor();
  assert.equal(await page.locator(".in-french").count(), 0);
  await page.getByRole("button", { name: UK["language.bilingual"] }).click();
  await page.locator(".question-legend .in-french").waitFor();
  assert.equal(nbsp(await page.locator(".question-legend .in-french").innerText()), nbsp(FR["needs.title"]));
  // A reload keeps both: the language and the French under it.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === "uk");
  await page.locator("button.button-start, .resume-offer button").first().click();
  await page.locator(".question-legend .in-french").waitFor();
  // Erased with the visit.
  await page.getByRole("button", { name: UK["erase.link"] }).click();
  await page.getByRole("button", { name: UK["erase.confirm"] }).click();
  assert.equal(await page.evaluate(() => sessionStorage.getItem("repere:language")), null);
});

test("reading aloud speaks the page's language, and is not offered without a voice for it", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        // A browser with a French and an Arabic voice, and no Ukrainian one.
        window.__spoken = [];
        const synthesis = window.speechSynthesis;
        synthesis.getVoices = () => [{ lang: "fr-FR", name: "fr" }, { lang: "ar-SA", name: "ar" }];
        synthesis.speak = (u) => window.__spoken.push(u.lang);
      }),
  });
  await waitForApp(page);
  const readAloud = page.locator(".read-aloud-toggle");
  await readAloud.waitFor();
  await chooseLanguage(page, "العربية");
  await page.getByRole("heading", { name: AR["welcome.title"] }).waitFor();
  await page.getByRole("button", { name: AR["display.read_aloud"] }).click();
  await page.locator("button.button-start").click();
  await page.getByRole("button", { name: AR["display.listen"] }).click();
  assert.deepEqual(await page.evaluate(() => window.__spoken), ["ar"]);
  await page.getByRole("button", { name: "Українська" }).click();
  await page.getByRole("heading", { name: UK["needs.title"] }).waitFor();
  assert.equal(await page.locator(".read-aloud-toggle").count(), 0);
  assert.equal(await page.locator(".listen-button").count(), 0);
  assert.equal(nbsp(await page.locator(".no-speech").innerText()), nbsp(UK["display.no_speech"]));
});

for (const [name, path] of [["ar", ""], ["bilingual", "?mode=conseiller"]]) {
  for (const width of [1280, 360]) {
    test(`screenshots ${name === "ar" ? "in Arabic" : "in Arabic with the French under it (advisor mode)"} at ${width} px: welcome, questions, a check, the results, the sheet`, async () => {
      const page = await openPage(harness, { path, contextOptions: { viewport: { width, height: 900 } } });
      await waitForApp(page);
      await chooseLanguage(page, "العربية");
      await page.getByRole("heading", { name: AR["welcome.title"] }).waitFor();
      await page.screenshot({ path: `${SCREENS}/${name}-welcome-${width}.png`, fullPage: true });
      const shots = new Set();
      await tour(
        page,
        async (p, kind) => {
          if (shots.has(kind)) return;
          shots.add(kind);
          await p.screenshot({ path: `${SCREENS}/${name}-${kind}-${width}.png`, fullPage: true });
        },
        { checks: true },
      );
      await page.emulateMedia({ media: "print" });
      await page.screenshot({ path: `${SCREENS}/${name}-sheet-${width}.png`, fullPage: true });
    });
  }
}

for (const [code, words] of [["uk", UK], ["tr", TR], ["pt", PT]]) {
  test(`in ${words["language.name"]}, a resident reaches the results, with the desk's part in French`, async () => {
    const page = await openPage(harness);
    await waitForApp(page);
    await chooseLanguage(page, words["language.name"]);
    await page.getByRole("heading", { name: words["welcome.title"] }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), code);
    const seen = [];
    await tour(page, async (p, kind) => {
      seen.push([kind, nbsp(await p.locator("#app h1").first().textContent())]);
    });
    // Each question in the language, never the French.
    for (const [kind, title] of seen.filter(([kind]) => kind !== "results")) {
      assert.ok(!Object.values(FR).map(nbsp).includes(title), `${kind}: « ${title} » is French`);
    }
    assert.equal(await heading(page), words["results.title"]);
    assert.match(await page.locator(".steps-in-french > [lang=fr]").innerText(), /En français, pour l'accueil/);
    assert.deepEqual(page.consoleErrors, []);
  });
}

test("if the app stops while the page is in Arabic, the message to reload is in Arabic", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await chooseLanguage(page, "العربية");
  await page.getByRole("heading", { name: AR["welcome.title"] }).waitFor();
  await page.evaluate(() =>
    window.dispatchEvent(new ErrorEvent("error", { error: new WebAssembly.RuntimeError("unreachable") })),
  );
  await page.getByRole("alertdialog", { name: AR["crashed.title"] }).waitFor();
  assert.equal(await page.getByRole("button", { name: AR["crashed.reload"] }).count(), 1);
});
