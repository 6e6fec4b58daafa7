import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "../log";
import { PepperError } from "../xmpp/api";
import { CacheError, toCacheError } from "./errors";

const context = { database: "pepper:a@x.test", operation: "putPosts" };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("toCacheError", () => {
  it.each([
    ["QuotaExceededError", "quota", "quota"],
    ["NS_ERROR_DOM_QUOTA_REACHED", "quota", "quota"],
    ["VersionError", "storage-outdated", "outdated"],
    ["SecurityError", "storage", "unavailable"],
    ["DataCloneError", "storage", "failed"],
  ])("maps a %s to code %s, reason %s", (name, code, reason) => {
    vi.spyOn(log, "error").mockImplementation(() => undefined);

    const error = toCacheError(new DOMException("x", name), context);

    expect(error).toBeInstanceOf(PepperError);
    expect(error).toMatchObject({ code, reason });
  });

  it("logs the failure with its context and cause", () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const cause = new DOMException("x", "QuotaExceededError");

    toCacheError(cause, context);

    expect(logged).toHaveBeenCalledWith("cache", "putPosts failed: quota", {
      ...context,
      cause,
    });
  });

  it("passes a CacheError through without logging it again", () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const error = new CacheError("blocked", "held by another tab");

    expect(toCacheError(error, context)).toBe(error);
    expect(logged).not.toHaveBeenCalled();
  });
});
