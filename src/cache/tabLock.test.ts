import { afterEach, describe, expect, it, vi } from "vitest";
import { withTabLock } from "./tabLock";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("withTabLock", () => {
  it("runs the work under the named lock when Web Locks exist", async () => {
    const names: string[] = [];
    vi.stubGlobal("navigator", {
      locks: {
        request(name: string, work: () => Promise<unknown>) {
          names.push(name);
          return work();
        },
      },
    });

    await expect(withTabLock("pepper:x", async () => 7)).resolves.toBe(7);
    expect(names).toEqual(["pepper:x"]);
  });

  it("runs the work at once without Web Locks", async () => {
    vi.stubGlobal("navigator", {});

    await expect(withTabLock("pepper:x", async () => 7)).resolves.toBe(7);
  });

  it("rejects as the work does", async () => {
    vi.stubGlobal("navigator", {});
    const failing = () => Promise.reject(new Error("no"));

    await expect(withTabLock("pepper:x", failing)).rejects.toThrow("no");
  });
});
