// What every spec needs: the test server's address, its users, a login link
// for the page, and a Node-side XMPP client to set the stage or check the
// server's view. Specs import `test` and `expect` from here.
//
// Every spec runs once per setup (a Playwright project: Prosody, ejabberd,
// two federations). `users` reads the project's setup when a test uses it,
// so the same spec logs alice in on whichever server she lives on.
import { test as base } from "@playwright/test";

import {
  befriend,
  login,
  type FetchedItem,
  type Session,
} from "../scripts/lib/xmpp-node.mjs";
import {
  setups,
  userNames,
  type SetupName,
  type UserName,
  type XmppServer,
} from "./servers";

export { expect } from "@playwright/test";
export type { FetchedItem, XmppServer };

export interface User {
  readonly name: UserName;
  /** The server this user's account is on, in the current project. */
  readonly server: XmppServer;
  /** bare JID */
  readonly jid: string;
  readonly password: string;
}

/** The running project's setup; the `setupName` fixture sets it. */
let setup: (typeof setups)[SetupName] = setups.prosody;

function makeUser(name: UserName): User {
  return {
    name,
    password: `${name}pass`,
    get server() {
      return setup.home(name);
    },
    get jid() {
      return `${name}@${setup.home(name).domain}`;
    },
  };
}

export const users = Object.fromEntries(
  userNames.map((name) => [name, makeUser(name)]),
) as Record<UserName, User>;

/** Path of the login page with the form prefilled for user. */
export function loginUrl(user: User): string {
  const query = new URLSearchParams({ jid: user.jid, ws: user.server.wsUrl });
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
    service: user.server.wsUrl,
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
export const test = base.extend<
  { xmppAs: (user: User) => Promise<XmppHelper> },
  { setupName: SetupName; useSetup: void }
>({
  // Set by each project in playwright.config.ts.
  setupName: ["prosody", { scope: "worker", option: true }],
  useSetup: [
    async ({ setupName }, use) => {
      setup = setups[setupName];
      await use();
    },
    { scope: "worker", auto: true },
  ],
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
