// The Content-Security-Policy of index.html, in one place for the build
// (scripts/post-build.mjs), the static server and the tests: only the app's own files,
// and its inline scripts (the start-up watcher, the module loader) by the SHA-256 of
// their exact text, so that a script injected any other way does not run.
// `'wasm-unsafe-eval'` lets the WebAssembly module compile; nothing else may evaluate
// code. Servers that can send headers send the same policy (README, "Security headers").
import { createHash } from "node:crypto";

const META = /<meta\b[^>]*\bhttp-equiv="?Content-Security-Policy"?[^>]*>/;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The hash source of each inline script of `html`, as the policy names it. */
export function inlineScriptHashes(html) {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
  );
}

/** The policy for `html`. */
export function contentSecurityPolicy(html) {
  const hashes = inlineScriptHashes(html);
  if (hashes.length === 0) throw new Error("index.html: no inline script to hash");
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The policy written in the meta tag of `html`, if any. */
export function policyOf(html) {
  const tag = META.exec(html)?.[0];
  return tag ? /\bcontent="([^"]*)"/.exec(tag)?.[1] : undefined;
}

/** `html` with its meta tag's policy written for its scripts as they are now. Trunk's
 *  minifier may reorder the tag's attributes and drop the quotes of the other one. */
export function lockPolicy(html) {
  const tag = META.exec(html)?.[0];
  if (!tag || !/\bcontent="[^"]*"/.test(tag)) throw new Error("index.html: no Content-Security-Policy meta tag");
  return html.replace(tag, tag.replace(/\bcontent="[^"]*"/, `content="${contentSecurityPolicy(html)}"`));
}
