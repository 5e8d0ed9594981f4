// End-to-end: the territory's partners from data·inclusion, a device set up without a
// web host, and the space behind its PIN on every device. As a conseiller numérique
// does it: the département's places and the data·inclusion export as downloaded
// (services in CSV, structures in JSON, with wrong values, a missing structure,
// duplicates and a service for all of France), a partner removed and one added, the
// set installed on this device; then the server's files gone (404), and a resident who
// has a CAF démarche is sent to the CAF desk of Parthenay, with its address and hours;
// the kiosk reset leaves the set in place.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { pbkdf2Sync } from "node:crypto";
import { assertAccessible, openPage, waitForApp } from "./harness.mjs";
import { expectHeading, playJourney } from "./journey.mjs";
import { startHarness } from "./harness.mjs";

const SERVICES = "tests/samples/data-inclusion/services-inclusion-2026-11-30.csv";
const STRUCTURES = "tests/samples/data-inclusion/structures-inclusion-2026-11-30.json";
const DEPARTEMENT_CSV = "tests/samples/lieux-79-export.csv";
const SHOTS = "target/screens";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const section = (page, name) => page.getByRole("navigation").getByRole("button", { name }).click();

/** The CAF démarche, the rest answered plainly. */
const CAF = {
  needs: [/Faire mes démarches en ligne/],
  situation: {
    "Quelle démarche avez-vous à faire ?": "Avec la CAF : RSA, prime d'activité, aide au logement",
    "Quels appareils avez-vous ?": "Un smartphone (un téléphone à grand écran qu'on touche)",
    "Avez-vous internet chez vous ?": "Oui, avec une box ou le wifi",
    "Recevez-vous des SMS sur votre téléphone à vous ?": "Oui",
    "Avez-vous une adresse e-mail que vous utilisez ?": "Oui, je lis mes e-mails",
    "Est-ce difficile pour vous…": "Non, rien de tout ça",
    "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?": "Oui, facilement",
  },
  skill: () => "Oui, sans aide",
  checkEachScreen: false,
};

test("data·inclusion partners, installed on this device, reach a resident with the server's files gone", async () => {
  const page = await openPage(harness, { path: "?espace" });
  await expectHeading(page, "Espace de la structure", 15000);
  await page.getByText("Aucun code ne protège cet espace").waitFor();
  await page.getByRole("button", { name: "Partir de zéro" }).click();
  await page.getByLabel("Nom, code postal ou code INSEE").fill("Parthenay Gâtine");
  await page.getByRole("button", { name: /CC de Parthenay-Gâtine — intercommunalité, 38 communes/ }).click();
  await page.getByRole("heading", { name: "38 communes" }).waitFor();
  await section(page, "2. Lieux");
  await page.getByLabel("Fichier des lieux (CSV ou JSON)").setInputFiles(DEPARTEMENT_CSV);
  await page.locator(".space-summary").waitFor();

  // The partners, from the two files picked together.
  await section(page, "4. Partenaires");
  const files = page.getByLabel("Fichiers de data·inclusion (services et structures, CSV ou JSON)");
  await files.setInputFiles([SERVICES, STRUCTURES]);
  const summary = page.locator(".space-summary");
  await summary.waitFor();
  assert.match(
    await summary.innerText(),
    /13 services et 13 structures\. Gardés pour votre territoire : 9 services, réunis en 8 partenaires\. Écartés : 2 dans d'autres territoires, 1 sur d'autres sujets \(logement, sport…\), 2 déjà parmi vos lieux\./,
  );
  const problems = await page.locator(".space-problems tbody tr").allInnerTexts();
  for (const expected of [
    /services \(data·inclusion\)\s+13\s+frais\s+« gratuit-sous-conditions » n'est pas une valeur de data·inclusion/,
    /structures \(data·inclusion\)\s+7\s+—\s+la structure « ccas-secondigny » est déjà plus haut/,
    /structures \(data·inclusion\)\s+9\s+nom\s+« Espace numérique de Parthenay » est déjà parmi vos lieux/,
    /structures \(data·inclusion\)\s+13\s+—\s+ce n'est pas un objet/,
  ]) {
    assert.ok(problems.some((p) => expected.test(p)), `${expected} in\n${problems.join("\n")}`);
  }
  await assertAccessible(page, "space: partners");
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/space-partners-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // The same export again (a new choice of the same files): nothing changed.
  await files.setInputFiles([]);
  await files.setInputFiles([SERVICES, STRUCTURES]);
  await page.getByText("Rien n'a changé.").waitFor();

  // One partner removed, one added by hand.
  const partners = page.locator(".space-partner");
  await partners.filter({ hasText: "Solidarité Numérique" }).locator("summary").click();
  await partners.filter({ hasText: "Solidarité Numérique" }).getByRole("button", { name: "Retirer ce partenaire" }).click();
  assert.equal(await partners.filter({ hasText: "Solidarité Numérique" }).count(), 0);
  await page.getByRole("button", { name: "Ajouter un partenaire" }).click();
  const added = partners.last();
  await added.getByLabel("Nom").fill("Point justice de Parthenay");
  await added.getByLabel("Commune").fill("Parthenay");
  await added.getByLabel("Horaires (ex. : Mo-Fr 09:00-12:00)").fill("We 14:00-17:00");
  await page.getByText(/Point justice de Parthenay — Parthenay \(national ou saisi ici\)/).waitFor();
  await assertAccessible(page, "space: a partner added");

  // Installed on this device.
  await section(page, "8. Publier");
  await page.getByText("Cet appareil utilise les fichiers du serveur.").waitFor();
  await page.getByRole("button", { name: "Utiliser sur cet appareil" }).click();
  await page.getByText(/Cet appareil utilise les fichiers installés ici le \d+ \S+ à \d+ h \d+, pas ceux du serveur\./).waitFor();
  await assertAccessible(page, "space: publish");
  const published = JSON.parse(
    await page.evaluate(() => localStorage.getItem("repere-installed")),
  );
  const partnersFile = JSON.parse(published.files["catalog/partenaires.json"]).partenaires;
  assert.ok(partnersFile.some((p) => p.nom === "Point justice de Parthenay"));
  assert.ok(!partnersFile.some((p) => p.nom === "Solidarité Numérique"));
  assert.ok(partnersFile.some((p) => p.id === "caf" && !p.adresse), "the national CAF stays as the fallback");

  // The server's files gone: the device reads its own.
  await page.route(/\/(config\.json|catalog\/.*)(\?.*)?$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(`${harness.server.url}?mode=borne`);
  await waitForApp(page);
  await playJourney(page, CAF);
  const card = page.locator(".next-step", { hasText: "CAF des Deux-Sèvres, accueil de Parthenay" });
  await card.waitFor();
  const text = await card.innerText();
  assert.match(text, /Adresse\u00a0: 12 rue de l'Exemple, 79200 Parthenay/);
  assert.match(text, /lundi/i, text);
  assert.match(text, /Pour le joindre\u00a0: y aller directement, téléphoner\./);
  assert.match(text, /RSA/);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `${SHOTS}/result-partner-card-${width}.png` });
  }
  assert.doesNotMatch(await page.locator("footer").innerText(), /abîmés/);

  // The kiosk's reset for the next person: the set stays.
  await page.getByRole("button", { name: "J'ai terminé" }).click();
  await expectHeading(page, "Bienvenue sur Repère");
  await waitForApp(page);
  assert.ok(await page.evaluate(() => localStorage.getItem("repere-installed")), "the installed set outlives the reset");
  await page.context().close();
});

test("a damaged installed set falls back to the server's files with a plain notice", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) => p.addInitScript(() => localStorage.setItem("repere-installed", '{"version":1,"files":{"config.json":"{}"')),
  });
  await waitForApp(page);
  await page.getByText("Les réglages installés sur cet appareil sont abîmés. Repère utilise ceux du site.").waitFor();
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("once a PIN is set, the space asks for it on a PC that is not a kiosk, and waits longer after wrong ones", async () => {
  // A hash made by Node's own PBKDF2: the browser's must agree with it.
  const salt = Buffer.from("00112233445566778899aabbccddeeff", "hex");
  const hash = pbkdf2Sync("gatine-2468", salt, 600000, 32, "sha256").toString("hex");
  const config = { kiosk: { pin_pbkdf2: `pbkdf2-sha256$600000$${salt.toString("hex")}$${hash}` } };
  const page = await openPage(harness, {
    path: "?espace",
    beforeGoto: (p) =>
      p.route("**/config.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(config) })),
  });
  await expectHeading(page, "Espace de la structure", 15000);
  assert.equal(await page.getByRole("navigation").count(), 0, "nothing of the space before the PIN");
  assert.equal(await page.getByText("Chiffres de l'appareil").count(), 0, "no figures before the PIN");
  await assertAccessible(page, "space: PIN");
  for (let i = 0; i < 3; i += 1) {
    await page.getByLabel("Code de la structure").fill(`faux-${i}`);
    await page.getByRole("button", { name: "Ouvrir" }).click();
    await page.getByRole("alert").filter({ hasText: "Ce n'est pas le bon code." }).waitFor();
    await page.getByRole("button", { name: "Ouvrir" }).and(page.locator(":not([disabled])")).or(page.getByText(/Trop d'essais/)).first().waitFor();
  }
  await page.getByText(/Trop d'essais\. Attendez \d secondes avant de réessayer\./).waitFor();
  assert.equal(await page.getByRole("button", { name: "Ouvrir" }).isDisabled(), true);
  await page.getByRole("button", { name: "Ouvrir" }).and(page.locator(":not([disabled])")).waitFor({ timeout: 10000 });
  await page.getByLabel("Code de la structure").fill("gatine-2468");
  await page.getByRole("button", { name: "Ouvrir" }).click();
  await page.getByRole("button", { name: "1. Territoire" }).waitFor({ timeout: 15000 });
  await section(page, "Chiffres de l'appareil");
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("a kiosk started with the guide's flags keeps its installed set across a restart", async () => {
  const { chromium } = await import("playwright-core");
  const { CHROMIUM_PATH, CHROMIUM_ARGS } = await import("./browser.mjs");
  const { mkdtemp, rm } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const profile = await mkdtemp(join(tmpdir(), "repere-kiosk-"));
  // docs/borne.md, the Linux line.
  const flags = ["--kiosk", "--kiosk-printing", "--no-first-run", "--noerrdialogs", "--disable-session-crashed-bubble"];
  const start = () =>
    chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...flags], serviceWorkers: "block" });
  try {
    let browser = await start();
    let page = await browser.newPage();
    await page.goto(`${harness.server.url}?espace`);
    await expectHeading(page, "Espace de la structure", 15000);
    await section(page, "6. Réglages");
    await page.getByLabel("Nom de la structure (en bas de chaque page)").fill("Maison France Services de Parthenay");
    await section(page, "8. Publier");
    await page.getByRole("button", { name: "Utiliser sur cet appareil" }).click();
    await page.getByText(/Cet appareil utilise les fichiers installés ici/).waitFor();
    await browser.close();

    // The power comes back: the browser starts again with the same profile.
    browser = await start();
    page = await browser.newPage();
    await page.goto(`${harness.server.url}?mode=borne`);
    await waitForApp(page);
    await expectHeading(page, "Bienvenue sur Repère");
    assert.match(await page.locator("footer").innerText(), /Maison France Services de Parthenay/);
    assert.doesNotMatch(await page.locator("footer").innerText(), /abîmés/);
    await browser.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
