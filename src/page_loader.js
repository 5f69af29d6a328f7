// The page loader: starts a prerendered page's islands, and, in a release
// build, keeps the offline copy. A plain script in the page's head, so it
// runs as soon as the head arrives, before the rest of the page is parsed.
// The build writes it into every page after a data block of settings
// (xtask/src/post_build/page_loader.rs):
//   wasm: each wasm, {files: [js, wasm], islands: [those it exports]},
//         this page's own first: a release build has one per kind of
//         page, and each page is given the first that holds all of its
//         islands (src/islands/);
//   serviceWorker, edition: the offline copy's worker and the build's
//         edition (src/offline/); empty in a development build.
{
  const settings = JSON.parse(document.getElementById('page-loader-settings').textContent);
  const [js, wasm] = settings.wasm[0].files;
  // The wasm is downloaded from the first paint on, or from 0.25 s after
  // the navigation started if the page has not painted by then.
  // - Not before the paint on a fast device: a download that ends before
  //   the largest paint counts, in Lighthouse's model of a slow phone, as
  //   something the paint waited for, even when it did not
  //   (bench/RESULTS.md). Such a device paints within about 0.1 s.
  // - Not later on a slow one: its first paint can come 0.3 s or more
  //   after the page has arrived, all of it the page's own rendering, and
  //   the line is idle meanwhile (nothing else blocks the paint: the
  //   styles are in the page).
  // Where paints are not reported, or a hidden page does not paint, the
  // time alone starts it.
  const DOWNLOAD_FROM_MS = 250;
  let wasmResponse;
  const download = () => {
    wasmResponse ??= fetch(wasm);
  };
  setTimeout(download, Math.max(0, DOWNLOAD_FROM_MS - performance.now()));
  // The islands are hydrated once the page is parsed (they are in it) and
  // painted, or, where no paint is reported, a moment after its `load`:
  // their code runs on the thread that paints. Only then does the page
  // link its web app manifest (installing the site needs it), whose
  // download and its icon's would share a slow line with the wasm's.
  const parsed = new Promise((resolve) => {
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });
  let painted;
  const paint = new Promise((resolve) => {
    painted = resolve;
  });
  paint.then(download);
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    // The paint is in the performance timeline once it has reached the
    // screen; a frame's callback sees it there at the next frame, where the
    // observer's callback can wait 100 ms or more behind the page's other
    // work on a slow phone (bench/RESULTS.md). Frames are asked for only
    // once the page is parsed: one asked for before could paint half a
    // page, whose later parts would then move what is above them. The
    // observer stays for where frames do not run.
    const seen = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    const eachFrame = () => (seen() ? painted() : requestAnimationFrame(eachFrame));
    parsed.then(() => requestAnimationFrame(eachFrame));
    new PerformanceObserver((paints, observer) => {
      if (paints.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      painted();
    }).observe({ type: 'paint', buffered: true });
  }
  addEventListener('load', () => setTimeout(painted, 500), { once: true });
  Promise.all([parsed, paint]).then(async () => {
    const app = await import(js);
    await app.default({ module_or_path: wasmResponse });
    // One task per island, not one for them all: on a slow phone a single
    // long task would hold up whatever the reader does meanwhile (Lighthouse
    // counts it as blocking time).
    for (const island of document.querySelectorAll('leptos-island')) {
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
}
