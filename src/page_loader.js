// The page loader: starts a prerendered page's islands once the page has
// painted, and, in a release build, keeps the offline copy.
// The build writes it into every page after a data block of settings
// (xtask/src/post_build/page_loader.rs):
//   wasm: each wasm, {files: [js, wasm], islands: [those it exports]};
//         a release build has one per kind of page, and a page loads the
//         first that holds all of its islands (src/islands/);
//   serviceWorker, edition: the offline copy's worker and the build's
//         edition (src/offline/); empty in a development build.
const settings = JSON.parse(document.getElementById('page-loader-settings').textContent);
const islands = [...document.querySelectorAll('leptos-island')];
const names = islands.map((island) => island.dataset.component);
const [js, wasm] = (settings.wasm.find((candidate) => names.every((name) => candidate.islands.includes(name))) ?? settings.wasm[0]).files;
// The first paint needs only the HTML (the styles are in it); once the
// browser reports it, the wasm and its JS are fetched side by side, then
// the wasm is compiled and its islands hydrated, and only then does the
// page link its web app manifest (installing the site needs it), whose
// download and its icon's would share a slow line with the wasm's.
// The wasm is fetched no sooner than that paint: a download that ends
// before the largest paint counts, in Lighthouse's model of a slow phone,
// as something the paint waited for, even when it did not
// (bench/RESULTS.md); the frame after the paint's own task is too soon,
// as the paint reaches the screen later. Where paints are not reported,
// or a hidden page does not paint, the page's `load` starts it a moment
// after.
let started = false;
const start = () => {
  if (started) return;
  started = true;
  const wasmResponse = fetch(wasm);
  import(js).then(async (app) => {
    await app.default({ module_or_path: wasmResponse });
    // One task per island, not one for them all: on a slow phone a single
    // long task would hold up whatever the reader does meanwhile (Lighthouse
    // counts it as blocking time).
    for (const island of islands) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      app[island.dataset.component]?.(island);
    }
    app.islands_hydrated();
    const manifest = document.createElement('link');
    manifest.rel = 'manifest';
    manifest.href = 'manifest.webmanifest';
    document.head.append(manifest);
    if (settings.serviceWorker) app.keep_offline_copy(settings.serviceWorker, settings.edition);
  });
};
if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  // The paint is in the performance timeline once it has reached the
  // screen; a frame's callback sees it there at the next frame, where the
  // observer's callback can wait 100 ms or more behind the page's other
  // work on a slow phone (bench/RESULTS.md). The observer stays for where
  // frames do not run.
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  const eachFrame = () => (painted() ? start() : requestAnimationFrame(eachFrame));
  requestAnimationFrame(eachFrame);
  new PerformanceObserver((paints, observer) => {
    if (paints.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
}
const afterLoad = () => setTimeout(start, 500);
if (document.readyState === 'complete') afterLoad(); else addEventListener('load', afterLoad, { once: true });
