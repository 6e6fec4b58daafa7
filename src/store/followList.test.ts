import { beforeEach, describe, expect, it } from "vitest";
import { PepperError } from "../xmpp";
import { useFollowStore } from "./followList";
import { live } from "./live";
import { fakeSession, makePost, resetAll } from "./testFakes";
import { useTimelineStore } from "./timeline";

const follows = () => useFollowStore.getState();
const ALICE = "alice@example.test";

describe("follow list store", () => {
  beforeEach(() => {
    resetAll();
    follows().reset();
  });

  it("#follow lists the person and loads their feed", async () => {
    const asked: string[] = [];
    live.session = fakeSession({
      follow: async (jid) => void asked.push(`follow ${jid}`),
      fetchFeed: async (owner) => {
        asked.push(`feed ${owner}`);
        return { posts: [makePost(ALICE, "a1", 1000)], complete: true };
      },
    });

    expect(await follows().follow(" Alice@Example.test ")).toBe(ALICE);

    expect(follows().followed).toEqual([ALICE]);
    expect(follows().actions).toEqual({});
    await expect
      .poll(() => useTimelineStore.getState().sorted.map((p) => p.key))
      .toEqual([`${ALICE} a1`]);
    expect(asked).toEqual([`follow ${ALICE}`, `feed ${ALICE}`]);
  });

  it.each(["forbidden", "presence-subscription-required"])(
    "#follow says friends only when the server answers %s",
    async (condition) => {
      live.session = fakeSession({
        follow: () => Promise.reject(new PepperError(condition)),
      });

      await follows().follow(ALICE);

      expect(follows().followed).toEqual([]);
      expect(follows().actions[ALICE]).toEqual({
        status: "failed",
        error: "follow-friends-only",
      });
    },
  );

  it("#follow refuses what is not a Jabber ID, asking nothing", async () => {
    live.session = fakeSession({
      follow: () => Promise.reject(new Error("must not be asked")),
    });

    expect(await follows().follow("not a jid")).toBeNull();
    expect(follows().inputError).toBe("invalid-jid");
  });

  it("#unfollow drops the person and their posts", async () => {
    live.session = fakeSession({
      fetchFollows: async () => [ALICE],
      unfollow: async () => undefined,
    });
    await follows().load();
    useTimelineStore.getState().showCached([makePost(ALICE, "a1", 1000)]);

    await follows().unfollow(ALICE);

    expect(follows().followed).toEqual([]);
    expect(useTimelineStore.getState().sorted).toEqual([]);
  });

  it("#load gives null, not an empty list, when the list is unreadable", async () => {
    live.session = fakeSession({
      fetchFollows: () => Promise.reject(new PepperError("timeout")),
    });

    expect(await follows().load()).toBeNull();
  });
});
