// case-26: a roster of 8,000 and a presence flood. What must stay linear
// is counted here: store updates per batch, feed requests in flight, and
// cache transactions per batch. Nothing here measures time.
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { case26Jid, case26Presence, case26Roster } from "../../test/fixtures";
import { deleteAccountCache, openAccountCache } from "../cache";
import type { BareJid } from "../model";
import type { FeedPage, RosterItem } from "../xmpp";
import { parsePresence } from "../xmpp/presence";
import { parseRosterResult } from "../xmpp/roster";
import { loadFeeds } from "./feeds";
import { followedJids } from "./follows";
import { makeHandlers } from "./handlers";
import { live } from "./live";
import { useRosterStore } from "./roster";
import { afterFrames, fakeSession, ME, resetAll } from "./testFakes";

const roster = () => useRosterStore.getState();

/** The case's 8,000 items, read as the session reads a roster result. */
function bigRoster(): { items: RosterItem[]; ver: string | null } {
  const result = parseRosterResult(case26Roster(), "bob@example.test");
  if (result.kind !== "roster") throw new Error("case-26 holds a roster");
  return { items: result.items, ver: result.ver ?? null };
}

/** Counts the roster store's notifications to its subscribers. */
function countUpdates(): () => number {
  let updates = 0;
  const stop = useRosterStore.subscribe(() => updates++);
  afterEach(stop);
  return () => updates;
}

describe("case-26: a roster of 8,000 contacts", () => {
  beforeEach(resetAll);
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("reads the roster result whole, with its version", () => {
    const { items, ver } = bigRoster();

    expect(items).toHaveLength(8000);
    expect(ver).toBe("big-1");
    expect(items.filter((item) => item.pending)).toHaveLength(8);
  });

  it("shows the login's roster in one store update", () => {
    const updates = countUpdates();
    const { items, ver } = bigRoster();

    roster().setRoster(items, ver);

    expect(updates()).toBe(1);
    expect(Object.keys(roster().contacts)).toHaveLength(8000);
  });

  it("takes 8,000 presences in one store update", async () => {
    vi.useFakeTimers();
    const { items, ver } = bigRoster();
    roster().setRoster(items, ver);
    const handlers = makeHandlers(live.generation, () => undefined);
    const updates = countUpdates();

    for (let n = 1; n <= 8000; n++) {
      const presence = parsePresence(case26Presence(n));
      if (presence?.kind !== "availability") throw new Error("not presence");
      handlers.onPresence(presence.jid, presence.availability);
    }
    expect(updates()).toBe(0);
    await vi.runAllTimersAsync();

    expect(updates()).toBe(1);
    const online = Object.values(roster().contacts).filter(
      (contact) => contact.availability === "online",
    );
    expect(online).toHaveLength(8000);
  });

  it("applies a flood of roster pushes in one store update", async () => {
    const { items, ver } = bigRoster();
    roster().setRoster(items, ver);
    const handlers = makeHandlers(live.generation, () => undefined);
    const updates = countUpdates();

    for (let n = 1; n <= 500; n++) {
      handlers.onRosterRemove(case26Jid(n), `big-${n + 1}`);
    }
    await afterFrames();

    expect(updates()).toBe(1);
    expect(Object.keys(roster().contacts)).toHaveLength(7500);
    expect(roster().ver).toBe("big-501");
  });

  it("never has more than 10 feed requests in flight at login", async () => {
    const { items } = bigRoster();
    let inFlight = 0;
    let most = 0;
    const asked: BareJid[] = [];
    live.session = fakeSession({
      async fetchFeed(owner): Promise<FeedPage> {
        asked.push(owner);
        most = Math.max(most, ++inFlight);
        // The answer comes in a later task, as from a socket.
        await new Promise((resolve) => setTimeout(resolve, 0));
        inFlight--;
        return { posts: [], complete: true };
      },
    });
    const followed = followedJids(items);

    await loadFeeds([ME, ...followed]);

    expect(asked).toHaveLength(followed.length + 1);
    expect(most).toBeLessThanOrEqual(10);
  });
});

describe("case-26: the cache of a roster of 8,000", () => {
  const jid = "bob@example.test";
  /** Each read-write transaction, as the names of the stores it spans. */
  let writes: string[];

  beforeEach(async () => {
    resetAll();
    live.cache = await openAccountCache(jid);
    writes = [];
    const open = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, "transaction").mockImplementation(function (
      this: IDBDatabase,
      stores,
      mode,
      options,
    ) {
      if (mode === "readwrite") writes.push([stores].flat().join("+"));
      return open.call(this, stores, mode, options);
    });
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    live.cache?.close();
    live.cache = null;
    await deleteAccountCache(jid);
  });

  /** Waits until the cache holds the roster version `ver`. */
  async function stored(ver: string) {
    await vi.waitFor(async () => {
      expect((await live.cache?.loadRoster())?.ver).toBe(ver);
    });
  }

  it("writes the login's roster in one transaction", async () => {
    const { items, ver } = bigRoster();
    roster().setRoster(items, ver);
    await stored("big-1");

    expect(writes).toEqual(["contacts+rosterVer"]);
    expect((await live.cache?.loadRoster())?.contacts).toHaveLength(8000);
  });

  it("writes a frame's 500 removals in one transaction per store", async () => {
    const { items, ver } = bigRoster();
    roster().setRoster(items, ver);
    await stored("big-1");
    writes = [];
    const handlers = makeHandlers(live.generation, () => undefined);

    for (let n = 1; n <= 500; n++) {
      handlers.onRosterRemove(case26Jid(n), `big-${n + 1}`);
    }

    await stored("big-501");

    // The roster's change, and the removed contacts' posts going.
    expect(writes.sort()).toEqual(["contacts+rosterVer", "posts"]);
    expect((await live.cache?.loadRoster())?.contacts).toHaveLength(7500);
  });
});
