// End-to-end: three people go through the questionnaire in real Chromium against the
// built app, with axe on every screen, and read a result that fits what they said.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, assertSameOrigin, openPage, startHarness, waitForApp } from "./harness.mjs";
import { checksOffer, itemCount, skillBudget } from "./content.mjs";
import { areaLevels, heading, playJourney, waitForNewHeading, expectHeading } from "./journey.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** The situation questions a journey asked, in order. */
const situationAsked = (screens) =>
  screens.filter((s) => s.caption === "Votre situation").map((s) => s.heading.replace(/\u00a0/g, " "));

const NOTHING_SPECIAL = {
  "Recevez-vous des SMS sur votre téléphone à vous ?": "Oui",
  "Est-ce difficile pour vous…": "Non, rien de tout ça",
};

test("someone with no device who needs help with the CAF", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  const screens = await playJourney(page, {
    needs: [/Faire mes démarches en ligne/],
    situation: {
      ...NOTHING_SPECIAL,
      "Quels appareils avez-vous ?": "Aucun de ces appareils",
      "Avez-vous internet chez vous ?": "Non",
      "Avez-vous une adresse e-mail que vous utilisez ?": "Non, je n'en ai pas",
      "Recevez-vous des SMS sur votre téléphone à vous ?": "Non",
      "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?": "Non",
      "Cette démarche est-elle urgente ?": "Non",
    },
    skill: (text) =>
      text.startsWith("Je sais où retrouver mon identifiant") ? "Je ne comprends pas la question" : "Non, pas encore",
  });
  // The situation questions that fit her: no urgency nor wish without a démarche named,
  // no internet at home without a device.
  assert.deepEqual(situationAsked(screens), [
    "Quelle démarche avez-vous à faire ?",
    "Quels appareils avez-vous ?",
    "Recevez-vous des SMS sur votre téléphone à vous ?",
    "Avez-vous une adresse e-mail que vous utilisez ?",
    "Est-ce difficile pour vous…",
    "Quelle langue parlez-vous le mieux ?",
    "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?",
  ]);
  // No touch-screen question without a phone or a tablet: the computer she would use
  // at the place.
  const device = screens.filter((s) => s.caption === "Utiliser un appareil").map((s) => s.heading);
  assert.ok(!device.some((h) => /toucher l'écran/.test(h)), device.join(" | "));
  assert.ok(device.some((h) => /souris/.test(h)), device.join(" | "));
  // The needs, the situation questions, the device basics, the checks' offer, the
  // procedures basics: the advanced procedures items are skipped.
  const asked = 1 + 7 + (itemCount("device", "basic") - 1) + checksOffer + itemCount("procedures", "basic");
  const estimated = 1 + 7 + checksOffer + Math.min(skillBudget, itemCount("device", "basic") + itemCount("procedures"));
  assert.equal(screens.length, asked);
  assert.equal(screens[1].progress, `Question 2 sur ${estimated} environ`, "the estimate counts every procedures item");
  // The last procedures basic comes after the one not understood, which skips nothing:
  // until it is answered "Non, pas encore", the advanced items still count.
  assert.equal(screens.at(-1).progress, `Question ${asked} sur ${estimated} environ`);

  assert.match(await page.locator(".results-strengths").innerText(), /Vous avez fait le premier pas/);
  assert.deepEqual(await areaLevels(page), {
    "Utiliser un appareil": "Avec guidage",
    "Les démarches en ligne": "Avec guidage",
  });
  assert.match(await page.locator(".results-not-understood").innerText(), /pas claires/);
  // Not understood is not "to learn": the wording failed, not the person.
  assert.doesNotMatch(await page.locator(".results").innerText(), /Retrouver votre identifiant/);
  // No device, no internet: the first step is a place that lends a computer, and it says why.
  const first = page.locator(".next-step").first();
  assert.match(await first.innerText(), /Espace Numérique de Parthenay/);
  assert.match(await first.innerText(), /Vous avez dit que vous n'avez pas d'appareil\./);
  await assertAccessible(page, "the results");
  assert.deepEqual(page.consoleErrors, []);
  assertSameOrigin(page, harness.server.url);
  await page.context().close();
});

test("a job seeker at ease with a phone but not with a computer, answering with the keyboard", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  const answers = {
    "Je sais écrire avec le clavier.": 2,
    "Je sais écrire mon CV à l'ordinateur.": 3,
    "Je sais envoyer ma candidature sur internet.": 2,
    "Je sais joindre un document à un e-mail.": 2,
  };
  const screens = await playJourney(page, {
    needs: [/Trouver un emploi/],
    situation: {
      ...NOTHING_SPECIAL,
      "Quels appareils avez-vous ?": "Un smartphone (un téléphone à grand écran qu'on touche)",
      "Avez-vous internet chez vous ?": "Seulement sur mon téléphone",
      "Avez-vous une adresse e-mail que vous utilisez ?": "Oui, je lis mes e-mails",
      "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?": "Oui, de temps en temps",
      "Cette démarche est-elle urgente ?": "Non",
    },
    skill: (text) => answers[text] ?? 1,
    byKeyboard: true,
  });
  assert.equal(situationAsked(screens).length, 8, "no urgency nor wish without a démarche named");
  assert.equal(
    screens.length,
    1 + 8 + checksOffer + skillBudget,
    "the longest path is the whole budget of skill questions",
  );
  assert.deepEqual(
    [...new Set(screens.map((s) => s.caption))],
    ["Vos besoins", "Votre situation", "Utiliser un appareil", "Petits essais", "Les e-mails", "L'emploi"],
  );
  assert.deepEqual(await areaLevels(page), {
    "Utiliser un appareil": "Autonome avec guidage en cas de besoin",
    "Les e-mails": "Autonome avec guidage en cas de besoin",
    "L'emploi": "Autonome avec guidage en cas de besoin",
  });
  const strengths = await page.locator(".results-strengths li").allTextContents();
  assert.ok(strengths.includes("Chercher des offres d'emploi"), strengths.join(" | "));
  assert.ok(!strengths.includes("Écrire avec le clavier"));
  const main = await page.locator("main").innerText();
  assert.match(main, /Ce que vous faites avec de l'aide/);
  // Short labels, never a « Je sais… » sentence under what is still to learn.
  assert.match(main, /Ce que vous pouvez apprendre ensuite\s+Écrire votre CV/);
  assert.doesNotMatch(main, /apprendre ensuite\s+Je sais/);
  await page.context().close();
});

test("an autonomous person who wants to check their safety habits", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  const screens = await playJourney(page, {
    needs: [/Me protéger sur internet/],
    situation: {
      ...NOTHING_SPECIAL,
      "Quels appareils avez-vous ?": ["Un ordinateur", "Un smartphone (un téléphone à grand écran qu'on touche)"],
      "Avez-vous internet chez vous ?": "Oui, avec une box ou le wifi",
      "Avez-vous une adresse e-mail que vous utilisez ?": "Oui, je lis mes e-mails",
      "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?": "Oui, facilement",
      "Cette démarche est-elle urgente ?": "Non",
    },
    skill: () => "Oui, sans aide",
  });
  // The device basics, then every safety item.
  const skills = itemCount("device", "basic") + itemCount("safety");
  // No démarche, SMS nor e-mail question for a need without online accounts.
  assert.deepEqual(situationAsked(screens), [
    "Quels appareils avez-vous ?",
    "Avez-vous internet chez vous ?",
    "Est-ce difficile pour vous…",
    "Quelle langue parlez-vous le mieux ?",
    "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?",
  ]);
  assert.equal(screens.length, 1 + 5 + checksOffer + skills);
  assert.equal(screens.filter((s) => s.caption === "La sécurité").length, itemCount("safety"));
  assert.deepEqual(await areaLevels(page), {
    "Utiliser un appareil": "Autonome",
    "La sécurité": "Autonome",
  });
  assert.equal(await page.locator(".results-strengths li").count(), skills, "every item answered is a strength");
  assert.doesNotMatch(await page.locator("main").innerText(), /apprendre ensuite/);

  // Going back to change one answer re-plans the rest and keeps the others.
  await page.getByRole("button", { name: "Modifier mes réponses" }).click();
  await expectHeading(page, "Je sais reconnaître le vrai site d'une administration.");
  assert.equal(await page.getByRole("radio", { name: "Oui, sans aide" }).isChecked(), true);
  await page.context().close();
});

test("a pause keeps the answers, and the whole questionnaire exists in English", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await page.getByRole("button", { name: "English" }).click();
  // The English texts are fetched the first time (locales/en.json).
  await page.getByRole("button", { name: "Start" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.ok(page.requests.some((url) => url.endsWith("/locales/en.json")));
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("checkbox", { name: /Stay safe online/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("A computer", { exact: true }).check();
  await page.getByRole("button", { name: "Take a break" }).click();
  await page.getByRole("heading", { level: 1, name: "You are taking a break" }).waitFor();
  await assertAccessible(page, "the pause screen");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectHeading(page, "Which devices do you have?");
  assert.equal(await page.getByLabel("A computer", { exact: true }).isChecked(), true);
  await assertAccessible(page, "a situation question in English");
  // Changing language on the way keeps the place and the answers.
  await page.getByRole("button", { name: "Français" }).click();
  await page.getByRole("heading", { level: 1, name: "Quels appareils avez-vous ?" }).waitFor();
  assert.equal(await page.getByLabel("Un ordinateur", { exact: true }).isChecked(), true);
  // The screen is built again in French, every text with it, and the reading starts
  // again at its heading (the button pressed is gone: it named the language now in use).
  assert.equal(await page.getByRole("button", { name: "Take a break" }).count(), 0);
  assert.equal(await page.getByRole("button", { name: "Faire une pause" }).count(), 1);
  assert.equal(await page.getByText("A computer", { exact: true }).count(), 0);
  await page.waitForFunction(() => document.activeElement?.id === "question-heading");
  await page.context().close();
});

test("if the English texts cannot be fetched, a plain notice says so and French stays", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) => p.route(/locales\/en\.json$/, (route) => route.abort()),
  });
  await waitForApp(page);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByText("Cette langue n'est pas disponible pour le moment. Réessayez plus tard.").waitFor();
  await expectHeading(page, "Bienvenue sur Repère");
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.getByRole("heading", { level: 1, name: "Que voulez-vous réussir à faire ?" }).waitFor();
  await page.context().close();
});

test("from one skill question to the next: a new question, its heading focused, no error left", async () => {
  // An advisor opens a code that stops at the situation questions; the first answers lead
  // to the skill questions.
  const page = await openPage(harness, { path: "?mode=conseiller#code=4G00-0000-1CJ" });
  await waitForApp(page);
  for (let title = await heading(page); !title.startsWith("Je sais "); ) {
    await page.locator(".choice-input").first().check();
    await page.getByRole("button", { name: "Continuer" }).click();
    await waitForNewHeading(page, title);
    title = await heading(page);
  }
  const first = await heading(page);
  assert.match(first, /^Je sais /);
  await page.getByRole("button", { name: "Continuer" }).click();
  const missing = page.getByRole("alert").filter({ hasText: "Il manque une réponse" });
  await missing.waitFor();

  await page.getByRole("radio", { name: "Oui, avec de l'aide" }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await waitForNewHeading(page, first);
  const second = await heading(page);
  assert.match(second, /^Je sais /);
  assert.notEqual(second, first);
  assert.equal(await page.locator("h1").evaluate((h) => h === document.activeElement), true, "heading focused");
  assert.equal(await missing.count(), 0, "the error of the question before is gone");
  assert.equal(await page.locator(".choice-input:checked").count(), 0, "nothing chosen yet");
  await assertAccessible(page, "the next skill question");

  await page.getByRole("button", { name: "Retour" }).click();
  await page.getByRole("heading", { level: 1, name: first }).waitFor();
  assert.equal(await page.getByRole("radio", { name: "Oui, avec de l'aide" }).isChecked(), true);
  await page.context().close();
});
