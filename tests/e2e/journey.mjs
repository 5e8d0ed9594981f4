// Drives a whole journey through the questionnaire as a person would, checking every
// screen with axe on the way. A journey is described by what the person answers.
import assert from "node:assert/strict";
import { assertAccessible } from "./harness.mjs";

/** The text of the page's h1. */
export const heading = (page) => page.locator("h1").first().textContent();

/**
 * Waits until the page's h1 reads `expected` (a string, exactly, or a RegExp), and fails
 * with the heading it still shows after `timeout` ms. Use it after every action: a
 * read straight after a click only passes while the app happens to paint first.
 */
export async function expectHeading(page, expected, timeout = 5000) {
  const pattern = expected instanceof RegExp ? { source: expected.source, flags: expected.flags } : null;
  const reached = await page
    .waitForFunction(
      ({ text, pattern }) => {
        const now = document.querySelector("h1")?.textContent ?? "";
        return pattern ? new RegExp(pattern.source, pattern.flags).test(now) : now === text;
      },
      { text: pattern ? null : expected, pattern },
      { timeout },
    )
    .then(
      () => true,
      () => false,
    );
  if (!reached) assert.fail(`the heading reads “${await heading(page).catch(() => "")}”, not “${expected}”`);
}

/** Waits until the h1 is no longer `previous`. */
export async function waitForNewHeading(page, previous) {
  await page.waitForFunction((prev) => {
    const h1 = document.querySelector("h1");
    return h1 && h1.textContent !== prev;
  }, previous);
}

/** The triage's questions answered as someone with no démarche to do, who speaks French;
 *  a journey's own `situation` overrides them. */
export const NO_DEMARCHE = {
  "Quelle démarche avez-vous à faire ?": "Pas de démarche pour l'instant",
  "Cette démarche est-elle urgente ?": "Non",
  "Pour cette démarche, que préférez-vous ?": "Apprendre à la faire moi-même",
  "Quelle langue parlez-vous le mieux ?": "Français",
};

/**
 * Plays a journey from the welcome screen to the results.
 * - `needs`: the labels of the needs to tick;
 * - `situation`: question text → label(s) of the option(s) to choose, or "first" to
 *   choose the first option of each;
 * - `skill(text, area)`: the answer label for a skill item (or its number 1–4 when
 *   `byKeyboard` is set, pressed as a key, then Enter);
 * - `checkEachScreen`: check focus and run axe on every screen (default true);
 * - `startFromWelcome`: press "Commencer" first (default true);
 * - `until`: the heading that ends the journey (default "Votre résultat");
 * - `checks`: what to do with the hands-on checks: "decline" (default, « Non, je
 *   passe »), or a function `(page, heading)` that accepts them and then does one
 *   check (called on each check's screen; it moves on itself).
 * Returns the list of screens seen: { caption, heading, progress }.
 */
export async function playJourney(
  page,
  {
    needs,
    situation,
    skill,
    byKeyboard = false,
    checkEachScreen = true,
    startFromWelcome = true,
    until = "Votre résultat",
    checks = "decline",
  },
) {
  const screens = [];
  if (startFromWelcome) await page.getByRole("button", { name: "Commencer" }).click();
  for (let step = 0; step < 60; step += 1) {
    await page.locator("h1").first().waitFor();
    const title = await heading(page);
    if (title === until) return screens;
    const caption = await page.locator(".question-caption").textContent();
    const progress = await page.locator(".progress").textContent();
    screens.push({ caption, heading: title, progress });
    if (checkEachScreen) {
      assert.equal(
        await page.locator("h1").evaluate((h) => h === document.activeElement),
        true,
        `focus is on the heading of “${title}”`,
      );
      await assertAccessible(page, `“${title}”`);
    }

    if (caption === CHECKS_CAPTION && title !== CHECKS_OFFER) {
      await checks(page, title);
      await waitForNewHeading(page, title);
      continue;
    }
    if (caption === CHECKS_CAPTION) {
      const accept = checks !== "decline";
      if (byKeyboard) await page.keyboard.press(accept ? "1" : "2");
      else await page.getByRole("radio", { name: accept ? "Oui, je veux essayer" : "Non, je passe" }).check();
    } else if (caption === "Vos besoins") {
      for (const need of needs) await page.getByRole("checkbox", { name: need }).check();
    } else if (caption === "Votre situation") {
      if (situation === "first") {
        await page.locator("fieldset .choice-input").first().check();
      } else {
        const answer = { ...NO_DEMARCHE, ...situation }[title.replace(/\u00a0/g, " ")];
        assert.ok(answer, `no answer planned for the situation question “${title}”`);
        for (const label of [answer].flat()) {
          await page.getByLabel(label, { exact: true }).check();
        }
      }
    } else {
      const answer = skill(title, caption);
      if (byKeyboard) {
        await page.keyboard.press(String(answer));
      } else {
        await page.getByRole("radio", { name: answer, exact: true }).check();
      }
    }
    if (byKeyboard) {
      await page.keyboard.press("Enter");
    } else {
      await page.getByRole("button", { name: "Continuer" }).click();
    }
    await waitForNewHeading(page, title);
  }
  throw new Error("the journey never reached the results");
}

/** The caption and the heading of the hands-on checks' offer. */
export const CHECKS_CAPTION = "Petits essais";
export const CHECKS_OFFER = "Voulez-vous essayer\u00a0?";

/** The areas on the results page: name → report level. */
export async function areaLevels(page) {
  return page.locator(".area-level").evaluateAll((items) =>
    Object.fromEntries(
      items.map((li) => [li.querySelector(".area-level-name").textContent, li.dataset.level]),
    ),
  );
}
