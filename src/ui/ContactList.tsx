import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Contact } from "../model";
import { useRosterStore, useTimelineStore } from "../store";
import { ContactRow } from "./ContactRow";
import { orderContacts } from "./contactOrder";
import { byName } from "./contactText";
import { isSharingState } from "./errorText";
import { VirtualContactList } from "./VirtualContactList";

/**
 * Beyond this many contacts only the visible rows are rendered (case-26):
 * about two screens' worth, so a warm start paints no more than it shows.
 */
const VIRTUAL_FROM = 40;

export type NoteOf = (jid: string) => string | undefined;

/** The `list` named "Contacts". */
export function ContactList() {
  const contacts = useRosterStore((s) => s.contacts);
  const feedErrors = useTimelineStore((s) => s.feedErrors);
  const { i18n } = useTranslation();
  const sorted = useSortedContacts(contacts, i18n.resolvedLanguage ?? "en");

  const noteOf: NoteOf = (jid) => {
    const code = feedErrors[jid]?.code;
    return code !== undefined && isSharingState(code) ? code : undefined;
  };

  if (sorted.length >= VIRTUAL_FROM) {
    return <VirtualContactList contacts={sorted} noteOf={noteOf} />;
  }
  return <PlainList contacts={sorted} noteOf={noteOf} />;
}

/**
 * The contacts by name. The last order is kept in state (React's "from
 * the previous render" pattern), so a presence batch reuses it.
 */
function useSortedContacts(
  contacts: Readonly<Record<string, Contact>>,
  language: string,
) {
  const [order, setOrder] = useState(() => ({
    from: contacts,
    language,
    sorted: orderContacts(contacts, [], byName(language)),
  }));
  if (order.from === contacts && order.language === language) {
    return order.sorted;
  }

  // Another language sorts names its own way: start over.
  const previous = order.language === language ? order.sorted : [];
  const sorted = orderContacts(contacts, previous, byName(language));
  setOrder({ from: contacts, language, sorted });
  return sorted;
}

interface ListProps {
  readonly contacts: Contact[];
  readonly noteOf: NoteOf;
}

function PlainList({ contacts, noteOf }: ListProps) {
  const { t } = useTranslation();
  return (
    // role="list" again: Safari drops it from lists styled without bullets.
    <ul role="list" aria-label={t("contacts.list")} className="contact-list">
      {contacts.map((contact) => (
        <li key={contact.jid}>
          <ContactRow contact={contact} feedNote={noteOf(contact.jid)} />
        </li>
      ))}
    </ul>
  );
}
