// Doing the hands-on checks as a person would, for `playJourney`'s `checks` option:
// with the mouse (as a beginner might, with a try that misses), or with the keyboard
// alone. Each function does the check on screen and moves on.
import assert from "node:assert/strict";
import { assertAccessible } from "./harness.mjs";

/** Each check's heading starts with these words (the content's order). */
const STARTS = { press: "Appuyez sur le bouton", scroll: "Descendez dans le cadre", choose: "Dans la liste", type: "Écrivez le mot" };

/** The check on screen, by its heading. */
export function checkOf(heading) {
  const found = Object.entries(STARTS).find(([, start]) => heading.startsWith(start));
  assert.ok(found, `“${heading}” is not a check's heading`);
  return found[0];
}

/** Does each check with the mouse, the way a beginner might: one press beside the
 *  button first, one wrong day, the word right. */
export async function withTheMouse(page, heading) {
  const check = checkOf(heading);
  if (check === "press") {
    const zone = page.locator(".check-press-zone");
    await zone.click({ position: { x: 10, y: 10 } });
    await page.locator(".check-feedback", { hasText: "Vous pouvez réessayer" }).waitFor();
    await page.getByRole("button", { name: "Ici" }).click();
  } else if (check === "scroll") {
    const frame = page.locator(".check-scroll-frame");
    await frame.hover();
    const button = page.getByRole("button", { name: "Trouvé" });
    for (let i = 0; i < 10 && !(await button.isVisible() && (await inFrame(page))); i += 1) await page.mouse.wheel(0, 200);
    await button.click({ noWaitAfter: true, trial: false });
  } else if (check === "choose") {
    const list = page.getByLabel("Le jour");
    await list.click();
    await list.selectOption({ label: "lundi" });
    await page.getByRole("button", { name: "Valider" }).click();
    await page.locator(".check-feedback", { hasText: "Vous pouvez réessayer" }).waitFor();
    await list.click();
    await list.selectOption({ label: "mardi" });
    await page.getByRole("button", { name: "Valider" }).click();
  } else {
    await page.getByLabel("Le mot").click();
    await page.keyboard.type("pomme");
    await page.getByRole("button", { name: "Valider" }).click();
  }
  await page.locator(".check-feedback-done").waitFor();
  await assertAccessible(page, `the check “${heading}” done`);
  await page.getByRole("button", { name: "Continuer" }).click();
}

/** Whether the scroll frame shows its button (scrolled to the bottom). */
const inFrame = (page) =>
  page.locator(".check-scroll-frame").evaluate((f) => f.scrollTop + f.clientHeight >= f.scrollHeight - 4);

/** Does each check with the keyboard alone: Tab, arrows, letters and Enter. */
export async function withTheKeyboard(page, heading) {
  const check = checkOf(heading);
  const tabTo = async (selector) => {
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    }
    assert.fail(`Tab never reached ${selector} on “${heading}”`);
  };
  if (check === "press") {
    await tabTo(".check-target");
    await page.keyboard.press("Enter");
  } else if (check === "scroll") {
    await tabTo(".check-scroll-frame");
    await page.keyboard.press("End");
    await tabTo(".check-target");
    await page.keyboard.press("Enter");
  } else if (check === "choose") {
    await tabTo("select");
    // A closed list moves with the arrow keys: the placeholder, lundi, mardi.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await tabTo(".check-validate");
    await page.keyboard.press("Enter");
  } else {
    await tabTo("input.check-field");
    await page.keyboard.type("pomme");
    await page.keyboard.press("Enter");
  }
  await page.locator(".check-feedback-done").waitFor({ timeout: 5000 }).catch(async () => {
    assert.fail(`“${heading}” not done from the keyboard; the page says “${await page.locator(".check-feedback").textContent()}”`);
  });
  const focused = await page
    .waitForFunction(() => document.activeElement?.id === "check-continue", null, { timeout: 2000 })
    .then(() => true, () => false);
  assert.ok(focused, `focus is on « Continuer », not on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);
  await page.keyboard.press("Enter");
}

