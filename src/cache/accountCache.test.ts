import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "../log";
import type { Post } from "../model";
import { makeContact, makeOutboxEntry, makePost } from "./fixtures";
import type { AccountCache } from "./index";
import { deleteAccountCache, openAccountCache } from "./index";

const ALICE = "alice@example.test";
const BOB = "bob@example.test";
const CAROL = "carol@example.test";

let cache: AccountCache;

beforeEach(async () => {
  cache = await openAccountCache(ALICE);
});

afterEach(async () => {
  cache.close();
  await deleteAccountCache(ALICE);
  vi.restoreAllMocks();
});

function texts(posts: Post[]): string[] {
  return posts.map((post) => post.body.text);
}

describe("AccountCache contacts", () => {
  it("loads back the contacts it saved", async () => {
    const contacts = [makeContact(BOB, "Bob"), makeContact(CAROL)];
    await cache.saveContacts(contacts, null);

    expect(await cache.loadContacts()).toEqual(contacts);
  });

  it("replaces the whole set on each save", async () => {
    await cache.saveContacts([makeContact(BOB), makeContact(CAROL)], null);
    await cache.saveContacts([makeContact(CAROL, "Carol")], null);

    expect(await cache.loadContacts()).toEqual([makeContact(CAROL, "Carol")]);
  });

  it("keeps the roster version with the contacts (XEP-0237)", async () => {
    expect(await cache.loadRoster()).toEqual({ contacts: [], ver: null });

    await cache.saveContacts([makeContact(BOB)], "v1");
    expect(await cache.loadRoster()).toEqual({
      contacts: [makeContact(BOB)],
      ver: "v1",
    });

    await cache.saveContacts([makeContact(BOB)], null);
    expect((await cache.loadRoster()).ver).toBeNull();
  });

  it("updates some contacts and the version together", async () => {
    await cache.saveContacts([makeContact(BOB), makeContact(CAROL)], "v1");
    await cache.updateContacts([makeContact(BOB, "Bobby")], [CAROL], "v2");

    expect(await cache.loadRoster()).toEqual({
      contacts: [makeContact(BOB, "Bobby")],
      ver: "v2",
    });
  });

  it("stores neither contacts nor version when the write fails", async () => {
    await cache.saveContacts([makeContact(BOB)], "v1");
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    const broken = { ...makeContact(CAROL), name: () => "not clonable" };

    await expect(
      cache.updateContacts([broken as never], [BOB], "v2"),
    ).rejects.toMatchObject({ code: "storage" });
    expect(await cache.loadRoster()).toEqual({
      contacts: [makeContact(BOB)],
      ver: "v1",
    });
  });
});

describe("AccountCache posts", () => {
  it("loads the newest posts, newest first, and no older ones", async () => {
    await cache.putPosts([
      makePost(BOB, "old", 1000),
      makePost(CAROL, "newest", 4000),
      makePost(BOB, "older", 2000),
      makePost(CAROL, "newer", 3000),
    ]);

    expect(texts(await cache.loadTimeline(2))).toEqual(["newest", "newer"]);
  });

  it("reads the newest window through the sortTime index", async () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      makePost(BOB, `${i}`, i * 1000),
    );
    await cache.putPosts(many);
    const storeReads = [
      vi.spyOn(IDBObjectStore.prototype, "getAll"),
      vi.spyOn(IDBObjectStore.prototype, "openCursor"),
    ];
    const indexReads = vi.spyOn(IDBIndex.prototype, "openCursor");

    const newest = await cache.loadTimeline(20);

    expect(texts(newest)).toEqual(texts(many.slice(-20).reverse()));
    for (const read of storeReads) expect(read).not.toHaveBeenCalled();
    expect(indexReads).toHaveBeenCalledWith(null, "prev");
  });

  it("cuts posts of the same time where comparePosts does", async () => {
    await cache.putPosts([
      makePost(CAROL, "1", 1000, "carol"),
      makePost(ALICE, "1", 1000, "alice"),
      makePost(BOB, "1", 1000, "bob"),
    ]);

    expect(texts(await cache.loadTimeline(2))).toEqual(["alice", "bob"]);
  });

  it("loads nothing for a limit that is not positive", async () => {
    await cache.putPosts([makePost(BOB, "1", 1000)]);

    expect(await cache.loadTimeline(0)).toEqual([]);
  });

  it("replaces a post that has the same key", async () => {
    await cache.putPosts([makePost(BOB, "1", 1000, "first")]);
    await cache.putPosts([makePost(BOB, "1", 1000, "edited")]);

    expect(texts(await cache.loadTimeline(10))).toEqual(["edited"]);
  });

  it("writes none of a batch when one post cannot be stored", async () => {
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    const unclonable = { ...makePost(BOB, "2", 2000), body: () => "x" };
    const batch = [makePost(BOB, "1", 1000), unclonable as unknown as Post];

    await expect(cache.putPosts(batch)).rejects.toMatchObject({
      code: "storage",
    });
    expect(await cache.loadTimeline(10)).toEqual([]);
  });

  it("deletes only the post with the given key", async () => {
    const kept = makePost(BOB, "1", 1000);
    const gone = makePost(BOB, "2", 2000);
    await cache.putPosts([kept, gone]);

    await cache.deletePost(gone.key);

    expect(await cache.loadTimeline(10)).toEqual([kept]);
  });

  it("deletes every post of the publishers given and no other", async () => {
    const carols = makePost(CAROL, "1", 1500);
    await cache.putPosts([
      makePost(BOB, "1", 1000),
      carols,
      makePost(BOB, "2", 2000),
      makePost(ALICE, "1", 3000),
    ]);

    await cache.deletePostsOf([BOB, ALICE]);

    expect(await cache.loadTimeline(10)).toEqual([carols]);
  });

  it("rejects with code quota when the browser has no space left", async () => {
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("No space", "QuotaExceededError");
    });

    await expect(
      cache.putPosts([makePost(BOB, "1", 1000)]),
    ).rejects.toMatchObject({ code: "quota", reason: "quota" });
  });
});

describe("AccountCache outbox", () => {
  it("loads entries oldest first", async () => {
    const later = makeOutboxEntry("a", "2024-05-02T10:00:00.000Z");
    const earlier = makeOutboxEntry("b", "2024-05-01T10:00:00.000Z");
    await cache.putOutbox(later);
    await cache.putOutbox(earlier);

    expect(await cache.loadOutbox()).toEqual([earlier, later]);
  });

  it("replaces the entry with the same item id", async () => {
    const entry = makeOutboxEntry("a", "2024-05-01T10:00:00.000Z");
    await cache.putOutbox(entry);
    await cache.putOutbox({ ...entry, error: "timeout" });

    expect(await cache.loadOutbox()).toEqual([{ ...entry, error: "timeout" }]);
  });

  it("deletes the entry with the given item id", async () => {
    const kept = makeOutboxEntry("a", "2024-05-01T10:00:00.000Z");
    await cache.putOutbox(kept);
    await cache.putOutbox(makeOutboxEntry("b", "2024-05-02T10:00:00.000Z"));

    await cache.deleteOutbox("b");

    expect(await cache.loadOutbox()).toEqual([kept]);
  });
});

describe("AccountCache#hasOutbox", () => {
  it("tells whether an entry with the item id is kept", async () => {
    await cache.putOutbox(makeOutboxEntry("a", "2024-05-01T10:00:00.000Z"));

    expect(await cache.hasOutbox("a")).toBe(true);
    expect(await cache.hasOutbox("b")).toBe(false);
  });
});

describe("AccountCache profile", () => {
  it("loads an empty profile before one is saved", async () => {
    expect(await cache.loadProfile()).toEqual({});
  });

  it("loads back the profile it saved", async () => {
    await cache.saveProfile({ nick: "Alice" });

    expect(await cache.loadProfile()).toEqual({ nick: "Alice" });
  });
});
