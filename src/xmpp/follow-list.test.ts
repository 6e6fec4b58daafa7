import { describe, expect, it } from "vitest";
import { formValues, stanza } from "../../test/fixtures";
import {
  addFollowRequest,
  createFollowListRequest,
  followItemId,
  followListRequest,
  microblogEntry,
  parseFollowList,
  removeFollowRequest,
  subscribeRequest,
  unsubscribeRequest,
} from "./follow-list";
import { NS_PUBSUB } from "./ns";

const LIST = "urn:xmpp:pubsub:subscription";
const NS_SUB = "urn:xmpp:pubsub:subscription:0";

describe("followItemId", () => {
  it("is the SHA-1 of server<node<subscriber, as in XEP-0330's example", async () => {
    const id = await followItemId(
      { server: "pubsub.shakespeare.lit", node: "party" },
      "romeo@montague.lit",
    );
    expect(id).toBe("0bc0e76cb803b3b107aa369169d8c0d45086f844");
  });

  it("differs for another follower of the same node", async () => {
    const entry = microblogEntry("alice@example.test");
    const [bob, eve] = await Promise.all([
      followItemId(entry, "bob@example.test"),
      followItemId(entry, "eve@example.test"),
    ]);
    expect(bob).toMatch(/^[0-9a-f]{40}$/);
    expect(bob).not.toBe(eve);
  });
});

describe("addFollowRequest", () => {
  it("publishes a subscription item to our own list node", () => {
    const iq = addFollowRequest(
      { server: "alice@example.test", node: "urn:xmpp:microblog:0" },
      "id-1",
    );
    const publish = iq.getChild("pubsub", NS_PUBSUB)?.getChild("publish");
    const sub = publish?.getChild("item")?.getChild("subscription", NS_SUB);
    expect(iq.attrs).toEqual({ type: "set" });
    expect(publish?.attrs.node).toBe(LIST);
    expect(publish?.getChild("item")?.attrs.id).toBe("id-1");
    expect(sub?.attrs).toMatchObject({
      server: "alice@example.test",
      node: "urn:xmpp:microblog:0",
    });
    expect(sub?.getChild("title")).toBeUndefined();
  });

  it("carries a title when there is one", () => {
    const iq = addFollowRequest(
      { server: "pubsub.example.test", node: "news", title: "News" },
      "id-2",
    );
    const sub = iq
      .getChild("pubsub")
      ?.getChild("publish")
      ?.getChild("item")
      ?.getChild("subscription", NS_SUB);
    expect(sub?.getChildText("title")).toBe("News");
  });
});

describe("createFollowListRequest", () => {
  it("creates the list node readable by its owner alone", () => {
    const pubsub = createFollowListRequest().getChild("pubsub", NS_PUBSUB);
    const values = formValues(pubsub?.getChild("configure")?.getChild("x"));
    expect(pubsub?.getChild("create")?.attrs.node).toBe(LIST);
    expect(values).toMatchObject({
      "pubsub#access_model": "private",
      "pubsub#max_items": "max",
    });
  });
});

describe("parseFollowList", () => {
  it("reads entries written by Movim, Converse and Pepper alike", () => {
    const iq = stanza(`
      <iq type="result" xmlns="jabber:client">
        <pubsub xmlns="${NS_PUBSUB}">
          <items node="${LIST}">
            <item id="a1">
              <subscription xmlns="${NS_SUB}" server="juliet@capulet.lit"
                node="urn:xmpp:microblog:0"><title>Juliet</title></subscription>
            </item>
            <item id="a2">
              <subscription xmlns="${NS_SUB}" server="news.example.test"
                node="daily"/>
            </item>
            <item id="a3"><subscription xmlns="${NS_SUB}" node="no-server"/></item>
            <item id="a4"><note xmlns="urn:example:other"/></item>
          </items>
        </pubsub>
      </iq>`);
    expect(parseFollowList(iq)).toEqual([
      {
        server: "juliet@capulet.lit",
        node: "urn:xmpp:microblog:0",
        title: "Juliet",
      },
      { server: "news.example.test", node: "daily" },
    ]);
  });

  it("reads an empty list from a result without items", () => {
    expect(parseFollowList(stanza(`<iq type="result"/>`))).toEqual([]);
  });
});

describe("list and subscription requests", () => {
  it("asks for every item of our list node", () => {
    const iq = followListRequest();
    expect(iq.attrs.to).toBeUndefined();
    expect(iq.getChild("pubsub")?.getChild("items")?.attrs.node).toBe(LIST);
  });

  it("retracts an entry with notify", () => {
    const retract = removeFollowRequest("id-1")
      .getChild("pubsub")
      ?.getChild("retract");
    expect(retract?.attrs).toEqual({ node: LIST, notify: "true" });
    expect(retract?.getChild("item")?.attrs.id).toBe("id-1");
  });

  it("subscribes and unsubscribes our bare JID at the owner's service", () => {
    const sub = subscribeRequest("alice@example.test", "eve@example.test");
    const unsub = unsubscribeRequest("alice@example.test", "eve@example.test");
    const attrs = { node: "urn:xmpp:microblog:0", jid: "eve@example.test" };
    expect(sub.attrs).toEqual({ type: "set", to: "alice@example.test" });
    expect(sub.getChild("pubsub")?.getChild("subscribe")?.attrs).toEqual(attrs);
    expect(unsub.getChild("pubsub")?.getChild("unsubscribe")?.attrs).toEqual(
      attrs,
    );
  });
});
