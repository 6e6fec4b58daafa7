import { useState } from "react";
import { canHandleLinks, handleXmppLinks } from "../browser/protocolHandler";
import "./NotificationsControl.css";

/**
 * Lets `xmpp:` links on other pages open Pepper at the person they
 * name. Asked from a click only, like notifications.
 */
export function LinksControl() {
  const [asked, setAsked] = useState<boolean | null>(null);
  if (!canHandleLinks()) return null;

  return (
    <p className="notifications-control">
      {asked === null ? (
        <button type="button" onClick={() => setAsked(handleXmppLinks())}>
          Open xmpp: links in Pepper
        </button>
      ) : (
        <span className="notifications-control-note">
          {asked
            ? "Your browser now offers Pepper for xmpp: links."
            : "Your browser would not let Pepper open xmpp: links."}
        </span>
      )}
    </p>
  );
}
