// case-23, the part about posts: after a failed stream resumption the
// unacknowledged publish is sent again under the SAME item id, so that it
// replaces rather than duplicates. (Resumption itself, steps 1 to 4 and
// 6, is the session's reconnection machinery, not tested here.)
import { describe, expect, it } from "vitest";
import { withPosts } from "../src/store/postList";
import { parseEntry } from "../src/xmpp/atom";
import { publishRequest } from "../src/xmpp/microblog";
import { caseStanza } from "./fixtures";

const item = caseStanza("case-23", "5")
  .getChild("pubsub")
  ?.getChild("publish")
  ?.getChild("item");

describe("case-23: a publish sent again after resumption failed", () => {
  it("publishes a kept draft under its own item id every time", () => {
    const draft = {
      itemId: "p-2302",
      text: "Written on the train",
      createdAt: "2024-03-15T07:40:00Z",
    };
    const ctx = {
      publisher: "bob@example.test",
      authorName: "bob",
      options: "full" as const,
    };
    const ids = [publishRequest(draft, ctx), publishRequest(draft, ctx)].map(
      (iq) =>
        iq.getChild("pubsub")?.getChild("publish")?.getChild("item")?.attrs.id,
    );
    expect(ids).toEqual([item?.attrs.id, item?.attrs.id]);
  });

  it("shows the post once when both copies come back", () => {
    const entry = item?.getChild("entry");
    if (!entry) throw new Error("case-23 step 5 has no entry");
    const ctx = {
      publisher: "bob@example.test",
      itemId: "p-2302",
      receivedAt: new Date(),
    };
    const once = withPosts({ posts: new Map(), sorted: [] }, [
      parseEntry(entry, ctx),
    ]);
    const twice = once && withPosts(once, [parseEntry(entry, ctx)]);
    expect(once?.sorted).toHaveLength(1);
    expect(twice).toBeNull();
  });
});
