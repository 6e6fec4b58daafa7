import type { Contact } from "../model";

/** The name to show for a contact: the roster name, else the JID. */
export function contactName(contact: Contact): string {
  return contact.name?.trim() || contact.jid;
}

/**
 * RFC 6121 §2.1.2.5 in a few words: who sees whose posts. Derived from the
 * roster item alone (case-28), never from what the user clicked earlier.
 */
export function sharingText(contact: Contact): string {
  if (contact.pending) return "request sent, waiting";
  switch (contact.subscription) {
    case "both":
      return "sharing both ways";
    case "to":
      return "you don't share with them";
    case "from":
      return "they don't share with you";
    case "none":
      return "not sharing";
  }
}

const collator = new Intl.Collator(undefined, { sensitivity: "base" });

/** Contacts in the order a person looks for them: by name. */
export function byName(a: Contact, b: Contact): number {
  return collator.compare(contactName(a), contactName(b));
}
