import type { BareJid, Contact } from "../model";
import { byName } from "./contactText";

/**
 * The contacts sorted by name, reusing `previous` (the last answer) when
 * only their presence changed: a presence flood (case-26) then costs one
 * pass over the roster per batch, not a collator sort of 8,000 names.
 */
export function orderContacts(
  contacts: Readonly<Record<BareJid, Contact>>,
  previous: readonly Contact[],
  compare: (a: Contact, b: Contact) => number = byName(),
): Contact[] {
  const all = Object.values(contacts);
  if (sameNames(previous, contacts, all.length)) {
    return previous.map((old) => contacts[old.jid] ?? old);
  }
  return all.sort(compare);
}

function sameNames(
  previous: readonly Contact[],
  contacts: Readonly<Record<BareJid, Contact>>,
  count: number,
): boolean {
  if (previous.length !== count || count === 0) return false;
  return previous.every((old) => {
    const now = contacts[old.jid];
    return now !== undefined && now.name === old.name;
  });
}
