import js from "@eslint/js";
import i18next from "eslint-plugin-i18next";
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
    // Every word the user reads comes from the catalogues (src/i18n): a
    // literal in JSX text or in an attribute that people read fails here.
    // Attributes that only machines read are excluded.
    files: ["src/ui/**/*.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": {
            exclude: [
              "className",
              "style",
              "type",
              "key",
              "id",
              "htmlFor",
              "dir",
              "lang",
              "role",
              "inputMode",
              "autoComplete",
              "autoCapitalize",
              "loading",
              "decoding",
              "referrerPolicy",
              "aria-live",
              "data-.*",
              // Pepper's own props that name a variant, and option values:
              // read by code, never shown.
              "kind",
              "size",
              "value",
            ],
          },
        },
      ],
    },
  },
  {
    files: ["src/log.ts", "scripts/**", "e2e/**"],
    rules: { "no-console": "off" },
  },
);
