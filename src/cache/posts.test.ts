import { describe, expect, it } from "vitest";
import { makePost } from "./fixtures";
import { newestPosts } from "./posts";
import type { PepperDatabase } from "./schema";

const BOB = "bob@example.test";

/**
 * Just enough of a database for newestPosts: the by-sortTime index over
 * `count` posts, walked backwards, counting each record it hands out.
 */
function bigIndex(count: number) {
  const read = { records: 0 };
  const cursorAt = (i: number): unknown => {
    if (i < 0) return null;
    read.records++;
    const post = makePost(BOB, `${i}`, i * 1000);
    return {
      key: post.sortTime,
      value: post,
      continue: () => Promise.resolve(cursorAt(i - 1)),
    };
  };
  const index = {
    openCursor: (_query: null, direction: string) => {
      if (direction !== "prev") throw new Error("expected newest first");
      return Promise.resolve(cursorAt(count - 1));
    },
  };
  const db = {
    transaction: () => ({
      store: { index: () => index },
      done: Promise.resolve(),
    }),
  };
  return { db: db as unknown as PepperDatabase, read };
}

describe("newestPosts", () => {
  it("reads only the window it returns from a cache of 100,000", async () => {
    const { db, read } = bigIndex(100_000);

    const posts = await newestPosts(db, 200);

    expect(posts).toHaveLength(200);
    expect(posts[0]?.itemId).toBe("99999");
    expect(read.records).toBeLessThanOrEqual(201);
  });
});
