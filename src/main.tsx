import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startLanguage } from "./i18n";
import { startApp, startResync } from "./store";
import { App } from "./ui/App";

/**
 * How long the first render waits for the cached timeline. It is usually
 * in already (early.ts reads it while this bundle loads), and one render
 * with the posts paints sooner than an empty home screen and then the
 * posts; a slow or stuck IndexedDB only delays them, not the page.
 */
const CACHE_WAIT_MS = 100;

// The person's language (chosen before, else the browser's): the first
// render waits for its words, so no English flashes by.
const language = startLanguage();
// Fill the stores from the query string and the cache before the first
// render, so a reload paints the last account before any network.
const cached = startApp(location.search);
// Picks up deletes that no event announces (see store/resync.ts).
startResync(document);

const root = document.getElementById("root");
const waited = new Promise((done) => setTimeout(done, CACHE_WAIT_MS));
void Promise.all([language, Promise.race([cached, waited])]).then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
