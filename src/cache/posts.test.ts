import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makePost } from "./fixtures";
import { deleteAccountCache, openAccountCache } from "./index";

const ME = "window@example.test";
const BOB = "bob@example.test";

afterEach(() => deleteAccountCache(ME));

describe("loadTimeline", () => {
  it("reads only the window it returns, not the whole cache", async () => {
    const cache = await openAccountCache(ME);
    const posts = Array.from({ length: 5000 }, (_, i) =>
      makePost(BOB, `${i}`, i * 1000),
    );
    await cache.putPosts(posts);

    // Every record after the first is reached by one cursor step.
    const steps = vi.spyOn(IDBCursor.prototype, "continue");
    const window = await cache.loadTimeline(200);

    expect(window).toHaveLength(200);
    expect(window[0]?.itemId).toBe("4999");
    expect(steps.mock.calls.length).toBeLessThanOrEqual(200);
    steps.mockRestore();
    cache.close();
  });
});
