import { describe, expect, it } from "vitest";
import type { Post } from "../model";
import { createPostIndex, searchPosts, syncPostIndex } from "./searchIndex";
import { makePost } from "./testFakes";

const BOB = "bob@example.test";

function saying(itemId: string, text: string, time = 1000): Post {
  const post = makePost(BOB, itemId, time);
  return { ...post, body: { kind: "text", text } };
}

function mapOf(...posts: Post[]): Map<string, Post> {
  return new Map(posts.map((post) => [post.key, post]));
}

const ids = (posts: Post[]) => posts.map((post) => post.itemId);

describe("post index", () => {
  it("finds a post by a word of its text", () => {
    const index = createPostIndex();
    syncPostIndex(index, mapOf(saying("a", "Tomatoes are ripe")));

    expect(ids(searchPosts(index, "tomatoes", 10))).toEqual(["a"]);
  });

  it("matches the last word as a prefix while it is typed", () => {
    const index = createPostIndex();
    syncPostIndex(index, mapOf(saying("a", "Tomatoes are ripe")));

    expect(ids(searchPosts(index, "ripe tom", 10))).toEqual(["a"]);
  });

  it("wants every word", () => {
    const index = createPostIndex();
    const posts = [saying("a", "red tomatoes"), saying("b", "red apples")];
    syncPostIndex(index, mapOf(...posts));

    expect(ids(searchPosts(index, "red apples", 10))).toEqual(["b"]);
  });

  it("finds a post by its author's name", () => {
    const index = createPostIndex();
    const post = { ...saying("a", "hello"), authorName: "Bobby Tables" };
    syncPostIndex(index, mapOf(post));

    expect(ids(searchPosts(index, "bobby", 10))).toEqual(["a"]);
  });

  it("finds nothing for an empty query", () => {
    const index = createPostIndex();
    syncPostIndex(index, mapOf(saying("a", "hello")));

    expect(searchPosts(index, "  ", 10)).toEqual([]);
  });

  it("forgets a deleted post and reindexes an edited one", () => {
    const index = createPostIndex();
    const kept = saying("a", "first words");
    syncPostIndex(index, mapOf(kept, saying("b", "gone soon")));

    const changed = syncPostIndex(
      index,
      mapOf({ ...kept, body: { kind: "text", text: "second words" } }),
    );

    expect(changed).toEqual({ changed: 3, done: true });
    expect(searchPosts(index, "gone", 10)).toEqual([]);
    expect(searchPosts(index, "first", 10)).toEqual([]);
    expect(ids(searchPosts(index, "second", 10))).toEqual(["a"]);
  });

  it("touches nothing when the map holds the same objects", () => {
    const index = createPostIndex();
    const map = mapOf(saying("a", "hello"), saying("b", "world"));
    syncPostIndex(index, map);

    expect(syncPostIndex(index, new Map(map)).changed).toBe(0);
  });

  it("adds no more than its budget per call", () => {
    const index = createPostIndex();
    const posts = ["a", "b", "c"].map((id) => saying(id, "same words"));

    expect(syncPostIndex(index, mapOf(...posts), 2).done).toBe(false);
    expect(syncPostIndex(index, mapOf(...posts), 2)).toEqual({
      changed: 1,
      done: true,
    });
  });

  it("matches a short last word only whole", () => {
    const index = createPostIndex();
    syncPostIndex(index, mapOf(saying("a", "tomatoes"), saying("b", "to")));

    expect(ids(searchPosts(index, "to", 10))).toEqual(["b"]);
  });

  it("stops at the limit", () => {
    const index = createPostIndex();
    const posts = ["a", "b", "c"].map((id) => saying(id, "same words"));
    syncPostIndex(index, mapOf(...posts));

    expect(searchPosts(index, "same", 2)).toHaveLength(2);
  });
});
