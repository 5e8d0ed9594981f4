// The import of data·inclusion's export in the structure's space, timed as a library PC
// would run it: a generated export shaped like the national one (schema v1: a services
// CSV with its list cells, a structures JSON), `services` services and about three
// quarters as many structures, their communes drawn from the official list, one in
// fifty in the CC de Parthenay-Gâtine (about a département's share) and one in fifty
// helping remotely for all of France, imported and kept
// to that EPCI with the CPU throttled 4x. Prints the files' sizes and the time from
// choosing the files to the summary on screen. Also writes the files to target/tmp for
// the native timing (`cargo run -p repere-domain --release --example import_bench`).
//
// node scripts/partners-import-bench.mjs [services] [rounds]   (after a release build in dist/)
import { chromium } from "playwright-core";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/browser.mjs";

const count = Number(process.argv[2] ?? 20000);
const rounds = Number(process.argv[3] ?? 3);

const list = JSON.parse(await readFile("dist/espace/communes.json", "utf8"));
const gatine = new Set(list.epci.find((e) => e[0] === "200041333")[2]);
const inside = list.communes.filter((c) => gatine.has(c[0]));
const outside = list.communes.filter((c) => !gatine.has(c[0]));
const NETWORKS = [["caf"], ["cpam"], ["france-travail"], ["mission-locale"], ["ccas-cias"], [], ["france-service", "aidants-connect"], ["croix-rouge"], []];
const THEMES = [
  "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
  "numerique--acceder-a-des-services-en-ligne",
  "logement-hebergement--etre-accompagne-pour-se-loger",
  "numerique--maitriser-les-fondamentaux-du-numerique",
  "sante--acces-aux-soins",
];
const structures = [];
const structureCount = Math.round(count * 0.75);
for (let i = 0; i < structureCount; i++) {
  const [code, name, postcodes] = i % 50 === 0 ? inside[(i / 50) % inside.length] : outside[(i * 7919) % outside.length];
  structures.push({
    source: ["dora", "soliguide", "france-travail", "dataspace"][i % 4], id: `s-${i}`, nom: `Structure d'inclusion n° ${i}`,
    date_maj: "2026-11-20", siret: i % 3 === 0 ? null : String(30000000000000 + i), adresse: `${i} rue de l'Exemple`,
    complement_adresse: null, code_postal: postcodes.split(" ")[0], code_insee: i % 5 === 0 ? null : code, commune: i % 2 ? name.toUpperCase() : name,
    latitude: 46 + (i % 100) / 100, longitude: -0.5 + (i % 50) / 100, telephone: i % 4 === 0 ? null : "05 49 00 00 00",
    courriel: i % 6 === 0 ? "contact@exemple.fr" : null, site_web: i % 3 === 0 ? "https://exemple.fr" : null,
    description: "Une structure d'accompagnement.", horaires_accueil: i % 7 === 0 ? "le matin" : "Mo-Fr 09:00-12:00,14:00-17:00",
    accessibilite_lieu: null, reseaux_porteurs: NETWORKS[i % NETWORKS.length], lien_source: null, score_qualite: 0.5,
  });
}
const header = ["source", "structure_id", "id", "nom", "description", "type", "thematiques", "frais", "frais_precisions", "publics", "publics_precisions", "conditions_acces", "modes_accueil", "zone_eligibilite", "modes_mobilisation", "mobilisable_par", "mobilisation_precisions", "lien_mobilisation", "adresse", "complement_adresse", "code_postal", "code_insee", "commune", "latitude", "longitude", "horaires_accueil", "telephone", "courriel", "contact_nom_prenom", "volume_horaire_hebdomadaire", "nombre_semaines", "date_maj", "lien_source", "score_qualite"];
const quote = (v) => `"${String(v ?? "").replace(/"/g, '""')}"`;
const lines = [header.join(",")];
for (let i = 0; i < count; i++) {
  const s = structures[i % structureCount];
  // One service in fifty helps remotely, for all of France.
  const remote = i % 50 === 25;
  lines.push([
    s.source, s.id, `svc-${i}`, `Service n° ${i}`, "Un service d'accompagnement pour tous.", "accompagnement",
    JSON.stringify([THEMES[i % THEMES.length], THEMES[(i + 2) % THEMES.length]]), i % 9 === 0 ? "payant" : "gratuit", "",
    JSON.stringify(["tous-publics"]), "", "", JSON.stringify(remote ? ["a-distance"] : ["en-presentiel"]),
    JSON.stringify(remote ? ["france"] : [s.code_insee ?? "79"]), JSON.stringify(["se-presenter", "telephoner"]), JSON.stringify(["usagers"]), "", "",
    s.adresse, "", s.code_postal, s.code_insee ?? "", s.commune, s.latitude, s.longitude, s.horaires_accueil, s.telephone ?? "", "", "", "", "",
    "2026-11-20", "", "0.5",
  ].map(quote).join(","));
}
const services = Buffer.from(lines.join("\r\n") + "\r\n");
const structuresJson = Buffer.from(JSON.stringify(structures));
await mkdir("target/tmp", { recursive: true });
await writeFile(`target/tmp/services-${count}.csv`, services);
await writeFile(`target/tmp/structures-${count}.json`, structuresJson);

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
    await page.getByRole("navigation").getByRole("button", { name: "4. Partenaires" }).click();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.evaluate(() => {
      window.__picked = 0;
      document.querySelector("#space-partners-files").addEventListener("change", () => (window.__picked = performance.now()), { capture: true });
    });
    await page.locator("#space-partners-files").setInputFiles([
      { name: `services-inclusion-${count}.csv`, mimeType: "text/csv", buffer: services },
      { name: `structures-inclusion-${count}.json`, mimeType: "application/json", buffer: structuresJson },
    ]);
    const summary = page.locator(".space-summary");
    await summary.waitFor({ timeout: 300000 });
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
  `Import of data·inclusion: ${count} services (${(services.length / 1024 / 1024).toFixed(1)} MB CSV) and ${structureCount} structures ` +
    `(${(structuresJson.length / 1024 / 1024).toFixed(1)} MB JSON), CPU 4x slower: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, ` +
    `best ${times[0].toFixed(0)} ms over ${rounds} runs`,
);
