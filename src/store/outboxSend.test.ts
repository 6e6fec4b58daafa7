import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PostDraft } from "../model";
import { PepperError } from "../xmpp";
import { live } from "./live";
import { useOutboxStore } from "./outbox";
import { send } from "./outboxSend";
import { fakeCache, fakeSession, postFromDraft, resetAll } from "./testFakes";
import { useTimelineStore } from "./timeline";

const outbox = () => useOutboxStore.getState();
const draft = (itemId: string): PostDraft => ({
  itemId,
  text: `post ${itemId}`,
  createdAt: new Date(0).toISOString(),
});

/** A LockManager that grants each name to one caller at a time, in order. */
function serialLocks() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, work: () => Promise<T>): Promise<T> {
      const before = tails.get(name) ?? Promise.resolve();
      const run = before.then(work, work);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

/** A cache that keeps `kept`, and a session that records what it publishes. */
async function keptAndOnline(kept: PostDraft): Promise<string[]> {
  const published: string[] = [];
  live.cache = fakeCache([]);
  await live.cache.putOutbox({ draft: kept });
  live.session = fakeSession({
    publish(d) {
      published.push(d.itemId);
      return Promise.resolve(postFromDraft(d));
    },
  });
  return published;
}

describe("send", () => {
  beforeEach(() => {
    resetAll();
    vi.stubGlobal("navigator", { locks: serialLocks() });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("publishes a draft once when two tabs send it at once", async () => {
    const published = await keptAndOnline(draft("1"));

    const results = await Promise.all([send(draft("1")), send(draft("1"))]);

    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(published).toEqual(["1"]);
    expect(await live.cache?.hasOutbox("1")).toBe(false);
  });

  it("drops a draft that another tab sent, without publishing", async () => {
    const publish = vi.fn();
    live.cache = fakeCache([]);
    live.session = fakeSession({ publish });
    outbox().showCached([{ draft: draft("1") }]);

    await send(draft("1"));

    expect(publish).not.toHaveBeenCalled();
    expect(outbox().items).toEqual([]);
  });

  it("sends on the new session what hung on a lost one", async () => {
    const newer = fakeSession();
    live.session = fakeSession({
      publish() {
        live.session = newer;
        return Promise.reject(new PepperError("timeout"));
      },
    });
    outbox().showCached([{ draft: draft("1") }]);

    await expect(send(draft("1"))).resolves.toEqual({ ok: true });
    expect(outbox().items).toEqual([]);
    expect(useTimelineStore.getState().sorted).toHaveLength(1);
  });
});

describe("outbox store #flush", () => {
  beforeEach(resetAll);

  it("sends drafts that another tab kept in the cache", async () => {
    const published = await keptAndOnline(draft("other"));

    await outbox().flush();

    expect(published).toEqual(["other"]);
    expect(outbox().items).toEqual([]);
  });
});
