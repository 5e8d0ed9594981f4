// End-to-end: residents whose situation stands in the way (no device, a forgotten e-mail
// password, reading, travel, an urgent démarche, questions not understood) get that
// door as their first next step, with its reason in their own terms, on the example
// catalog shipped in public/catalog/. (The triage's journeys in every engine are in
// tests/engines/triage.mjs.)
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
  "Cette démarche est-elle urgente ?": "Non",
};

const RESIDENTS = [
  {
    who: "no device at all, to keep in touch with family",
    needs: [/Garder le contact/],
    situation: { "Quels appareils avez-vous ?": "Aucun de ces appareils" },
    first: /Espace Numérique de Parthenay/,
    reasons: [/Vous avez dit que vous n'avez pas d'appareil\./, /Ici, vous pouvez utiliser un ordinateur et internet\./],
    also: /Ordinateurs reconditionnés à prix solidaire/,
  },
  {
    who: "a forgotten e-mail password, for the ameli account",
    needs: [/M'occuper de ma santé/],
    situation: { "Avez-vous une adresse e-mail que vous utilisez ?": "J'en ai une, mais j'ai oublié le mot de passe" },
    first: /Créer et utiliser son adresse e-mail/,
    reasons: [/Vous avez dit que vous avez oublié le mot de passe de votre e-mail\./],
  },
  {
    who: "reading is hard, for the CAF",
    needs: [/Faire mes démarches en ligne/],
    situation: { "Est-ce difficile pour vous…": "De lire ou d'écrire" },
    // The Espace Numérique says it helps with reading: its advisor, one to one.
    first: /Rendez-vous avec un conseiller numérique/,
    reasons: [/Vous avez dit que lire ou écrire est difficile pour vous\./, /Ce lieu dit aider les personnes pour qui lire ou écrire est difficile\./],
    absent: /Illettrisme/,
  },
  {
    who: "getting to an appointment is hard, for the bank",
    needs: [/Gérer mon argent/],
    situation: { "Est-ce difficile pour vous…": "D'aller jusqu'à un rendez-vous" },
    first: /Espace Numérique de Parthenay/,
    reasons: [/difficile d'aller jusqu'à un rendez-vous\./, /Cette aide peut se faire à distance\./],
    // Never « près de chez vous » without a commune within 10 km.
    absent: /près de chez vous|moins de 10 km/,
  },
  {
    who: "an urgent procedure this week, looking for a job, wanted done with him",
    needs: [/Trouver un emploi/],
    situation: {
      "Quelle démarche avez-vous à faire ?": "Avec France Travail : inscription, actualisation",
      "Cette démarche est-elle urgente ?": "Oui, cette semaine",
      "Pour cette démarche, que préférez-vous ?": "Cette fois, qu'on la fasse avec moi",
    },
    first: /Maison France Services de Parthenay/,
    reasons: [/à faire cette semaine/, /Aidants Connect/, /vous gardez la main/],
    also: /France Travail \(ex-Pôle emploi\)[\s\S]*Agence France Travail de Parthenay[\s\S]*À apporter pour votre démarche/,
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
    if (resident.also) {
      assert.match(await page.locator(".next-steps").innerText(), resident.also);
    }
    if (resident === RESIDENTS[0]) {
      await assertAccessible(page, "the results with a barrier first");
    }
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
}
