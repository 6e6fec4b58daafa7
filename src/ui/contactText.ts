import type { TFunction } from "i18next";
import type { Contact } from "../model";

/** The name to show for a contact: the roster name, else the JID. */
export function contactName(contact: Contact): string {
  return contact.name?.trim() || contact.jid;
}

/**
 * RFC 6121 §2.1.2.5 in a few words: who sees whose posts. Derived from the
 * roster item alone (case-28), never from what the user clicked earlier.
 */
export function sharingText(t: TFunction, contact: Contact): string {
  if (contact.pending) return t("contacts.pending");
  switch (contact.subscription) {
    case "both":
      return t("contacts.both");
    case "to":
      return t("contacts.to");
    case "from":
      return t("contacts.from");
    case "none":
      return t("contacts.none");
  }
}

/** Contacts in the order a person looks for them: by name. */
export function byName(language?: string) {
  const collator = new Intl.Collator(language, { sensitivity: "base" });
  return (a: Contact, b: Contact): number =>
    collator.compare(contactName(a), contactName(b));
}
