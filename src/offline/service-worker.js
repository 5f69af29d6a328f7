// The reader's offline copy of the site (src/offline/mod.rs registers it;
// README "Offline reading" has the whole story), on Workbox's precaching,
// routing and strategies, which the release build puts above this
// (xtask/src/post_build/offline.rs), with the constants below filled in:
// the edition of the build's pages (the loader of each page has it too),
// what a first visit stores, as {url, revision, integrity} entries
// (every file is checked against its SHA-256 as it downloads, so a copy is
// never half of one build and half of the next), the not-found page, and
// whether every page of the build is among them (the precache budget may
// leave some out, to be kept as they are read).
const EDITION = '';
const PRECACHE = [];
const NOT_FOUND_PAGE = '';
const EVERY_PAGE_PRECACHED = true;

// How long a page may take from the network before the offline copy
// answers instead (the network's answer still refreshes the copy).
const NETWORK_TIMEOUT_SECONDS = 3;

const { core, precaching, routing, strategies } = self.workbox;

// Caches are shared by every site on an origin (a GitHub Pages project
// site shares them with the owner's other projects): Workbox ends each
// cache's name with the worker's scope, so this site touches no other's.
const SCOPE = self.registration.scope;
core.setCacheNameDetails({ prefix: 'micra-flins', suffix: SCOPE });
const PAGES_CACHE = `micra-flins-pages-${SCOPE}`;
// The workers before this one kept one cache per build, named so.
const BEFORE_WORKBOX = `micra-flins ${SCOPE} `;

const precache = new precaching.PrecacheController();
precache.addToCacheList(PRECACHE);

// A reader who asks to save data (Chromium's Save-Data) gets no download
// in the background: the listed files are stored as the pages use them.
const savingData = () => Boolean(self.navigator.connection && self.navigator.connection.saveData);

// Each file is downloaded only if this revision of it is not stored yet,
// so a deploy fetches what changed, and a deploy that changes only this
// worker fetches nothing. An install that fails (a download cut, a file
// of another build) leaves the live copy as it was: nothing is deleted
// until a complete build activates.
self.addEventListener('install', (event) => {
  if (savingData()) return;
  event.waitUntil(
    (async () => {
      await precache.install(event);
      // An older worker's activation may have cleared entries this one
      // found stored; fetch them once more rather than activate with holes.
      if ((await missingEntries()).length > 0) await precache.install(event);
      const missing = await missingEntries();
      if (missing.length > 0) throw new Error(`the offline copy lacks ${missing.join(', ')}`);
      await tellPages();
    })(),
  );
});

async function missingEntries() {
  const cache = await caches.open(core.cacheNames.precache);
  const missing = [];
  for (const key of precache.getURLsToCacheKeys().values()) {
    if (!(await cache.match(key))) missing.push(key);
  }
  return missing;
}

// Only now is the new build in use: the files no build needs any more go,
// unless a newer worker is downloading (it may need them, and it cleans up
// when it activates). Pages kept as they were read are fetched again, so
// that each stays of the build whose files are stored.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const superseded = names.filter((name) => name.startsWith(BEFORE_WORKBOX));
      await Promise.all(superseded.map((name) => caches.delete(name)));
      if (!self.registration.installing && !self.registration.waiting) {
        await precache.activate(event);
      }
      await self.clients.claim();
      await refreshReadPages();
    })(),
  );
});

async function refreshReadPages() {
  const cache = await caches.open(PAGES_CACHE);
  const read = await cache.keys();
  await Promise.allSettled(
    read.map(async (request) => {
      const response = await fetch(request.url, { cache: 'no-cache' });
      if (isCleanPage(response)) await cache.put(request, response);
      else await cache.delete(request);
    }),
  );
}

// A newer build waits until the reader asks for it (the page's notice),
// so that pages already open keep the build they were loaded with. It
// tells the site's open pages its edition once it is in, and a page opened
// later asks: a page whose edition is the same has no news to offer.
self.addEventListener('message', (event) => {
  if (event.data === 'read-the-new-edition') self.skipWaiting();
  if (event.data === 'which-edition' && event.source) event.source.postMessage(EDITION);
});

async function tellPages() {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage(EDITION);
}

// A page is any address under the scope whose last part has no extension
// (`timeline`, `timeline/`, as the site's links write them): every file of
// the build has one, every page's folder none.
function isPage(url) {
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return false;
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return !last.includes('.');
}

// The one key a page is stored under, however its address was written.
function pageKey(url) {
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return url.origin + path;
}

// Only a page's own answer is kept: not a redirect (a clean-URL host's
// 308, or a move), which a navigation cannot be answered with, and not an
// error page.
function isCleanPage(response) {
  return response.ok && response.type === 'basic' && !response.redirected;
}

// Pages come from the network first, so a reader online always reads the
// newest deployed build, whatever the offline copy holds; after a few
// seconds, or offline, from the copy: the stored build's page first (its
// files are stored with it), then a page kept as it was read.
routing.registerRoute(
  ({ url }) => isPage(url),
  new strategies.NetworkFirst({
    cacheName: PAGES_CACHE,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [
      {
        cacheKeyWillBeUsed: async ({ request }) => pageKey(new URL(request.url)),
        cacheWillUpdate: async ({ request, response }) =>
          isCleanPage(response) && !precache.getCacheKeyForURL(pageKey(new URL(request.url)))
            ? response
            : null,
        cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
          (await precache.matchPrecache(pageKey(new URL(request.url)))) || cachedResponse,
        handlerDidError: async ({ request }) => offlineAnswer(request),
      },
    ],
  }),
);

// The build's other files (hashed names: one name, one content) come from
// the copy, and from the network where it lacks them.
routing.registerRoute(new precaching.PrecacheRoute(precache, { directoryIndex: null, cleanURLs: false }));

// Offline, for an address the copy has no page for: the not-found page
// when the copy holds every page (so the address is not the site's), and
// otherwise the browser's own offline answer.
async function offlineAnswer(request) {
  const stored = await precache.matchPrecache(pageKey(new URL(request.url)));
  if (stored) return stored;
  if (request.mode === 'navigate' && EVERY_PAGE_PRECACHED) {
    const notFound = await precache.matchPrecache(NOT_FOUND_PAGE);
    if (notFound) {
      return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
    }
  }
  return Response.error();
}
