// Written in place of service-worker.js when a publisher builds the site
// without an offline copy (`cargo xtask dist --offline off`). Pages no
// longer register a worker, but readers who visited before still have
// one: on their next visit the browser finds this in its place, and it
// deletes this site's caches and takes itself away, so that every
// address comes from the host again.
const SCOPE = self.registration.scope;
// The offline copy's caches end with its scope (one per build, before it
// kept them with Workbox, began with `micra-flins <scope> `).
const isOurs = (name) =>
  (name.startsWith('micra-flins-') && name.endsWith(`-${SCOPE}`)) || name.startsWith(`micra-flins ${SCOPE} `);

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter(isOurs).map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
