// End-to-end: the structure's space, as someone who has never seen Repère uses it.
// From the national CSV of a département and no other file: choose the
// intercommunalité, import the places, add a workshop, set a kiosk PIN, download the
// files; then serve those files as a new deployment and walk a resident to a next step
// that uses them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash, pbkdf2Sync } from "node:crypto";
import { assertAccessible, assertSameOrigin, openPage, startHarness, waitForApp } from "./harness.mjs";
import { expectHeading, playJourney } from "./journey.mjs";
import { startServer } from "../../scripts/static-server.mjs";

const DEPARTEMENT_CSV = "tests/samples/lieux-79-export.csv";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** Opens the space with the example deployment, from scratch. */
async function openSpace() {
  const page = await openPage(harness, { path: "?espace" });
  await expectHeading(page, "Espace de la structure", 15000);
  await page.getByRole("button", { name: "Partir de zéro" }).click();
  return page;
}

const section = (page, name) => page.getByRole("navigation").getByRole("button", { name }).click();

/** Chooses the CC de Parthenay-Gâtine from the official list. */
async function chooseGatine(page) {
  await page.getByLabel("Nom, code postal ou code INSEE").fill("Parthenay Gâtine");
  await page.getByRole("button", { name: /CC de Parthenay-Gâtine — intercommunalité, 38 communes/ }).click();
  await page.getByRole("heading", { name: "38 communes" }).waitFor();
}

test("from a département's export to a working catalog, then a resident's next step that uses it", async () => {
  const page = await openSpace();
  await page.locator("footer, .space-leave").first().waitFor();
  await assertAccessible(page, "space: territory");

  // 1. The territory, from the official list.
  await chooseGatine(page);
  assert.equal(await page.getByLabel("Nom du territoire, tel que les habitants le disent").inputValue(), "CC de Parthenay-Gâtine");
  await page.getByLabel("Nom du territoire, tel que les habitants le disent").fill("Parthenay-Gâtine");

  // 2. The places, from the département's CSV as downloaded (`;`, BOM, CRLF, messy).
  await section(page, "2. Lieux");
  await page.getByLabel("Fichier des lieux (CSV ou JSON)").setInputFiles(DEPARTEMENT_CSV);
  const summary = page.locator(".space-summary");
  await summary.waitFor();
  assert.match(await summary.innerText(), /14 lieux, dont 7 gardés pour votre territoire et 4 dans d'autres communes/);
  const problems = await page.locator(".space-problems tbody tr").allInnerTexts();
  assert.ok(problems.some((p) => /^15\s+—\s+le champ « id » est vide/.test(p)), problems.join("\n"));
  assert.ok(problems.some((p) => /^6\s+code_postal\s+« 79130 CEDEX » : lu comme « 79130 »/.test(p)), problems.join("\n"));
  await assertAccessible(page, "space: places");

  // 3. A workshop, with the form.
  await section(page, "3. Ateliers");
  await page.getByRole("button", { name: "Enregistrer l'atelier" }).click();
  await page.getByText("Le titre est obligatoire.").waitFor();
  await page.getByLabel("Titre").fill("Premiers pas sur la tablette");
  await page.getByLabel("Lieu").selectOption({ label: "Espace numérique de Parthenay (Parthenay)" });
  for (const theme of ["Prendre en main du matériel", "Navigation sur internet", "E-mail"]) {
    await page.getByLabel(theme, { exact: true }).check();
  }
  await page.getByLabel("Niveau").selectOption("Débutant");
  await page.getByLabel("Lien pour s'inscrire (facultatif)").fill("javascript:alert(1)");
  await page.getByText(/n'est pas un lien http\(s\), tel: ou mailto:/).waitFor();
  await page.getByLabel("Lien pour s'inscrire (facultatif)").fill("");
  await page.getByLabel("Jour").selectOption({ label: "mardi" });
  await page.getByLabel("De", { exact: true }).fill("14:00");
  await page.getByLabel("à", { exact: true }).fill("16:00");
  await page.getByRole("button", { name: "Chaque semaine" }).click();
  await page.getByLabel("Coût (« Gratuit », « 2 € la séance »)").fill("Gratuit");
  await page.getByLabel("Comment s'inscrire").fill("À l'accueil de l'Espace numérique");
  await assertAccessible(page, "space: workshop form");
  await page.getByRole("button", { name: "Enregistrer l'atelier" }).click();
  await page.getByText("L'atelier « Premiers pas sur la tablette » est enregistré.").waitFor();

  // 5. The settings: the structure's name and a kiosk PIN, typed twice.
  await section(page, "6. Réglages");
  await page.getByLabel("Nom de la structure (en bas de chaque page)").fill("Communauté de communes de Parthenay-Gâtine");
  await page.getByLabel("Nouveau code").fill("2468");
  await page.getByLabel("Le même code, encore une fois").fill("2486");
  await page.getByRole("button", { name: "Enregistrer le code" }).click();
  await page.getByText("Les deux codes ne sont pas les mêmes. Tapez-les à nouveau.").waitFor();
  await page.getByLabel("Nouveau code").fill("2468");
  await page.getByLabel("Le même code, encore une fois").fill("2468");
  await page.getByRole("button", { name: "Enregistrer le code" }).click();
  await page.getByText("Un code est enregistré.").waitFor();
  // The languages (the site's: French, Arabic, Ukrainian, Turkish, Portuguese, English):
  // English left out, Ukrainian moved up to second place.
  const languages = page.locator(".space-languages");
  await languages.getByRole("checkbox", { name: /^Anglais/ }).uncheck();
  await languages.getByRole("button", { name: /^Monter : Ukrainien/ }).click();
  assert.deepEqual(
    (await languages.locator("li").allInnerTexts()).map((t) => t.split(" — ")[0].replace(/\s*Monter$/, "").trim()),
    ["Français", "Ukrainien", "Arabe", "Turc", "Portugais", "Anglais"],
  );
  await assertAccessible(page, "space: settings");

  // 6. The preview: a beginner who wants the basics is offered the new workshop.
  await section(page, "7. Aperçu");
  const beginner = page.locator(".space-preview", { hasText: "prendre en main son matériel" });
  assert.match(await beginner.innerText(), /Atelier : Premiers pas sur la tablette/);
  await assertAccessible(page, "space: preview");

  // 7. Publish: each file, and the archive.
  await section(page, "8. Publier");
  await page.getByText("Envoyez ces fichiers sur le serveur").waitFor();
  assert.match(await page.locator(".space-summary").first().innerText(), /sans gravité : les fichiers fonctionnent/);
  await assertAccessible(page, "space: publish");
  const site = await mkdtemp(join(tmpdir(), "repere-site-"));
  await cp("dist", site, { recursive: true });
  // The example catalog goes: the new site has only what the space made.
  await rm(join(site, "catalog"), { recursive: true });
  await mkdir(join(site, "catalog"));
  const downloaded = {};
  for (const name of ["config.json", "lieux.csv", "ateliers.json", "partenaires.json", "territoire.json"]) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: `Télécharger ${name}` }).click(),
    ]);
    assert.equal(download.suggestedFilename(), name);
    const path = join(site, name === "config.json" ? "" : "catalog", name);
    await download.saveAs(path);
    downloaded[name] = await readFile(path, "utf8");
  }
  const [archive] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger l'archive (tous les fichiers)" }).click(),
  ]);
  const zip = await readFile(await archive.path());
  assert.equal(zip.subarray(0, 4).toString("latin1"), "PK\x03\x04");
  for (const name of ["config.json", "catalog/lieux.csv", "catalog/ateliers.json", "catalog/territoire.json"]) {
    assert.ok(zip.includes(Buffer.from(name)), `the archive holds ${name}`);
  }
  const config = JSON.parse(downloaded["config.json"]);
  // Only the PIN's slow hash, and Node's own PBKDF2 finds the same from the PIN.
  const [scheme, rounds, salt, hash] = config.kiosk.pin_pbkdf2.split("$");
  assert.equal(scheme, "pbkdf2-sha256");
  assert.equal(Number(rounds), 600000);
  assert.equal(pbkdf2Sync("2468", Buffer.from(salt, "hex"), 600000, 32, "sha256").toString("hex"), hash);
  assert.equal(config.kiosk.pin_sha256, undefined);
  assert.deepEqual(config.languages, ["fr", "uk", "ar", "tr", "pt"]);
  assert.doesNotMatch(downloaded["config.json"], /2468/, "only the PIN's hash");
  for (const id of ["cnfs-parthenay-epn", "fs-parthenay", "mediatheque-parthenay", "mairie-chatillon", "epn-secondigny", "ccas-thenezay", "asso-vasles"]) {
    assert.equal(downloaded["lieux.csv"].split(`\n"${id}",`).length, 2, `${id} once in lieux.csv`);
  }
  assert.doesNotMatch(downloaded["lieux.csv"], /Niort|Bressuire|Doublon|sans identifiant/);
  assert.match(downloaded["lieux.csv"], /"'=HYPERLINK/, "a formula stays text");
  assertSameOrigin(page, harness.server.url.replace(/\/$/, ""));
  await page.context().close();

  // Then a resident, on the new deployment.
  const served = await startServer({ root: site });
  try {
    const context = await harness.browser.newContext({ serviceWorkers: "block" });
    const resident = await context.newPage();
    await resident.goto(served.url);
    await waitForApp(resident);
    assert.match(await resident.locator("footer").innerText(), /Communauté de communes de Parthenay-Gâtine – Parthenay-Gâtine/);
    // The welcome screen offers the languages as the structure ordered them.
    assert.deepEqual(await resident.locator(".language-choice button").allTextContents(), ["Français", "Українська", "العربية", "Türkçe", "Português"]);
    await playJourney(resident, {
      needs: [/Apprendre les bases/],
      situation: "first",
      skill: () => "Non, pas encore",
      checkEachScreen: false,
    });
    const first = resident.locator(".next-step").first();
    await first.waitFor();
    const card = await first.innerText();
    assert.match(card, /Premiers pas sur la tablette/);
    assert.match(card, /Espace numérique de Parthenay/);
    assert.match(card, /mardi/i);
    await context.close();
  } finally {
    await served.close();
    await rm(site, { recursive: true, force: true });
  }
});

test("a newer export shows what changed, and which workshops lost their place", async () => {
  const page = await openSpace();
  await chooseGatine(page);
  await section(page, "2. Lieux");
  await page.getByLabel("Fichier des lieux (CSV ou JSON)").setInputFiles(DEPARTEMENT_CSV);
  await page.locator(".space-summary").waitFor();
  await section(page, "3. Ateliers");
  await page.getByLabel("Titre").fill("Atelier à la médiathèque");
  await page.getByLabel("Lieu").selectOption({ label: "Médiathèque de Parthenay (Parthenay)" });
  await page.getByLabel("Bureautique", { exact: true }).check();
  await page.getByRole("button", { name: "Enregistrer l'atelier" }).click();
  await page.getByText(/est enregistré/).waitFor();
  // The newer export: the médiathèque is gone, the France services changed its hours, a
  // place opened in Pompaire. Same data, as JSON.
  const rows = JSON.parse(await readFile("tests/samples/lieux-79-export.json", "utf8"))
    .filter((p) => p.id !== "mediatheque-parthenay")
    .map((p) => (p.id === "fs-parthenay" && p.horaires ? { ...p, horaires: "Mo-Fr 09:00-17:00" } : p));
  rows.push({ id: "pompaire-tiers-lieu", pivot: "12345678900029", nom: "Tiers-lieu de Pompaire", commune: "Pompaire", code_postal: "79200", adresse: "Le bourg", date_maj: "2026-11-02" });
  await section(page, "2. Lieux");
  await page.getByLabel("Fichier des lieux (CSV ou JSON)").setInputFiles({ name: "lieux-79-novembre.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(rows)) });
  await page.getByRole("heading", { name: "Ce qui a changé depuis les lieux d'avant" }).waitFor();
  const changes = await page.locator(".space-section").innerText();
  assert.match(changes, /Lieux ajoutés \(1\)\s+Tiers-lieu de Pompaire/);
  assert.match(changes, /Lieux retirés \(1\)\s+Médiathèque de Parthenay/);
  assert.match(changes, /Lieux modifiés \(1\)\s+France services Parthenay-Gâtine : horaires/);
  assert.match(changes, /Ces ateliers citent un lieu qui n'est plus dans la liste[\s\S]*Atelier à la médiathèque/);
  await page.context().close();
});

test("a file that is not an export is refused in plain words, and the space never breaks", async () => {
  const page = await openSpace();
  await chooseGatine(page);
  await section(page, "2. Lieux");
  const input = page.getByLabel("Fichier des lieux (CSV ou JSON)");
  await input.setInputFiles({ name: "classeur.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\x03\x04rest of a workbook", "latin1") });
  await page.getByRole("alert").filter({ hasText: "Enregistrer sous" }).waitFor();
  await input.setInputFiles({ name: "noms.csv", mimeType: "text/csv", buffer: Buffer.from("name,city\nx,y\n") });
  await page.getByRole("alert").filter({ hasText: "il lui manque la colonne « id » ou « nom »" }).waitFor();
  // A Windows-1252 export is read, and said.
  const latin1 = Buffer.from("id;nom;commune;code_postal\r\nm;Médiathèque de Vasles;VASLES;79340\r\n", "latin1");
  await input.setInputFiles({ name: "lieux-windows.csv", mimeType: "text/csv", buffer: latin1 });
  await page.getByText(/il a été lu comme un fichier Windows/).waitFor();
  await page.getByText("Voir les 1 lieux").click();
  await page.getByText("Médiathèque de Vasles — Vasles").waitFor();
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("on a kiosk, the space opens only with the PIN, an older config's quick hash too", async () => {
  const hash = createHash("sha256").update("2468").digest("hex");
  const page = await openPage(harness, {
    path: "?espace",
    beforeGoto: (p) =>
      p.route("**/config.json", (route) =>
        route.fulfill({ contentType: "application/json", body: JSON.stringify({ modes: { default: "borne" }, kiosk: { pin_sha256: hash } }) }),
      ),
  });
  await expectHeading(page, "Espace de la structure", 15000);
  assert.equal(await page.getByRole("navigation").count(), 0, "nothing of the space before the PIN");
  await page.getByLabel("Code de la structure").fill("1111");
  await page.getByRole("button", { name: "Ouvrir" }).click();
  await page.getByRole("alert").filter({ hasText: "Ce n'est pas le bon code." }).waitFor();
  await page.getByLabel("Code de la structure").fill("2468");
  await page.getByRole("button", { name: "Ouvrir" }).click();
  await page.getByRole("button", { name: "1. Territoire" }).waitFor();
  await page.context().close();
});
