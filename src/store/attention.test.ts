import { beforeEach, describe, expect, it, vi } from "vitest";
import { useAttentionStore } from "./attention";
import { live } from "./live";
import { fakeSession, makePost, ME, resetAll } from "./testFakes";
import { useTimelineStore } from "./timeline";

const page = vi.hoisted(() => ({ hidden: true, shown: [] as string[] }));

vi.mock("../browser/notifications", () => ({
  notificationPermission: () => "granted",
  askNotificationPermission: async () => "granted",
  pageHidden: () => page.hidden,
  showNotification: (title: string, body: string) =>
    page.shown.push(`${title}: ${body}`),
}));

const BOB = "bob@example.test";
const attention = () => useAttentionStore.getState();

beforeEach(() => {
  resetAll();
  live.session = fakeSession();
  page.hidden = true;
  page.shown = [];
  attention().seen();
});

describe("attention store", () => {
  it("#noticePosts counts and announces a friend's post while hidden", () => {
    attention().noticePosts([makePost(BOB, "a", 1000)]);

    expect(attention().unread).toBe(1);
    expect(page.shown).toEqual(["bob@example.test posted: post a"]);
  });

  it("#noticePosts counts the second copy of an event once", () => {
    const post = makePost(BOB, "a", 1000);
    attention().noticePosts([post, { ...post }]);
    useTimelineStore.getState().receivePosts([post]);
    attention().noticePosts([{ ...post }]);

    expect(attention().unread).toBe(1);
  });

  it("#noticePosts ignores our own posts", () => {
    attention().noticePosts([makePost(ME, "a", 1000)]);

    expect(attention().unread).toBe(0);
    expect(page.shown).toEqual([]);
  });

  it("#noticePosts does nothing while the page is in sight", () => {
    page.hidden = false;
    attention().noticePosts([makePost(BOB, "a", 1000)]);

    expect(attention().unread).toBe(0);
    expect(page.shown).toEqual([]);
  });

  it("#seen clears the count", () => {
    attention().noticePosts([makePost(BOB, "a", 1000)]);
    attention().seen();

    expect(attention().unread).toBe(0);
  });
});

describe("attention to comments on our posts", () => {
  const comment = (itemId: string, author: string, like = false) => ({
    itemId,
    author,
    verified: true,
    body: { kind: "text" as const, text: like ? "♥" : `says ${itemId}` },
    published: new Date(1000).toISOString(),
    sortTime: 1000,
    like,
  });

  it("announces a comment and a like on our post while hidden", () => {
    const post = makePost(ME, "p1", 1000);
    attention().noticeComments(post, [
      comment("c1", BOB),
      comment("l1", BOB, true),
    ]);

    expect(attention().unread).toBe(2);
    expect(page.shown).toEqual([
      "bob@example.test commented on your post: says c1",
      "bob@example.test liked your post: post p1",
    ]);
  });

  it("announces each comment once, though the event comes twice", () => {
    const post = makePost(ME, "p2", 1000);
    attention().noticeComments(post, [comment("c1", BOB)]);
    attention().noticeComments(post, [comment("c1", BOB)]);

    expect(attention().unread).toBe(1);
  });

  it("stays quiet about our own comments and others' posts", () => {
    attention().noticeComments(makePost(ME, "p3", 1000), [comment("c", ME)]);
    attention().noticeComments(makePost(BOB, "p4", 1000), [comment("c", BOB)]);

    expect(attention().unread).toBe(0);
    expect(page.shown).toEqual([]);
  });
});
