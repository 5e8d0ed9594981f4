// Puts the release together in a folder, as Trunk's build did, without Trunk: the static
// files of public/, the other languages' catalogs (content/locales/ → locales/), the app's
// files that scripts/build-wasm.sh wrote to target/wasm-pkg/, the style sheet (comments
// and spaces dropped, named after its content, with its integrity hash), and index.html
// with Trunk's build instructions (`data-trunk` links) replaced by what they stand for.
// scripts/build.sh runs it, then scripts/post-build.mjs on the same folder.
//   node scripts/assemble.mjs <folder>
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const out = process.argv[2];
if (!out) throw new Error("usage: node scripts/assemble.mjs <folder>");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** The style sheet without its comments and the spaces that carry no meaning. */
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

let html = readFileSync("index.html", "utf8");
const links = [...html.matchAll(/<link data-trunk\b[^>]*>/g)].map((m) => m[0]);
const attribute = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
for (const link of links) {
  const rel = attribute(link, "rel");
  let replacement = "";
  if (rel === "css") {
    const css = minifyCss(readFileSync(attribute(link, "href"), "utf8"));
    const name = `main-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
    writeFileSync(join(out, name), css);
    const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
    replacement = `<link rel="stylesheet" href="./${name}" integrity="${integrity}">`;
  } else if (rel === "copy-dir") {
    const target = join(out, attribute(link, "data-target-path") ?? ".");
    cpSync(attribute(link, "href"), target, { recursive: true });
  } else if (rel !== "rust") {
    throw new Error(`index.html: a Trunk link this script does not know: ${link}`);
  }
  html = html.replace(link, replacement);
}
// The comments (they speak of Trunk's links) and the indentation between tags stay out
// of the page people download; the scripts are kept as they are (their hashes are the
// Content-Security-Policy's).
html = html
  .split(/(<script\b[\s\S]*?<\/script>)/)
  .map((part) => (part.startsWith("<script") ? part : part.replace(/<!--[\s\S]*?-->/g, "").replace(/>\s*\n\s*</g, "><")))
  .join("");
writeFileSync(join(out, "index.html"), html);
console.log(`assemble: ${out} (${links.length} Trunk links done)`);
