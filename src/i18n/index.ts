// The one i18n instance (i18next). Every word the UI shows comes from a
// catalogue here; dates and numbers go through Intl in the same language.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { log } from "../log";
import { en } from "./en";
import {
  chooseLanguage,
  isLanguage,
  LANGUAGES,
  loadCatalogue,
} from "./languages";
import type { Language } from "./languages";

export { chooseLanguage, LANGUAGES, NATIVE_NAMES } from "./languages";
export type { Language } from "./languages";

/** Where the person's own choice of language is kept on this device. */
export const LANGUAGE_KEY = "pepper.language";

export const i18n = i18next.createInstance();

// English is bundled, so init settles at once (initAsync: false); the
// other languages are added as they are loaded (switchTo).
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  partialBundledLanguages: true,
  lng: "en",
  fallbackLng: "en",
  supportedLngs: LANGUAGES,
  initAsync: false,
  // React escapes what it renders; escaping here too would show &amp;.
  interpolation: { escapeValue: false },
  returnNull: false,
});

// {{n, number}}: i18next's own formatter keys its cache of
// Intl.NumberFormat by every value of the call, so a line whose other
// number changes each time (the feed progress's "done") built a new one
// on each render: 8 ms a render at 1000 contacts. This one keeps one per
// language; no catalogue passes number options.
const numberFormats = new Map<string, Intl.NumberFormat>();
i18n.services.formatter?.add("number", (value: unknown, lng?: string) => {
  const language = lng ?? "en";
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(Number(value));
});

// <html lang dir> follows the language: screen readers pick their voice
// from lang, and dir turns the whole layout for Arabic.
i18n.on("languageChanged", (lng) => {
  if (typeof document === "undefined") return;
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
});

/**
 * Starts in the language chosen before, else the browser's. Resolves once
 * its words are loaded, so that the first render can wait for them and no
 * English flashes by; never rejects (English stays then).
 */
export function startLanguage(): Promise<void> {
  const preferred = typeof navigator === "undefined" ? [] : navigator.languages;
  return switchTo(chooseLanguage(readChoice(), preferred));
}

/** Switches the page to a language and remembers the choice. */
export function setLanguage(lng: Language): void {
  void switchTo(lng);
  try {
    localStorage.setItem(LANGUAGE_KEY, lng);
  } catch (error) {
    // Storage blocked: the choice holds until the page closes.
    log.warn("ui", "cannot remember the language", { error });
  }
}

/** Adds a language's words to i18n, once; rejects if they cannot load. */
export async function loadLanguage(lng: Language): Promise<void> {
  if (i18n.hasResourceBundle(lng, "translation")) return;
  i18n.addResourceBundle(lng, "translation", await loadCatalogue(lng));
}

async function switchTo(lng: Language): Promise<void> {
  try {
    await loadLanguage(lng);
    await i18n.changeLanguage(lng);
  } catch (error) {
    // Offline before the chunk was ever cached, or a new deployment.
    log.warn("ui", `cannot load the words of ${lng}`, { error });
  }
}

/** The language on screen now. */
export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lng) ? lng : "en";
}

function readChoice(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
  } catch (error) {
    log.warn("ui", "localStorage is blocked", { error });
    return null;
  }
}
