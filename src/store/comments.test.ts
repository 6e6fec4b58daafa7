import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Comment, Post } from "../model";
import { PepperError } from "../xmpp";
import { ownLike, useCommentsStore } from "./comments";
import { live } from "./live";
import { fakeSession, makePost, ME, resetAll } from "./testFakes";
import { useTimelineStore } from "./timeline";

const store = () => useCommentsStore.getState();
const ref = { service: "alice@example.test", node: "c/p1" };
const post: Post = {
  ...makePost("alice@example.test", "p1", 1000),
  comments: ref,
};

function comment(itemId: string, author: string, like = false): Comment {
  return {
    itemId,
    author,
    verified: true,
    body: { kind: "text", text: like ? "♥" : "hi" },
    published: new Date(1000).toISOString(),
    sortTime: 1000,
    like,
  };
}

describe("comments store", () => {
  beforeEach(() => {
    resetAll();
    store().reset();
  });

  it("#loadThread fetches a post's thread once", async () => {
    const fetchComments = vi.fn(() => Promise.resolve([comment("c1", "b")]));
    live.session = fakeSession({ fetchComments });

    await store().loadThread(post);
    await store().loadThread(post);

    expect(fetchComments).toHaveBeenCalledOnce();
    expect(store().threads[post.key]).toMatchObject({ status: "loaded" });
  });

  it("#loadThread keeps a failure with its code, retried only when asked", async () => {
    const fetchComments = vi.fn(() =>
      Promise.reject(new PepperError("remote-server-not-found")),
    );
    live.session = fakeSession({ fetchComments });

    await store().loadThread(post);
    await store().loadThread(post);
    expect(fetchComments).toHaveBeenCalledOnce();
    expect(store().threads[post.key]).toMatchObject({
      status: "failed",
      error: "remote-server-not-found",
    });

    await store().loadThread(post, true);
    expect(fetchComments).toHaveBeenCalledTimes(2);
  });

  it("#addComment reports a refusal in a thread's own words", async () => {
    const publishComment = vi.fn(() =>
      Promise.reject(new PepperError("forbidden")),
    );
    live.session = fakeSession({ publishComment });

    const result = await store().addComment(post, "Me too");

    expect(result).toEqual({ ok: false, error: "comment-forbidden" });
    expect(publishComment).toHaveBeenCalledOnce();
  });

  it("#toggleLike likes with ♥, then takes our own like back", async () => {
    const publishComment = vi.fn(() =>
      Promise.resolve(comment("l1", ME, true)),
    );
    const retractComment = vi.fn(() => Promise.resolve());
    live.session = fakeSession({ publishComment, retractComment });

    await store().toggleLike(post);
    expect(publishComment).toHaveBeenCalledWith(
      ref,
      expect.objectContaining({ title: "♥", text: "♥" }),
    );
    expect(ownLike(store().threads[post.key], ME)?.itemId).toBe("l1");

    await store().toggleLike(post);
    expect(retractComment).toHaveBeenCalledWith(ref, "l1");
    expect(ownLike(store().threads[post.key], ME)).toBeUndefined();
  });

  it("#receiveComments adds pushed comments and drops taken-back likes", async () => {
    const fetchComments = () => Promise.resolve([comment("l1", "bob", true)]);
    live.session = fakeSession({ fetchComments });
    useTimelineStore.getState().receivePosts([post]);
    await store().loadThread(post);

    store().receiveComments(ref, [comment("c2", "carol")], ["l1"]);
    store().receiveComments(ref, [comment("c2", "carol")], []);

    const thread = store().threads[post.key];
    expect(thread?.comments.map((c) => c.itemId)).toEqual(["c2"]);
  });

  it("#receiveComments leaves a thread nobody fetched to its fetch", () => {
    useTimelineStore.getState().receivePosts([post]);
    store().receiveComments(ref, [comment("c2", "carol")], []);

    expect(store().threads[post.key]).toBeUndefined();
  });
});
