// What a journey does on a page, the same in every engine: everything goes through the
// driver's `run` (a function evaluated in the page, given its arguments as one array),
// `click` (a real click on a CSS selector) and `type`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` in the page until it returns something truthy; returns it. */
export async function waitFor(page, what, fn, args = [], timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await page.run(fn, ...args);
      if (last) return last;
    } catch (error) {
      // A navigation in progress: try again.
      last = String(error);
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(100);
  }
}

/** The source of a pattern matching `text` as it is (a RegExp is kept as it is). */
const source = (text) => (text instanceof RegExp ? text.source : text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/** Waits until the main heading is `text` (or matches it); says which heading was there
 *  instead if it never came. */
export async function waitForHeading(page, text) {
  try {
    return await waitForHeadingOnly(page, text);
  } catch (error) {
    const seen = await page.run(() => document.querySelector("#app h1")?.textContent ?? null).catch(() => null);
    throw new Error(`${error.message}; the heading was “${seen}”`);
  }
}

function waitForHeadingOnly(page, text) {
  return waitFor(
    page,
    `the heading ${text}`,
    ([source, flags]) => {
      const h = document.querySelector("#app h1")?.textContent.replace(/\u00a0/g, " ");
      return h !== undefined && new RegExp(source, flags).test(h) && h;
    },
    [text instanceof RegExp ? text.source : `^${source(text)}$`, text.flags ?? ""],
  );
}

/** Clicks the first element of `selector` whose text matches `text` (a real click). */
export async function clickText(page, text, selector = "button") {
  const found = await waitFor(
    page,
    `${selector} “${text}”`,
    ([source, selector]) => {
      document.querySelectorAll("[data-engine-target]").forEach((e) => e.removeAttribute("data-engine-target"));
      const target = [...document.querySelectorAll(selector)].find((e) =>
        new RegExp(source).test(e.textContent.replace(/\u00a0/g, " ")),
      );
      target?.setAttribute("data-engine-target", "");
      return Boolean(target);
    },
    [source(text), selector],
  );
  if (found) await page.click("[data-engine-target]");
}

/** Ticks the choice (checkbox or radio) whose label matches `label`; the first if none. */
async function choose(page, label) {
  await waitFor(
    page,
    `the choice “${label ?? "first"}”`,
    ([source]) => {
      document.querySelectorAll("[data-engine-target]").forEach((e) => e.removeAttribute("data-engine-target"));
      const labels = [...document.querySelectorAll("label.choice")];
      const target = source === null ? labels[0] : labels.find((l) => new RegExp(source).test(l.textContent));
      target?.querySelector("input")?.setAttribute("data-engine-target", "");
      return Boolean(target);
    },
    [label === undefined ? null : label],
  );
  await page.click("label.choice [data-engine-target]");
}

/** From the welcome screen, « Commencer », the first need ticked, « Continuer »: the
 *  journey has begun (and is saved). */
export async function startWithANeed(page) {
  await waitForHeading(page, "Bienvenue sur Repère");
  await clickText(page, /^Commencer$/);
  await waitForHeading(page, /^Que voulez-vous réussir à faire/);
  await page.click("label.choice input");
  await clickText(page, /^Continuer$/);
}

/**
 * From the welcome screen to the results: ticks `need`, for each situation question the
 * option `situation` names for its heading (a map of heading → label, both patterns;
 * the first option otherwise), « Non, je passe » to the hands-on checks, and `answer` to
 * every skill question. Returns the screens seen: `{ title, focused }` (whether the
 * focus was on the heading).
 */
export async function playJourney(
  page,
  { need = "Faire mes démarches en ligne", answer = "Oui, avec de l'aide", situation = {} } = {},
) {
  await waitForHeading(page, "Bienvenue sur Repère");
  await clickText(page, /^Commencer$/);
  const seen = [];
  for (let step = 0; step < 40; step += 1) {
    const title = await waitFor(page, "a screen", () => document.querySelector("#app h1")?.textContent);
    if (title === "Votre résultat") return seen;
    // Focus moves to each new question's heading, so a screen reader starts there.
    const focused = await waitFor(
      page,
      "the focus on the heading",
      () => document.activeElement === document.querySelector("#app h1"),
      [],
      3_000,
    ).catch(() => false);
    seen.push({ title, focused });
    const caption = await page.run(() => document.querySelector(".question-caption")?.textContent ?? "");
    if (caption === "Vos besoins") await choose(page, need);
    else if (caption === "Petits essais") await choose(page, "^Non, je passe$");
    else if (caption === "Votre situation") {
      const plain = title.replace(/\u00a0/g, " ");
      const planned = Object.entries(situation).find(([heading]) => new RegExp(heading).test(plain));
      await choose(page, planned?.[1]);
    } else await choose(page, `^${answer}$`);
    await clickText(page, /^Continuer$/);
    await waitFor(page, "the next screen", ([before]) => {
      const h = document.querySelector("#app h1")?.textContent;
      return h && h !== before;
    }, [title]);
  }
  throw new Error("the journey never reached the results");
}

/** The text of the next steps, once the first card is there. */
export async function nextSteps(page) {
  await waitFor(page, "a next step", () => document.querySelectorAll(".next-step").length);
  return page.run(() => document.querySelector(".next-steps").innerText.replace(/\u00a0/g, " "));
}

/** The text of the first next step's card. */
export const firstStep = (page) =>
  page.run(() => document.querySelector(".next-step").innerText.replace(/\u00a0/g, " "));

/** The areas on the results: name → level in the activity report's words. */
export const areaLevels = (page) =>
  page.run(() =>
    Object.fromEntries(
      [...document.querySelectorAll(".area-level")].map((li) => [
        li.querySelector(".area-level-name").textContent,
        li.dataset.level,
      ]),
    ),
  );

/** Every key of the app left in localStorage and sessionStorage. */
export const appKeys = (page) =>
  page.run(() => [localStorage, sessionStorage].flatMap((s) => Object.keys(s)).filter((k) => k.startsWith("repere:")));

/** The page printed to PDF (the engine's own print): its number of pages and its text
 *  (pdfinfo, pdftotext). */
export async function printedSheet(page) {
  const file = join(mkdtempSync(join(tmpdir(), "repere-engine-print-")), "fiche.pdf");
  writeFileSync(file, await page.pdf());
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())[1]);
  return { pages, text: execFileSync("pdftotext", [file, "-"]).toString() };
}
