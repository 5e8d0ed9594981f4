// Screenshots of the results of four residents of the triage (an urgent CAF démarche,
// no device, cannot travel, speaks Arabic), at 1280 and 360 px, with their next steps cut
// in parts readable on screen, into target/screenshots/. Run after a release build:
//   node scripts/triage-screenshots.mjs [urgent,nodevice,arabic,travel]
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_PATH, CHROMIUM_ARGS } from "../tests/e2e/browser.mjs";
const out = "target/screenshots";
await mkdir(out, { recursive: true });
const server = await startServer({ root: "dist" });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const residents = {
  urgent: { needs: [/démarches/], answers: ["Avec la CAF : RSA, prime d'activité, aide au logement", "Oui, cette semaine", "Cette fois, qu'on la fasse avec moi", "Un smartphone (un téléphone à grand écran qu'on touche)", "Oui", "Non, rien de tout ça", "Français"], skill: "Non, pas encore", commune: "Parthenay" },
  nodevice: { needs: [/bases/i], answers: ["Aucun de ces appareils", "Non, rien de tout ça", "Français", "Non"], skill: "Non, pas encore", commune: "Parthenay" },
  arabic: { needs: [/démarches/], answers: ["Avec la CAF : RSA, prime d'activité, aide au logement", "Non", "La faire moi-même, avec quelqu'un à côté de moi", "Un smartphone (un téléphone à grand écran qu'on touche)", "Seulement sur mon téléphone", "Oui", "Non, je n'en ai pas", "De lire ou d'écrire", "Arabe — العربية", "Non"], skill: "Oui, avec de l'aide", commune: "Parthenay" },
  travel: { needs: [/bases/i], answers: ["Une tablette", "Oui, avec une box ou le wifi", "D'aller jusqu'à un rendez-vous", "Français", "Oui, de temps en temps"], skill: "Non, pas encore", commune: "Ménigoute" },
};
const which = process.argv[2] ? process.argv[2].split(",") : Object.keys(residents);
for (const key of which) {
  const r = residents[key];
  for (const [name, width] of [["desktop", 1280], ["phone", 360]]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on("pageerror", (e) => console.log("pageerror", e.message));
    await page.goto(server.url);
    await page.getByRole("button", { name: "Commencer" }).click();
    for (const n of r.needs) await page.getByLabel(n).first().check();
    await page.getByRole("button", { name: "Continuer" }).click();
    let count = 1;
    const seen = [];
    for (let i = 0; i < 60; i++) {
      await page.locator("h1").first().waitFor();
      const h = (await page.locator("h1").first().textContent()).replace(/\u00a0/g, " ");
      if (h === "Votre résultat") break;
      const caption = await page.locator(".question-caption").textContent().catch(() => "");
      seen.push(h);
      count++;
      if (caption === "Votre situation") {
        let done = false;
        for (const a of r.answers) {
          const loc = page.getByLabel(a, { exact: true });
          if (await loc.count()) { await loc.first().check(); done = true; break; }
        }
        if (!done) { console.log(key, "no answer for", h); await page.locator("fieldset .choice-input").first().check(); }
      } else if (h.startsWith("Voulez-vous essayer")) {
        await page.getByRole("radio", { name: "Non, je passe" }).check();
      } else {
        await page.getByRole("radio", { name: r.skill, exact: true }).check();
      }
      await page.getByRole("button", { name: "Continuer" }).click();
      await page.waitForFunction((b) => document.querySelector("h1")?.textContent.replace(/\u00a0/g, " ") !== b, h);
    }
    await page.getByLabel("Votre commune").selectOption(r.commune);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/triage-${key}-${name}.png`, fullPage: true });
    const box = await page.locator(".next-steps").boundingBox();
    for (let y = box.y, part = 1; y < box.y + box.height; y += 1500, part += 1) {
      await page.screenshot({ path: `${out}/triage-${key}-${name}-steps-${part}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(1500, box.y + box.height - y) } });
    }
    if (name === "desktop") console.log(key, "answers:", count, seen.join(" | "));
    await page.close();
  }
}
await browser.close();
server.close();
