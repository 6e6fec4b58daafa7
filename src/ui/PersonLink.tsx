import type { ReactNode } from "react";
import type { BareJid } from "../model";
import { useProfileStore } from "../store";
import "./PersonLink.css";

/** An author's name that opens their page: their nick and their posts. */
export function PersonLink(props: { jid: BareJid; children: ReactNode }) {
  const openPerson = useProfileStore((s) => s.openPerson);

  return (
    <button
      type="button"
      className="person-link"
      onClick={() => void openPerson(props.jid)}
    >
      {props.children}
    </button>
  );
}
