// The Content-Security-Policy of dist/index.html allows the app's own files and its
// inline scripts by hash, nothing else; the server sends it as a header too, with the
// Referrer-Policy and the Permissions-Policy; and the app runs under it without a
// single violation. (Injected scripts are tried in the three engines: tests/engines/.)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { inlineScriptHashes, policyOf } from "../../scripts/csp.mjs";
import { openPage, startHarness, waitForApp } from "./harness.mjs";
import { playJourney } from "./journey.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const html = readFileSync("dist/index.html", "utf8");

/** The policy of the meta tag, directive → values. */
function metaPolicy() {
  const content = policyOf(html);
  assert.ok(content, "dist/index.html has a Content-Security-Policy meta tag");
  return Object.fromEntries(
    content.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
  );
}

test("the policy names every inline script by its hash and allows nothing else inline", () => {
  const policy = metaPolicy();
  const inline = inlineScriptHashes(html);
  assert.ok(inline.length >= 2, "the start-up watcher and the module loader");
  const hashes = policy["script-src"].filter((v) => v.startsWith("'sha256-"));
  assert.deepEqual(hashes.sort(), inline.sort());
  assert.deepEqual(
    policy["script-src"].filter((v) => !v.startsWith("'sha256-")),
    ["'self'", "'wasm-unsafe-eval'"],
  );
  for (const directive of Object.values(policy)) {
    assert.ok(!directive.includes("'unsafe-inline'") && !directive.includes("'unsafe-eval'"), JSON.stringify(policy));
  }
  assert.deepEqual(policy["default-src"], ["'self'"]);
  assert.deepEqual(policy["connect-src"], ["'self'"]);
  assert.deepEqual(policy["object-src"], ["'none'"]);
  assert.deepEqual(policy["frame-src"], ["'none'"]);
  assert.deepEqual(policy["base-uri"], ["'none'"]);
  assert.deepEqual(policy["form-action"], ["'none'"]);
  assert.match(html, /<meta\b[^>]*name="?referrer"?[^>]*>/);
  assert.match(/<meta\b[^>]*name="?referrer"?[^>]*>/.exec(html)[0], /no-referrer/);
});

test("the server sends the same policy as a header, with the referrer and permissions policies", async () => {
  const response = await fetch(harness.server.url);
  const header = response.headers.get("content-security-policy");
  assert.ok(header.includes(metaPolicy()["script-src"].join(" ")), header);
  assert.match(header, /frame-ancestors 'none'/);
  assert.equal(response.headers.get("referrer-policy"), "no-referrer");
  assert.match(response.headers.get("permissions-policy"), /camera=\(\), microphone=\(\), geolocation=\(\)/);
});

test("a whole journey runs under the policy without a single violation", async () => {
  const page = await openPage(harness, {
    beforeGoto: (p) =>
      p.addInitScript(() => {
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) =>
          window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
      }),
  });
  await waitForApp(page);
  await playJourney(page, {
    needs: [/Faire mes démarches en ligne/],
    situation: "first",
    skill: () => "Oui, avec de l'aide",
    checkEachScreen: false,
  });
  await page.locator(".next-step").first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});
