// Typed keys: t("login.jid") is checked against the English catalogue,
// so a misspelt key fails `tsc`, not the screen.
import "i18next";
import type { en } from "./en";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}
