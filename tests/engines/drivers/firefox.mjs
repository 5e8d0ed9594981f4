// Firefox ESR (Debian's, as on many library PCs), driven by Puppeteer over WebDriver BiDi.
import puppeteer from "puppeteer-core";
import { openPage } from "./devtools-page.mjs";

export const FIREFOX_PATH = "/usr/bin/firefox-esr";

/** Starts Firefox; each page gets a fresh browser context (its own storage). */
export async function launch() {
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX_PATH, headless: true });
  return {
    name: "firefox",
    newPage: async (url) =>
      openPage(await browser.createBrowserContext(), url, {
        click: (page, css) => page.locator(css).click(),
        type: (page, css, text) => page.locator(css).fill(text),
      }),
    close: () => browser.close(),
  };
}
