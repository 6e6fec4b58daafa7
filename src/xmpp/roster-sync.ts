// Roster versioning (XEP-0237): the roster get at login, and the version
// each push brings, kept so the next login can send it.
import type { Element } from "@xmpp/xml";
import type { BareJid } from "../model";
import type { CachedRoster, RosterItem, SessionHandlers } from "./api";
import { parseRoster, parseRosterResult, rosterGet } from "./roster";

export interface RosterVersioning {
  /** The server advertised urn:xmpp:features:rosterver. */
  readonly versioning: boolean;
  readonly cached?: CachedRoster | undefined;
}

/**
 * The roster at login. A server that keeps versions gets the one we hold,
 * or "" for none (XEP-0237 §2.3), and answers with an empty result when
 * it still stands; any other server sends the whole roster every time.
 * Resolves with the roster and its version, null where there is none;
 * rejects as `request` does.
 */
export async function fetchRoster(
  request: (iq: Element) => Promise<Element>,
  jid: BareJid,
  { versioning, cached }: RosterVersioning,
): Promise<{ items: readonly RosterItem[]; ver: string | null }> {
  if (!versioning) {
    const answer = await request(rosterGet());
    return { items: parseRoster(answer, jid), ver: null };
  }

  const answer = await request(rosterGet(cached?.ver ?? ""));
  const result = parseRosterResult(answer, jid);
  if (result.kind === "roster") {
    return { items: result.items, ver: result.ver ?? null };
  }
  // "Unchanged" to an empty version would be a server's mistake: the
  // roster is then empty as far as we can tell, with no version to keep.
  return cached ?? { items: [], ver: null };
}

/** Keeps the version each roster push brings (XEP-0237 §2.5). */
export function trackVer(
  handlers: SessionHandlers,
  rosterVer: { current: string | null },
): SessionHandlers {
  return {
    ...handlers,
    onRosterItem(item, ver) {
      if (ver !== undefined) rosterVer.current = ver;
      handlers.onRosterItem(item, ver);
    },
    onRosterRemove(jid, ver) {
      if (ver !== undefined) rosterVer.current = ver;
      handlers.onRosterRemove(jid, ver);
    },
  };
}
