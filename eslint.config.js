import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist",
      "node_modules",
      "test-results",
      "playwright-report",
      ".data",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "no-console": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/**/*.tsx", "src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // DESIGN.md: the protocol layer imports no React and no store.
    files: ["src/xmpp/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "zustand", "zustand/*"],
              message: "src/xmpp is protocol only",
            },
            {
              group: ["../store/*", "../ui/*", "../cache/*"],
              message: "src/xmpp imports only model/",
            },
          ],
        },
      ],
    },
  },
  {
    // The UI reaches protocol and storage only through the stores.
    files: ["src/ui/**/*.ts", "src/ui/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "../xmpp/*",
                "../cache/*",
                "../../xmpp/*",
                "../../cache/*",
              ],
              message: "ui/ reads stores only",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/log.ts", "scripts/**", "e2e/**"],
    rules: { "no-console": "off" },
  },
);
