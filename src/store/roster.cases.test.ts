// case-28: what the stores make of each subscription step: whose request
// waits for an answer, who stays a contact, whose posts are fetched.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { caseStanza } from "../../test/fixtures";
import type { BareJid } from "../model";
import type { FeedPage, SessionHandlers } from "../xmpp";
import { parseRosterPush } from "../xmpp/roster";
import { makeHandlers } from "./handlers";
import { live } from "./live";
import { startResync } from "./resync";
import { useRosterStore } from "./roster";
import {
  fakeCache,
  fakeSession,
  makePost,
  ME,
  resetAll,
  afterFrames,
} from "./testFakes";
import { useTimelineStore } from "./timeline";

const ERIN = "erin@example.test";
const roster = () => useRosterStore.getState();

/**
 * Hands the roster push of `step` to the handlers, as the session does,
 * and waits for the frame that applies it.
 */
async function push(handlers: SessionHandlers, step: string): Promise<void> {
  const read = parseRosterPush(caseStanza("case-28", step), "bob@example.test");
  if (read?.kind === "item") handlers.onRosterItem(read.item, read.ver);
  if (read?.kind === "remove") handlers.onRosterRemove(read.jid, read.ver);
  await afterFrames();
}

describe("case-28: subscription states in the stores", () => {
  let fetched: BareJid[];
  let accepted: BareJid[];
  let cacheCalls: string[];
  let handlers: SessionHandlers;

  beforeEach(() => {
    resetAll();
    fetched = [];
    accepted = [];
    cacheCalls = [];
    live.session = fakeSession({
      fetchFeed(owner): Promise<FeedPage> {
        fetched.push(owner);
        return Promise.resolve({ posts: [], complete: true });
      },
      acceptSubscription(jid) {
        accepted.push(jid);
        return Promise.resolve();
      },
    });
    live.cache = fakeCache(cacheCalls);
    handlers = makeHandlers(live.generation, () => undefined);
  });

  afterEach(() => vi.useRealTimers());

  it("step 1: shows our pending request as such, with the push's version", async () => {
    await push(handlers, "1");

    expect(roster().contacts["frank@example.test"]).toMatchObject({
      subscription: "none",
      pending: true,
    });
    expect(roster().ver).toBe("v20");
  });

  it("step 1, then the server's word: the item alone decides", async () => {
    await push(handlers, "1");
    handlers.onRosterItem(
      { jid: "frank@example.test", subscription: "to", pending: false },
      "v20b",
    );
    await afterFrames();

    expect(roster().contacts["frank@example.test"]).toMatchObject({
      subscription: "to",
      pending: false,
    });
  });

  it("steps 2-3: a stranger's request waits for an answer, then is accepted", async () => {
    handlers.onSubscriptionRequest("carol@example.test");
    expect(roster().requests).toEqual(["carol@example.test"]);
    expect(roster().contacts).toEqual({});

    await roster().acceptRequest("carol@example.test");
    expect(accepted).toEqual(["carol@example.test"]);
    expect(roster().requests).toEqual([]);
  });

  it("step 5: a one-way contact's feed is never asked for, not even on re-reads", async () => {
    await push(handlers, "5");
    vi.useFakeTimers();
    const stop = startResync({
      visibilityState: "visible",
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    });

    await vi.advanceTimersByTimeAsync(3 * 2 * 60_000);
    stop();

    expect(roster().contacts[ERIN]?.subscription).toBe("from");
    expect(fetched).not.toContain(ERIN);
    expect(fetched.filter((jid) => jid === ME).length).toBeGreaterThan(1);
  });

  it("step 6: removal drops the contact and purges their cached posts", async () => {
    await push(handlers, "5");
    useTimelineStore
      .getState()
      .showCached([makePost(ERIN, "e1", 2000), makePost(ME, "m1", 1000)]);

    await push(handlers, "6");

    expect(roster().contacts[ERIN]).toBeUndefined();
    expect(roster().ver).toBe("v22");
    const left = useTimelineStore.getState().sorted;
    expect(left.map((post) => post.publisher)).toEqual([ME]);
    expect(cacheCalls).toContain(`deletePostsOf ${ERIN}`);
    expect(cacheCalls).toContain("updateContacts 0 1 v22");
  });
});
