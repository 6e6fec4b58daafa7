import { describe, expect, it } from "vitest";
import { loadedSession, loadSession } from "./index";

describe("loadSession", () => {
  it("keeps the session module for logins that come after", async () => {
    expect(loadedSession()).toBeNull();

    const session = await loadSession();

    expect(typeof session.connect).toBe("function");
    expect(loadedSession()).toBe(session);
  });
});
