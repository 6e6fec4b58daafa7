import type { Client } from "@xmpp/client";
import { describe, expect, it, vi } from "vitest";
import { caseStanza } from "../../test/fixtures";
import { PepperError } from "./api";
import { toPepperError } from "./errors";
import { MAX_PUBLISH_BYTES, newPublishState, publishDraft } from "./publish";

const ctx = { publisher: "bob@example.test", authorName: "bob" };
const createdAt = "2024-03-07T09:00:00Z";

/** An xmpp.js client whose every iq is answered by `answer`. */
function fakeClient(answer: () => Promise<unknown>) {
  const request = vi.fn(answer);
  return { client: { iqCaller: { request } } as unknown as Client, request };
}

describe("case-11: a post too big for the server", () => {
  it("refuses a 300 KB post before sending anything", async () => {
    const { client, request } = fakeClient(() => Promise.resolve());
    const draft = {
      itemId: "long-1101",
      text: "lorem ".repeat(50000),
      createdAt,
    };

    await expect(
      publishDraft(client, draft, ctx, newPublishState()),
    ).rejects.toMatchObject({ code: "payload-too-big" });
    expect(request).not.toHaveBeenCalled();
  });

  it("counts bytes, not characters, against the limit", async () => {
    const { client, request } = fakeClient(() => Promise.resolve());
    // Each 🌶 is two UTF-16 units but four bytes on the wire.
    const text = "🌶".repeat(MAX_PUBLISH_BYTES / 4);
    const draft = { itemId: "e", text, createdAt };

    await expect(
      publishDraft(client, draft, ctx, newPublishState()),
    ).rejects.toBeInstanceOf(PepperError);
    expect(request).not.toHaveBeenCalled();
  });

  it("sends the server's payload-too-big back once, with no retry", async () => {
    const refusal = toPepperError(
      Object.assign(new Error("not-acceptable"), {
        name: "StanzaError",
        element: caseStanza("case-11", "2a"),
      }),
    );
    const { client, request } = fakeClient(() => Promise.reject(refusal));
    const draft = { itemId: "long-1101", text: "A long essay", createdAt };

    await expect(
      publishDraft(client, draft, ctx, newPublishState()),
    ).rejects.toMatchObject({ code: "payload-too-big" });
    expect(request).toHaveBeenCalledTimes(1);
  });
});
