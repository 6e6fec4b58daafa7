import { beforeEach, describe, expect, it } from "vitest";
import type { PostDraft } from "../model";
import { PepperError } from "../xmpp";
import { live } from "./live";
import { useOutboxStore } from "./outbox";
import {
  fakeCache,
  fakeSession,
  makePost,
  postFromDraft,
  resetAll,
} from "./testFakes";
import { useTimelineStore } from "./timeline";

const outbox = () => useOutboxStore.getState();

describe("outbox store", () => {
  beforeEach(resetAll);

  it("#publishPost stores the draft before publishing it", async () => {
    const calls: string[] = [];
    live.cache = fakeCache(calls);
    live.session = fakeSession({
      publish(draft) {
        calls.push("publish");
        return Promise.resolve(postFromDraft(draft));
      },
    });

    const result = await outbox().publishPost("hello");

    expect(result).toEqual({ ok: true });
    expect(calls.slice(0, 2)).toEqual(["putOutbox new", "publish"]);
    expect(calls).toContain("deleteOutbox");
    expect(outbox().items).toEqual([]);
    const [post] = useTimelineStore.getState().sorted;
    expect(post?.body).toEqual({ kind: "text", text: "hello" });
  });

  it("#publishPost keeps a failed post with its error", async () => {
    const calls: string[] = [];
    live.cache = fakeCache(calls);
    live.session = fakeSession({
      publish: () => Promise.reject(new PepperError("payload-too-big")),
    });

    const result = await outbox().publishPost("a very long post");

    expect(result).toMatchObject({ ok: false, error: "payload-too-big" });
    expect(outbox().items).toMatchObject([
      { status: "failed", error: "payload-too-big" },
    ]);
    expect(calls).toContain("putOutbox payload-too-big");
    expect(useTimelineStore.getState().sorted).toEqual([]);
  });

  it("#retryPost publishes the same item id again", async () => {
    const drafts: PostDraft[] = [];
    live.session = fakeSession({
      publish(draft) {
        drafts.push(draft);
        return drafts.length === 1
          ? Promise.reject(new PepperError("timeout"))
          : Promise.resolve(postFromDraft(draft));
      },
    });

    const failed = await outbox().publishPost("hi");
    if (failed.ok) throw new Error("the first attempt should fail");
    await outbox().retryPost(failed.itemId);

    expect(drafts.map((d) => d.itemId)).toEqual([failed.itemId, failed.itemId]);
    expect(outbox().items).toEqual([]);
  });

  it("#publishPost while offline keeps the post waiting", async () => {
    const result = await outbox().publishPost("later");
    expect(result).toMatchObject({ ok: false, error: "offline" });
    expect(outbox().items).toMatchObject([
      { status: "waiting", error: "offline" },
    ]);
  });

  it("#flush sends what waited, but not what the server refused", async () => {
    const published: string[] = [];
    live.session = fakeSession({
      publish(draft) {
        published.push(draft.text);
        return Promise.resolve(postFromDraft(draft));
      },
    });
    const createdAt = new Date(0).toISOString();
    outbox().showCached([
      { draft: { itemId: "1", text: "waited", createdAt } },
      {
        draft: { itemId: "2", text: "too big", createdAt },
        error: "payload-too-big",
      },
    ]);

    await outbox().flush();

    expect(published).toEqual(["waited"]);
    expect(outbox().items).toMatchObject([{ status: "failed" }]);
  });

  it("#repostPost links the original, or the original a repost links", async () => {
    const vias: (string | undefined)[] = [];
    live.session = fakeSession({
      publish(draft) {
        vias.push(draft.via);
        return Promise.resolve(postFromDraft(draft));
      },
    });
    const post = makePost("alice@example.test", "p1", 1000);
    const href = "xmpp:carol@example.test?;node=n;item=c1";

    await outbox().repostPost(post);
    await outbox().repostPost({
      ...post,
      repostOf: { author: "carol@example.test", href },
    });

    expect(vias).toEqual([
      "xmpp:alice@example.test?;node=urn%3Axmpp%3Amicroblog%3A0;item=p1",
      href,
    ]);
  });
});
