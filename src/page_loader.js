// The page loader: starts a prerendered page's islands once the page has
// loaded and painted, and, in a release build, keeps the offline copy.
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
const start = () => import(js).then(async (app) => {
  await app.default({ module_or_path: wasm });
  for (const island of islands) app[island.dataset.component]?.(island);
  app.islands_hydrated();
  if (settings.serviceWorker) app.keep_offline_copy(settings.serviceWorker, settings.edition);
});
// The frame after `load`: `load` can come before the first paint, and
// nothing preloads the wasm, so that the page paints from its HTML and
// stylesheet alone.
const afterPaint = () => requestAnimationFrame(() => setTimeout(start, 0));
if (document.readyState === 'complete') afterPaint(); else addEventListener('load', afterPaint, { once: true });
