// Takes screenshots of each screen of the built app (dist/) at desktop and phone widths,
// into screenshots/. Run after a release build: node scripts/screenshots.mjs
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_PATH, CHROMIUM_ARGS } from "../tests/e2e/browser.mjs";

const out = process.argv[2] ?? "screenshots";
await mkdir(out, { recursive: true });
const server = await startServer({ root: "dist" });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [name, width] of [["desktop", 1280], ["phone", 360]]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(server.url);
    await page.getByRole("button", { name: "Commencer" }).waitFor();
    await page.screenshot({ path: `${out}/welcome-${name}.png`, fullPage: true });
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.screenshot({ path: `${out}/needs-error-${name}.png`, fullPage: true });
    await page.getByLabel(/Me protéger sur internet/).check();
    await page.getByLabel(/Trouver un emploi/).check();
    await page.screenshot({ path: `${out}/needs-${name}.png`, fullPage: true });
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.getByLabel("Pas de démarche pour l'instant", { exact: true }).check();
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.getByLabel("Un ordinateur", { exact: true }).check();
    await page.screenshot({ path: `${out}/situation-${name}.png`, fullPage: true });
    await page.getByRole("button", { name: "Continuer" }).click();
    for (let i = 0; i < 6; i += 1) {
      await page.locator("fieldset .choice-input").first().check();
      await page.getByRole("button", { name: "Continuer" }).click();
    }
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.screenshot({ path: `${out}/skill-error-${name}.png`, fullPage: true });
    await page.getByRole("radio", { name: "Oui, avec de l'aide" }).check();
    await page.screenshot({ path: `${out}/skill-${name}.png`, fullPage: true });
    await page.getByRole("button", { name: "Faire une pause" }).click();
    await page.screenshot({ path: `${out}/pause-${name}.png`, fullPage: true });
    await page.getByRole("button", { name: "Reprendre" }).click();
    const answers = ["Oui, avec de l'aide", "Oui, sans aide", "Non, pas encore", "Oui, sans aide", "Je ne comprends pas la question"];
    for (let i = 0; page.url() && (await page.locator("h1").textContent()) !== "Votre résultat"; i += 1) {
      const before = await page.locator("h1").textContent();
      if (before.startsWith("Voulez-vous essayer")) {
        await page.screenshot({ path: `${out}/checks-offer-${name}.png`, fullPage: true });
        await page.getByRole("radio", { name: "Oui, je veux essayer" }).check();
        await page.getByRole("button", { name: "Continuer" }).click();
      } else if ((await page.locator(".check").count()) > 0) {
        await playCheck(page, `${out}/check-${await page.locator(".check").getAttribute("data-check")}`, name);
      } else {
        await page.getByRole("radio", { name: answers[i % answers.length] }).check();
        await page.getByRole("button", { name: "Continuer" }).click();
      }
      await page.waitForFunction((b) => document.querySelector("h1")?.textContent !== b, before);
    }
    await page.screenshot({ path: `${out}/results-${name}.png`, fullPage: true });
    await page.close();
  }
  // The structure's space: each section, as it looks once filled.
  for (const [name, width] of [["desktop", 1280], ["phone", 360]]) {
    await shootSpace(await browser.newPage({ viewport: { width, height: 900 } }), name);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${out}/`);

/** One hands-on check with the mouse: a shot as it opens, one after a try that missed
 *  (the press, the list), one once done; then « Continuer ». */
async function playCheck(page, path, name) {
  await page.screenshot({ path: `${path}-${name}.png`, fullPage: true });
  const check = await page.locator(".check").getAttribute("data-check");
  if (check === "press") {
    await page.locator(".check-press-zone").click({ position: { x: 10, y: 10 } });
    await page.screenshot({ path: `${path}-retry-${name}.png`, fullPage: true });
    await page.locator(".check-target").click();
  } else if (check === "scroll") {
    await page.locator(".check-scroll-frame").hover();
    await page.mouse.wheel(0, 2000);
    await page.locator(".check-target").click();
  } else if (check === "choose") {
    await page.locator("select").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Valider" }).click();
    await page.screenshot({ path: `${path}-retry-${name}.png`, fullPage: true });
    await page.locator("select").selectOption({ index: 2 });
    await page.getByRole("button", { name: "Valider" }).click();
  } else {
    await page.locator("input.check-field").fill("pomme");
    await page.getByRole("button", { name: "Valider" }).click();
  }
  await page.locator(".check-feedback-done").waitFor();
  await page.screenshot({ path: `${path}-done-${name}.png`, fullPage: true });
  await page.getByRole("button", { name: "Continuer" }).click();
}

/** Each section of the structure's space, from the département's sample export. */
async function shootSpace(page, name) {
  const shot = (section) => page.screenshot({ path: `${out}/space-${section}-${name}.png`, fullPage: true });
  const go = (label) => page.getByRole("navigation").getByRole("button", { name: label }).click();
  await page.goto(`${server.url}?espace`);
  await page.getByRole("button", { name: "Partir de zéro" }).click();
  await page.getByLabel("Nom, code postal ou code INSEE").fill("Parthenay Gâtine");
  await shot("territory-search");
  await page.getByRole("button", { name: /CC de Parthenay-Gâtine — intercommunalité/ }).click();
  await shot("territory");
  await go("2. Lieux");
  await page.getByLabel("Fichier des lieux (CSV ou JSON)").setInputFiles("tests/samples/lieux-79-export.csv");
  await page.locator(".space-summary").waitFor();
  await shot("places");
  await go("3. Ateliers");
  await page.getByRole("button", { name: "Enregistrer l'atelier" }).click();
  await page.getByLabel("Lien pour s'inscrire (facultatif)").fill("javascript:x");
  await shot("workshop-errors");
  await page.getByLabel("Titre").fill("Premiers pas sur la tablette");
  await page.getByLabel("Lieu").selectOption({ label: "Espace numérique de Parthenay (Parthenay)" });
  await page.getByLabel("Prendre en main du matériel", { exact: true }).check();
  await page.getByLabel("Lien pour s'inscrire (facultatif)").fill("");
  await page.getByRole("button", { name: "Enregistrer l'atelier" }).click();
  await shot("workshops");
  await go("4. Contact et partenaires");
  await page.getByLabel("Téléphone").first().fill("05 49");
  await shot("contact");
  await go("5. Réglages");
  await shot("settings");
  await go("6. Aperçu");
  await shot("preview");
  await go("7. Publier");
  await shot("publish");
  await page.close();
}
