// case-28: subscription states, as the session reads and answers them.
import { EventEmitter } from "node:events";
import type { Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { describe, expect, it } from "vitest";
import { canonical, caseStanza, caseStep } from "../../test/fixtures";
import type { BareJid } from "../model";
import type { RosterItem, SessionHandlers } from "./api";
import { listen } from "./incoming";
import { subscriptionMethods } from "./subscriptions";

const ME = "bob@example.test";

/** A client that takes stanzas from the test and records what it sends. */
function fakeClient() {
  const events = new EventEmitter();
  const sent: Element[] = [];
  let onRosterSet: (ctx: { stanza: Element }) => unknown = () => undefined;
  const xmpp = Object.assign(events, {
    iqCallee: {
      set(_ns: string, _name: string, handle: typeof onRosterSet) {
        onRosterSet = handle;
      },
    },
    send(stanza: Element) {
      sent.push(stanza);
      return Promise.resolve();
    },
  });
  const receive = (stanza: Element) =>
    stanza.is("iq") ? onRosterSet({ stanza }) : events.emit("stanza", stanza);
  return { xmpp: xmpp as unknown as Client, sent, receive };
}

/** Every handler call, by name, with its arguments. */
function recordingHandlers() {
  const calls: [string, ...unknown[]][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args]);
  const handlers: SessionHandlers = {
    onRosterItem: record("item"),
    onRosterRemove: record("remove"),
    onPresence: record("presence"),
    onSubscriptionRequest: record("request"),
    onPosts: record("posts"),
    onRetract: record("retract"),
    onFeedPurged: record("purged"),
    onAvatar: record("avatar"),
    onComments: record("comments"),
    onDisconnected: record("disconnected"),
  };
  return { handlers, calls };
}

function session() {
  const client = fakeClient();
  const { handlers, calls } = recordingHandlers();
  const roster = new Map<BareJid, RosterItem>();
  listen(client.xmpp, ME, handlers, roster, () => Promise.resolve());
  return { ...client, calls, roster };
}

describe("case-28: subscription states on the wire", () => {
  it("reads our outbound request as pending, from the item alone", () => {
    const { receive, calls } = session();
    receive(caseStanza("case-28", "1"));

    expect(calls).toEqual([
      [
        "item",
        { jid: "frank@example.test", subscription: "none", pending: true },
        "v20",
      ],
    ]);
  });

  it("hands a request from someone not in the roster to the person", () => {
    const { receive, calls, sent } = session();
    receive(caseStanza("case-28", "2"));

    expect(calls).toEqual([["request", "carol@example.test"]]);
    expect(sent).toEqual([]);
  });

  it("accepts with exactly the subscribed of step 3, then asks back", async () => {
    const sent: Element[] = [];
    const methods = subscriptionMethods(async (stanza) => {
      sent.push(stanza);
    }, new Map());

    await methods.acceptSubscription("carol@example.test");

    const [answer, ...rest] = sent.map(canonical);
    expect(answer).toEqual(canonical(caseStanza("case-28", "3")));
    expect(rest).toMatchObject([{ attrs: { type: "subscribe" } }]);
  });

  it("does not ask back someone whose presence we already see", async () => {
    const sent: Element[] = [];
    const roster = new Map<BareJid, RosterItem>([
      [
        "carol@example.test",
        { jid: "carol@example.test", subscription: "to", pending: false },
      ],
    ]);
    const methods = subscriptionMethods(async (stanza) => {
      sent.push(stanza);
    }, roster);

    await methods.acceptSubscription("carol@example.test");

    expect(sent.map(canonical)).toEqual([
      canonical(caseStanza("case-28", "3")),
    ]);
  });

  it("lets unsubscribed and unsubscribe from a stranger change nothing", () => {
    const { receive, calls, sent, roster } = session();
    for (const stanza of caseStep("case-28", "4")) receive(stanza);

    expect(calls).toEqual([]);
    expect(sent).toEqual([]);
    expect(roster.size).toBe(0);
  });

  it("reads a one-way subscription, then its removal", () => {
    const { receive, calls, roster } = session();
    receive(caseStanza("case-28", "5"));
    expect(roster.get("erin@example.test")?.subscription).toBe("from");

    receive(caseStanza("case-28", "6"));
    expect(calls.at(-1)).toEqual(["remove", "erin@example.test", "v22"]);
    expect(roster.has("erin@example.test")).toBe(false);
  });
});
