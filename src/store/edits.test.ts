import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PostDraft } from "../model";
import { PepperError } from "../xmpp";
import { useEditStore } from "./edits";
import { live } from "./live";
import {
  fakeSession,
  makePost,
  ME,
  postFromDraft,
  resetAll,
} from "./testFakes";
import { useTimelineStore } from "./timeline";

const original = makePost(ME, "p1", Date.parse("2024-03-01T10:00:00Z"));

describe("edit store", () => {
  beforeEach(() => {
    resetAll();
    useEditStore.getState().reset();
  });

  it("#editPost publishes the same item with its first date", async () => {
    const publish = vi.fn((draft: PostDraft) =>
      Promise.resolve(postFromDraft(draft)),
    );
    live.session = fakeSession({ publish });

    expect(await useEditStore.getState().editPost(original, "new words")).toBe(
      true,
    );
    const [draft] = publish.mock.calls[0] ?? [];
    expect(draft).toMatchObject({
      itemId: "p1",
      text: "new words",
      createdAt: original.published,
    });
    expect(Date.parse(draft?.updatedAt ?? "")).toBeGreaterThan(
      original.sortTime,
    );
    expect(useTimelineStore.getState().sorted[0]?.body.text).toBe("new words");
  });

  it("#editPost keeps a refusal, sending nothing again", async () => {
    const publish = vi.fn(() =>
      Promise.reject(new PepperError("payload-too-big")),
    );
    live.session = fakeSession({ publish });

    expect(await useEditStore.getState().editPost(original, "x")).toBe(false);
    expect(useEditStore.getState().edits[original.key]).toEqual({
      status: "failed",
      error: "payload-too-big",
    });
    expect(publish).toHaveBeenCalledOnce();
  });
});
