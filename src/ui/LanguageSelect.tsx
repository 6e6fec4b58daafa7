import { useId } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage, LANGUAGES, NATIVE_NAMES, setLanguage } from "../i18n";
import type { Language } from "../i18n";
import "./LanguageSelect.css";

/**
 * Picks the language of the page, on the login and the home screen alike.
 * Each language is named in itself, so anyone finds their own, and the
 * label says "Language" in English too, so anyone finds the select.
 */
export function LanguageSelect() {
  const { t } = useTranslation();
  const id = useId();

  return (
    <div className="language-select">
      <label htmlFor={id}>{t("language.label")}</label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {NATIVE_NAMES[lng]}
          </option>
        ))}
      </select>
    </div>
  );
}
