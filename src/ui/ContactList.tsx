import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Contact } from "../model";
import { useRosterStore, useTimelineStore } from "../store";
import { ContactRow } from "./ContactRow";
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
  const language = i18n.resolvedLanguage;
  const sorted = useMemo(
    () => Object.values(contacts).sort(byName(language ?? "en")),
    [contacts, language],
  );

  const noteOf: NoteOf = (jid) => {
    const code = feedErrors[jid]?.code;
    return code !== undefined && isSharingState(code) ? code : undefined;
  };

  if (sorted.length >= VIRTUAL_FROM) {
    return <VirtualContactList contacts={sorted} noteOf={noteOf} />;
  }
  return <PlainList contacts={sorted} noteOf={noteOf} />;
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
