// Record factories for the cache's tests; nothing in the app imports this.
import type { BareJid, Contact, Post } from "../model";
import { postKey } from "../model";
import type { OutboxEntry } from "./types";

export function makeContact(jid: BareJid, name?: string): Contact {
  const contact: Contact = {
    jid,
    subscription: "both",
    pending: false,
    availability: "offline",
  };
  return name === undefined ? contact : { ...contact, name };
}

export function makePost(
  publisher: BareJid,
  itemId: string,
  sortTime: number,
  text = itemId,
): Post {
  const time = new Date(sortTime).toISOString();
  return {
    key: postKey(publisher, itemId),
    publisher,
    itemId,
    title: "",
    body: { kind: "text", text },
    published: time,
    updated: time,
    approximateTime: false,
    sortTime,
  };
}

export function makeOutboxEntry(
  itemId: string,
  createdAt: string,
): OutboxEntry {
  return { draft: { itemId, text: `draft ${itemId}`, createdAt } };
}
