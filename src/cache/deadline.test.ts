import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "../log";
import { BLOCKED_WAIT_MS, withBlockedDeadline } from "./deadline";

const context = { database: "pepper:a@x.test", operation: "open" };

/** A request that reports `blocked` at once and settles when told to. */
function blockedRequest() {
  let finish: (value: string) => void = () => undefined;
  const start = (blocked: () => void) => {
    blocked();
    return new Promise<string>((resolve) => (finish = resolve));
  };
  return { start, finish: (value: string) => finish(value) };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(log, "warn").mockImplementation(() => undefined);
  vi.spyOn(log, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("withBlockedDeadline", () => {
  it("resolves with a request that finishes before the deadline", async () => {
    const request = blockedRequest();
    const result = withBlockedDeadline(request.start, context);

    request.finish("db");

    await expect(result).resolves.toBe("db");
  });

  it("rejects as blocked once the deadline passes", async () => {
    const request = blockedRequest();
    const result = withBlockedDeadline(request.start, context);

    vi.advanceTimersByTime(BLOCKED_WAIT_MS);

    await expect(result).rejects.toMatchObject({ reason: "blocked" });
  });

  it("hands a result that comes after the deadline to discard", async () => {
    const request = blockedRequest();
    const discard = vi.fn();
    const result = withBlockedDeadline(request.start, context, discard);
    vi.advanceTimersByTime(BLOCKED_WAIT_MS);
    await expect(result).rejects.toMatchObject({ reason: "blocked" });

    request.finish("late db");
    await vi.waitFor(() => expect(discard).toHaveBeenCalledWith("late db"));
  });

  it("rejects with a CacheError when starting throws", async () => {
    const start = (): Promise<string> => {
      throw new DOMException("sandboxed", "SecurityError");
    };

    await expect(withBlockedDeadline(start, context)).rejects.toMatchObject({
      code: "storage",
      reason: "unavailable",
    });
  });
});
