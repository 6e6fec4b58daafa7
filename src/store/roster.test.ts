import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "../log";
import { live } from "./live";
import type { RosterItem } from "../xmpp";
import { cachedRoster, useRosterStore } from "./roster";
import { fakeCache, fakeSession, resetAll } from "./testFakes";

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

/** Lets the frame's cache writes go out (a task, under Node) and settle. */
async function afterFrame(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await Promise.resolve();
}

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
    await afterFrame();
    expect(calls).toEqual([]);

    roster().setRoster(contacts, "v2");
    await afterFrame();
    expect(calls).toEqual(["saveContacts 2 v2"]);
  });

  it("writes a frame's pushes in one transaction, with the last version", async () => {
    const calls: string[] = [];
    live.cache = fakeCache(calls);
    roster().setRoster([item("a@example.test")], "v1");
    await afterFrame();
    calls.length = 0;

    roster().upsertItem(item("b@example.test"), "v2");
    roster().upsertItem(item("c@example.test"), "v3");
    roster().upsertItem({ ...item("b@example.test"), name: "B" }, "v4");
    roster().removeContact("a@example.test", "v5");
    await afterFrame();

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
    roster().upsertItem(item("a@example.test"), "v2");
    await afterFrame();

    live.cache = cache;
    roster().upsertItem(item("b@example.test"), "v3");
    await afterFrame();
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
