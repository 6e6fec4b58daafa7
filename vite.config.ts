import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig } from "vitest/config";
import { pwaOptions } from "./pwa.config";

const empty = fileURLToPath(new URL("./src/xmpp/empty.ts", import.meta.url));

export default defineConfig({
  plugins: [react(), VitePWA(pwaOptions)],
  resolve: {
    // @xmpp/resolve imports node:dns for SRV lookups; a browser has none.
    alias: { "node:dns": empty },
  },
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    environment: "node",
  },
});
