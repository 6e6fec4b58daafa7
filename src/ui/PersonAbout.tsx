import { useTranslation } from "react-i18next";
import type { VcardBasics } from "../model";
import { isSafeTarget } from "./media";

/**
 * What a person says of themselves in their vCard (XEP-0292): full name,
 * "About" and a web link, which opens only if the same rules as links in
 * posts allow it.
 */
export function PersonAbout({ vcard }: { vcard: VcardBasics }) {
  const { t } = useTranslation();
  const url = vcard.url && isSafeTarget(vcard.url) ? vcard.url : undefined;
  if (!vcard.fn && !vcard.note && !url) return null;

  return (
    <dl className="person-about">
      {vcard.fn && (
        <>
          <dt>{t("person.fullName")}</dt>
          <dd dir="auto">{vcard.fn}</dd>
        </>
      )}
      {vcard.note && (
        <>
          <dt>{t("person.about")}</dt>
          <dd dir="auto" className="person-about-note">
            {vcard.note}
          </dd>
        </>
      )}
      {url && (
        <>
          <dt>{t("person.website")}</dt>
          <dd>
            <a href={url} rel="noopener noreferrer nofollow" target="_blank">
              {url}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}
