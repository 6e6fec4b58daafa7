import { describe, expect, it } from "vitest";
import { canonical, stanza } from "../../test/fixtures";
import {
  parseRoster,
  parseRosterPush,
  parseRosterResult,
  rosterGet,
  rosterRemove,
  rosterSet,
} from "./roster";

const OWN = "bob@example.test";

function push(attrs: string, items: string): string {
  return `<iq type="set" id="p1" ${attrs}>
    <query xmlns="jabber:iq:roster">${items}</query></iq>`;
}

describe("rosterGet", () => {
  it("asks for the roster", () => {
    expect(canonical(rosterGet())).toEqual(
      canonical(
        stanza(`<iq type="get"><query xmlns="jabber:iq:roster"/></iq>`),
      ),
    );
  });
});

describe("parseRoster", () => {
  it("reads each item's JID, name, subscription and pending ask", () => {
    const iq = stanza(`
      <iq type="result">
        <query xmlns="jabber:iq:roster" ver="1">
          <item jid="Alice@Example.test" name=" Alice " subscription="both"/>
          <item jid="carol@example.test" ask="subscribe"/>
          <item jid="dave@example.test" subscription="bogus" name=""/>
        </query>
      </iq>`);
    expect(parseRoster(iq)).toEqual([
      {
        jid: "alice@example.test",
        name: "Alice",
        subscription: "both",
        pending: false,
      },
      { jid: "carol@example.test", subscription: "none", pending: true },
      { jid: "dave@example.test", subscription: "none", pending: false },
    ]);
  });

  it("leaves out items that are not bare JIDs of users", () => {
    const iq = stanza(`
      <iq type="result">
        <query xmlns="jabber:iq:roster">
          <item jid="a@example.test/phone"/>
          <item jid="not a jid@x"/>
          <item jid="gateway.example.test"/>
          <item/>
        </query>
      </iq>`);
    expect(parseRoster(iq)).toEqual([]);
  });

  it("gives an empty roster for an empty result", () => {
    expect(parseRoster(stanza(`<iq type="result"/>`))).toEqual([]);
  });
});

describe("parseRosterPush", () => {
  const item = `<item jid="alice@example.test" subscription="to"/>`;

  it("reads a push without from as an item", () => {
    expect(parseRosterPush(stanza(push("", item)), OWN)).toEqual({
      kind: "item",
      item: { jid: "alice@example.test", subscription: "to", pending: false },
    });
  });

  it("accepts a push from our own bare JID", () => {
    const iq = stanza(push(`from="Bob@example.test"`, item));
    expect(parseRosterPush(iq, OWN)?.kind).toBe("item");
  });

  it("ignores a push from anyone else, as RFC 6121 §2.1.6 says", () => {
    for (const from of ["mallory@evil.test", "example.test", `${OWN}/web`]) {
      const iq = stanza(push(`from="${from}"`, item));
      expect(parseRosterPush(iq, OWN)).toBeNull();
    }
  });

  it("reads subscription remove as a removal", () => {
    const removal = `<item jid="alice@example.test" subscription="remove"/>`;
    expect(parseRosterPush(stanza(push("", removal)), OWN)).toEqual({
      kind: "remove",
      jid: "alice@example.test",
    });
  });

  it("ignores a push without exactly one item", () => {
    expect(parseRosterPush(stanza(push("", "")), OWN)).toBeNull();
    expect(parseRosterPush(stanza(push("", item + item)), OWN)).toBeNull();
  });
});

describe("rosterSet", () => {
  it("adds an item with a trimmed name", () => {
    expect(canonical(rosterSet("alice@example.test", " Alice "))).toEqual(
      canonical(
        stanza(`
          <iq type="set">
            <query xmlns="jabber:iq:roster">
              <item jid="alice@example.test" name="Alice"/>
            </query>
          </iq>`),
      ),
    );
  });

  it("leaves the name out when there is none", () => {
    const item = rosterSet("alice@example.test")
      .getChild("query")
      ?.getChild("item");
    expect(item?.attrs).toEqual({ jid: "alice@example.test" });
  });
});

describe("rosterRemove", () => {
  it("sets subscription remove", () => {
    const item = rosterRemove("alice@example.test")
      .getChild("query")
      ?.getChild("item");
    expect(item?.attrs.subscription).toBe("remove");
  });
});

describe("roster versioning (XEP-0237)", () => {
  it("sends the version we hold in the get, and an empty one for none", () => {
    expect(canonical(rosterGet("v7"))).toEqual(
      canonical(
        stanza(
          `<iq type="get"><query xmlns="jabber:iq:roster" ver="v7"/></iq>`,
        ),
      ),
    );
    expect(rosterGet("").getChild("query")?.attrs.ver).toBe("");
  });

  it("reads an empty result as: the roster we hold stands", () => {
    const iq = stanza(`<iq type="result" id="r1"/>`);
    expect(parseRosterResult(iq, OWN)).toEqual({ kind: "unchanged" });
  });

  /** A roster result from `from` holding one item, `jid`. */
  const result = (from: string, ver: string, jid: string) =>
    stanza(`<iq type="result" from="${from}">
      <query xmlns="jabber:iq:roster" ver="${ver}">
        <item jid="${jid}" subscription="both"/>
      </query></iq>`);

  it("reads a full result with its new version", () => {
    const iq = result(OWN, "v8", "alice@example.test");
    expect(parseRosterResult(iq, OWN)).toEqual({
      kind: "roster",
      items: [
        { jid: "alice@example.test", subscription: "both", pending: false },
      ],
      ver: "v8",
    });
  });

  it("reads a result without version from a server that keeps none", () => {
    const iq = stanza(`
      <iq type="result"><query xmlns="jabber:iq:roster"/></iq>`);
    expect(parseRosterResult(iq, OWN)).toEqual({ kind: "roster", items: [] });
  });

  it("takes neither 'unchanged' nor a version from a third party", () => {
    const empty = stanza(`<iq type="result" from="mallory@evil.test"/>`);
    const full = result("mallory@evil.test", "evil", "mallory@evil.test");
    expect(parseRosterResult(empty, OWN)).toEqual({
      kind: "roster",
      items: [],
    });
    expect(parseRosterResult(full, OWN)).toEqual({
      kind: "roster",
      items: [],
    });
  });

  it("reads the version a push brings", () => {
    const iq = stanza(
      push("", `<item jid="carol@example.test" subscription="to"/>`).replace(
        `<query xmlns="jabber:iq:roster">`,
        `<query xmlns="jabber:iq:roster" ver="v9">`,
      ),
    );
    expect(parseRosterPush(iq, OWN)).toMatchObject({ kind: "item", ver: "v9" });
  });
});
