import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { makePost, memoryStoragePerTest } from "./fixtures";
import {
  deleteAccountCache,
  openEarlyCache,
  saveLastAccount,
  takeEarlyCache,
} from "./index";

const ALICE = "alice@example.test";
const BOB = "bob@example.test";

memoryStoragePerTest();

afterEach(async () => {
  // Nothing may stay waiting for the next test.
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
