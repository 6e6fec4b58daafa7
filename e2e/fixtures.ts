// What every spec needs: the test server's address, its users, a login link
// for the page, and a Node-side XMPP client to set the stage or check the
// server's view. Specs import `test` and `expect` from here.
import { test as base } from "@playwright/test";

import {
  befriend,
  login,
  type FetchedItem,
  type Session,
} from "../scripts/lib/xmpp-node.mjs";
import { domain, userNames, wsUrl, type UserName } from "./servers";

export { expect } from "@playwright/test";
export { wsUrl };
export type { FetchedItem };

export interface User {
  name: UserName;
  /** bare JID */
  jid: string;
  password: string;
}

function makeUser(name: UserName): User {
  return { name, jid: `${name}@${domain}`, password: `${name}pass` };
}

export const users = Object.fromEntries(
  userNames.map((name) => [name, makeUser(name)]),
) as Record<UserName, User>;

/** Path of the login page with the form prefilled for user. */
export function loginUrl(user: User, ws: string = wsUrl): string {
  const query = new URLSearchParams({ jid: user.jid, ws });
  return `/?${query.toString()}`;
}

export interface XmppHelper {
  readonly user: User;
  /** The underlying session, for anything the helpers below do not cover. */
  readonly session: Session;
  /** Mutual subscription with other; resolves when both rosters say
   * "both". Logs other in briefly on a resource of its own. */
  befriend(other: User): Promise<void>;
  /** Publishes an Atom entry (XML text) to this user's microblog node with
   * access_model=presence; resolves with the item id. */
  publish(entryXml: string, id?: string): Promise<string>;
  retract(id: string): Promise<void>;
  /** Items of owner's microblog node (default: this user's own). */
  items(owner?: User): Promise<FetchedItem[]>;
  /** Empties roster and microblog node, for a spec that needs a clean
   * account on the shared server. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

function connect(user: User, resource: string): Promise<Session> {
  return login({
    service: wsUrl,
    jid: user.jid,
    password: user.password,
    resource,
  });
}

/** Logs user in from Node with PLAIN; rejects with the SASL or stream
 * condition. Call stop() when done, or use the `xmppAs` fixture. */
export async function xmppAs(user: User): Promise<XmppHelper> {
  const session = await connect(user, "e2e");
  return {
    user,
    session,
    async befriend(other) {
      const peer = await connect(other, "e2e-befriend");
      try {
        await befriend(session, peer);
      } finally {
        await peer.stop();
      }
    },
    publish: (entryXml, id) =>
      session.publish(entryXml, id === undefined ? {} : { id }),
    retract: (id) => session.retract(id),
    items: (owner = user) => session.items(owner.jid),
    async reset() {
      for (const jid of [...session.roster.keys()]) {
        await session.removeContact(jid);
      }
      await session.deleteNode();
    },
    stop: () => session.stop(),
  };
}

/** `xmppAs` as a fixture: every helper a test opens is stopped after it. */
export const test = base.extend<{
  xmppAs: (user: User) => Promise<XmppHelper>;
}>({
  // Playwright requires the first argument to be destructured, even empty.
  // eslint-disable-next-line no-empty-pattern
  xmppAs: async ({}, use) => {
    const opened: XmppHelper[] = [];
    await use(async (user) => {
      const helper = await xmppAs(user);
      opened.push(helper);
      return helper;
    });
    await Promise.allSettled(opened.map((helper) => helper.stop()));
  },
});
