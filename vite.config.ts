import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";
import { LOOPBACK_HOSTS } from "./src/model/loopback.ts";
import { pwaOptions } from "./pwa.config.ts";

const empty = fileURLToPath(new URL("./src/xmpp/empty.ts", import.meta.url));

// The Content-Security-Policy of the built page. Pepper has no server, so
// it travels as a <meta http-equiv> in index.html (CSP3 §3.3); a host may
// also send it as a header, which adds frame-ancestors (a meta cannot).

/**
 * One line per directive, each with why it is as narrow as it is:
 * - script-src 'self': only the bundle; no inline script, no eval.
 * - style-src 'self': the bundle's stylesheet; markup from posts can set
 *   no style, so no overlay and no CSS url() fetch.
 * - img-src: our own files and data: (the favicon); blob: for the
 *   composer's previews of the user's own pictures before they go up;
 *   https: for pictures in posts (ui/media.ts), and plain http from
 *   loopback hosts only (a server on this machine), never elsewhere.
 * - connect-src: the WebSocket URL is whatever server the user names,
 *   so any ws: or wss: host; https: for XEP-0156 host-meta discovery on
 *   the user's domain and XEP-0363 uploads, and the same loopback http
 *   hosts for uploads to a server on this machine. Nothing else.
 * - worker-src 'self': the offline service worker (pwa.config.ts), a
 *   file of ours; manifest-src 'self' for its manifest.
 * - frames, objects, forms and base URLs: none.
 */
/** `http://127.0.0.1:*` and the like: the hosts of model/loopback.ts. */
const LOOPBACK_HTTP = LOOPBACK_HOSTS.map((host) => `http://${host}:*`).join(
  " ",
);

export const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: blob: https: ${LOOPBACK_HTTP}`,
  "font-src 'self'",
  `connect-src 'self' ws: wss: https: ${LOOPBACK_HTTP}`,
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "worker-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

/**
 * Adds the policy to the production build only: the dev server injects an
 * inline script (React refresh) and talks to its own WebSocket, which
 * this policy rightly forbids.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "pepper-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * Lets the browser fetch the app's chunk and its stylesheet with the
 * page, beside early.ts rather than after it: index.html loads only
 * early.ts, which imports the app with import() once it has run.
 */
export function preloadApp(): Plugin {
  let base = "/";
  return {
    name: "pepper-preload-app",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        const app = Object.values(bundle ?? {}).find(
          (output) =>
            output.type === "chunk" &&
            output.facadeModuleId?.endsWith("/src/main.tsx"),
        );
        if (app?.type !== "chunk") return [];
        const styles = [...(app.viteMetadata?.importedCss ?? [])];
        return [
          {
            tag: "link",
            attrs: {
              rel: "modulepreload",
              crossorigin: true,
              href: `${base}${app.fileName}`,
            },
            injectTo: "head",
          },
          ...styles.map((file) => ({
            tag: "link",
            attrs: {
              rel: "stylesheet",
              crossorigin: true,
              href: `${base}${file}`,
            },
            injectTo: "head" as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    VitePWA(pwaOptions),
    contentSecurityPolicy(),
    preloadApp(),
  ],
  resolve: {
    // @xmpp/resolve imports node:dns for SRV lookups; a browser has none.
    alias: { "node:dns": empty },
  },
  build: {
    // The polyfill fetches <link rel="modulepreload"> targets in browsers
    // that ignore such links (Safari before 17). There it would preload
    // only the app chunk, which early.ts imports a moment later anyway;
    // every other browser would load its bytes for nothing.
    modulePreload: { polyfill: false },
  },
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  test: {
    include: ["{src,test}/**/*.test.ts", "{src,test}/**/*.test.tsx"],
    environment: "node",
  },
});
