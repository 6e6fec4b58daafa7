import { describe, expect, it } from "vitest";
import { canonical, caseStanza, stanza } from "../../test/fixtures";
import {
  itemsRequest,
  olderItemsRequest,
  parseItemsResult,
  parseResultSet,
} from "./microblog";

const NOW = new Date("2024-06-01T00:00:00Z");

function itemsResult(items: string, extra = ""): string {
  return `
    <iq type="result" from="alice@example.test">
      <pubsub xmlns="http://jabber.org/protocol/pubsub">
        <items node="urn:xmpp:microblog:0">${items}</items>${extra}
      </pubsub>
    </iq>`;
}

function item(id: string, published: string): string {
  return `<item id="${id}"><entry xmlns="http://www.w3.org/2005/Atom">
    <title>${id}</title><published>${published}</published></entry></item>`;
}

describe("itemsRequest", () => {
  it("asks the owner's PEP service for the newest items", () => {
    expect(canonical(itemsRequest("alice@example.test", 20))).toEqual(
      canonical(
        stanza(`
          <iq type="get" to="alice@example.test">
            <pubsub xmlns="http://jabber.org/protocol/pubsub">
              <items node="urn:xmpp:microblog:0" max_items="20"/>
            </pubsub>
          </iq>`),
      ),
    );
  });
});

describe("olderItemsRequest", () => {
  it("pages after the last item as case-12 step 3 does", () => {
    const expected = caseStanza("case-12", "3");
    delete expected.attrs.id;
    expect(
      canonical(olderItemsRequest("alice@example.test", 20, "p241")),
    ).toEqual(canonical(expected));
  });
});

describe("parseItemsResult", () => {
  it("attributes every post to the owner, newest first", () => {
    const iq = stanza(
      itemsResult(
        item("old", "2024-01-01T00:00:00Z") +
          item("new", "2024-02-01T00:00:00Z"),
      ),
    );
    const page = parseItemsResult(iq, "alice@example.test", NOW);
    expect(page.posts.map((post) => post.itemId)).toEqual(["new", "old"]);
    expect(page.posts.every((p) => p.publisher === "alice@example.test")).toBe(
      true,
    );
    expect(page.complete).toBe(true);
  });

  it("marks a page incomplete when an RSM set counts more (case-12)", () => {
    const iq = caseStanza("case-12", "2");
    const page = parseItemsResult(iq, "alice@example.test", NOW);
    expect(page.posts.map((post) => post.itemId)).toEqual(["p250", "p241"]);
    expect(page.complete).toBe(false);
    expect(parseResultSet(iq)).toEqual({
      count: 250,
      firstIndex: 0,
      first: "p250",
      last: "p241",
    });
  });

  it("treats a result without a set as the whole list (case-15)", () => {
    const page = parseItemsResult(
      caseStanza("case-15", "3"),
      "alice@example.test",
      NOW,
    );
    expect(page.complete).toBe(true);
    expect(page.posts).toHaveLength(2);
  });

  it("marks a page incomplete when it is as long as the max asked", () => {
    const iq = stanza(itemsResult(item("a", "2024-01-01T00:00:00Z")));
    expect(parseItemsResult(iq, "alice@example.test", NOW, 1).complete).toBe(
      false,
    );
    expect(parseItemsResult(iq, "alice@example.test", NOW, 2).complete).toBe(
      true,
    );
  });

  it("marks the last page of a count complete", () => {
    const set = `<set xmlns="http://jabber.org/protocol/rsm">
      <first index="249">p1</first><last>p1</last><count>250</count></set>`;
    const iq = stanza(itemsResult(item("p1", "2024-01-01T00:00:00Z"), set));
    expect(parseItemsResult(iq, "alice@example.test", NOW).complete).toBe(true);
  });

  it("skips items without an entry or an id", () => {
    const iq = stanza(
      itemsResult(
        `<item id="x"/>` +
          `<item><entry xmlns="http://www.w3.org/2005/Atom"/></item>`,
      ),
    );
    expect(parseItemsResult(iq, "alice@example.test", NOW).posts).toEqual([]);
  });
});
