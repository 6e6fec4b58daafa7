import { describe, expect, it } from "vitest";
import { errorText, isSharingState, tooLargeText } from "./errorText";

const fallback = errorText("no-such-condition");

describe("errorText", () => {
  it.each([
    ["forbidden", /friends only/],
    ["presence-subscription-required", /friends only/],
    ["item-not-found", /No posts yet/],
    ["remote-server-not-found", /can't be reached/],
    ["remote-server-timeout", /didn't answer/],
    ["feature-not-implemented", /doesn't support microblogging/],
    ["service-unavailable", /doesn't offer microblogging/],
    ["file-too-large", /bigger than your server takes/],
    ["upload-failed", /couldn't be uploaded.*still here/],
    ["pictures-offline", /need a connection.*stay here/],
    ["no-upload-service", /doesn't take picture uploads/],
  ])("gives %s words of its own", (code, words) => {
    expect(errorText(code)).toMatch(words);
    expect(errorText(code)).not.toBe(fallback);
  });

  it("says the same for Prosody's and ejabberd's friends-only errors", () => {
    expect(errorText("presence-subscription-required")).toBe(
      errorText("forbidden"),
    );
  });

  it("keeps unreachable servers apart from missing features", () => {
    const texts = new Set(
      [
        "remote-server-not-found",
        "remote-server-timeout",
        "feature-not-implemented",
        "service-unavailable",
        "item-not-found",
        "forbidden",
      ].map(errorText),
    );
    expect(texts.size).toBe(6);
  });

  it("falls back to a general sentence for an unknown code", () => {
    expect(fallback).toMatch(/Something went wrong/);
  });
});

describe("isSharingState", () => {
  it("treats friends-only and no posts as a way of sharing", () => {
    expect(isSharingState("forbidden")).toBe(true);
    expect(isSharingState("presence-subscription-required")).toBe(true);
    expect(isSharingState("item-not-found")).toBe(true);
  });

  it("treats an unreachable server as a failure to retry", () => {
    expect(isSharingState("remote-server-not-found")).toBe(false);
    expect(isSharingState("remote-server-timeout")).toBe(false);
    expect(isSharingState("service-unavailable")).toBe(false);
  });
});

describe("tooLargeText", () => {
  it("names the picture, its size rounded up and the server's limit", () => {
    expect(tooLargeText("cat.png", 1024 * 1024 + 1, 1024 * 1024)).toBe(
      '"cat.png" is 1.1 MB, and your server takes pictures up to 1 MB. ' +
        "Choose a smaller one or shrink it; your post is still here.",
    );
  });
});
