// case-29: user avatars (XEP-0084) as publishers really send them.
import { describe, expect, it } from "vitest";
import { canonical, caseStanza } from "../../test/fixtures";
import {
  avatarMetadataRequest,
  parseAvatarDataResult,
  parseAvatarMetadataResult,
  sha1Hex,
} from "./avatar";
import { errorFromStanza } from "./errors";

const HASH = "f99124b13759d67edc5d08495013546a962b5ebb";

describe("case-29: avatar metadata and data in the wild", () => {
  it("asks for the newest metadata item only (step 2)", () => {
    const sent = avatarMetadataRequest("alice@example.test");
    const expected = caseStanza("case-29", "2");
    delete expected.attrs.id;
    expect(canonical(sent)).toEqual(canonical(expected));
  });

  it("picks the real avatar among several items, not document order", () => {
    const metadata = parseAvatarMetadataResult(caseStanza("case-29", "1"));
    expect(metadata?.id).toBe(HASH);
  });

  it("prefers the PNG the data node holds over a WebP behind a URL", () => {
    const metadata = parseAvatarMetadataResult(caseStanza("case-29", "1"));
    expect(metadata).toEqual({ id: HASH, type: "image/png", bytes: 70 });
  });

  it("keeps no declared width or height to size anything by (0x0, 4096)", () => {
    const metadata = parseAvatarMetadataResult(caseStanza("case-29", "1"));
    expect(metadata).not.toHaveProperty("width");
    expect(metadata).not.toHaveProperty("height");
  });

  it("accepts the data whose SHA-1 is its id (step 3)", async () => {
    const bytes = await parseAvatarDataResult(caseStanza("case-29", "3"), HASH);
    expect(bytes).toHaveLength(70);
    expect(await sha1Hex(bytes ?? new Uint8Array())).toBe(HASH);
    // The PNG signature: these are the image's bytes, not the base64.
    expect([...(bytes ?? []).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("discards data whose SHA-1 is not its id (step 4)", async () => {
    const zero = "0000000000000000000000000000000000000000";
    const answer = caseStanza("case-29", "4");
    expect(await parseAvatarDataResult(answer, zero)).toBeUndefined();
  });

  it("reads a refused upload's reason from the pubsub error (step 5)", () => {
    const error = errorFromStanza(caseStanza("case-29", "5"));
    expect(error.code).toBe("payload-too-big");
  });
});
