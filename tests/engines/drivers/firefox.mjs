// Firefox ESR (Debian's, as on many library PCs), driven by Puppeteer over WebDriver BiDi.
import puppeteer from "puppeteer-core";

export const FIREFOX_PATH = "/usr/bin/firefox-esr";

/** Starts Firefox; each page gets a fresh browser context (its own storage). */
export async function launch() {
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX_PATH, headless: true });
  return {
    name: "firefox",
    async newPage(url) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(url);
      return {
        run: (fn, ...args) => page.evaluate(fn, args),
        click: (css) => page.locator(css).click(),
        type: (css, text) => page.locator(css).fill(text),
        reload: () => page.reload(),
        pdf: () => page.pdf({ format: "A4", printBackground: true }),
        errors: () => errors,
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
