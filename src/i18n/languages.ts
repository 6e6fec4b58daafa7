import type { Catalogue } from "./catalogue";
import { en } from "./en";

/**
 * The languages Pepper speaks, English first, as the source and the one
 * in the first bundle; each other one is a chunk of its own, fetched only
 * by those who use it.
 */
const LOADERS = {
  en: () => Promise.resolve(en),
  de: () => import("./de").then((module) => module.de),
  ar: () => import("./ar").then((module) => module.ar),
} satisfies Record<string, () => Promise<Catalogue>>;

export type Language = keyof typeof LOADERS;

export const LANGUAGES = Object.keys(LOADERS) as Language[];

/** Resolves with a language's catalogue; rejects if its chunk cannot load. */
export function loadCatalogue(lng: Language): Promise<Catalogue> {
  return LOADERS[lng]();
}

/** Each language's own name for itself, as the Language select shows it. */
export const NATIVE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  de: "Deutsch",
  ar: "العربية",
};

function isLanguage(tag: string): tag is Language {
  return Object.hasOwn(LOADERS, tag);
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
