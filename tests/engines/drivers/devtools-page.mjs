// The page of the two drivers that speak to the browser directly (Playwright for
// Chromium, Puppeteer for Firefox): their pages share the calls a journey needs.

/**
 * Opens `url` in a new page of `context` and returns what a journey uses. `click` and
 * `type` are the driver's own (a real click, typing that replaces the value).
 */
export async function openPage(context, url, { click, type }) {
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  return {
    run: (fn, ...args) => page.evaluate(fn, args),
    click: (css) => click(page, css),
    type: (css, text) => type(page, css, text),
    reload: () => page.reload(),
    pdf: () => page.pdf({ format: "A4", printBackground: true }),
    errors: () => errors,
    close: () => context.close(),
  };
}
