import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FeedPage, Session } from "../xmpp";
import { useSessionStore } from "./session";
import { fakeSession, ME, resetAll } from "./testFakes";

const connect = vi.fn<() => Promise<Session>>();
vi.mock("../xmpp", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../xmpp")>()),
  loadSession: () => Promise.resolve({ connect }),
}));

const BOB = "bob@example.test";
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("useSessionStore#login", () => {
  beforeEach(resetAll);

  it("sends presence once every feed is answered, then reads ours again", async () => {
    const events: string[] = [];
    let answerBob = () => {};
    const empty: FeedPage = { posts: [], complete: true };
    connect.mockResolvedValue(
      fakeSession({
        roster: [{ jid: BOB, subscription: "both", pending: false }],
        fetchFeed(owner) {
          events.push(`fetch ${owner}`);
          if (owner !== BOB) return Promise.resolve(empty);
          return new Promise((resolve) => (answerBob = () => resolve(empty)));
        },
        announce() {
          events.push("presence");
          return Promise.resolve();
        },
      }),
    );

    await useSessionStore.getState().login({ jid: ME, password: "secret" });
    await vi.waitFor(() => expect(events).toContain(`fetch ${BOB}`));
    for (let i = 0; i < 5; i++) await tick();
    expect(events).not.toContain("presence");

    answerBob();
    // What our other tabs published before presence made us a recipient.
    const last = () => events.slice(-2);
    await vi.waitFor(() => expect(last()).toEqual(["presence", `fetch ${ME}`]));
  });
});
