import "fake-indexeddb/auto";
import { forceCloseDatabase } from "fake-indexeddb";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "../log";
import { BLOCKED_WAIT_MS } from "./deadline";
import { makeContact, makePost } from "./fixtures";
import type { AccountCache } from "./index";
import { DB_VERSION, migrate } from "./schema";
import type { PepperSchema } from "./schema";
import { deleteAccountCache, openAccountCache } from "./index";

const ALICE = "alice@example.test";
const BOB = "bob@example.test";

let caches: AccountCache[] = [];

async function open(jid: string): Promise<AccountCache> {
  const cache = await openAccountCache(jid);
  caches.push(cache);
  return cache;
}

/** Keeps every raw connection the code under test opens, newest last. */
function watchConnections(): IDBDatabase[] {
  const connections: IDBDatabase[] = [];
  const realOpen = indexedDB.open.bind(indexedDB);
  vi.spyOn(indexedDB, "open").mockImplementation((name, version) => {
    const request = realOpen(name, version);
    request.addEventListener("success", () => connections.push(request.result));
    return request;
  });
  return connections;
}

beforeEach(() => {
  // The failures below are expected; their log lines are not the subject.
  vi.spyOn(log, "error").mockImplementation(() => undefined);
  vi.spyOn(log, "warn").mockImplementation(() => undefined);
});

afterEach(async () => {
  for (const cache of caches) cache.close();
  caches = [];
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  await deleteAccountCache(ALICE);
  await deleteAccountCache(BOB);
});

describe("openAccountCache", () => {
  it("keeps each account's data apart", async () => {
    const alice = await open(ALICE);
    const bob = await open(BOB);
    await alice.saveContacts([makeContact(BOB)], null);
    await alice.putPosts([makePost(BOB, "1", 1000)]);

    expect(await bob.loadContacts()).toEqual([]);
    expect(await bob.loadTimeline(10)).toEqual([]);
  });

  it("rejects with a storage error when there is no IndexedDB", async () => {
    vi.stubGlobal("indexedDB", undefined);

    await expect(openAccountCache(ALICE)).rejects.toMatchObject({
      code: "storage",
      reason: "unavailable",
    });
  });

  it("upgrades a version 1 database, keeping its contacts", async () => {
    const old = await openDB<PepperSchema>(`pepper:${ALICE}`, 1, {
      upgrade: (db, from, _to, tx) => migrate(db, from, 1, tx),
    });
    await old.put("contacts", makeContact(BOB));
    old.close();

    const cache = await open(ALICE);
    expect(await cache.loadRoster()).toEqual({
      contacts: [makeContact(BOB)],
      ver: null,
    });
  });

  it("lets another tab upgrade, then rejects as outdated", async () => {
    const cache = await open(ALICE);

    // Resolves only because the cache closes its connection on `blocking`.
    const newer = await openDB(`pepper:${ALICE}`, DB_VERSION + 1);
    newer.close();

    await expect(cache.loadContacts()).rejects.toMatchObject({
      code: "storage-outdated",
      reason: "outdated",
    });
  });

  it("opens the database again after the browser closed it", async () => {
    const connections = watchConnections();
    const cache = await open(ALICE);
    await cache.saveContacts([makeContact(BOB)], null);

    // The package types the parameter as the class, not an instance.
    const [first] = connections as unknown as [typeof IDBDatabase];
    forceCloseDatabase(first);

    expect(await cache.loadContacts()).toEqual([makeContact(BOB)]);
    expect(connections).toHaveLength(2);
  });

  it("rejects calls made after close", async () => {
    const cache = await open(ALICE);
    cache.close();

    await expect(cache.loadProfile()).rejects.toMatchObject({
      code: "storage",
    });
  });
});

describe("upgrading a database of an earlier version", () => {
  it("keeps version 1's posts and adds the avatars of version 2", async () => {
    const v1 = await openDB<PepperSchema>(`pepper:${ALICE}`, 1, {
      upgrade: (db, old, _new, tx) => migrate(db, old, 1, tx),
    });
    await v1.put("posts", makePost(BOB, "1", 1000));
    v1.close();

    const cache = await open(ALICE);
    await cache.putAvatar({ jid: BOB, id: null });

    expect(await cache.loadTimeline(10)).toEqual([makePost(BOB, "1", 1000)]);
    expect(await cache.loadAvatars()).toEqual([{ jid: BOB, id: null }]);
  });
});

describe("deleteAccountCache", () => {
  it("removes the account's data, so a new open is empty", async () => {
    const cache = await open(ALICE);
    await cache.putPosts([makePost(BOB, "1", 1000)]);
    cache.close();

    await deleteAccountCache(ALICE);

    expect(await (await open(ALICE)).loadTimeline(10)).toEqual([]);
  });

  it("resolves when the account has no database", async () => {
    await expect(deleteAccountCache("nobody@example.test")).resolves.toBe(
      undefined,
    );
  });

  it("rejects as blocked while another tab keeps the database", async () => {
    // Another tab's connection that does not close on `versionchange`.
    const other = await openDB(`pepper:${ALICE}`, 1);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const warned = new Promise<void>((resolve) =>
      vi.mocked(log.warn).mockImplementation(() => resolve()),
    );

    const deleting = deleteAccountCache(ALICE);
    await warned;
    vi.advanceTimersByTime(BLOCKED_WAIT_MS);

    await expect(deleting).rejects.toMatchObject({
      code: "storage-blocked",
      reason: "blocked",
    });
    other.close();
  });
});
