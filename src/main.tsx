import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startApp, startResync } from "./store";
import { App } from "./ui/App";

// Fill the stores from the query string and the cache before the first
// render, so a reload paints the last account before any network.
startApp(location.search);
// Picks up deletes that no event announces (see store/resync.ts).
startResync(document);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
