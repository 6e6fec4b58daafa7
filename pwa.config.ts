// Installable Pepper: a web app manifest, and a service worker that
// precaches the built files, so the page opens with no network and paints
// the timeline cached in IndexedDB. vite-plugin-pwa writes the worker with
// Workbox at build time; in `npm start` (dev) it stays off.
import type { VitePWAOptions } from "vite-plugin-pwa";

export const pwaOptions: Partial<VitePWAOptions> = {
  // A new build takes over at once: the app keeps no state in the page
  // that an update could lose (drafts are in the outbox, in IndexedDB).
  registerType: "autoUpdate",
  // A script file, not inline code, so a Content-Security-Policy without
  // 'unsafe-inline' allows it; deferred, so it does not hold up parsing.
  injectRegister: "script-defer",
  includeAssets: ["icon.svg"],
  manifest: {
    name: "Pepper",
    short_name: "Pepper",
    description:
      "A social network that needs no social-network server: your " +
      "friends' posts from your own XMPP account.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f6f5f1",
    theme_color: "#2f6b5f",
    icons: [
      { src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  },
  workbox: {
    globPatterns: ["**/*.{js,css,html,svg,webmanifest}"],
    // Any page of the app is index.html; the login link's ?jid= and ?ws=
    // are read by the script, not the server.
    navigateFallback: "index.html",
    cleanupOutdatedCaches: true,
    // Take charge of the page that installed the worker, so that a person
    // who logs in once and then loses the network can still reload.
    clientsClaim: true,
    skipWaiting: true,
  },
};
