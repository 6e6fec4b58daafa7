import parse from "@xmpp/xml/lib/parse.js";
import { describe, expect, it } from "vitest";
import { nickRequest, parseNickResult, publishNickRequest } from "./nick";

describe("parseNickResult", () => {
  it("reads the nick of the newest item", () => {
    const iq = parse(`<iq type="result" from="alice@x.test">
      <pubsub xmlns="http://jabber.org/protocol/pubsub">
        <items node="http://jabber.org/protocol/nick">
          <item id="current">
            <nick xmlns="http://jabber.org/protocol/nick"> Alice A. </nick>
          </item>
        </items>
      </pubsub>
    </iq>`);
    expect(parseNickResult(iq)).toBe("Alice A.");
  });

  it("gives nothing for an empty node or an empty nick", () => {
    const empty = parse(`<iq type="result">
      <pubsub xmlns="http://jabber.org/protocol/pubsub">
        <items node="http://jabber.org/protocol/nick">
          <item id="current"><nick xmlns="http://jabber.org/protocol/nick"/></item>
        </items>
      </pubsub>
    </iq>`);
    expect(parseNickResult(empty)).toBeUndefined();
  });
});

describe("nickRequest", () => {
  it("asks the owner's PEP for one item of the nick node", () => {
    const items = nickRequest("alice@x.test")
      .getChild("pubsub")
      ?.getChild("items");
    expect(items?.attrs).toEqual({
      node: "http://jabber.org/protocol/nick",
      max_items: "1",
    });
  });
});

describe("publishNickRequest", () => {
  it("publishes the nick as the current item of the nick node", () => {
    const publish = publishNickRequest("Eve E.")
      .getChild("pubsub")
      ?.getChild("publish");
    const item = publish?.getChild("item");

    expect(publish?.attrs.node).toBe("http://jabber.org/protocol/nick");
    expect(item?.attrs.id).toBe("current");
    expect(
      item?.getChild("nick", "http://jabber.org/protocol/nick")?.text(),
    ).toBe("Eve E.");
  });
});
