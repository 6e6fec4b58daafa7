// Record factories for the cache's tests; nothing in the app imports this.
import type { BareJid, Contact, Post } from "../model";
import { afterEach, beforeEach, vi } from "vitest";
import { log } from "../log";
import { postKey } from "../model";
import type { OutboxEntry } from "./types";

export function makeContact(jid: BareJid, name?: string): Contact {
  const contact: Contact = {
    jid,
    subscription: "both",
    pending: false,
    availability: "offline",
  };
  return name === undefined ? contact : { ...contact, name };
}

export function makePost(
  publisher: BareJid,
  itemId: string,
  sortTime: number,
  text = itemId,
): Post {
  const time = new Date(sortTime).toISOString();
  return {
    key: postKey(publisher, itemId),
    publisher,
    itemId,
    title: "",
    body: { kind: "text", text },
    published: time,
    updated: time,
    approximateTime: false,
    sortTime,
  };
}

export function makeOutboxEntry(
  itemId: string,
  createdAt: string,
): OutboxEntry {
  return { draft: { itemId, text: `draft ${itemId}`, createdAt } };
}

/** Node 20 has no localStorage; this is the little of it the code uses. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

/**
 * Gives each test of the file a fresh MemoryStorage as localStorage, with
 * warnings silenced; `current()` is the one in use.
 */
export function memoryStoragePerTest(): () => MemoryStorage {
  let storage = new MemoryStorage();
  beforeEach(() => {
    storage = new MemoryStorage();
    vi.stubGlobal("localStorage", storage);
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  return () => storage;
}
