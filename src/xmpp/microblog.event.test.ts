import { describe, expect, it } from "vitest";
import { caseStanza, caseStep, stanza } from "../../test/fixtures";
import { parseEvent } from "./microblog";

const NOW = new Date("2024-06-01T00:00:00Z");

describe("parseEvent", () => {
  it("reads a published item, attributed to the message's from", () => {
    const event = parseEvent(caseStanza("case-15", "1"), NOW);
    expect(event?.posts.map((post) => post.key)).toEqual([
      "alice@example.test p-1501",
    ]);
    expect(event?.retracts).toEqual([]);
    expect(event?.purged).toBe(false);
  });

  it("reads a retraction (case-15 step 4)", () => {
    expect(parseEvent(caseStanza("case-15", "4"), NOW)).toEqual({
      posts: [],
      retracts: [{ publisher: "alice@example.test", itemId: "p-1501" }],
      purged: false,
    });
  });

  it("reads purge and delete of the node (case-15 step 5)", () => {
    const messages = caseStep("case-15", "5");
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(parseEvent(message, NOW)?.purged).toBe(true);
    }
  });

  it("reads no post from a service's domain, which owns no PEP", () => {
    // As ejabberd 23.01 sends a subscribed node's last item on presence.
    const message = stanza(`
      <message from="pubsub.example.test" type="headline">
        <event xmlns="http://jabber.org/protocol/pubsub#event">
          <items node="urn:xmpp:microblog:0">
            <item id="p-1"><entry xmlns="http://www.w3.org/2005/Atom">
              <title>Hello</title></entry></item>
          </items>
        </event>
      </message>`);
    expect(parseEvent(message, NOW)).toBeNull();
  });

  it("skips items that carry no entry", () => {
    const message = stanza(`
      <message from="alice@example.test" type="headline">
        <event xmlns="http://jabber.org/protocol/pubsub#event">
          <items node="urn:xmpp:microblog:0">
            <item id="no-payload"/>
            <item id="other"><geoloc xmlns="http://jabber.org/protocol/geoloc"/></item>
          </items>
        </event>
      </message>`);
    expect(parseEvent(message, NOW)?.posts).toEqual([]);
  });

  it("ignores a notification for another node (case-16 step 5)", () => {
    expect(parseEvent(caseStanza("case-16", "5"), NOW)).toBeNull();
  });

  it("ignores messages that are not headline or normal or lack a from", () => {
    const text = caseStanza("case-15", "1").toString();
    const chat = stanza(text.replace('type="headline"', 'type="chat"'));
    const error = stanza(text.replace('type="headline"', 'type="error"'));
    const normal = stanza(text.replace(' type="headline"', ""));
    const noFrom = stanza(text.replace(' from="alice@example.test"', ""));
    expect(parseEvent(chat, NOW)).toBeNull();
    expect(parseEvent(error, NOW)).toBeNull();
    expect(parseEvent(noFrom, NOW)).toBeNull();
    expect(parseEvent(normal, NOW)?.posts).toHaveLength(1);
  });

  it("takes the bare JID of a from with a resource", () => {
    const text = caseStanza("case-15", "4").toString();
    const full = stanza(
      text.replace('from="alice@example.test"', 'from="Alice@Example.test/x"'),
    );
    expect(parseEvent(full, NOW)?.retracts[0]?.publisher).toBe(
      "alice@example.test",
    );
  });
});
