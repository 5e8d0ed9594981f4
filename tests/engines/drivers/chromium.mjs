// Chromium (the kiosks' and many PCs' engine), driven by Playwright over CDP.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/browser.mjs";

/** Starts Chromium; each page gets a fresh context (its own storage). */
export async function launch() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    name: "chromium",
    async newPage(url) {
      const context = await browser.newContext({ serviceWorkers: "allow" });
      const page = await context.newPage();
      const errors = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(url);
      return {
        run: (fn, ...args) => page.evaluate(fn, args),
        click: (css) => page.locator(css).first().click(),
        type: (css, text) => page.locator(css).first().fill(text),
        reload: () => page.reload(),
        pdf: () => page.pdf({ format: "A4", printBackground: true }),
        errors: () => errors,
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
