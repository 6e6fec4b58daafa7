// The avatar store against case-29's expectations, with the browser's
// image decoding faked: Node has no createImageBitmap.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AvatarImage, AvatarInfo } from "../model";
import { PepperError } from "../xmpp";
import { useAvatarStore } from "./avatars";
import { live } from "./live";
import { fakeCache, fakeSession, ME, resetAll } from "./testFakes";

const scaled = vi.hoisted(() => ({
  calls: [] as { type: string; max: number }[],
  fail: false,
}));
vi.mock("../image", async (actual) => ({
  ...(await actual<typeof import("../image")>()),
  scaledPng: async (blob: Blob, max: number): Promise<AvatarImage> => {
    scaled.calls.push({ type: blob.type, max });
    if (scaled.fail) throw new DOMException("bad image", "InvalidStateError");
    return { bytes: new Uint8Array([max]), type: "image/png", ...square(max) };
  },
}));

const square = (side: number) => ({ width: side, height: side });
const avatars = () => useAvatarStore.getState();
const ALICE = "alice@example.test";
const PNG: AvatarInfo = { id: "a".repeat(40), type: "image/png", bytes: 70 };
const NEWER: AvatarInfo = { ...PNG, id: "b".repeat(40) };

describe("avatar store", () => {
  let cacheCalls: string[];
  let dataFetches: string[];

  beforeEach(() => {
    resetAll();
    avatars().reset();
    scaled.calls = [];
    scaled.fail = false;
    cacheCalls = [];
    dataFetches = [];
    live.cache = fakeCache(cacheCalls);
    live.session = fakeSession({
      fetchAvatarData: async (_owner, info) => {
        dataFetches.push(info.id);
        return new Uint8Array([1]);
      },
    });
  });

  it("#receive shows initials for empty metadata, and caches that", async () => {
    await avatars().receive(ALICE, null, "event");

    expect(avatars().avatars[ALICE]).toEqual({ id: null });
    expect(cacheCalls).toEqual([`putAvatar ${ALICE} null`]);
  });

  it("#receive scales the image small, whatever it declares", async () => {
    await avatars().receive(ALICE, PNG, "event");

    expect(scaled.calls).toEqual([{ type: "image/png", max: 96 }]);
    expect(avatars().avatars[ALICE]).toEqual({
      id: PNG.id,
      url: "data:image/png;base64,YA==",
    });
  });

  it("#receive drops a fetched answer older than a notification", async () => {
    await avatars().receive(ALICE, null, "event");
    await avatars().receive(ALICE, PNG, "fetch");

    expect(avatars().avatars[ALICE]).toEqual({ id: null });
    expect(dataFetches).toEqual([]);
  });

  it("#receive discards data that does not match, without retrying", async () => {
    live.session = fakeSession({
      fetchAvatarData: async (_owner, info) => {
        dataFetches.push(info.id);
        return undefined;
      },
    });

    await avatars().receive(ALICE, PNG, "event");
    await avatars().receive(ALICE, PNG, "event");

    expect(avatars().avatars[ALICE]).toEqual({ id: PNG.id });
    expect(dataFetches).toEqual([PNG.id]);
  });

  it("#receive falls back to initials for an undecodable type, quietly", async () => {
    scaled.fail = true;
    const console = vi.spyOn(globalThis.console, "error");
    const warn = vi.spyOn(globalThis.console, "warn");

    await avatars().receive(ALICE, { ...PNG, type: "image/x-odd" }, "event");
    await avatars().receive(ALICE, { ...PNG, type: "image/x-odd" }, "event");

    expect(avatars().avatars[ALICE]).toEqual({ id: PNG.id });
    expect(scaled.calls).toHaveLength(1);
    expect(console).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it("#receive keeps the newest of two avatars that race", async () => {
    let release = () => undefined as void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    live.session = fakeSession({
      fetchAvatarData: async (_owner, info) => {
        if (info.id === PNG.id) await slow;
        return new Uint8Array([1]);
      },
    });

    const older = avatars().receive(ALICE, PNG, "event");
    await avatars().receive(ALICE, NEWER, "event");
    release();
    await older;

    expect(avatars().avatars[ALICE]?.id).toBe(NEWER.id);
  });

  it("#want asks once per session for someone nobody told us about", async () => {
    const asked: string[] = [];
    live.session = fakeSession({
      fetchAvatar: async (jid) => void asked.push(jid),
    });

    avatars().want(ALICE);
    avatars().want(ALICE);
    await vi.waitFor(() => expect(avatars().avatars[ALICE]).toBeDefined());

    expect(asked).toEqual([ALICE]);
    expect(avatars().avatars[ALICE]).toEqual({ id: null });
  });

  it("#showCached paints cached avatars before the network", () => {
    avatars().showCached([{ jid: ALICE, id: PNG.id, url: "data:x" }]);

    expect(avatars().avatars[ALICE]?.url).toBe("data:x");
  });

  it("#setOwnAvatar publishes a picture scaled to 192 px", async () => {
    const published: AvatarImage[] = [];
    live.session = fakeSession({
      publishAvatar: async (image) => {
        published.push(image);
        return NEWER;
      },
    });

    await avatars().setOwnAvatar(new Blob([], { type: "image/jpeg" }));

    expect(published[0]).toMatchObject({ type: "image/png", ...square(192) });
    expect(avatars().avatars[ME]?.id).toBe(NEWER.id);
    expect(avatars().save).toEqual({ status: "saved" });
  });

  it("#setOwnAvatar keeps the old picture when the server refuses", async () => {
    avatars().showCached([{ jid: ME, id: PNG.id, url: "data:old" }]);
    live.session = fakeSession({
      publishAvatar: () => Promise.reject(new PepperError("payload-too-big")),
    });

    await avatars().setOwnAvatar(new Blob([]));

    expect(avatars().avatars[ME]).toEqual({ id: PNG.id, url: "data:old" });
    expect(avatars().save).toEqual({
      status: "failed",
      error: "picture-too-big",
    });
  });

  it("#setOwnAvatar says so when the browser cannot read the file", async () => {
    scaled.fail = true;

    await avatars().setOwnAvatar(new Blob([]));

    expect(avatars().save).toEqual({
      status: "failed",
      error: "picture-unreadable",
    });
  });
});
