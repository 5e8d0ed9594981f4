// The import of the national export of places, timed in the structure's space as a
// library PC would run it: a generated national-format CSV of 20,000 rows (the national
// file is about 18,000 places; its communes drawn from the official list, one row in
// fifty in the CC de Parthenay-Gâtine: 400 places, the share of a whole département,
// where an EPCI of 38,000 people has a few dozen), imported and filtered to that EPCI, with the CPU
// throttled 4x. Prints the file's size and the time from choosing the file to the
// summary on screen (reading the file, decoding, parsing, filtering, checking, painting).
//
// node scripts/import-bench.mjs [rows] [rounds]   (after a release build in dist/)
import { chromium } from "playwright-core";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/browser.mjs";

const rows = Number(process.argv[2] ?? 20000);
const rounds = Number(process.argv[3] ?? 3);

const list = JSON.parse(await readFile("dist/espace/communes.json", "utf8"));
const gatine = new Set(list.epci.find((e) => e[0] === "200041333")[2]);
const inside = list.communes.filter((c) => gatine.has(c[0]));
const outside = list.communes.filter((c) => !gatine.has(c[0]));
const header = ["id", "pivot", "nom", "commune", "code_postal", "code_insee", "adresse", "complement_adresse", "latitude", "longitude", "typologie", "telephone", "courriels", "site_web", "horaires", "presentation_resume", "presentation_detail", "source", "itinerance", "structure_parente", "date_maj", "services", "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge", "dispositif_programmes_nationaux", "formations_labels", "autres_formations_labels", "modalites_acces", "modalites_accompagnement", "fiche_acces_libre", "prise_rdv"];
const quote = (v) => `"${String(v).replace(/"/g, '""')}"`;
const lines = [header.map(quote).join(",")];
for (let i = 0; i < rows; i++) {
  const [code, name, postcodes] = i % 50 === 0 ? inside[(i / 50) % inside.length] : outside[(i * 7919) % outside.length];
  const upper = i % 3 === 0;
  lines.push(
    [
      `lieu-${i}`, i % 50 === 0 ? "00000000000000" : String(10000000000000 + i), `Lieu de médiation numérique n° ${i}`,
      upper ? name.toUpperCase() : name, postcodes.split(" ")[0], i % 4 === 0 ? "" : code, `${i} rue de la Mairie`, "",
      (43 + (i % 700) / 100).toFixed(4), ((i % 900) / 100 - 2).toFixed(4), "EPN", "05 49 00 00 00", `contact${i}@exemple.fr`,
      "https://exemple.fr", i % 5 === 0 ? "le mardi" : "Mo-Fr 09:00-12:00,14:00-17:00",
      "Accompagnement aux usages du numérique, ateliers collectifs.", "Un texte plus long.\nSur deux lignes.", "bench",
      "Fixe", "", i % 40 === 0 ? "1970-01-01" : "2026-06-01",
      "Maîtrise des outils numériques du quotidien|Aide aux démarches administratives", "Seniors", "Illettrisme", "Gratuit",
      "Conseillers numériques", "", "", "Se présenter|Téléphoner", "Accompagnement individuel|Dans un atelier collectif", "", "",
    ].map(quote).join(","),
  );
}
const csv = Buffer.from(lines.join("\r\n") + "\r\n");
// The same file for the native timing (`cargo run -p repere-domain --release --example import_bench`).
await mkdir("target/tmp", { recursive: true });
await writeFile(`target/tmp/national-${rows}.csv`, csv);

const server = await startServer({ root: "dist" });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const times = [];
try {
  for (let round = 0; round < rounds; round++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${server.url}?espace`);
    await page.getByRole("button", { name: "Partir de zéro" }).click();
    await page.getByLabel("Nom, code postal ou code INSEE").fill("Parthenay Gâtine");
    await page.getByRole("button", { name: /CC de Parthenay-Gâtine — intercommunalité/ }).click();
    await page.getByRole("navigation").getByRole("button", { name: "2. Lieux" }).click();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.evaluate(() => {
      window.__picked = 0;
      document.querySelector("#space-places-file").addEventListener("change", () => (window.__picked = performance.now()), { capture: true });
    });
    await page.getByLabel("Fichier des lieux (CSV ou JSON)").setInputFiles({ name: "national.csv", mimeType: "text/csv", buffer: csv });
    const summary = page.locator(".space-summary");
    await summary.waitFor({ timeout: 120000 });
    const ms = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now() - window.__picked))));
    times.push(ms);
    if (round === 0) console.log(`  ${await summary.innerText()}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
times.sort((a, b) => a - b);
console.log(
  `Import of a national file of ${rows} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB), CPU 4x slower: ` +
    `median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, best ${times[0].toFixed(0)} ms over ${rounds} runs (budget: 1000 ms)`,
);
