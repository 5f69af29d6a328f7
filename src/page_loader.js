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
// Both downloads start now, beside the first paint, which needs only the
// HTML (the styles are in it); the wasm is compiled and its islands
// hydrated in the frame after that paint, so that the paint waits for none
// of it, and a reader's scroll or typing before then is seen by the app
// (src/start.rs).
const appModule = import(js);
const wasmResponse = fetch(wasm);
const start = () => appModule.then(async (app) => {
  await app.default({ module_or_path: wasmResponse });
  for (const island of islands) app[island.dataset.component]?.(island);
  app.islands_hydrated();
  if (settings.serviceWorker) app.keep_offline_copy(settings.serviceWorker, settings.edition);
});
requestAnimationFrame(() => setTimeout(start, 0));
