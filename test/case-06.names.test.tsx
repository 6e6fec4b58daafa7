// @vitest-environment jsdom
// case-06: a name someone chose is text, never markup, and sits in a bidi
// isolate so that an override character cannot flip the rest of the row.
import { act, type ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
// The catalogues, as main.tsx loads them before the first render.
import "../src/i18n";
import type { Post } from "../src/model";
import { ContactRow } from "../src/ui/ContactRow";
import { PostArticle } from "../src/ui/PostArticle";
import { parseEvent } from "../src/xmpp/microblog";
import { parsePresence } from "../src/xmpp/presence";
import { parseRoster } from "../src/xmpp/roster";
import { caseStanza } from "./fixtures";

// React's act() warns unless the environment says it is a test.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

/** Renders as the page would, into a detached element. */
function render(element: ReactElement): HTMLElement {
  const holder = document.createElement("div");
  act(() => createRoot(holder).render(element));
  return holder;
}

const roster = parseRoster(caseStanza("case-06", "1"));

function contactRow(jid: string): HTMLElement {
  const item = roster.find((i) => i.jid === jid);
  if (!item) throw new Error(`${jid} not in the roster`);
  const contact = { ...item, availability: "offline" as const };
  return render(<ContactRow contact={contact} />);
}

function article(authorName: string): HTMLElement {
  const post: Post = {
    key: "mallory@example.test p1",
    publisher: "mallory@example.test",
    itemId: "p1",
    authorName,
    title: "",
    body: { kind: "text", text: "hello" },
    published: "2024-03-01T10:00:00.000Z",
    updated: "2024-03-01T10:00:00.000Z",
    approximateTime: false,
    sortTime: Date.parse("2024-03-01T10:00:00Z"),
  };
  return render(
    <PostArticle post={post} own={false} position={1} setSize={1} />,
  );
}

describe("case-06: hostile and right-to-left names", () => {
  it("shows a roster name holding markup as text", () => {
    const row = contactRow("mallory@example.test");
    expect(row.querySelector("img")).toBeNull();
    expect(row.querySelector("bdi")?.textContent).toBe(
      "<img src=x onerror=alert(21)>",
    );
  });

  it("isolates a name with a right-to-left override", () => {
    const name = row("erin@example.test");
    expect(name?.tagName).toBe("BDI");
    expect(name?.getAttribute("dir")).toBe("auto");
    expect(name?.textContent).toBe("Erin \u202etxt.exe\u202c (work)");
  });

  it("shows an atom author name holding markup as text, isolated", () => {
    const post = article('"><svg onload=alert(23)>');
    expect(post.querySelector("svg")).toBeNull();
    const name = post.querySelector(".post-author");
    expect(name?.tagName).toBe("BDI");
    expect(name?.getAttribute("dir")).toBe("auto");
    expect(name?.textContent).toBe('"><svg onload=alert(23)>');
    // The time stays outside the isolate, so the override cannot flip it.
    expect(name?.querySelector("time")).toBeNull();
  });
});

describe("case-06: nicknames in presence and PEP", () => {
  it("reads a subscription request by its JID, not its nick", () => {
    expect(parsePresence(caseStanza("case-06", "2"))).toEqual({
      kind: "subscribe",
      jid: "mallory@example.test",
    });
  });

  it("ignores a nick published over PEP, as no post", () => {
    expect(parseEvent(caseStanza("case-06", "3"), new Date())).toBeNull();
  });
});

function row(jid: string): Element | null {
  return contactRow(jid).querySelector(".contact-name");
}
