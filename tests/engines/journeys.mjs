// The journeys every engine must pass, described once. Each gets `open(path, server?)`,
// which opens a fresh page (its own storage) on the app, and `startServer(options)` for
// a server of its own (other settings, or one to stop). The same assertions as the
// Chromium suite in tests/e2e/, kept to what a resident or an advisor does.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appKeys, areaLevels, clickText, playJourney, printedSheet, startWithANeed, waitFor, waitForHeading } from "./page.mjs";

const CONFIG = JSON.parse(readFileSync(new URL("../../public/config.json", import.meta.url)));
/** The first situation question after the first need (« Faire mes démarches en ligne »). */
const FIRST_SITUATION = "Quelle démarche avez-vous à faire ?";

export const JOURNEYS = [
  {
    name: "a resident's journey reaches the results and its next steps",
    async run({ open }) {
      const page = await open("");
      const seen = await playJourney(page);
      assert.ok(seen.length >= 10, JSON.stringify(seen));
      // The first screen follows a click on « Commencer »; every one after it too.
      assert.deepEqual(seen.filter((s) => !s.focused).map((s) => s.title), [], "focus on each heading");
      await waitFor(page, "a next step", () => document.querySelectorAll(".next-step").length);
      const text = await page.run(() => document.querySelector(".next-steps").innerText);
      assert.match(text, /Maison France Services de Parthenay/);
      assert.match(text, /Pourquoi/);
      assert.deepEqual(Object.keys(await areaLevels(page)), ["Utiliser un appareil", "Les démarches en ligne"]);
      // The structure's figures counted the visit, and nothing of it but counts.
      const figures = await page.run(() => JSON.parse(localStorage.getItem("repere-figures")));
      const days = Object.values(figures.days);
      assert.equal(days.length, 1);
      assert.deepEqual([days[0].started, days[0].finished, days[0]["need:procedures"]], [1, 1, 1]);
      assert.deepEqual(page.errors() ?? [], []);
    },
  },
  {
    name: "reading aloud is offered only where the browser has a voice for the page's language",
    async run({ open }) {
      const page = await open("");
      await waitForHeading(page, "Bienvenue sur Repère");
      // Some browsers list their voices a moment after the page opens.
      await new Promise((r) => setTimeout(r, 1500));
      const state = await page.run(() => ({
        // A voice for French: a browser with only English voices must not read French.
        voices: (window.speechSynthesis?.getVoices() ?? []).filter((v) => /^fr([-_]|$)/i.test(v.lang)).length,
        toggle: [...document.querySelectorAll("button")].some((b) => b.textContent.includes("Lecture à voix haute")),
        message: document.querySelector(".no-speech")?.textContent ?? null,
      }));
      if (state.voices > 0) {
        assert.ok(state.toggle && state.message === null, JSON.stringify(state));
      } else {
        assert.ok(!state.toggle, JSON.stringify(state));
        assert.match(state.message, /n'est pas disponible/);
      }
    },
  },
  {
    name: "a journey started resumes after a reload",
    async run({ open }) {
      const page = await open("");
      await startWithANeed(page);
      await waitForHeading(page, FIRST_SITUATION);
      await waitFor(page, "the saved progress", () => localStorage.getItem("repere:progress"));
      await page.reload();
      await waitFor(page, "the offer to resume", () => Boolean(document.querySelector(".resume-offer")));
      await clickText(page, /^Reprendre$/);
      await waitForHeading(page, FIRST_SITUATION);
    },
  },
  {
    name: "« Effacer mes réponses » leaves no key of the app behind",
    async run({ open }) {
      const page = await open("");
      await startWithANeed(page);
      await waitFor(page, "the saved progress", () => localStorage.getItem("repere:progress"));
      assert.ok((await appKeys(page)).length > 0);
      await clickText(page, /^Effacer mes réponses$/);
      await clickText(page, /^Oui, tout effacer$/);
      await waitForHeading(page, "Bienvenue sur Repère");
      assert.deepEqual(await appKeys(page), []);
      await page.reload();
      await waitForHeading(page, "Bienvenue sur Repère");
      assert.equal(await page.run(() => document.querySelectorAll(".resume-offer").length), 0);
    },
  },
  {
    name: "the kiosk asks, then resets after the inactivity delay",
    async run({ open, startServer }) {
      // The shortest delays the settings allow: 10 s idle, then 5 s of countdown.
      const config = { ...CONFIG, kiosk: { idle_seconds: 10, warning_seconds: 5 } };
      const server = await startServer({ overrides: { "/config.json": JSON.stringify(config) } });
      const page = await open("?mode=borne", server);
      await startWithANeed(page);
      await waitForHeading(page, FIRST_SITUATION);
      await waitFor(page, "the question « Vous êtes toujours là ? »", () =>
        document.body.innerText.includes("Vous êtes toujours là"), [], 20_000);
      await waitForHeading(page, "Bienvenue sur Repère");
      assert.deepEqual(await appKeys(page), []);
      assert.equal(await page.run(() => document.querySelectorAll(".resume-offer").length), 0);
    },
  },
  {
    name: "a hand-off code typed on the advisor's side gives the same profile",
    async run({ open }) {
      const resident = await open("");
      await playJourney(resident, { need: "Trouver un emploi" });
      const code = (await resident.run(() => document.querySelector(".handoff-code").textContent)).trim();
      const levels = await areaLevels(resident);
      // Another device: WebKitWebDriver also runs one browser at a time.
      await resident.close();
      const advisor = await open("?mode=conseiller");
      await waitForHeading(advisor, "Bienvenue sur Repère");
      // The form comes with the reading of codes, a chunk fetched for the advisor.
      await waitFor(advisor, "the code's field", () => Boolean(document.querySelector("#handoff-code")));
      await advisor.type("#handoff-code", code.toLowerCase().replaceAll("-", " "));
      await clickText(advisor, /^Charger$/);
      await waitForHeading(advisor, "Votre résultat");
      assert.deepEqual(await areaLevels(advisor), levels);
    },
  },
  {
    name: "after one visit, Repère opens and works with the server gone",
    async run({ open, startServer }) {
      const server = await startServer();
      const page = await open("", server);
      await waitForHeading(page, "Bienvenue sur Repère");
      await waitFor(page, "the service worker", async () => {
        await navigator.serviceWorker.ready;
        return true;
      });
      await page.reload();
      await waitFor(page, "the page under the service worker", () => Boolean(navigator.serviceWorker.controller));
      // What a PC without network sees: nothing answers.
      await server.close();
      await page.reload();
      await playJourney(page);
      await waitFor(page, "a next step", () => document.querySelectorAll(".next-step").length);
      assert.match(await page.run(() => document.querySelector("footer").innerText), /Parthenay-Gâtine/);
    },
  },
  {
    name: "a script injected through a catalog text or into the page does not run",
    async run({ open, startServer }) {
      const places = [
        "id,nom,commune,services",
        '"evil","<img src=x onerror=""window.__pwned=1""><script>window.__pwned=2</script>",Parthenay,Aide aux démarches administratives',
      ].join("\n");
      const server = await startServer({ overrides: { "/catalog/lieux.csv": places } });
      const page = await open("", server);
      await playJourney(page);
      await waitFor(page, "a next step", () => document.querySelectorAll(".next-step").length);
      assert.match(await page.run(() => document.querySelector(".next-steps").innerText), /<img src=x onerror=/);
      // Even a script that got into the page would not run: the policy allows only the
      // app's own files and its two inline scripts, by hash.
      const outcome = await page.run(
        () =>
          new Promise((resolve) => {
            const violations = [];
            document.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective));
            const script = document.createElement("script");
            script.textContent = "window.__pwned = 3";
            document.body.append(script);
            document.body.insertAdjacentHTML("beforeend", '<img src="missing.png" onerror="window.__pwned = 4">');
            setTimeout(() => resolve({ pwned: window.__pwned ?? null, violations }), 1000);
          }),
      );
      assert.equal(outcome.pwned, null);
      assert.ok(outcome.violations.some((d) => d.startsWith("script-src")), JSON.stringify(outcome.violations));
    },
  },
  {
    name: "the printed sheet fits one A4 page",
    needs: "pdf",
    async run({ open }) {
      const page = await open("?mode=conseiller");
      await playJourney(page, { need: "Trouver un emploi" });
      await waitFor(page, "a next step", () => document.querySelectorAll(".next-step").length);
      const { pages, text } = await printedSheet(page);
      assert.equal(pages, 1, text);
      assert.match(text, /Vos prochaines étapes/);
      assert.match(text, /Pour votre compte rendu d'activité/);
    },
  },
];
