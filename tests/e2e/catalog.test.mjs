// End-to-end: the next steps on the results come from the catalog files in public/,
// say why, and survive a broken, hostile, missing or huge catalog.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, openPage, startHarness, waitForApp } from "./harness.mjs";
import { playJourney } from "./journey.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const NO_DEVICE_CAF = {
  needs: [/Faire mes démarches en ligne/],
  situation: {
    "Quels appareils avez-vous ?": "Aucun de ces appareils",
    "Avez-vous internet chez vous ?": "Non",
    "Avez-vous une adresse e-mail que vous utilisez ?": "Non, je n'en ai pas",
    "Recevez-vous des SMS sur votre téléphone à vous ?": "Oui",
    "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?": "Non",
    "Est-ce difficile pour vous…": "Non, rien de tout ça",
    "Quelle démarche avez-vous à faire ?": "Avec la CAF : RSA, prime d'activité, aide au logement",
    "Cette démarche est-elle urgente ?": "Non",
    "Pour cette démarche, que préférez-vous ?": "Apprendre à la faire moi-même",
  },
  skill: () => "Non, pas encore",
  checkEachScreen: false,
};

const steps = (page) => page.locator(".next-step");

test("the results name the right doors, with why, where and how to call", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  const catalogRequests = () => page.requests.filter((url) => url.includes("/catalog/"));
  assert.deepEqual(catalogRequests(), [], "the welcome page does not wait for the catalog");
  await playJourney(page, NO_DEVICE_CAF);
  await steps(page).first().waitFor();
  assert.equal(catalogRequests().length, 4, "the four files, fetched once as the journey started");
  const cards = await steps(page).allInnerTexts();
  assert.equal(cards.length, 3, cards.join("\n---\n"));
  // The organisme of the démarche she named comes first, with what to bring.
  assert.match(cards[0], /L'organisme de votre démarche\s+Caisse d'allocations familiales/);
  assert.match(cards[0], /Vous avez dit\s: «\sAvec la CAF/);
  assert.match(await page.locator(".what-to-bring").innerText(), /Votre numéro allocataire/);
  // Then what stands in the way: no device, no e-mail address, all met one to one at
  // the Espace Numérique (she is a beginner and nobody helps her), where she can use a
  // computer; and a place to get a device of her own.
  assert.match(cards[1], /Un atelier\s+Rendez-vous avec un conseiller numérique/);
  assert.match(cards[1], /Vous avez dit que vous n'avez pas d'appareil\./);
  assert.match(cards[1], /Ici, vous pouvez utiliser un ordinateur et internet\./);
  assert.match(cards[1], /Il en faut une pour créer vos comptes en ligne\./);
  assert.match(cards[1], /Vous avez dit que personne ne peut vous aider\./);
  assert.match(cards[1], /Où\s: Espace Numérique de Parthenay — 79200 Parthenay/);
  assert.match(cards[2], /Un lieu pour vous aider\s+Ordinateurs reconditionnés à prix solidaire/);
  assert.match(cards[2], /Ici, vous pouvez acheter un ordinateur ou un téléphone à petit prix\./);
  // Never a national service's own label.
  assert.doesNotMatch(cards.join("\n"), /Pour\s: Aide aux démarches administratives/);
  assert.match(await page.locator(".help-line").innerText(), /Solidarité Numérique[\s\S]*01 70 77 23 72/);
  assert.doesNotMatch(cards.join("\n"), /km de chez vous/, "no distance before a commune is chosen");
  // Secondigny is about 13 km from Parthenay, where the places of the example are.
  await page.getByLabel("Votre commune").selectOption("Secondigny");
  await steps(page).filter({ hasText: "km de chez vous" }).first().waitFor();
  const near = await steps(page).allInnerTexts();
  const km = Number(/À environ (\d+) km de chez vous/.exec(near[1])?.[1]);
  assert.ok(km >= 10 && km <= 16, `the place is about 13 km away, not ${km}:\n${near[1]}`);
  assert.equal(await page.getByLabel("Votre commune").inputValue(), "Secondigny");
  await assertAccessible(page, "the results with next steps");
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("a hostile or broken places file never blanks the page nor runs anything", async () => {
  const csv = [
    "id,nom,commune,services,site_web,telephone,horaires",
    '"evil","<img src=x onerror=""window.__pwned=1""><script>window.__pwned=2</script>",Parthenay,Aide aux démarches administratives,javascript:window.__pwned=3,+33549000000,Mo-Fr 09:00-12:00',
    '"broken,"unterminated',
  ].join("\n");
  const page = await openPage(harness, {
    beforeGoto: (p) => p.route(/catalog\/lieux\.csv$/, (route) => route.fulfill({ body: csv, contentType: "text/csv" })),
  });
  await waitForApp(page);
  await playJourney(page, NO_DEVICE_CAF);
  await steps(page).first().waitFor();
  const first = await steps(page).filter({ hasText: "Un lieu pour vous aider" }).innerText();
  assert.match(first, /<img src=x onerror=/, "the name is shown as text");
  assert.match(first, /du lundi au vendredi, de 9 h à 12 h/);
  assert.match(first, /05 49 00 00 00/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator(".next-step a[href^='javascript']").count(), 0);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("with no catalog at all, the national help line is still there", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) => p.route(/catalog\//, (route) => route.fulfill({ status: 404, body: "" })),
  });
  await waitForApp(page);
  await playJourney(page, NO_DEVICE_CAF);
  await steps(page).first().waitFor();
  assert.match(await page.locator(".next-steps").innerText(), /Certaines informations sur les lieux manquent/);
  // The partners are built in, with a number to call; the help line too.
  assert.match(await page.locator(".next-steps").innerText(), /Caisse d'allocations familiales/);
  assert.equal(await page.locator(".next-step a[href='tel:3230']").count(), 1);
  assert.match(await page.locator(".help-line").innerText(), /Solidarité Numérique/);
  await page.context().close();
});

test("a places file too large for an old PC is refused with a message", async () => {
  const header = "id,nom,commune,services\n";
  const row = "x,Lieu,Parthenay,Aide aux démarches administratives\n";
  const huge = header + row.repeat(Math.ceil((7 * 1024 * 1024) / row.length));
  const page = await openPage(harness, {
    beforeGoto: (p) => p.route(/catalog\/lieux\.csv$/, (route) => route.fulfill({ body: huge, contentType: "text/csv" })),
  });
  await waitForApp(page);
  await playJourney(page, NO_DEVICE_CAF);
  await steps(page).first().waitFor();
  assert.match(await page.locator(".next-steps").innerText(), /informations sur les lieux manquent/);
  assert.match(await page.locator(".next-steps").innerText(), /Caisse d'allocations familiales/);
  await page.context().close();
});
