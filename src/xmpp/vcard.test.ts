import { describe, expect, it } from "vitest";
import { canonical, stanza } from "../../test/fixtures";
import { parseVcard, publishVcardRequest, vcardOf, withBasics } from "./vcard";

const VCARD = `<vcard xmlns="urn:ietf:params:xml:ns:vcard-4.0">
  <fn><text> Alice Adams </text></fn>
  <note><text>Baker.
Likes rye.</text></note>
  <url><uri>javascript:alert(1)</uri></url>
  <url><uri>https://alice.example.test/</uri></url>
  <bday><date>1990-01-02</date></bday>
</vcard>`;

const result = (payload: string) =>
  stanza(`<iq type="result">
    <pubsub xmlns="http://jabber.org/protocol/pubsub">
      <items node="urn:xmpp:vcard4"><item id="current">${payload}</item></items>
    </pubsub>
  </iq>`);

describe("parseVcard", () => {
  it("reads full name, note and the first web URL", () => {
    const vcard = vcardOf(result(VCARD));
    expect(vcard && parseVcard(vcard)).toEqual({
      fn: "Alice Adams",
      note: "Baker.\nLikes rye.",
      url: "https://alice.example.test/",
    });
  });

  it("keeps no URL that is not http or https", () => {
    const vcard = stanza(`<vcard xmlns="urn:ietf:params:xml:ns:vcard-4.0">
      <url><uri>xmpp:alice@example.test</uri></url>
    </vcard>`);
    expect(parseVcard(vcard)).toEqual({});
  });

  it("finds no vCard in an empty node", () => {
    expect(vcardOf(result(""))).toBeUndefined();
  });
});

describe("withBasics", () => {
  it("replaces name and note and keeps every other field", () => {
    const current = vcardOf(result(VCARD));
    const written = withBasics(current, { fn: "Al", note: "Hi" });
    expect(canonical(written)).toEqual(
      canonical(
        stanza(`<vcard xmlns="urn:ietf:params:xml:ns:vcard-4.0">
          <fn><text>Al</text></fn>
          <note><text>Hi</text></note>
          <url><uri>javascript:alert(1)</uri></url>
          <url><uri>https://alice.example.test/</uri></url>
          <bday><date>1990-01-02</date></bday>
        </vcard>`),
      ),
    );
  });

  it("drops a field left empty, and starts a vCard when there is none", () => {
    expect(canonical(withBasics(undefined, { fn: "", note: "Hi" }))).toEqual(
      canonical(
        stanza(`<vcard xmlns="urn:ietf:params:xml:ns:vcard-4.0">
          <note><text>Hi</text></note>
        </vcard>`),
      ),
    );
  });
});

describe("publishVcardRequest", () => {
  it("publishes the vCard as the node's one item, shared like posts", () => {
    const sent = publishVcardRequest(withBasics(undefined, { note: "Hi" }));
    const publish = sent.getChild("pubsub")?.getChild("publish");
    expect(publish?.attrs.node).toBe("urn:xmpp:vcard4");
    expect(publish?.getChild("item")?.attrs.id).toBe("current");
    expect(sent.toString()).toContain(
      '<field var="pubsub#access_model"><value>presence</value></field>',
    );
  });
});
