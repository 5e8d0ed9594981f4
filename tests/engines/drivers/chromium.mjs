// Chromium (the kiosks' and many PCs' engine), driven by Playwright over CDP.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/browser.mjs";
import { openPage } from "./devtools-page.mjs";

/** Starts Chromium; each page gets a fresh context (its own storage). */
export async function launch() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    name: "chromium",
    newPage: async (url) =>
      openPage(await browser.newContext({ serviceWorkers: "allow" }), url, {
        click: (page, css) => page.locator(css).first().click(),
        type: (page, css, text) => page.locator(css).first().fill(text),
      }),
    close: () => browser.close(),
  };
}
