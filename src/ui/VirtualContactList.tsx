import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Contact } from "../model";
import type { NoteOf } from "./ContactList";
import { ContactRow } from "./ContactRow";

interface Props {
  readonly contacts: Contact[];
  readonly noteOf: NoteOf;
}

/** A big roster: the same list, rendering only the rows in view. */
export function VirtualContactList({ contacts, noteOf }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  // The build has no React Compiler to confuse; the virtualizer re-renders
  // this list itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 12,
  });

  return (
    <div ref={scroller} className="contact-scroller">
      <ul
        role="list"
        aria-label={t("contacts.list")}
        className="contact-list contact-list-virtual"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const contact = contacts[row.index] as Contact;
          return (
            <li
              key={contact.jid}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-posinset={row.index + 1}
              aria-setsize={contacts.length}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <ContactRow contact={contact} feedNote={noteOf(contact.jid)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
