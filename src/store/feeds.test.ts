import { beforeEach, describe, expect, it } from "vitest";
import type { BareJid } from "../model";
import type { FeedPage } from "../xmpp";
import { PepperError } from "../xmpp";
import { loadFeeds } from "./feeds";
import { live } from "./live";
import { fakeSession, makePost, resetAll } from "./testFakes";
import { useTimelineStore } from "./timeline";

const timeline = () => useTimelineStore.getState();

describe("loadFeeds", () => {
  beforeEach(resetAll);

  it("fetches at most ten feeds at a time", async () => {
    let inFlight = 0;
    let most = 0;
    live.session = fakeSession({
      async fetchFeed(owner: BareJid): Promise<FeedPage> {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        return { posts: [makePost(owner, "1", 1000)], complete: true };
      },
    });
    const owners = Array.from({ length: 25 }, (_, i) => `u${i}@example.test`);

    await loadFeeds(owners);

    expect(most).toBe(10);
    expect(timeline().sorted).toHaveLength(25);
    expect(timeline().progress).toEqual({ status: "loaded", total: 25 });
  });

  it("asks first for those whose cached posts are newest", async () => {
    const asked: BareJid[] = [];
    timeline().showCached([
      makePost("new@example.test", "1", 3000),
      makePost("old@example.test", "1", 1000),
    ]);
    live.session = fakeSession({
      fetchFeed(owner: BareJid): Promise<FeedPage> {
        asked.push(owner);
        return Promise.resolve({ posts: [], complete: false });
      },
    });

    await loadFeeds([
      "none@example.test",
      "old@example.test",
      "new@example.test",
    ]);

    expect(asked).toEqual([
      "new@example.test",
      "old@example.test",
      "none@example.test",
    ]);
  });

  it("merges the feeds that arrive together in one update", async () => {
    live.session = fakeSession({
      fetchFeed: (owner: BareJid): Promise<FeedPage> =>
        Promise.resolve({
          posts: [makePost(owner, "1", 1000)],
          complete: true,
        }),
    });
    timeline().showCached([makePost("cached@example.test", "1", 500)]);
    let updates = 0;
    const stop = useTimelineStore.subscribe(() => updates++);

    await loadFeeds(["a@example.test", "b@example.test", "c@example.test"]);
    stop();

    expect(timeline().sorted).toHaveLength(4);
    // beginFeeds, then one merge of the posts and one of the progress.
    expect(updates).toBeLessThanOrEqual(3);
  });

  it("shows the first posts of an empty timeline without waiting for a frame", async () => {
    // A slow feed keeps each load going, so the end of a load does not
    // merge what came in either.
    live.session = fakeSession({
      fetchFeed: (owner: BareJid): Promise<FeedPage> =>
        owner.startsWith("slow")
          ? new Promise(() => {})
          : Promise.resolve({
              posts: [makePost(owner, "1", 1000)],
              complete: true,
            }),
    });

    void loadFeeds(["first@example.test", "slow1@example.test"]);
    await settled();
    expect(timeline().sorted.map((p) => p.publisher)).toEqual([
      "first@example.test",
    ]);

    // With posts on screen, the next feed waits for the frame.
    void loadFeeds(["next@example.test", "slow2@example.test"]);
    await settled();
    expect(timeline().sorted).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(timeline().sorted).toHaveLength(2);
  });

  it("shows each feed as soon as it arrives", async () => {
    let release = () => {};
    live.session = fakeSession({
      fetchFeed(owner: BareJid): Promise<FeedPage> {
        const page = { posts: [makePost(owner, "1", 1000)], complete: true };
        if (owner.startsWith("fast")) return Promise.resolve(page);
        return new Promise((resolve) => (release = () => resolve(page)));
      },
    });

    const done = loadFeeds(["slow@example.test", "fast@example.test"]);
    // The first request's lead (LEAD_MS) passes, then a frame.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(timeline().sorted.map((p) => p.publisher)).toEqual([
      "fast@example.test",
    ]);

    release();
    await done;
    expect(timeline().sorted).toHaveLength(2);
  });

  it("asks for the first feed alone, the rest once it is answered", async () => {
    const { asked, answerFirst } = slowFirstFeed();
    const owners = ["a@example.test", "b@example.test", "c@example.test"];

    const done = loadFeeds(owners);
    await Promise.resolve();
    expect(asked).toEqual(["a@example.test"]);

    answerFirst();
    await done;
    expect(asked).toEqual(owners);
  });

  it("sends the rest a moment later if the first is slow", async () => {
    const { asked, answerFirst } = slowFirstFeed();

    const done = loadFeeds(["slow@example.test", "b@example.test"]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(asked).toEqual(["slow@example.test", "b@example.test"]);

    answerFirst();
    await done;
  });

  it("keeps a failed feed with a retry; no node means no posts", async () => {
    let attempts = 0;
    live.session = fakeSession({
      fetchFeed(owner: BareJid): Promise<FeedPage> {
        if (owner.startsWith("new")) {
          return Promise.reject(new PepperError("item-not-found"));
        }
        attempts++;
        return attempts === 1
          ? Promise.reject(new PepperError("remote-server-timeout"))
          : Promise.resolve({ posts: [], complete: true });
      },
    });

    await loadFeeds(["far@example.test", "new@example.test"]);
    const errors = timeline().feedErrors;
    expect(Object.keys(errors)).toEqual(["far@example.test"]);
    expect(errors["far@example.test"]?.code).toBe("remote-server-timeout");

    errors["far@example.test"]?.retry();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(timeline().feedErrors).toEqual({});
  });
});

/** Lets promise callbacks run, but no timer (nor a frame). */
async function settled(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/**
 * A session whose first feed request waits for `answerFirst()`; the
 * others are answered at once. `asked` lists the owners asked for.
 */
function slowFirstFeed() {
  const asked: BareJid[] = [];
  let release = () => {};
  live.session = fakeSession({
    fetchFeed(owner: BareJid): Promise<FeedPage> {
      asked.push(owner);
      const page = { posts: [], complete: true };
      if (asked.length > 1) return Promise.resolve(page);
      return new Promise((resolve) => (release = () => resolve(page)));
    },
  });
  return { asked, answerFirst: () => release() };
}
