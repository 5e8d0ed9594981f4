// End-to-end: every screen and state passes axe (WCAG 2.1 A and AA) in French and in
// English, in the dark scheme and the high-contrast theme; the whole journey works by
// keyboard alone; nothing scrolls sideways at 320 px or at 200 % zoom, also right to
// left; touch targets are at least 44 × 44 px; reading aloud reads the question.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, openPage, startHarness, waitForApp } from "./harness.mjs";
import { heading, waitForNewHeading, expectHeading } from "./journey.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** Goes through a whole journey choosing the first answer, calling `check` on each screen. */
async function tour(page, { start, next, result }, check) {
  await page.getByRole("button", { name: start }).click();
  for (let i = 0; i < 40; i += 1) {
    const title = await heading(page);
    if (title === result) break;
    await check(page, title);
    // A hands-on check (accepted on the offer, its first answer): checked, then passed.
    if ((await page.locator(".check").count()) > 0) {
      await page.locator(".check-skip").click();
      await waitForNewHeading(page, title);
      continue;
    }
    if (i === 0) {
      await page.locator("fieldset .choice-input").nth(5).check(); // Me protéger / Stay safe
    } else {
      await page.locator("fieldset .choice-input").first().check();
    }
    await page.getByRole("button", { name: next }).click();
    await waitForNewHeading(page, title);
  }
  await page.locator(".next-step").first().waitFor();
  await check(page, result);
}

test("every screen in English passes axe, errors and pages included", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Start" }).waitFor();
  await assertAccessible(page, "the welcome screen in English");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("alert").filter({ hasText: "An answer is missing" }).waitFor();
  await assertAccessible(page, "an error in English");
  await page.getByRole("button", { name: "Back" }).click();
  await tour(page, { start: "Start", next: "Continue", result: "Your result" }, (p, title) =>
    assertAccessible(p, `“${title}” in English`),
  );
  await page.getByRole("button", { name: "Your data" }).click();
  await assertAccessible(page, "the privacy page in English");
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Erase my answers" }).click();
  await assertAccessible(page, "the erase confirmation in English");
  await page.context().close();
});

test("the dark scheme, the high-contrast theme and the print preview pass axe", async () => {
  const page = await openPage(harness, { contextOptions: { colorScheme: "dark" } });
  await waitForApp(page);
  await assertAccessible(page, "the welcome screen, dark");
  await tour(page, { start: "Commencer", next: "Continuer", result: "Votre résultat" }, async (p, title) => {
    if (title.startsWith("Je sais") || title === "Votre résultat") await assertAccessible(p, `“${title}”, dark`);
  });
  await page.getByText("Confort de lecture").click();
  await page.getByRole("button", { name: "Contraste renforcé" }).click();
  assert.match(await page.getAttribute("html", "class"), /theme-contrast/);
  await assertAccessible(page, "the results in high contrast");
  await page.emulateMedia({ media: "print" });
  await assertAccessible(page, "the print preview");
  await page.context().close();
});

test("a whole journey by keyboard alone, with a visible focus and the heading focused", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, text: el.textContent.trim(), outline: style.outlineStyle, width: style.outlineWidth };
    });
  for (let i = 0; i < 16 && (await focused()).text !== "Commencer"; i += 1) await page.keyboard.press("Tab");
  const start = await focused();
  assert.equal(start.text, "Commencer");
  assert.notEqual(start.outline, "none", "the focus is visible");
  await page.keyboard.press("Enter");
  for (let step = 0; step < 40; step += 1) {
    await page.locator("h1").first().waitFor();
    const title = await heading(page);
    if (title === "Votre résultat") break;
    assert.equal((await focused()).tag, "H1", `focus on the heading of “${title}”`);
    if ((await page.locator(".check").count()) > 0) {
      // A hands-on check: Tab to « Passer cet essai », then Enter.
      for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.matches(".check-skip"))); i += 1) {
        await page.keyboard.press("Tab");
      }
      assert.equal((await focused()).text, "Passer cet essai", `Tab reaches « Passer cet essai » on “${title}”`);
      await page.keyboard.press("Enter");
      await waitForNewHeading(page, title);
      continue;
    }
    await page.keyboard.press("Tab"); // the first answer
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");
    await waitForNewHeading(page, title);
  }
  await expectHeading(page, "Votre résultat");
  assert.equal((await focused()).tag, "H1");
  assert.equal(
    (await page.locator("p[aria-live=polite]").textContent()).trim(),
    "",
    "the results announce no question",
  );
  await page.context().close();
});

test("a polite live region says where the person is after each move", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  await page.getByRole("button", { name: "Commencer" }).click();
  await page.getByRole("checkbox", { name: /Apprendre les bases/ }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByRole("heading", { level: 1, name: /Quels appareils/ }).waitFor();
  assert.match(await page.locator("p[aria-live=polite]").textContent(), /^Question 2 sur \d+ environ$/);
  await page.context().close();
});

const noSideScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

for (const [name, viewport, scale] of [
  ["a 320 px phone", { width: 320, height: 640 }, 1],
  ["200 % zoom on a 1280 px screen", { width: 640, height: 400 }, 2],
]) {
  test(`nothing scrolls sideways on ${name}, left to right and right to left`, async () => {
    for (const dir of ["ltr", "rtl"]) {
      const page = await openPage(harness, { contextOptions: { viewport, deviceScaleFactor: scale } });
      await waitForApp(page);
      if (dir === "rtl") await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
      await page.getByText("Confort de lecture").click();
      await page.getByRole("button", { name: "Très grande" }).click();
      assert.ok(await noSideScroll(page), `welcome (${dir})`);
      await tour(page, { start: "Commencer", next: "Continuer", result: "Votre résultat" }, async (p, title) => {
        if (dir === "rtl") await p.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
        assert.ok(await noSideScroll(p), `“${title}” (${dir}) scrolls sideways`);
      });
      if (dir === "rtl") {
        // Right to left, the heading's text sits against the right edge.
        const startsRight = await page.evaluate(() => {
          const h1 = document.querySelector("h1");
          const range = document.createRange();
          range.selectNodeContents(h1);
          return h1.getBoundingClientRect().right - range.getBoundingClientRect().right < 8;
        });
        assert.ok(startsRight, "right to left, text starts on the right");
      }
      await page.context().close();
    }
  });
}

test("touch targets are at least 44 × 44 px on every kind of screen", async () => {
  const page = await openPage(harness, { contextOptions: { viewport: { width: 360, height: 740 } } });
  await waitForApp(page);
  const small = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("button, select, summary, input[type=text], input[type=password], label.choice, .link-button")]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ el, box }) => `${el.tagName} “${el.textContent.trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
  assert.deepEqual(await small(), [], "welcome");
  await tour(page, { start: "Commencer", next: "Continuer", result: "Votre résultat" }, async (p, title) => {
    assert.deepEqual(await small(), [], title);
  });
  await page.context().close();
});

test("reading aloud reads the question and its answers in the language in use", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        window.__spoken = [];
        // A machine with a French voice (headless Chromium has none).
        window.speechSynthesis.getVoices = () => [{ lang: "fr-FR", name: "Test" }];
        window.speechSynthesis.speak = (u) => window.__spoken.push(`${u.lang}|${u.text}`);
      }),
  });
  await waitForApp(page);
  await page.getByRole("button", { name: "Commencer" }).click();
  assert.equal(await page.getByRole("button", { name: "Écouter" }).count(), 0, "off by default");
  await page.getByRole("button", { name: "Lecture à voix haute" }).click();
  await page.getByRole("button", { name: "Écouter" }).click();
  const [spoken] = await page.evaluate(() => window.__spoken);
  assert.match(spoken, /^fr\|Que voulez-vous réussir à faire/);
  assert.match(spoken, /Apprendre les bases/);
  await page.context().close();

  const mute = await openPage(harness, {
    beforeGoto: (p) => p.addInitScript(() => Object.defineProperty(window, "speechSynthesis", { value: undefined })),
  });
  await waitForApp(mute);
  assert.match(await mute.locator(".no-speech").innerText(), /n'est pas disponible/);
  assert.equal(await mute.getByRole("button", { name: "Lecture à voix haute" }).count(), 0);
  await mute.context().close();

  // Speech synthesis without a single voice (Firefox or Chromium on a Linux PC without
  // a speech engine): « Écouter » would be silent, so the plain message shows instead.
  const voiceless = await openPage(harness, {
    beforeGoto: (p) => p.addInitScript(() => (window.speechSynthesis.getVoices = () => [])),
  });
  await waitForApp(voiceless);
  assert.match(await voiceless.locator(".no-speech").innerText(), /n'est pas disponible/);
  await voiceless.context().close();

  // Voices listed a moment after the page opened (Chrome): the button comes then.
  const late = await openPage(harness, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        let voices = [];
        window.speechSynthesis.getVoices = () => voices;
        setTimeout(() => {
          voices = [{ lang: "fr-FR", name: "Test" }];
          window.speechSynthesis.dispatchEvent(new Event("voiceschanged"));
        }, 500);
      }),
  });
  await waitForApp(late);
  await late.getByRole("button", { name: "Lecture à voix haute" }).waitFor();
  await late.context().close();
});

test("text size and contrast are kept for the visit, and leave nothing once erased", async () => {
  const page = await openPage(harness);
  await waitForApp(page);
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await size();
  await page.getByText("Confort de lecture").click();
  await page.getByRole("button", { name: "Grande", exact: true }).click();
  assert.ok((await size()) >= normal * 1.25);
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => document.documentElement.classList.contains("text-size-1"));
  assert.ok((await size()) >= normal * 1.25, "kept after a reload");
  await page.getByText("Confort de lecture").click();
  await page.getByRole("button", { name: "Normale" }).click();
  assert.equal(await size(), normal);
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
  await page.context().close();
});
