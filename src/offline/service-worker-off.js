// Written in place of service-worker.js when a publisher builds the site
// without an offline copy (`cargo xtask dist --offline off`). Pages no
// longer register a worker, but readers who visited before still have
// one: on their next visit the browser finds this in its place, and it
// deletes this site's caches and takes itself away, so that every
// address comes from the host again.
const OURS = `micra-flins ${self.registration.scope} `;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(OURS)).map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
