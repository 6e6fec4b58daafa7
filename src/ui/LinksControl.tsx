import { useTranslation } from "react-i18next";
import { useState } from "react";
import { canHandleLinks, handleXmppLinks } from "../browser/protocolHandler";
import "./NotificationsControl.css";

/**
 * Lets `xmpp:` links on other pages open Pepper at the person they
 * name. Asked from a click only, like notifications.
 */
export function LinksControl() {
  const [asked, setAsked] = useState<boolean | null>(null);
  const { t } = useTranslation();
  if (!canHandleLinks()) return null;

  return (
    <p className="notifications-control">
      {asked === null ? (
        <button type="button" onClick={() => setAsked(handleXmppLinks())}>
          {t("follow.links")}
        </button>
      ) : (
        <span className="notifications-control-note">
          {asked ? t("follow.linksOn") : t("follow.linksRefused")}
        </span>
      )}
    </p>
  );
}
