import { beforeAll, describe, expect, it } from "vitest";
import { i18n, LANGUAGES, loadLanguage } from "../i18n";
import {
  errorText as textIn,
  explainsRetry,
  isSharingState,
  tooLargeText as tooLargeIn,
} from "./errorText";

const english = i18n.getFixedT("en");
const errorText = (code: string) => textIn(english, code);
const fallback = errorText("no-such-condition");
const tooLargeText = (name: string, size: number, limit: number) =>
  tooLargeIn(english, name, size, limit);

beforeAll(() => Promise.all(LANGUAGES.map(loadLanguage)));

describe("errorText", () => {
  it.each([
    ["forbidden", /friends only/],
    ["presence-subscription-required", /friends only/],
    ["item-not-found", /No posts yet/],
    ["remote-server-not-found", /can't be reached/],
    ["remote-server-timeout", /didn't answer/],
    ["feature-not-implemented", /doesn't support microblogging/],
    ["service-unavailable", /doesn't offer microblogging/],
    ["old-framing", /obsolete WebSocket protocol/],
    ["no-answer", /did not answer/],
    ["ws-subprotocol", /"xmpp" subprotocol/],
    ["storage-blocked", /another tab/],
    ["host-meta-unreadable", /CORS/],
    ["host-meta-foreign", /not an XRD document/],
    ["host-meta-malformed", /malformed/],
    ["host-meta-insecure", /insecure WebSocket/],
    ["follow-friends-only", /can't follow them/],
    ["picture-too-big", /too big/],
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
    expect(errorText("fallback")).toBe(fallback);
    expect(errorText("friendsOnly")).toBe(fallback);
  });

  it("speaks the language it is given", () => {
    const german = i18n.getFixedT("de");
    expect(textIn(german, "not-authorized")).toMatch(/Passwort/);
    expect(textIn(german, "forbidden")).toMatch(/nur mit Freunden/);
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

  it("explains retries only for faults of the endpoint itself", () => {
    expect(explainsRetry("old-framing")).toBe(true);
    expect(explainsRetry("no-answer")).toBe(true);
    expect(explainsRetry("connection-lost")).toBe(false);
    expect(explainsRetry("unreachable")).toBe(false);
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
