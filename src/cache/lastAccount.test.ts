import { describe, expect, it, vi } from "vitest";
import { MemoryStorage, memoryStoragePerTest } from "./fixtures";
import {
  LAST_ACCOUNT_KEY,
  forgetLastAccount,
  loadLastAccount,
  saveLastAccount,
} from "./lastAccount";

/** What a browser's storage does when the user blocked site data. */
class BlockedStorage extends MemoryStorage {
  override getItem(): never {
    throw new DOMException("Access denied", "SecurityError");
  }

  override setItem(): never {
    throw new DOMException("Access denied", "SecurityError");
  }

  override removeItem(): never {
    throw new DOMException("Access denied", "SecurityError");
  }
}

const storage = memoryStoragePerTest();

describe("loadLastAccount", () => {
  it("returns null when no account was saved", () => {
    expect(loadLastAccount()).toBeNull();
  });

  it("returns the account saveLastAccount saved", () => {
    const account = { jid: "alice@example.test", service: "wss://x.test/ws" };
    saveLastAccount(account);

    expect(loadLastAccount()).toEqual(account);
  });

  it("returns an account saved without a service", () => {
    saveLastAccount({ jid: "alice@example.test" });

    expect(loadLastAccount()).toEqual({ jid: "alice@example.test" });
  });

  it.each([
    ["not JSON", "{jid:"],
    ["JSON null", "null"],
    ["a jid that is not a string", '{"jid":42}'],
    ["an empty jid", '{"jid":""}'],
    [
      "a service that is not a WebSocket URL",
      '{"jid":"a@x.test","service":"javascript:1"}',
    ],
  ])("returns null for %s", (_case, raw) => {
    storage().setItem(LAST_ACCOUNT_KEY, raw);

    expect(loadLastAccount()).toBeNull();
  });

  it("returns null when storage is blocked", () => {
    vi.stubGlobal("localStorage", new BlockedStorage());

    expect(loadLastAccount()).toBeNull();
  });
});

describe("saveLastAccount", () => {
  it("stores only the jid and the service", () => {
    const account = { jid: "a@x.test", password: "secret" };
    saveLastAccount(account);

    expect(storage().getItem(LAST_ACCOUNT_KEY)).toBe('{"jid":"a@x.test"}');
  });

  it("does not throw when storage is blocked", () => {
    vi.stubGlobal("localStorage", new BlockedStorage());

    expect(() => saveLastAccount({ jid: "a@x.test" })).not.toThrow();
  });
});

describe("forgetLastAccount", () => {
  it("removes the saved account", () => {
    saveLastAccount({ jid: "a@x.test" });
    forgetLastAccount();

    expect(loadLastAccount()).toBeNull();
  });

  it("does not throw when storage is blocked", () => {
    vi.stubGlobal("localStorage", new BlockedStorage());

    expect(() => forgetLastAccount()).not.toThrow();
  });
});
