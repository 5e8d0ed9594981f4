// End-to-end: residents whose situation stands in the way (no device, a forgotten e-mail
// password, reading, travel, an urgent procedure, questions not understood) get that
// barrier as their first next step, with its reason in their own terms, on the example
// catalog shipped in public/catalog/.
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

/** Nothing in the way: each resident below changes one or two answers. */
const NOTHING_IN_THE_WAY = {
  "Quels appareils avez-vous ?": "Un smartphone (un téléphone à grand écran qu'on touche)",
  "Avez-vous internet chez vous ?": "Oui, avec une box ou le wifi",
  "Recevez-vous des SMS sur votre téléphone à vous ?": "Oui",
  "Avez-vous une adresse e-mail que vous utilisez ?": "Oui, je lis mes e-mails",
  "Est-ce difficile pour vous…": "Non, rien de tout ça",
  "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?": "Oui, de temps en temps",
  "Avez-vous une démarche urgente ?": "Non",
};

const RESIDENTS = [
  {
    who: "no device at all, to keep in touch with family",
    needs: [/Garder le contact/],
    situation: { "Quels appareils avez-vous ?": "Aucun de ces appareils" },
    first: /Espace Numérique de Parthenay/,
    reasons: [/Vous avez dit que vous n'avez pas d'appareil\./, /Ce lieu prête un ordinateur et internet\./],
  },
  {
    who: "a forgotten e-mail password, for the ameli account",
    needs: [/M'occuper de ma santé/],
    situation: { "Avez-vous une adresse e-mail que vous utilisez ?": "J'en ai une, mais j'ai oublié le mot de passe" },
    first: /Ateliers numériques de l'Espace Numérique/,
    reasons: [/Vous avez dit que vous avez oublié le mot de passe de votre e-mail\./],
  },
  {
    who: "reading is hard, for the CAF",
    needs: [/Faire mes démarches en ligne/],
    situation: { "Est-ce difficile pour vous…": "De lire ou d'écrire" },
    // The example lists no place with that support: an advisor, one to one.
    first: /Rendez-vous avec un conseiller numérique/,
    reasons: [/Vous avez dit que lire ou écrire est difficile pour vous\./, /à votre rythme/],
    absent: /Illettrisme/,
  },
  {
    who: "getting to an appointment is hard, for the bank",
    needs: [/Gérer mon argent/],
    situation: { "Est-ce difficile pour vous…": "D'aller jusqu'à un rendez-vous" },
    first: /Espace Numérique de Parthenay|Permanences numériques/,
    reasons: [/difficile d'aller jusqu'à un rendez-vous\. Cette aide vient près de chez vous/],
  },
  {
    who: "an urgent procedure this week, looking for a job",
    needs: [/Trouver un emploi/],
    situation: { "Avez-vous une démarche urgente ?": "Oui, cette semaine" },
    first: /Maison France Services de Parthenay/,
    reasons: [/votre démarche est urgente, cette semaine/],
  },
  {
    who: "two questions not understood",
    needs: [/Me protéger sur internet/],
    situation: {},
    skill: (text) =>
      text.startsWith("Je sais créer un mot de passe") || text.startsWith("Je sais reconnaître un faux")
        ? "Je ne comprends pas la question"
        : "Oui, avec de l'aide",
    first: /Rendez-vous avec un conseiller numérique/,
    reasons: [/2 questions n'étaient pas claires pour vous\. Ce n'est pas grave\./],
  },
];

for (const resident of RESIDENTS) {
  test(`the barrier comes first: ${resident.who}`, async () => {
    const page = await openPage(harness);
    await waitForApp(page);
    await playJourney(page, {
      needs: resident.needs,
      situation: { ...NOTHING_IN_THE_WAY, ...resident.situation },
      skill: resident.skill ?? (() => "Oui, avec de l'aide"),
      checkEachScreen: false,
    });
    const first = page.locator(".next-step").first();
    await first.waitFor();
    const text = await first.innerText();
    assert.match(text, resident.first);
    for (const reason of resident.reasons) {
      assert.match(text, reason);
    }
    if (resident.absent) {
      assert.doesNotMatch(await page.locator("main").innerText(), resident.absent);
    }
    if (resident === RESIDENTS[0]) {
      await assertAccessible(page, "the results with a barrier first");
    }
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
}
