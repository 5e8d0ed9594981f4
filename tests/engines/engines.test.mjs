// The shared journeys (journeys.mjs) in one engine: ENGINE=chromium, firefox or webkit.
// scripts/test.sh runs this file once per engine and prints the count of each.
import { after, before, test } from "node:test";
import { startServer } from "../../scripts/static-server.mjs";
import { JOURNEYS } from "./journeys.mjs";
import { LANGUAGE_JOURNEYS } from "./languages.mjs";
import { TRIAGE_JOURNEYS } from "./triage.mjs";

const ENGINE = process.env.ENGINE ?? "chromium";
const { launch } = await import(`./drivers/${ENGINE}.mjs`);

let engine;
let server;
before(async () => {
  server = await startServer({ root: "dist" });
  engine = await launch();
});
after(async () => {
  await engine?.close();
  await server?.close();
});

for (const journey of [...JOURNEYS, ...TRIAGE_JOURNEYS, ...LANGUAGE_JOURNEYS]) {
  const supported = journey.needs !== "pdf" || ENGINE !== "webkit";
  test(
    `${ENGINE}: ${journey.name}`,
    // WebKitWebDriver has no print command: the printed sheet is checked in the other two.
    { skip: supported ? false : "WebKitWebDriver cannot print" },
    async () => {
      const pages = [];
      const servers = [];
      try {
        await journey.run({
          async open(path, on = server) {
            const page = await engine.newPage(on.url + path);
            pages.push(page);
            return page;
          },
          async startServer(options = {}) {
            const own = await startServer({ root: "dist", ...options });
            servers.push(own);
            return own;
          },
        });
      } finally {
        for (const page of pages) await page.close().catch(() => {});
        for (const own of servers) await own.close().catch(() => {});
      }
    },
  );
}
