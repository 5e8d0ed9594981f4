// The shared journeys once in Arabic, in every engine: a resident who reads only Arabic
// chooses it on the welcome screen in one tap, goes to the results and prints the sheet
// (one A4 page, the next steps in Arabic then « En français » for the desk); the kiosk's
// reset brings French back. The journey is played by the page's structure (the inputs'
// names and values, the form's submit), not by its French words.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appKeys, printedSheet, waitFor, waitForHeading } from "./page.mjs";

const CONFIG = JSON.parse(readFileSync(new URL("../../public/config.json", import.meta.url)));
const AR = JSON.parse(readFileSync(new URL("../../content/locales/ar.json", import.meta.url)));
/** Arabic letters. */
const ARABIC = /[\u0600-\u06ff]/;

/**
 * Clicks the first element of `selector` whose `field` ("textContent", "value") is
 * `wanted` (the first one when `wanted` is null). The page's policy forbids building
 * code from text, so the test is written out here.
 */
async function clickWhere(page, what, selector, field = null, wanted = null) {
  await waitFor(
    page,
    what,
    ([selector, field, wanted]) => {
      document.querySelectorAll("[data-engine-target]").forEach((e) => e.removeAttribute("data-engine-target"));
      const target = [...document.querySelectorAll(selector)].find((e) => wanted === null || e[field] === wanted);
      target?.setAttribute("data-engine-target", "");
      return Boolean(target);
    },
    [selector, field, wanted],
  );
  await page.click("[data-engine-target]");
}

/** On the welcome screen, the language named `name` in its own script, in one tap. */
export async function chooseLanguage(page, name) {
  await waitFor(page, "the welcome screen's languages", () => Boolean(document.querySelector(".language-choice")));
  await clickWhere(page, `the language ${name}`, ".language-choice button", "textContent", name);
}

/**
 * From the welcome screen to the results whatever the language: the need `need`, the
 * first option of each situation question, « no » to the hands-on checks, `answer` to
 * every skill question. Returns the headings seen.
 */
export async function playJourneyInAnyLanguage(page, { need = "procedures", answer = "with-help" } = {}) {
  await clickWhere(page, "the start button", "button.button-start");
  const seen = [];
  for (let step = 0; step < 40; step += 1) {
    const title = await waitFor(page, "a screen", () => document.querySelector("#app h1")?.textContent);
    if (await page.run(() => Boolean(document.querySelector(".results")))) return seen;
    seen.push(title);
    const name = await page.run(() => document.querySelector("form.question input")?.name ?? "");
    const wanted = { need, answer, "checks-offer": "no" }[name] ?? null;
    await clickWhere(page, `an answer to « ${title} »`, "form.question input", "value", wanted);
    await clickWhere(page, "Continue", "form.question button[type=submit]");
    await waitFor(page, "the next screen", ([before]) => {
      const h = document.querySelector("#app h1")?.textContent;
      return h && h !== before;
    }, [title]);
  }
  throw new Error("the journey never reached the results");
}

export const LANGUAGE_JOURNEYS = [
  {
    name: "in Arabic: chosen in one tap, right to left, to the results, the desk's part in French",
    async run({ open }) {
      const page = await open("");
      await waitForHeading(page, "Bienvenue sur Repère");
      await chooseLanguage(page, "العربية");
      await waitForHeading(page, AR["welcome.title"]);
      const root = await page.run(() => [document.documentElement.lang, document.documentElement.dir]);
      assert.deepEqual(root, ["ar", "rtl"]);
      const seen = await playJourneyInAnyLanguage(page);
      assert.ok(seen.length >= 8, JSON.stringify(seen));
      assert.ok(seen.every((t) => ARABIC.test(t)), `every question in Arabic: ${JSON.stringify(seen)}`);
      await waitForHeading(page, AR["results.title"]);
      await waitFor(page, "a next step", () => document.querySelectorAll(".next-steps .next-step").length);
      const results = await page.run(() => ({
        steps: document.querySelector(".next-steps").innerText,
        french: document.querySelector(".steps-in-french [lang=fr]")?.innerText ?? "",
        // A phone number stays left to right inside the Arabic.
        phones: [...document.querySelectorAll(".next-steps a[href^='tel:']")].map((a) => getComputedStyle(a).direction),
      }));
      assert.match(results.steps, ARABIC);
      assert.match(results.steps, /Maison France Services de Parthenay/, "the places' names as the catalog gives them");
      assert.match(results.french, /En français, pour l'accueil/);
      assert.match(results.french, /Maison France Services de Parthenay/);
      assert.doesNotMatch(results.french, ARABIC);
      assert.ok(results.phones.length > 0 && results.phones.every((d) => d === "ltr"), JSON.stringify(results.phones));
      // Kept for the visit: a reload stays in Arabic.
      await page.reload();
      await waitFor(page, "Arabic after a reload", () => document.documentElement.lang === "ar");
      assert.deepEqual(page.errors?.() ?? [], []);
    },
  },
  {
    name: "in Arabic: the printed sheet fits one A4 page, in Arabic then in French",
    needs: "pdf",
    async run({ open }) {
      const page = await open("");
      await chooseLanguage(page, "العربية");
      await waitForHeading(page, AR["welcome.title"]);
      await playJourneyInAnyLanguage(page, { need: "job" });
      await waitFor(page, "a next step", () => document.querySelectorAll(".next-step").length);
      const { pages, text } = await printedSheet(page);
      assert.equal(pages, 1, text);
      assert.match(text, ARABIC);
      assert.match(text, /En français, pour l'accueil/);
    },
  },
  {
    name: "in Arabic on a kiosk: the reset brings French back for the next person",
    async run({ open, startServer }) {
      const config = { ...CONFIG, kiosk: { idle_seconds: 10, warning_seconds: 5 } };
      const server = await startServer({ overrides: { "/config.json": JSON.stringify(config) } });
      const page = await open("?mode=borne", server);
      await chooseLanguage(page, "العربية");
      await waitForHeading(page, AR["welcome.title"]);
      await clickWhere(page, "the start button", "button.button-start");
      await waitForHeading(page, AR["needs.title"]);
      await waitFor(page, "the kiosk's question in Arabic", ([asked]) =>
        document.body.innerText.includes(asked), [AR["kiosk.warning.title"]], 20_000);
      await waitForHeading(page, "Bienvenue sur Repère");
      assert.deepEqual(await page.run(() => [document.documentElement.lang, document.documentElement.dir]), ["fr", "ltr"]);
      assert.deepEqual(await appKeys(page), []);
    },
  },
];
