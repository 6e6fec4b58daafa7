import { beforeEach, describe, expect, it, vi } from "vitest";
import { live } from "./live";
import { fakeCache, makePost, ME, resetAll } from "./testFakes";
import { useTimelineStore } from "./timeline";

const ALICE = "alice@example.test";
const timeline = () => useTimelineStore.getState();
const itemIds = () => timeline().sorted.map((post) => post.itemId);
const alicePosts = (count: number) =>
  Array.from({ length: count }, (_, i) => makePost(ALICE, `p${i}`, i * 1000));

describe("timeline store", () => {
  beforeEach(resetAll);

  it("#receivePosts keeps posts newest first", () => {
    timeline().receivePosts([makePost(ALICE, "a", 1000)]);
    timeline().receivePosts([
      makePost(ME, "c", 3000),
      makePost(ALICE, "b", 2000),
    ]);
    expect(itemIds()).toEqual(["c", "b", "a"]);
  });

  it("#receivePosts ignores the second copy of an event", async () => {
    const calls: string[] = [];
    live.cache = fakeCache(calls);
    const post = makePost(ALICE, "a", 1000);

    timeline().receivePosts([post]);
    const before = timeline().sorted;
    timeline().receivePosts([{ ...post }]);

    expect(timeline().sorted).toBe(before);
    await new Promise((done) => setTimeout(done, 20));
    expect(calls).toEqual(["putPosts a"]);
  });

  it("#receivePosts writes a big batch a slice per task, a delete after it", async () => {
    const calls: string[] = [];
    live.cache = fakeCache(calls);
    const many = alicePosts(450);

    timeline().receivePosts(many);
    timeline().removePost(ALICE, "p0");
    const slices = () => calls.map((call) => call.split(",").length);
    // Not in the task that changed the store (the frame that shows it).
    expect(calls).toEqual([]);
    await new Promise((done) => setTimeout(done, 0));
    expect(slices()).toEqual([200]);

    await vi.waitFor(() => expect(calls).toHaveLength(4));
    expect(slices()).toEqual([200, 200, 50, 1]);
    expect(calls[3]).toBe(`deletePost ${ALICE} p0`);
  });

  it("#receivePosts drops slices not yet written when the account closes", async () => {
    const calls: string[] = [];
    live.cache = fakeCache(calls);
    const many = alicePosts(450);

    timeline().receivePosts(many);
    await new Promise((done) => setTimeout(done, 0));
    live.cache = null;
    await new Promise((done) => setTimeout(done, 20));

    expect(calls).toHaveLength(1);
  });

  it("#receivePosts replaces an edited post in place of the old one", () => {
    timeline().receivePosts([makePost(ALICE, "a", 1000)]);
    const edited = { ...makePost(ALICE, "a", 1000), updated: "later" };
    timeline().receivePosts([{ ...edited, title: "edited" }]);

    expect(timeline().sorted).toHaveLength(1);
    expect(timeline().sorted[0]?.title).toBe("edited");
  });

  it("#receiveFeed drops cached posts missing from a complete page", () => {
    timeline().showCached([
      makePost(ALICE, "gone", 3000),
      makePost(ALICE, "kept", 2000),
      makePost(ALICE, "older", 500),
    ]);
    timeline().receiveFeed(ALICE, [makePost(ALICE, "kept", 2000)], true);
    expect(itemIds()).toEqual(["kept", "older"]);
  });

  it("#receiveFeeds keeps a live post that came after the page was asked for", () => {
    const askedAt = Date.now() - 1000;
    timeline().receivePosts([makePost(ALICE, "live", 3000)]);
    timeline().receiveFeeds([
      {
        owner: ALICE,
        posts: [makePost(ALICE, "old", 2000)],
        complete: true,
        askedAt,
      },
    ]);
    expect(itemIds()).toEqual(["live", "old"]);
  });

  it("#receiveFeeds drops a post merged before the page was asked for", () => {
    timeline().receivePosts([makePost(ALICE, "retracted", 3000)]);
    const askedAt = Date.now() + 1;
    timeline().receiveFeeds([
      {
        owner: ALICE,
        posts: [makePost(ALICE, "old", 2000)],
        complete: true,
        askedAt,
      },
    ]);
    expect(itemIds()).toEqual(["old"]);
  });

  it("#receiveFeed keeps cached posts when the page is partial", () => {
    timeline().showCached([makePost(ALICE, "maybe", 3000)]);
    timeline().receiveFeed(ALICE, [makePost(ALICE, "new", 4000)], false);
    expect(itemIds()).toEqual(["new", "maybe"]);
  });

  it("#removePost drops one post by publisher and item id", () => {
    timeline().receivePosts([
      makePost(ALICE, "a", 1000),
      makePost(ME, "a", 2000),
    ]);
    timeline().removePost(ALICE, "a");
    expect(timeline().sorted.map((post) => post.publisher)).toEqual([ME]);
  });

  it("counts feed progress to the end", () => {
    timeline().beginFeeds(2);
    timeline().finishFeed(ALICE);
    expect(timeline().progress).toEqual({
      status: "loading",
      done: 1,
      total: 2,
    });
    timeline().finishFeed(ME);
    expect(timeline().progress).toEqual({ status: "loaded", total: 2 });
  });
});
