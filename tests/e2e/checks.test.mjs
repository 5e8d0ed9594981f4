// End-to-end: the hands-on checks beside the self-assessment, done with the mouse, with
// the keyboard only, and passed, each journey reaching the results; what was seen
// counts over what was said, and the sheet says both.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, openPage, startHarness, waitForApp } from "./harness.mjs";
import { areaLevels, CHECKS_OFFER, playJourney } from "./journey.mjs";
import { checkOf, withTheKeyboard, withTheMouse } from "./checks.mjs";
import { checks } from "./content.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** Someone with a computer who wants to protect themselves online. */
const WITH_A_COMPUTER = {
  needs: [/Me protéger sur internet/],
  situation: {
    "Quels appareils avez-vous ?": "Un ordinateur",
    "Avez-vous internet chez vous ?": "Oui, avec une box ou le wifi",
    "Recevez-vous des SMS sur votre téléphone à vous ?": "Oui",
    "Avez-vous une adresse e-mail que vous utilisez ?": "Oui, je lis mes e-mails",
    "Est-ce difficile pour vous…": "Non, rien de tout ça",
    "Quelqu'un peut-il vous aider avec le téléphone ou l'ordinateur ?": "Oui, facilement",
    "Cette démarche est-elle urgente ?": "Non",
  },
};

test("with the mouse: every check done, what was seen counts and the sheet says both", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  const screens = await playJourney(page, {
    ...WITH_A_COMPUTER,
    // Says « Non, pas encore » to the mouse: the checks will show otherwise.
    skill: (text) => (text === "Je sais cliquer avec la souris." ? "Non, pas encore" : "Oui, sans aide"),
    checks: withTheMouse,
  });
  const seen = screens.filter((s) => s.caption === "Petits essais").map((s) => s.heading);
  assert.equal(seen[0], CHECKS_OFFER);
  assert.deepEqual(seen.slice(1).map(checkOf), checks.map((c) => c.id), "every check, in the content's order");
  // The mouse was seen working after some tries: the device is no longer « Avec guidage ».
  assert.equal((await areaLevels(page))["Utiliser un appareil"], "Autonome avec guidage en cas de besoin");
  const lines = await page.locator(".check-lines li").allTextContents();
  assert.deepEqual(lines, [
    "Appuyer sur un bouton\u00a0: réussi au 2e essai, à la souris.",
    "Descendre dans une page\u00a0: réussi du premier coup, à la souris.",
    "Choisir dans une liste\u00a0: réussi au 2e essai, à la souris.",
    "Écrire un mot\u00a0: réussi du premier coup, au clavier.",
  ]);
  const versus = await page.locator(".checks-versus li").allTextContents();
  assert.ok(
    versus.includes("Utiliser la souris — déclaré\u00a0: pas encore · observé\u00a0: avec des essais"),
    versus.join(" | "),
  );
  assert.ok(versus.includes("Écrire avec le clavier — déclaré\u00a0: sans aide · observé\u00a0: du premier coup"));
  // No time is shown to the person.
  assert.doesNotMatch(await page.locator(".results-checks").innerText(), /seconde|minute/);
  assert.doesNotMatch(await page.locator(".results").innerText(), /apprendre ensuite\s+Utiliser la souris/);
  await assertAccessible(page, "the results with the checks");
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("with the keyboard only: every check is done without a mouse, and says nothing of the mouse", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await playJourney(page, {
    ...WITH_A_COMPUTER,
    skill: (text) => (text === "Je sais cliquer avec la souris." ? 3 : 1),
    byKeyboard: true,
    checks: withTheKeyboard,
  });
  const lines = await page.locator(".check-lines li").allTextContents();
  assert.equal(lines.length, checks.length);
  assert.ok(lines.every((l) => l.endsWith("du premier coup, au clavier.")), lines.join(" | "));
  // The keyboard said nothing of the mouse: « Non, pas encore » stands.
  assert.equal((await areaLevels(page))["Utiliser un appareil"], "Avec guidage");
  const versus = await page.locator(".checks-versus li").allTextContents();
  assert.deepEqual(versus, ["Écrire avec le clavier — déclaré\u00a0: sans aide · observé\u00a0: du premier coup"]);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test("passed and stopped: the journey goes on, and nothing passed counts", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  let seen = 0;
  await playJourney(page, {
    ...WITH_A_COMPUTER,
    skill: () => "Oui, sans aide",
    checkEachScreen: false,
    checks: async (p) => {
      seen += 1;
      await p.getByRole("button", { name: seen === 1 ? "Passer cet essai" : "Arrêter les essais" }).click();
    },
  });
  assert.equal(seen, 2, "« Arrêter les essais » ends every check left");
  assert.deepEqual(await page.locator(".check-lines li").allTextContents(), checks.map((c, i) => `${SHORT[c.id]}\u00a0: passé.`));
  assert.equal(await page.locator(".checks-versus").count(), 0);
  assert.equal((await areaLevels(page))["Utiliser un appareil"], "Autonome");
  await page.context().close();
});

test("declined: no check and no word of them on the results", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  const screens = await playJourney(page, { ...WITH_A_COMPUTER, skill: () => "Oui, sans aide", checkEachScreen: false });
  assert.equal(screens.filter((s) => s.caption === "Petits essais").length, 1, "the offer only");
  assert.equal(await page.locator(".results-checks").count(), 0);
  await page.context().close();
});

const SHORT = {
  press: "Appuyer sur un bouton",
  scroll: "Descendre dans une page",
  choose: "Choisir dans une liste",
  type: "Écrire un mot",
};
