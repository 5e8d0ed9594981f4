// A small static file server for dist/: what `scripts/serve.sh` runs, and what the
// end-to-end tests start. It listens on the loopback address only and serves files
// from one folder, nothing else. Like the production setup the README describes, it
// sends the pre-compressed copy (`.br`, else `.gz`) the build wrote beside a file when
// the browser accepts it.
//
//   node scripts/static-server.mjs [folder=dist] [host=127.0.0.1] [port=8080]

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { policyOf } from "./csp.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

const ENCODINGS = [
  { name: "br", suffix: "br" },
  { name: "gzip", suffix: "gz" },
];

/** What Repère never uses, denied (browsers honour this only as a header). */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

/**
 * The security headers of the README's server examples: the Content-Security-Policy of
 * the meta tag of `index.html` (`html`), with `frame-ancestors 'none'`, which only a
 * header can say.
 */
export function securityHeaders(html) {
  const policy = policyOf(html);
  return {
    ...(policy ? { "Content-Security-Policy": `${policy}; frame-ancestors 'none'` } : {}),
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
}

/** The best pre-compressed copy of `file` that the browser accepts, if the build wrote one. */
async function precompressed(file, acceptEncoding) {
  const accepted = acceptEncoding.split(",").map((part) => part.split(";")[0].trim());
  for (const encoding of ENCODINGS) {
    if (!accepted.includes(encoding.name)) continue;
    if ((await stat(`${file}.${encoding.suffix}`).catch(() => null))?.isFile()) return encoding;
  }
  return null;
}

/**
 * Starts serving `root`; resolves to `{ url, close }` once listening. `overrides` maps a
 * path ("/config.json") to the text served instead of the file (the tests' settings).
 */
export function startServer({ root = "dist", host = "127.0.0.1", port = 0, overrides = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
      if (Object.hasOwn(overrides, path)) {
        response.writeHead(200, {
          "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
          "Cache-Control": "no-cache",
        });
        response.end(request.method === "HEAD" ? undefined : overrides[path]);
        return;
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const encoding = await precompressed(file, request.headers["accept-encoding"] ?? "");
      const body = await readFile(encoding ? `${file}.${encoding.suffix}` : file);
      // The policy is read from the page itself: from the body, unless it went compressed.
      const html = extname(file) === ".html" && (encoding ? await readFile(file, "utf8") : body.toString("utf8"));
      const security = html ? securityHeaders(html) : {};
      response.writeHead(200, {
        ...security,
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
        Vary: "Accept-Encoding",
        ...(encoding ? { "Content-Encoding": encoding.name } : {}),
      });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://${host}:${actual}/`,
        // Cuts open connections too, so that a page sees the server gone at once.
        close: () =>
          new Promise((done) => {
            server.close(done);
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = "dist", host = "127.0.0.1", port = "8080"] = process.argv.slice(2);
  const { url } = await startServer({ root, host, port: Number(port) });
  console.log(`Repère is served at ${url} (Ctrl+C to stop)`);
}
