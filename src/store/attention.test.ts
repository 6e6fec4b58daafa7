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

describe("attention store", () => {
  beforeEach(() => {
    resetAll();
    live.session = fakeSession();
    page.hidden = true;
    page.shown = [];
    attention().seen();
  });

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
