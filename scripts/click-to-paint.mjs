// Click to paint, as the benchmark measures it: an answer's "Continuer" click until the
// next question is painted, with the CPU throttled 4x through the DevTools Protocol.
// Used by scripts/perf.mjs and scripts/compare-builds.mjs.

/** The median of `values`. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Opens the app, starts a journey with the CPU 4x slower; returns the page and its session. */
export async function startJourney(browser, url) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.locator("#app h1").waitFor();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.getByRole("button", { name: "Commencer" }).click();
  return { context, page, cdp };
}
/** Whether the screen is a hands-on check (no answers to tick), once it is drawn. */
async function isHandsOnCheck(page) {
  const stop = page.getByRole("button", { name: "Arrêter les essais" });
  await page.locator("fieldset .choice-input").first().or(stop).waitFor();
  return stop.isVisible();
}

/** Gives the first answer and goes on; on a hands-on check, stops the checks. */
export async function answerFirstAndGoOn(page) {
  if (await isHandsOnCheck(page)) {
    await page.getByRole("button", { name: "Arrêter les essais" }).click();
    return;
  }
  await page.locator("fieldset .choice-input").first().check();
  await page.getByRole("button", { name: "Continuer" }).click();
}

/** The click-to-paint time of each of the first 20 answers of a journey, in ms. */
export async function clickToPaint(page) {
  const timings = [];
  for (let i = 0; i < 40 && timings.length < 20; i += 1) {
    if ((await page.locator("h1").textContent()) === "Votre résultat") break;
    // The answer, then the button that goes on: "Continuer", or on a hands-on check
    // (which has no answers to tick) "Arrêter les essais".
    let next = "Continuer";
    if (i === 0) {
      await page.getByRole("checkbox", { name: /Trouver un emploi/ }).check();
    } else if (await isHandsOnCheck(page)) {
      next = "Arrêter les essais";
    } else {
      await page.locator("fieldset .choice-input").first().check();
    }
    // From the click until the frame that shows the next question has been painted: the
    // change is seen as it happens (a mutation observer), then one animation frame and a
    // task after it, which run once that frame is drawn.
    const ms = await page.evaluate(
      (next) =>
        new Promise((resolve) => {
          const before = document.querySelector("h1").textContent;
          const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === next);
          const observer = new MutationObserver(() => {
            if (document.querySelector("h1")?.textContent === before) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          });
          observer.observe(document.getElementById("app"), { subtree: true, childList: true, characterData: true });
          const t0 = performance.now();
          button.click();
        }),
      next,
    );
    timings.push(ms);
  }
  return timings;
}
