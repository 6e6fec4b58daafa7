import type { ReactNode } from "react";
import type { BareJid } from "../model";
import { useProfileStore } from "../store";
import "./PersonLink.css";

/**
 * An author's name that opens their page: their nick and their posts.
 * `elementtiming` names the name's first paint for a PerformanceObserver
 * (the bench's "first post painted").
 */
export function PersonLink(props: {
  jid: BareJid;
  children: ReactNode;
  elementtiming?: string | undefined;
}) {
  const openPerson = useProfileStore((s) => s.openPerson);

  return (
    <button
      type="button"
      className="person-link"
      elementtiming={props.elementtiming}
      onClick={() => void openPerson(props.jid)}
    >
      {props.children}
    </button>
  );
}
