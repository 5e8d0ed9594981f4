// End-to-end: the structure's figures. A kiosk serves five visits of different kinds
// (one left at the needs, one to the results with a print, one that changes language,
// a resident's visit interrupted by a reload then resumed, an advisor's intake); then
// the structure opens its space with the kiosk's PIN, reads the month, prints it on one
// page and downloads the CSV, read here as LibreOffice Calc reads it. Nothing of a
// visit but the day's counts is left in the storage.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { assertAccessible, assertSameOrigin, openPage, startHarness, waitForApp } from "./harness.mjs";
import { expectHeading, playJourney } from "./journey.mjs";

const PIN = "2468";
const FIGURES_KEY = "repere-figures";
const CONFIG = {
  structure: { name: "Médiathèque de Parthenay" },
  modes: { default: "borne", allowed: ["borne", "personne", "conseiller"] },
  kiosk: { pin_sha256: createHash("sha256").update(PIN).digest("hex") },
  languages: ["fr", "en"],
};

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** A kiosk's browser: the deployment's settings, and a print that fires the browser's
 *  `beforeprint` as a real print does (headless Chromium prints nothing). */
async function kioskPage(extraInit) {
  return openPage(harness, {
    beforeGoto: async (p) => {
      // On the context: the resident's, the advisor's and the space's pages get them too.
      await p.context().route(/config\.json$/, (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(CONFIG) }));
      await p.context().addInitScript(() => {
        window.print = () => {
          window.dispatchEvent(new Event("beforeprint"));
          window.dispatchEvent(new Event("afterprint"));
        };
      });
      if (extraInit) await p.context().addInitScript(extraInit);
    },
  });
}

const basics = {
  needs: ["Apprendre les bases"],
  situation: "first",
  skill: () => "Non, pas encore",
  checkEachScreen: false,
};

/** Prints the page to an A4 PDF (kept in target/screenshots, with a picture of its
 *  first page) and returns its number of pages. */
async function printedPages(page, name) {
  await mkdir("target/screenshots", { recursive: true });
  const file = `target/screenshots/${name}.pdf`;
  await writeFile(file, await page.pdf({ format: "A4", printBackground: true }));
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", file, `target/screenshots/${name}-pdf`]);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())[1]);
}

/** Every key and value of both storages. */
const allStorage = (page) =>
  page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => [k, s.getItem(k)])),
  );

/** Reads CSV text as LibreOffice Calc does with its French defaults: a UTF-8 BOM,
 *  `;` between cells, quoted cells with doubled quotes, CRLF; a cell of digits is a
 *  number, « 2026-12-02 » a date, anything else text. */
function readAsCalc(text) {
  assert.ok(text.startsWith("\ufeff"), "a BOM, so that Calc reads UTF-8");
  const body = text.slice(1);
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  const typed = (v) =>
    /^\d+$/.test(v) ? { number: Number(v) } : /^\d{4}-\d\d-\d\d$/.test(v) ? { date: v } : { text: v };
  const [header, ...data] = rows;
  return { header, rows: data.map((r) => r.map(typed)) };
}

test("five kiosk visits, then the month's figures in the space, printed on one page and as a CSV for Calc", async () => {
  const page = await kioskPage();
  await waitForApp(page);
  const context = page.context();
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });

  // 1. Someone starts, then leaves at the needs: « Effacer mes réponses ».
  await page.getByRole("button", { name: "Commencer" }).click();
  await expectHeading(page, "Que voulez-vous réussir à faire\u00a0?");
  await page.getByRole("button", { name: "Effacer mes réponses" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer" }).click();
  await expectHeading(page, "Bienvenue sur Repère");

  // 2. To the results; the sheet printed; « J'ai terminé ».
  await playJourney(page, basics);
  await page.locator(".handoff-code").waitFor();
  const code = (await page.locator(".handoff-code").innerText()).trim();
  await page.locator(".next-step").first().waitFor();
  await page.getByRole("button", { name: "Imprimer" }).click();
  await page.getByRole("button", { name: "J'ai terminé" }).click();
  await expectHeading(page, "Bienvenue sur Repère");
  // Nothing of that visit is left but the day's counts.
  const stored = await allStorage(page);
  assert.deepEqual(stored.map(([k]) => k), [FIGURES_KEY], "only the figures stay on the device");
  const document = JSON.parse(stored[0][1]);
  assert.deepEqual(Object.keys(document).sort(), ["days", "device", "paused", "reset_on", "version"]);
  assert.deepEqual(Object.keys(document.days), [today], "days, never a time");
  for (const [key, count] of Object.entries(document.days[today])) {
    assert.match(
      key,
      /^(started|resumed|finished|code|printed|(abandoned|language|mode|need|barrier|level|workshop|place|partner|other-step|triage):[^\d]+)$/,
      "only what the figures count",
    );
    assert.ok(Number.isInteger(count) && count > 0);
  }
  const text = stored[0][1];
  assert.ok(!text.includes(code) && !text.includes(code.replace(/-/g, "")), "never the hand-off code");
  assert.doesNotMatch(text, /\d\d:\d\d|Parthenay|7920\d/, "never a time of day or a commune");

  // 3. To the results, then read in English.
  await playJourney(page, basics);
  await page.getByRole("button", { name: "English" }).click();
  await expectHeading(page, "Your result");
  await page.getByRole("button", { name: "I have finished" }).click();
  await page.locator("h1").first().waitFor();

  // 4. A resident on a library PC: the needs, a reload (the page closed), then
  //    « Reprendre » and the results.
  const resident = await context.newPage();
  await resident.goto(`${harness.server.url}?mode=personne`);
  await waitForApp(resident);
  await resident.getByRole("button", { name: "Commencer" }).click();
  await resident.getByRole("checkbox", { name: "Apprendre les bases" }).check();
  await resident.getByRole("button", { name: "Continuer" }).click();
  await expectHeading(resident, "Quels appareils avez-vous\u00a0?");
  await resident.waitForFunction(() => localStorage.getItem("repere:progress") !== null);
  await resident.reload();
  await waitForApp(resident);
  await resident.getByRole("button", { name: "Reprendre" }).click();
  await playJourney(resident, { ...basics, startFromWelcome: false });
  await resident.getByRole("button", { name: "J'ai terminé" }).click();
  await resident.close();

  // 5. An advisor's intake, to the results, then « Recommencer ».
  const advisor = await context.newPage();
  await advisor.goto(`${harness.server.url}?mode=conseiller`);
  await waitForApp(advisor);
  await playJourney(advisor, basics);
  await advisor.getByRole("button", { name: "Recommencer" }).click();
  await advisor.close();

  // The structure opens its space on the kiosk: the PIN first.
  const space = await context.newPage();
  space.consoleErrors = [];
  space.on("pageerror", (e) => space.consoleErrors.push(String(e)));
  space.requests = [];
  space.on("request", (r) => space.requests.push(r.url()));
  await space.goto(`${harness.server.url}?espace`);
  await expectHeading(space, "Espace de la structure", 15000);
  await space.getByLabel("Code de la structure").fill(PIN);
  await space.getByRole("button", { name: "Ouvrir" }).click();
  await space.getByRole("button", { name: "Chiffres de l'appareil" }).click();
  await space.getByRole("heading", { name: "Chiffres de cet appareil" }).waitFor();
  const sentences = await space.locator(".figures-sentences").innerText();
  assert.match(sentences, /6 visites sur cet appareil : 5 commencées et 1 reprise\./);
  assert.match(sentences, /4 sont allées jusqu'aux résultats\./);
  assert.match(sentences, /2 ont été interrompues : (1 aux besoins, 1 à la situation|1 à la situation, 1 aux besoins)\./);
  assert.match(sentences, /4 codes pour un conseiller affichés et 1 fiche imprimée\./);
  const table = async (caption) =>
    space
      .locator("figure", { has: space.getByText(caption, { exact: true }) })
      .locator("tbody tr")
      .allInnerTexts();
  assert.deepEqual(await table("Besoins choisis (nombre de visites)"), ["Apprendre les bases\t4"]);
  const steps = await table("Étapes proposées, dans les mots du compte rendu d'activité");
  assert.ok(steps.length > 0 && steps.every((s) => /^(Atelier|Lieu|Partenaire) · |^(Contact de la structure|Ligne d'aide nationale)\t/.test(s)), steps.join("\n"));
  const weeks = await table("Visites par semaine");
  const weekTotals = weeks.map((w) => w.split("\t").slice(1).map(Number));
  assert.deepEqual(weekTotals.reduce((a, [v, f]) => [a[0] + v, a[1] + f], [0, 0]), [6, 4]);
  assert.equal(
    await space.locator("figure svg.chart").count(),
    await space.locator("figure table").count(),
    "a chart beside each table",
  );
  assert.ok((await space.locator("figure table").count()) >= 3);
  await space.screenshot({ path: "target/screenshots/figures-month.png", fullPage: true });
  assert.match(await space.locator(".figures-sentences + p, .figures-report").first().innerText(), /Langues : Français : 5 · English : 1|Français : 6/);
  await assertAccessible(space, "the figures");

  // Printed on one A4 page.
  assert.equal(await printedPages(space, "figures-month"), 1, "the month fits on one page");

  // The CSV, as Calc reads it.
  const [download] = await Promise.all([
    space.waitForEvent("download"),
    space.getByRole("button", { name: "Télécharger le mois (CSV, pour un tableur)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^chiffres-repere-\d{4}-\d\d-appareil-[a-z0-9]{4}\.csv$/);
  const csv = readAsCalc(await readFile(await download.path(), "utf8"));
  assert.deepEqual(csv.header, ["Date", "Appareil", "Mesure", "Valeur", "Nombre"]);
  const cell = (measure, value = "") =>
    csv.rows.find((r) => r[2].text === measure && r[3].text === value)?.[4];
  assert.deepEqual(cell("Visites commencées"), { number: 5 });
  assert.deepEqual(cell("Visites allées jusqu'aux résultats"), { number: 4 });
  assert.deepEqual(cell("Visites reprises"), { text: "moins de 3" });
  assert.deepEqual(cell("Visites interrompues", "Aux besoins"), { text: "moins de 3" });
  assert.deepEqual(cell("Fiches imprimées"), { text: "moins de 3" });
  assert.deepEqual(cell("Mode", "Borne"), { number: 3 });
  assert.deepEqual(cell("Besoin choisi", "Apprendre les bases"), { number: 4 });
  assert.ok(csv.rows.every((r) => r[0].date === today && r.length === 5), "one row per day and measure");
  assert.ok(csv.rows.every((r) => !("number" in r[4]) || r[4].number >= 3), "never 1 or 2");
  assert.ok(csv.rows.some((r) => r[2].text === "Niveau d'autonomie du bénéficiaire" && /: Avec guidage$/.test(r[3].text)));

  // Merged with another device's export: one table, a column per device.
  const other = "\ufeffDate;Appareil;Mesure;Valeur;Nombre\r\n" + `${today};Borne du hall;Visites commencées;;7\r\n`;
  await space.getByText("Rassembler les chiffres de plusieurs appareils").click();
  await space.getByLabel("Fichiers des appareils").setInputFiles([
    { name: "ici.csv", mimeType: "text/csv", buffer: Buffer.from(await readFile(await download.path())) },
    { name: "hall.csv", mimeType: "text/csv", buffer: Buffer.from(other) },
  ]);
  const merged = space.locator(".figures-merged tbody tr", { hasText: "Visites commencées" });
  assert.match(await merged.first().innerText(), /Visites commencées\t5\t7\t12/);
  await assertAccessible(space, "the merged figures");
  assertSameOrigin(space, harness.server.url);
  assert.deepEqual(space.consoleErrors, []);
  await context.close();
});

test("a full storage, a damaged document: the journey goes on, the space says so", async () => {
  // A damaged document: reset, with a notice that says when counting started again.
  const page = await kioskPage(() => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("repere-figures", '{"version":1,"days":{"2026-12-02":{"started":"many"}}');
    }
  });
  await waitForApp(page);
  await playJourney(page, basics);
  await page.getByRole("button", { name: "J'ai terminé" }).click();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("repere-figures")));
  assert.ok(stored.reset_on, "the reset is dated");
  assert.equal(Object.values(stored.days)[0].finished, 1, "counting started again");
  await page.goto(`${harness.server.url}?espace`);
  await page.getByLabel("Code de la structure").fill(PIN);
  await page.getByRole("button", { name: "Ouvrir" }).click();
  await page.getByRole("button", { name: "Chiffres de l'appareil" }).click();
  await page.getByText(/étaient abîmés : ils ont été remis à zéro/).waitFor();
  // The structure erases the figures: the counts go, the device keeps its name.
  await page.getByRole("button", { name: "Effacer les chiffres de cet appareil" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer" }).click();
  await page.getByText("Les chiffres de cet appareil sont effacés.").waitFor();
  const erased = await page.evaluate(() => JSON.parse(localStorage.getItem("repere-figures")));
  assert.deepEqual([erased.days, erased.reset_on, erased.device], [{}, null, stored.device]);
  assert.match(await page.locator(".figures-sentences").innerText(), /^Aucune visite n'a été comptée en /);
  await page.context().close();

  // A full storage: the journey goes to the results; the space says counting stopped.
  const full = await kioskPage(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await waitForApp(full);
  await playJourney(full, basics);
  await full.locator(".next-step").first().waitFor();
  assert.deepEqual(full.consoleErrors, []);
  await full.goto(`${harness.server.url}?espace`);
  await full.getByLabel("Code de la structure").fill(PIN);
  await full.getByRole("button", { name: "Ouvrir" }).click();
  await full.getByRole("button", { name: "Chiffres de l'appareil" }).click();
  await full.getByText(/Le stockage de cet appareil est plein : Repère ne compte plus les visites/).waitFor();
  await full.context().close();
});

test("counting switched off in the settings: nothing is counted, and the privacy page does not say it counts", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) =>
      p.route(/config\.json$/, (route) =>
        route.fulfill({ contentType: "application/json", body: JSON.stringify({ figures: { count_visits: false } }) }),
      ),
  });
  await waitForApp(page);
  await page.getByRole("button", { name: "Vos données" }).click();
  await page.getByRole("heading", { level: 1, name: "Vos données" }).waitFor();
  assert.equal(await page.locator(".privacy-figures").count(), 0);
  await page.getByRole("button", { name: "Retour" }).click();
  await playJourney(page, basics);
  await page.getByRole("button", { name: "J'ai terminé" }).click();
  assert.equal(await page.evaluate(() => localStorage.getItem("repere-figures")), null);
  await page.context().close();

  const counting = await kioskPage();
  await waitForApp(counting);
  await counting.getByRole("button", { name: "Vos données" }).click();
  assert.match(
    await counting.locator(".privacy-figures").innerText(),
    /^Pour la structure, Repère compte les visites jour par jour, sans garder les réponses de personne\.$/,
  );
  await counting.context().close();
});

test("a busy month, every need, barrier, level and kind of step counted, still prints on one page", async () => {
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
  const days = new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate();
  const areas = ["device", "internet", "email", "family", "procedures", "work", "health", "money", "safety", "school", "leisure"];
  const counts = {
    started: 18, resumed: 3, finished: 15, code: 15, printed: 6,
    "abandoned:needs": 2, "abandoned:situation": 3, "abandoned:skills": 1,
    "language:fr": 19, "language:en": 2, "mode:borne": 12, "mode:personne": 6, "mode:conseiller": 3,
  };
  for (const need of ["procedures", "job", "family", "health", "money", "safety", "school", "leisure", "basics"]) counts[`need:${need}`] = 4;
  for (const barrier of ["no-device", "no-internet", "no-email", "reading", "language", "travel"]) counts[`barrier:${barrier}`] = 3;
  for (const area of areas) {
    for (const level of ["Avec guidage", "Autonome avec guidage en cas de besoin", "Autonome"]) counts[`level:${area}:${level}`] = 2;
  }
  for (const t of ["Prendre en main du matériel", "Navigation sur internet", "E-mail", "Santé", "Banque et achats en ligne", "Insertion professionnelle", "Prévention en sécurité numérique", "Parentalité"]) counts[`workshop:${t}`] = 3;
  for (const s of ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien", "Accès internet et matériel informatique", "Insertion professionnelle via le numérique"]) counts[`place:${s}`] = 4;
  for (const r of ["Opérateur ou organisme en charge de la démarche administrative", "Structure d'insertion professionnelle (France Travail, mission locale, chambre de commerce…)"]) counts[`partner:${r}`] = 5;
  counts["other-step:structure"] = 2;
  counts["other-step:help-line"] = 1;
  const document = { version: 1, device: "Borne de la médiathèque de Parthenay", paused: false, reset_on: null, days: {} };
  for (let d = 1; d <= days; d += 1) document.days[`${month}-${String(d).padStart(2, "0")}`] = counts;
  const page = await kioskPage(`localStorage.setItem("repere-figures", ${JSON.stringify(JSON.stringify(document))})`);
  await page.goto(`${harness.server.url}?espace`);
  await page.getByLabel("Code de la structure").fill(PIN);
  await page.getByRole("button", { name: "Ouvrir" }).click();
  await page.getByRole("button", { name: "Chiffres de l'appareil" }).click();
  await page.locator(".figures-sentences").waitFor();
  assert.match(await page.locator(".figures-sentences").innerText(), new RegExp(`${21 * days} visites sur cet appareil`));
  assert.equal(await page.locator(".figures-levels tbody tr").count(), 11);
  await page.screenshot({ path: "target/screenshots/figures-busy.png", fullPage: true });
  await page.locator(".figures-chart").first().screenshot({ path: "target/screenshots/figures-chart.png" });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: "target/screenshots/figures-busy-360.png", fullPage: true });
  await assertAccessible(page, "a busy month at 360 px");
  assert.equal(await printedPages(page, "figures-busy"), 1, "a busy month fits on one page");
  await page.context().close();
});
