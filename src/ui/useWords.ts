import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

/** What text helpers need: the words, and the language for Intl. */
export interface Words {
  readonly t: TFunction;
  readonly language: string;
}

/**
 * The catalogue's words and the language on screen; the calling
 * component renders again when the person picks another language.
 */
export function useWords(): Words {
  const { t, i18n } = useTranslation();
  return { t, language: i18n.resolvedLanguage ?? i18n.language };
}
