import { startServer } from "../../scripts/static-server.mjs";
import { waitForHeading } from "./page.mjs";
const server = await startServer({ root: "dist" });
for (const name of ["chromium", "firefox", "webkit"]) {
  const { launch } = await import(`./drivers/${name}.mjs`);
  const engine = await launch();
  const page = await engine.newPage(server.url);
  await waitForHeading(page, "Bienvenue sur Repère");
  const r = await page.run(() => new Promise((resolve) => {
    const has = "speechSynthesis" in window;
    const first = has ? speechSynthesis.getVoices().length : -1;
    setTimeout(() => resolve({ has, first, later: has ? speechSynthesis.getVoices().length : -1, button: !!document.querySelector(".listen-button"), msg: !!document.querySelector(".no-speech") }), 1500);
  }));
  console.log(name, JSON.stringify(r));
  await page.close(); await engine.close();
}
await server.close();
