// The triage's journeys, in every engine: four residents an advisor of Parthenay-Gâtine
// meets every week, played as they would answer, on the example catalog. Each checks
// the first door and its reasons in the person's own words.
import assert from "node:assert/strict";
import { clickText, firstStep, nextSteps, playJourney, waitFor, waitForHeading } from "./page.mjs";

/** Nothing in the way, unless a resident says otherwise (heading → answer). */
const PLAIN = {
  "^Quelle démarche": "^Pas de démarche",
  "^Cette démarche est-elle urgente": "^Non$",
  "^Quels appareils": "^Un smartphone",
  "^Avez-vous internet": "^Oui, avec une box",
  "^Recevez-vous des SMS": "^Oui$",
  "^Avez-vous une adresse e-mail": "^Oui, je lis",
  "^Est-ce difficile": "^Non, rien de tout",
  "^Quelle langue": "^Français$",
  "^Quelqu'un peut-il vous aider": "^Oui, de temps en temps",
};

/** Chooses `commune` in « Votre commune », as a person does with the list. */
async function chooseCommune(page, commune) {
  await waitFor(page, "the commune list", ([name]) => {
    const select = document.querySelector("#commune");
    if (!select || ![...select.options].some((o) => o.value === name)) return false;
    select.value = name;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    return true;
  }, [commune]);
}

export const TRIAGE_JOURNEYS = [
  {
    name: "an urgent CAF démarche, wanted done with her: the desk first, in at most ten answers",
    async run({ open }) {
      const page = await open("");
      const seen = await playJourney(page, {
        situation: {
          ...PLAIN,
          "^Quelle démarche": "^Avec la CAF",
          "^Cette démarche est-elle urgente": "^Oui, cette semaine",
          "^Pour cette démarche": "^Cette fois",
        },
      });
      assert.ok(seen.length <= 10, `${seen.length} answers: ${seen.map((s) => s.title).join(" | ")}`);
      assert.ok(!seen.some((s) => s.title.startsWith("Je sais")), "no skill question");
      const first = await firstStep(page);
      assert.match(first, /Maison France Services de Parthenay/);
      assert.match(first, /à faire cette semaine/);
      assert.match(first, /Aidants Connect/);
      const all = await nextSteps(page);
      assert.match(all, /Caisse d'allocations familiales/);
      assert.match(all, /À apporter pour votre démarche/);
      assert.match(all, /Votre numéro allocataire/);
      // The rest can wait, and is one button away.
      await clickText(page, /^Répondre aux autres questions$/);
      await waitForHeading(page, "Avez-vous internet chez vous ?");
    },
  },
  {
    name: "no device at all: a place to use a computer and one to get a device of one's own",
    async run({ open }) {
      const page = await open("");
      const seen = await playJourney(page, {
        need: "Apprendre les bases",
        answer: "Non, pas encore",
        situation: { ...PLAIN, "^Quels appareils": "^Aucun de ces appareils", "^Quelqu'un peut-il vous aider": "^Non$" },
      });
      const titles = seen.map((s) => s.title);
      assert.ok(!titles.some((t) => /toucher l'écran|téléphone pour|Avez-vous internet/.test(t)), titles.join(" | "));
      const first = await firstStep(page);
      assert.match(first, /Vous avez dit que vous n'avez pas d'appareil\./);
      assert.match(first, /Ici, vous pouvez utiliser un ordinateur et internet\./);
      assert.match(first, /Rendez-vous avec un conseiller numérique/, "one to one, nobody helps her");
      assert.match(await nextSteps(page), /Ordinateurs reconditionnés à prix solidaire/);
    },
  },
  {
    name: "cannot travel, in Ménigoute: the advisor who comes to the mairie, within 10 km",
    async run({ open }) {
      const page = await open("");
      await playJourney(page, {
        need: "Apprendre les bases",
        answer: "Non, pas encore",
        situation: { ...PLAIN, "^Est-ce difficile": "^D'aller jusqu'à un rendez-vous" },
      });
      await chooseCommune(page, "Ménigoute");
      await waitFor(page, "the mairie's permanence first", () =>
        document.querySelector(".next-step")?.innerText.includes("mairie de Ménigoute"),
      );
      const first = await firstStep(page);
      assert.match(first, /difficile d'aller jusqu'à un rendez-vous\./);
      assert.match(first, /viennent dans les communes/);
      assert.match(first, /moins de 10 km de chez vous/);
      const all = await nextSteps(page);
      assert.doesNotMatch(all, /Premiers pas avec le numérique/, "no group workshop in Parthenay");
    },
  },
  {
    name: "reads little French, speaks Arabic: someone beside him for the CAF, and a place that speaks other languages",
    async run({ open }) {
      const page = await open("");
      await playJourney(page, {
        situation: {
          ...PLAIN,
          "^Quelle démarche": "^Avec la CAF",
          "^Pour cette démarche": "^La faire moi-même, avec quelqu",
          "^Avez-vous une adresse e-mail": "^Non, je n'en ai pas",
          "^Est-ce difficile": "^De lire ou d'écrire",
          "^Quelle langue": "^Arabe",
          "^Quelqu'un peut-il vous aider": "^Non$",
        },
      });
      const first = await firstStep(page);
      assert.match(first, /Maison France Services de Parthenay/);
      assert.match(first, /avec quelqu'un à côté de vous/);
      const all = await nextSteps(page);
      assert.match(all, /CCAS de Parthenay/);
      assert.match(all, /vous parlez mieux : Arabe — العربية/);
      assert.match(all, /d'autres langues que le français/);
      assert.doesNotMatch(all, /Créer et utiliser son adresse e-mail/, "no group e-mail workshop");
      assert.match(all, /Un conseiller peut refaire ce questionnaire avec vous/);
    },
  },
];
