// The reader's offline copy of one build of the site (src/offline/mod.rs
// registers it; README "Offline reading" has the whole story).
//
// The release build writes the three constants below
// (xtask/src/post_build/offline.rs): the build's files, as [URL under the
// site's base, SHA-256 integrity] pairs, and a hash of them all, so that
// every new build is a new worker, which the browser notices on the
// reader's next visit.
const EDITION = '';
const FILES = [];
const NOT_FOUND_PAGE = '';

// Caches are shared by every site on an origin (a GitHub Pages project
// site shares one with the owner's other projects): this site's are named
// after the worker's scope, and it touches no others.
const OURS = `micra-flins ${self.registration.scope} `;
const CURRENT = OURS + EDITION;
const PAGE_FILE = 'index.html';

// The whole build, fetched past the browser's HTTP cache, each file
// checked against this build's hash of it: a file of an older build, or
// of a newer one deployed while this one downloads, fails the install
// instead of mixing two builds in one copy. Until it is all there, the
// worker does not install (and it is tried again on the next visit).
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CURRENT)
      .then((cache) =>
        cache.addAll(FILES.map(([url, integrity]) => new Request(url, { cache: 'reload', integrity }))),
      )
      .catch((failure) => caches.delete(CURRENT).then(() => Promise.reject(failure))),
  );
});

// Only now is the new build in use: the older builds' caches go.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(OURS) && name !== CURRENT)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// A newer build waits until the reader asks for it (the page's notice),
// so that pages already open keep the build they were loaded with.
self.addEventListener('message', (event) => {
  if (event.data === 'read-the-new-edition') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return;
  }
  event.respondWith(answer(request, url));
});

// Every file of the build comes from this build's cache, so a page and
// its wasm are always of one build; anything else from the network.
// Offline, an address the build has no page for gets its not-found page.
async function answer(request, url) {
  const cache = await caches.open(CURRENT);
  const cached = await cache.match(fileOf(url), { ignoreSearch: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (offline) {
    const notFound = request.mode === 'navigate' && (await cache.match(NOT_FOUND_PAGE));
    if (!notFound) throw offline;
    return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
  }
}

// The file an address is answered with: a page's address (`timeline`,
// `timeline/`, as the site's links write them) names its folder's
// index.html; the site's files all have an extension, its folders none.
function fileOf(url) {
  const path = url.pathname;
  if (path.endsWith('/')) return url.origin + path + PAGE_FILE;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? url.origin + path : `${url.origin}${path}/${PAGE_FILE}`;
}
