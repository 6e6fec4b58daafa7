import { describe, expect, it } from "vitest";
import { canonical, caseStanza, formValues, stanza } from "../../test/fixtures";
import {
  commentsNodeOf,
  commentsRequest,
  configureCommentsNodeRequest,
  createCommentsNodeRequest,
  parseComments,
  parseCommentsEvent,
  publishCommentRequest,
  retractCommentRequest,
  subscribeCommentsRequest,
} from "./comments";
import { errorFromStanza } from "./errors";

const RECEIVED = new Date("2024-06-01T00:00:00Z");
const ref = {
  service: "comments.example.test",
  node: "urn:xmpp:microblog:0:comments/6f1c2a9e-0001",
};
const me = { publisher: "bob@example.test", authorName: "bob" };
const createdAt = "2024-03-10T08:05:00Z";

function items(children: string) {
  return stanza(
    `<iq type="result"><pubsub xmlns="http://jabber.org/protocol/pubsub">` +
      `<items node="n">${children}</items></pubsub></iq>`,
  );
}

describe("case-02: comments from other clients", () => {
  const comments = parseComments(caseStanza("case-02", "2"), RECEIVED);
  const byId = new Map(comments.map((c) => [c.itemId, c]));

  it("asks the service for the whole node, as step 1 does", () => {
    expect(canonical(commentsRequest(ref))).toMatchObject({
      attrs: { type: "get", to: "comments.example.test" },
      children: [{ children: [{ name: "items", attrs: { node: ref.node } }] }],
    });
  });

  it("shows both, oldest first", () => {
    expect(comments.map((c) => c.itemId)).toEqual(["c-0001", "c-0002"]);
  });

  it("marks a comment without a publisher stamp as unverified", () => {
    expect(byId.get("c-0001")).toMatchObject({
      author: "carol@example.test",
      authorName: "Carol",
      verified: false,
      like: false,
      body: { kind: "html", text: "Nice write-up, thanks!" },
    });
  });

  it("verifies the author by the stamp's bare JID", () => {
    expect(byId.get("c-0002")).toMatchObject({
      author: "dave@example.test",
      verified: true,
      body: { kind: "text", text: "Agreed, see you there." },
    });
  });
});

describe("parseComments", () => {
  it("believes the publisher stamp over a claimed author", () => {
    const [comment] = parseComments(
      items(
        '<item id="x" publisher="mallory@example.test/pc">' +
          '<entry xmlns="http://www.w3.org/2005/Atom"><title>hi</title>' +
          "<author><name>Alice</name><uri>xmpp:alice@example.test</uri>" +
          "</author></entry></item>",
      ),
      RECEIVED,
    );
    expect(comment).toMatchObject({
      author: "mallory@example.test",
      verified: true,
    });
    expect(comment?.authorName).toBeUndefined();
  });

  it("reads a ♥ title as a like, as Movim and Converse write it", () => {
    const likes = parseComments(
      items(
        '<item id="l1" publisher="a@example.test">' +
          '<entry xmlns="http://www.w3.org/2005/Atom"><title>♥</title>' +
          "</entry></item>" +
          '<item id="l2" publisher="b@example.test">' +
          '<entry xmlns="http://www.w3.org/2005/Atom"><title>♥️</title>' +
          '<content type="text">♥️</content></entry></item>',
      ),
      RECEIVED,
    );
    expect(likes.map((c) => c.like)).toEqual([true, true]);
  });
});

describe("case-14 step 4: a comment on someone else's node", () => {
  const draft = { itemId: "c-1404", text: "Nice post", createdAt };

  it("is published without publish-options", () => {
    const iq = publishCommentRequest(ref, draft, me);
    const pubsub = iq.getChild("pubsub");
    expect(iq.attrs.to).toBe("comments.example.test");
    expect(pubsub?.getChild("publish-options")).toBeUndefined();
    expect(pubsub?.getChild("publish")?.attrs.node).toBe(ref.node);
  });

  it("writes title, id, published and author uri (case-02)", () => {
    const entry = publishCommentRequest(ref, draft, me)
      .getChild("pubsub")
      ?.getChild("publish")
      ?.getChild("item")
      ?.getChild("entry");
    expect(entry?.getChildText("title")).toBe("Nice post");
    expect(entry?.getChildText("id")).toBe(
      "xmpp:comments.example.test?;node=" +
        "urn%3Axmpp%3Amicroblog%3A0%3Acomments%2F6f1c2a9e-0001;item=c-1404",
    );
    expect(entry?.getChildText("published")).toBe(createdAt);
    expect(entry?.getChild("author")?.getChildText("uri")).toBe(
      "xmpp:bob@example.test",
    );
  });
});

describe("case-18: comments node errors", () => {
  it("reads item-not-found and remote-server-not-found apart", () => {
    expect(errorFromStanza(caseStanza("case-18", "2a")).code).toBe(
      "item-not-found",
    );
    expect(errorFromStanza(caseStanza("case-18", "2b")).code).toBe(
      "remote-server-not-found",
    );
    expect(errorFromStanza(caseStanza("case-18", "3")).code).toBe("forbidden");
  });
});

describe("our own comments nodes", () => {
  it("lives on our PEP under the post's item id", () => {
    expect(commentsNodeOf("bob@example.test", "p1")).toEqual({
      service: "bob@example.test",
      node: "urn:xmpp:microblog:0:comments/p1",
    });
  });

  it("is created open to publishers, readable by contacts", () => {
    const ref = commentsNodeOf("b@e.test", "p1");
    const iq = createCommentsNodeRequest(ref, "presence");
    const configure = iq.getChild("pubsub")?.getChild("configure");
    const values = formValues(configure?.getChild("x"));
    expect(iq.attrs.to).toBeUndefined();
    expect(iq.getChild("pubsub")?.getChild("create")?.attrs.node).toBe(
      "urn:xmpp:microblog:0:comments/p1",
    );
    expect(values).toMatchObject({
      "pubsub#publish_model": "open",
      "pubsub#access_model": "presence",
    });
  });

  it("is reconfigured, every field again, to the chosen access model", () => {
    const node = "urn:xmpp:microblog:0:comments/p1";
    const iq = configureCommentsNodeRequest(node, "open");
    const configure = iq
      .getChild("pubsub", "http://jabber.org/protocol/pubsub#owner")
      ?.getChild("configure");
    expect(iq.attrs).toEqual({ type: "set" });
    expect(configure?.attrs.node).toBe(node);
    expect(formValues(configure?.getChild("x"))).toMatchObject({
      "pubsub#access_model": "open",
      "pubsub#publish_model": "open",
      "pubsub#max_items": "max",
    });
  });

  it("retracts a comment with notify", () => {
    const retract = retractCommentRequest(ref, "c1")
      .getChild("pubsub")
      ?.getChild("retract");
    expect(retract?.attrs).toMatchObject({ node: ref.node, notify: "true" });
  });
});

describe("comments pushed as events", () => {
  const node = "urn:xmpp:microblog:0:comments/p1";
  const event = (children: string, eventNode = node) =>
    stanza(
      `<message from="bob@example.test" to="bob@example.test/web" type="headline">` +
        `<event xmlns="http://jabber.org/protocol/pubsub#event">` +
        `<items node="${eventNode}">${children}</items></event></message>`,
    );
  const like =
    `<item id="l1" publisher="carol@example.test">` +
    `<entry xmlns="http://www.w3.org/2005/Atom"><title>♥</title>` +
    `<author><name>Carol</name><uri>xmpp:carol@example.test</uri></author>` +
    `</entry></item>`;

  it("subscribes us to our own node, by bare JID", () => {
    const iq = subscribeCommentsRequest(
      commentsNodeOf("bob@example.test", "p1"),
      "bob@example.test",
    );
    expect(iq.attrs).toMatchObject({ type: "set" });
    expect(iq.attrs.to).toBeUndefined();
    expect(iq.getChild("pubsub")?.getChild("subscribe")?.attrs).toEqual({
      node,
      jid: "bob@example.test",
    });
  });

  it("reads a like on the node the sender's PEP holds", () => {
    const read = parseCommentsEvent(event(like), RECEIVED);
    expect(read?.ref).toEqual({ service: "bob@example.test", node });
    expect(read?.comments).toMatchObject([
      { itemId: "l1", author: "carol@example.test", like: true },
    ]);
    expect(read?.retracted).toEqual([]);
  });

  it("reads a like taken back", () => {
    const read = parseCommentsEvent(event('<retract id="l1"/>'), RECEIVED);
    expect(read?.comments).toEqual([]);
    expect(read?.retracted).toEqual(["l1"]);
  });

  it("leaves microblog and other nodes' events alone", () => {
    expect(
      parseCommentsEvent(event(like, "urn:xmpp:microblog:0"), RECEIVED),
    ).toBeNull();
    expect(
      parseCommentsEvent(event(like, "urn:xmpp:avatar:metadata"), RECEIVED),
    ).toBeNull();
  });
});
