import { ar } from "./ar";
import type { Catalogue } from "./catalogue";
import { de } from "./de";
import { en } from "./en";

/** The languages Pepper speaks; English first, as the source. */
export const CATALOGUES = { en, de, ar } satisfies Record<string, Catalogue>;

export type Language = keyof typeof CATALOGUES;

export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

/** Each language's own name for itself, as the Language select shows it. */
export const NATIVE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  de: "Deutsch",
  ar: "العربية",
};

function isLanguage(tag: string): tag is Language {
  return Object.hasOwn(CATALOGUES, tag);
}

/**
 * The language to start in: the one chosen before on this device, else
 * the first of the browser's languages (`navigator.languages`, most
 * preferred first) that Pepper has, by its primary subtag ("de-AT" is
 * German), else English.
 */
export function chooseLanguage(
  stored: string | null,
  preferred: readonly string[],
): Language {
  if (stored !== null && isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const primary = tag.split("-")[0]?.toLowerCase() ?? "";
    if (isLanguage(primary)) return primary;
  }
  return "en";
}

export { isLanguage };
