// Repère's service worker, generated at each build by scripts/post-build.mjs from
// scripts/sw-template.js: VERSION and FILES below are filled in with the build's
// hashed file names. It precaches the app, its content and the catalog, so that after
// one visit Repère opens and works with the network off.
//
// - The page itself (navigation) and the editable files (config.json, catalog/) are
//   fetched from the network first, so a new deployment or a catalog edit is picked up
//   on the next load; the cache answers when offline.
// - The hashed files (JS, wasm, CSS) never change under a name: cache first.
// - A new version installs beside the old one and takes over at once; old caches are
//   deleted. An old page keeps its own consistent set of hashed files.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const EDITABLE = /(^|\/)(index\.html|config\.json|catalog\/[^/]+)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  const networkFirst = request.mode === "navigate" || EDITABLE.test(path);
  if (networkFirst) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            const key = request.mode === "navigate" ? "./" : request;
            caches.open(VERSION).then((cache) => cache.put(key, copy));
          }
          return response;
        })
        .catch(() =>
          caches
            .match(request.mode === "navigate" ? "./" : request, { ignoreSearch: request.mode === "navigate" })
            .then((hit) => hit || caches.match("./index.html"))
            .then((hit) => hit || Response.error()),
        ),
    );
  } else {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});
