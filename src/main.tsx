import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startLanguage } from "./i18n";
import { startApp, startResync } from "./store";
import { App } from "./ui/App";

// The person's language (chosen before, else the browser's): the first
// render waits for its words, so no English flashes by.
const language = startLanguage();
// Fill the stores from the query string and the cache before the first
// render, so a reload paints the last account before any network.
startApp(location.search);
// Picks up deletes that no event announces (see store/resync.ts).
startResync(document);

const root = document.getElementById("root");
void language.then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
