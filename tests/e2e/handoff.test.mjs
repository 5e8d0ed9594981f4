// End-to-end: the printed sheet, the hand-off code, and the advisor who loads it on
// another device (a fresh browser context) and sees the same profile.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertAccessible, openPage, startHarness, waitForApp } from "./harness.mjs";
import { areaLevels, expectHeading, playJourney } from "./journey.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const JOB_SEEKER = {
  needs: [/Trouver un emploi/],
  // An urgent France Travail démarche she wants to learn; the first option elsewhere.
  situation: {
    "Quelle démarche avez-vous à faire ?": "Avec France Travail : inscription, actualisation",
    "Cette démarche est-elle urgente ?": "Oui, cette semaine",
    "Pour cette démarche, que préférez-vous ?": "Apprendre à la faire moi-même",
    "Quels appareils avez-vous ?": "Un smartphone (un téléphone à grand écran qu'on touche)",
    "Avez-vous internet chez vous ?": "Oui, avec une box ou le wifi",
    "Recevez-vous des SMS sur votre téléphone à vous ?": "Oui",
    "Avez-vous une adresse e-mail que vous utilisez ?": "Oui, je lis mes e-mails",
    "Est-ce difficile pour vous…": "D'entendre",
    "Quelle langue parlez-vous le mieux ?": "Français",
    "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?": "Oui, facilement",
  },
  skill: (text) => (text.includes("CV") ? "Non, pas encore" : text.includes("clavier") ? "Oui, avec de l'aide" : "Oui, sans aide"),
  checkEachScreen: false,
};

/** What a results page says: levels and the titles of the next steps. */
async function profileOf(page) {
  await page.locator(".next-step").first().waitFor();
  return {
    levels: await areaLevels(page),
    steps: await page.locator(".next-step-title").allTextContents(),
    strengths: await page.locator(".results-strengths li").allTextContents(),
  };
}

/** Prints the page to an A4 PDF; returns its page count and text. */
async function printToPdf(page) {
  const dir = mkdtempSync(join(tmpdir(), "repere-print-"));
  const file = join(dir, "fiche.pdf");
  writeFileSync(file, await page.pdf({ format: "A4", printBackground: true }));
  const info = execFileSync("pdfinfo", [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  return { pages, text };
}

test("a resident's code opens the same profile on the advisor's device", async () => {
  const resident = await openPage(harness);
  await waitForApp(resident);
  await playJourney(resident, JOB_SEEKER);
  const code = (await resident.locator(".handoff-code").textContent()).trim();
  assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  assert.ok(code.length <= 24, code);
  assert.equal(await resident.locator(".qr-code path").count(), 1);
  const expected = await profileOf(resident);
  await resident.context().close();

  const advisor = await openPage(harness, { path: "?mode=conseiller" });
  await waitForApp(advisor);
  assert.match(await advisor.locator(".site-name").innerText(), /Mode conseiller/);
  await advisor.getByLabel("Code de la personne").fill(code.toLowerCase().replaceAll("-", " "));
  await advisor.getByRole("button", { name: "Charger" }).click();
  await expectHeading(advisor, "Votre résultat");
  assert.deepEqual(await profileOf(advisor), expected);
  // The report's autonomy is the lowest level of the areas, as the resident's results show them.
  const lowest = ["Avec guidage", "Autonome avec guidage en cas de besoin", "Autonome"].find((level) =>
    Object.values(expected.levels).includes(level),
  );
  const sheet = await advisor.locator(".activity-report").innerText();
  assert.match(sheet, new RegExp(`Niveau d'autonomie du bénéficiaire\\s+${lowest} \\(déclarée par la personne\\)\\n`));
  assert.match(sheet, /Matériel numérique utilisé\s+Téléphone/);
  assert.match(sheet, /Thématique\(s\) d'accompagnement de médiation numérique\s+Diagnostic numérique/);
  assert.match(sheet, /Le bénéficiaire est-il orienté vers une autre structure \?\s+Oui/);
  // France Travail is the report's own example of an insertion structure; the démarche
  // she named gives the report its thématique and its name.
  assert.match(sheet, /Structure de redirection\s+[^\n]*Structure d'insertion professionnelle \(France Travail/);
  assert.match(sheet, /Thématique\(s\) de la démarche administrative\s+Travail - Formation - Entreprise/);
  assert.match(sheet, /Préciser le nom de la démarche administrative réalisée\s+France Travail \(ex-Pôle emploi\)/);
  // What she said for the orientation, for the advisor.
  assert.match(sheet, /Ce que la personne a dit pour l'orienter\s?:\s+Avec France Travail/);
  await assertAccessible(advisor, "the advisor's results");
  // One click copies the sheet as text, one field a line, in the report's order.
  await advisor.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await advisor.getByRole("button", { name: "Copier pour le compte rendu" }).click();
  await advisor.getByText("Copié. Vous pouvez le coller dans votre compte rendu d'activité.").waitFor();
  const pasted = (await advisor.evaluate(() => navigator.clipboard.readText())).split("\n");
  assert.deepEqual(
    pasted.map((line) => line.split(" : ")[0]),
    [
      "Thématique(s) d'accompagnement de médiation numérique",
      "Thématique(s) de la démarche administrative",
      "Matériel numérique utilisé",
      "Niveau d'autonomie du bénéficiaire",
      "Le bénéficiaire est-il orienté vers une autre structure ?",
      "Structure de redirection",
      "Préciser le nom de la démarche administrative réalisée",
    ],
  );
  assert.equal(pasted[3], `Niveau d'autonomie du bénéficiaire : ${lowest} (déclarée par la personne)`);
  await advisor.context().close();

  // The QR code's address opens it directly, and the code leaves the address bar.
  const scanned = await openPage(harness, { path: `?mode=conseiller#code=${code}` });
  await waitForApp(scanned);
  await expectHeading(scanned, "Votre résultat");
  assert.deepEqual(await profileOf(scanned), expected);
  assert.equal(new URL(scanned.url()).hash, "");
  await scanned.context().close();
});

test("a mistyped code gives a plain message, never a wrong profile", async () => {
  const advisor = await openPage(harness, { path: "?mode=conseiller" });
  await waitForApp(advisor);
  await advisor.getByLabel("Code de la personne").fill("4120-JC0M-M000-1BN");
  await advisor.getByRole("button", { name: "Charger" }).click();
  await advisor.getByRole("alert").filter({ hasText: "erreur de frappe" }).waitFor();
  await expectHeading(advisor, "Bienvenue sur Repère");
  await assertAccessible(advisor, "the code form with an error");
  await advisor.context().close();
});

test("the advisor sees every answer at a glance and can change any of them", async () => {
  const advisor = await openPage(harness, { path: "?mode=conseiller" });
  await waitForApp(advisor);
  const screens = await playJourney(advisor, { ...JOB_SEEKER, skill: () => "Oui, sans aide" });
  assert.deepEqual(Object.values(await areaLevels(advisor)), ["Autonome", "Autonome", "Autonome"]);
  await advisor.getByRole("button", { name: "Voir toutes les réponses" }).click();
  await advisor.getByRole("heading", { level: 1, name: "Toutes les réponses" }).waitFor();
  assert.equal(await advisor.locator(".overview-row").count(), screens.length, "one row per question asked");
  await assertAccessible(advisor, "the overview of answers");
  await advisor.getByRole("button", { name: /Modifier : Je sais écrire avec le clavier/ }).click();
  await expectHeading(advisor, "Je sais écrire avec le clavier.");
  await advisor.getByRole("radio", { name: "Non, pas encore" }).check();
  await advisor.getByRole("button", { name: "Voir toutes les réponses" }).click();
  assert.match(await advisor.locator(".overview-row", { hasText: "clavier" }).innerText(), /Non, pas encore/);
  await advisor.context().close();
});

test("the printed sheet fits one A4 page with the summary, the next steps and the code", async () => {
  const page = await openPage(harness, { path: "?mode=conseiller" });
  await waitForApp(page);
  await playJourney(page, JOB_SEEKER);
  await page.locator(".next-step").first().waitFor();
  await page.getByLabel("Vos notes").fill("Revoir le CV ensemble mardi.");
  const code = (await page.locator(".handoff-code").textContent()).trim();
  const { pages, text } = await printToPdf(page);
  assert.equal(pages, 1, text);
  const flat = text.replace(/\s+/g, " ");
  for (const expected of ["Fiche Repère du", "Votre résultat", "Vos prochaines étapes", code, "Revoir le CV ensemble mardi.", "Pour votre compte rendu d'activité"]) {
    assert.ok(flat.includes(expected), `the sheet lacks “${expected}”:\n${text}`);
  }
  for (const absent of ["Effacer mes réponses", "English", "Imprimer"]) {
    assert.ok(!flat.includes(absent), `the sheet shows “${absent}”`);
  }
  await page.context().close();
});

test("the sheet of a person with many barriers, three needs and questions not understood is still one A4 page", async () => {
  const page = await openPage(harness, { path: "?mode=conseiller" });
  await waitForApp(page);
  await playJourney(page, {
    needs: [/Faire mes démarches en ligne/, /Trouver un emploi/, /Gérer mon argent/],
    situation: {
      "Quels appareils avez-vous ?": "Un téléphone à touches",
      "Avez-vous internet chez vous ?": "Non",
      "Recevez-vous des SMS sur votre téléphone à vous ?": "Non",
      "Avez-vous une adresse e-mail que vous utilisez ?": "Non, je n'en ai pas",
      "Est-ce difficile pour vous…": ["De lire ou d'écrire", "D'aller jusqu'à un rendez-vous", "D'entendre"],
      "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?": "Non",
      "Cette démarche est-elle urgente ?": "Oui, cette semaine",
    },
    skill: (text) =>
      text.includes("identifiant") || text.includes("offres") ? "Je ne comprends pas la question" : "Oui, avec de l'aide",
    checkEachScreen: false,
  });
  await page.locator(".next-step").first().waitFor();
  await page.getByLabel("Vos notes").fill("Revoir le CV ensemble mardi. Apporter la carte Vitale et le RIB.");
  const { pages, text } = await printToPdf(page);
  assert.equal(pages, 1, text);
  const flat = text.replace(/\s+/g, " ");
  for (const expected of [
    "Pourquoi ?",
    "Questions que la personne n'a pas comprises",
    "Apporter la carte Vitale",
  ]) {
    assert.ok(flat.includes(expected), `the sheet lacks “${expected}”:\n${text}`);
  }
  await page.context().close();
});

test("a question not understood lowers no level, skips no question, and is listed for the advisor", async () => {
  const page = await openPage(harness, { path: "?mode=conseiller" });
  await waitForApp(page);
  const screens = await playJourney(page, {
    ...JOB_SEEKER,
    skill: (text) => (text.startsWith("Je sais faire mon actualisation") ? "Je ne comprends pas la question" : "Oui, sans aide"),
  });
  // The advanced items of the area still come after the basic one not understood.
  const asked = screens.map((s) => s.heading);
  assert.ok(asked.includes("Je sais écrire mon CV à l'ordinateur."), asked.join("\n"));
  const { levels } = await profileOf(page);
  assert.equal(levels["L'emploi"], "Autonome", JSON.stringify(levels));
  assert.match(
    await page.locator(".report-not-understood").innerText(),
    /Questions que la personne n'a pas comprises.*« Je sais faire mon actualisation France Travail chaque mois\. »/,
  );
  await page.context().close();
});
