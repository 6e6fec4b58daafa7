import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "../log";
import { live } from "./live";
import type { RosterItem } from "../xmpp";
import { cachedRoster, useRosterStore } from "./roster";
import { afterFrames, fakeCache, fakeSession, resetAll } from "./testFakes";

const roster = () => useRosterStore.getState();

describe("roster store", () => {
  beforeEach(resetAll);

  it("#addContact refuses an invalid JID without a request", async () => {
    const asked: string[] = [];
    live.session = fakeSession({
      addContact(jid) {
        asked.push(jid);
        return Promise.resolve();
      },
    });

    await roster().addContact("not a jid");

    expect(roster().adding).toEqual({ status: "failed", error: "invalid-jid" });
    expect(asked).toEqual([]);
  });

  it("keeps presence that arrived before the roster", () => {
    roster().setAvailability([["bob@example.test", "away"]]);
    roster().setRoster(
      [{ jid: "bob@example.test", subscription: "both", pending: false }],
      null,
    );
    expect(roster().contacts["bob@example.test"]?.availability).toBe("away");
  });

  it("#acceptRequest answers and forgets the request", async () => {
    live.session = fakeSession();
    roster().addRequest("carol@example.test");
    roster().addRequest("carol@example.test");
    expect(roster().requests).toEqual(["carol@example.test"]);

    await roster().acceptRequest("carol@example.test");
    expect(roster().requests).toEqual([]);
  });
});

const item = (jid: string): RosterItem => ({
  jid,
  subscription: "both",
  pending: false,
});

describe("roster store and the cache (XEP-0237)", () => {
  beforeEach(resetAll);
  afterEach(() => vi.restoreAllMocks());

  it("leaves the cache alone when the version says it holds the roster", async () => {
    const calls: string[] = [];
    live.cache = fakeCache(calls);
    const contacts = [item("a@example.test"), item("b@example.test")];
    roster().showCached(
      contacts.map((c) => ({ ...c, availability: "offline" })),
      "v1",
    );

    roster().setRoster(contacts, "v1");
    await afterFrames();
    expect(calls).toEqual([]);

    roster().setRoster(contacts, "v2");
    await afterFrames();
    expect(calls).toEqual(["saveContacts 2 v2"]);
  });

  it("writes a frame's pushes in one transaction, with the last version", async () => {
    const calls: string[] = [];
    live.cache = fakeCache(calls);
    roster().setRoster([item("a@example.test")], "v1");
    await afterFrames();
    calls.length = 0;

    roster().applyPushes([{ item: item("b@example.test"), ver: "v2" }]);
    roster().applyPushes([{ item: item("c@example.test"), ver: "v3" }]);
    roster().applyPushes([
      { item: { ...item("b@example.test"), name: "B" }, ver: "v4" },
      { removed: "a@example.test", ver: "v5" },
    ]);
    await afterFrames();

    expect(calls).toEqual(["updateContacts 2 1 v5"]);
    expect(roster().ver).toBe("v5");
  });

  it("rewrites the whole roster after a failed write", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const calls: string[] = [];
    const cache = fakeCache(calls);
    live.cache = {
      ...cache,
      updateContacts: () => Promise.reject(new Error("disk full")),
    };
    roster().applyPushes([{ item: item("a@example.test"), ver: "v2" }]);
    await afterFrames();

    live.cache = cache;
    roster().applyPushes([{ item: item("b@example.test"), ver: "v3" }]);
    await afterFrames();
    expect(calls).toEqual(["saveContacts 2 v3"]);
  });

  it("offers the roster on screen to the next login only with a version", () => {
    roster().showCached([], null);
    expect(cachedRoster()).toBeUndefined();

    roster().setRoster([{ ...item("a@example.test"), name: "A" }], "v7");
    expect(cachedRoster()).toEqual({
      ver: "v7",
      items: [{ ...item("a@example.test"), name: "A" }],
    });
  });
});
