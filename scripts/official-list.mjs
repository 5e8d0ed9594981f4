// Writes the compact official list of communes, EPCI and départements that the
// structure's space fetches (`espace/communes.json`, read by
// crates/domain/src/space/official_list.rs), from the State's administrative division
// (npm `@etalab/decoupage-administratif`, Licence Ouverte). Only current communes and
// the municipal arrondissements of Paris, Lyon and Marseille are kept; per commune: code,
// name, postal codes (separated by spaces).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const data = (name) =>
  new URL(`../node_modules/@etalab/decoupage-administratif/data/${name}.json`, import.meta.url);

export async function writeOfficialList(dir) {
  const read = async (name) => JSON.parse(await readFile(data(name), "utf8"));
  const [communes, epci, departements, pkg] = await Promise.all([
    read("communes"),
    read("epci"),
    read("departements"),
    readFile(new URL("../node_modules/@etalab/decoupage-administratif/package.json", import.meta.url), "utf8").then(JSON.parse),
  ]);
  const kept = communes.filter((c) => c.type === "commune-actuelle" || c.type === "arrondissement-municipal");
  const list = {
    source: `Découpage administratif de la France, ${pkg.name} ${pkg.version} (Licence Ouverte / Etalab)`,
    departements: departements.map((d) => [d.code, d.nom]),
    epci: epci.map((e) => [e.code, e.nom, e.membres.map((m) => m.code)]),
    communes: kept.map((c) => [c.code, c.nom, (c.codesPostaux ?? []).join(" ")]),
  };
  await mkdir(join(dir, "espace"), { recursive: true });
  const text = JSON.stringify(list);
  await writeFile(join(dir, "espace", "communes.json"), text);
  return { communes: kept.length, epci: epci.length, bytes: text.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await writeOfficialList(process.argv[2] ?? "dist"));
}
