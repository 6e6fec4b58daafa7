import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import {
  makeContact,
  makeOutboxEntry,
  makePost,
  memoryStoragePerTest,
} from "./fixtures";
import {
  deleteAccountCache,
  openAccountCache,
  openEarlyCache,
  saveLastAccount,
  takeEarlyCache,
  takeWarmStart,
} from "./index";

const ALICE = "alice@example.test";
const BOB = "bob@example.test";

memoryStoragePerTest();

afterEach(async () => {
  // Nothing may stay waiting for the next test.
  await takeWarmStart(ALICE)?.catch(() => undefined);
  const left = takeEarlyCache(ALICE);
  await left?.then((cache) => cache.close());
  await deleteAccountCache(ALICE);
});

describe("openEarlyCache", () => {
  it("hands the last account's cache, open, to the first who asks", async () => {
    saveLastAccount({ jid: ALICE });
    openEarlyCache();

    const cache = await takeEarlyCache(ALICE);
    expect(cache).toBeDefined();
    await cache?.putPosts([makePost(BOB, "1", 1000)]);
    expect(await cache?.loadTimeline(10)).toHaveLength(1);
    expect(takeEarlyCache(ALICE)).toBeNull();
    cache?.close();
  });

  it("opens nothing when no account was used before", () => {
    openEarlyCache();

    expect(takeEarlyCache(ALICE)).toBeNull();
  });

  it("lets the cache go when another account asks first", () => {
    saveLastAccount({ jid: ALICE });
    openEarlyCache();

    expect(takeEarlyCache(BOB)).toBeNull();
    expect(takeEarlyCache(ALICE)).toBeNull();
  });
});

describe("takeWarmStart", () => {
  it("hands over what a reload paints, read while the app loads", async () => {
    const filled = await openAccountCache(ALICE);
    await filled.saveContacts([makeContact(BOB, "Bob")], "v7");
    await filled.putPosts([
      makePost(BOB, "older", 1000),
      makePost(BOB, "newer", 2000),
    ]);
    await filled.putOutbox(makeOutboxEntry("draft-1", "2026-01-01T00:00:00Z"));
    filled.close();
    saveLastAccount({ jid: ALICE });
    openEarlyCache();

    const start = await takeWarmStart(ALICE);
    expect(start?.posts.map((post) => post.itemId)).toEqual(["newer", "older"]);
    expect(start?.roster.contacts.map((contact) => contact.jid)).toEqual([BOB]);
    expect(start?.roster.ver).toBe("v7");
    expect(start?.outbox.map((entry) => entry.draft.itemId)).toEqual([
      "draft-1",
    ]);
    expect(takeWarmStart(ALICE)).toBeNull();
  });

  it("hands nothing to another account", () => {
    saveLastAccount({ jid: ALICE });
    openEarlyCache();

    expect(takeWarmStart(BOB)).toBeNull();
    expect(takeWarmStart(ALICE)).toBeNull();
  });
});
