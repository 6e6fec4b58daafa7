// A bench-only entry point, bundled on its own and run in the app's page:
// fills an account's cache through Pepper's own cache module, in big
// transactions, so that a reload starts warm with that many posts.
import { openAccountCache, saveLastAccount } from "../../src/cache";
import type { BareJid, Contact, Post } from "../../src/model";

/** Posts per transaction: big enough to amortise each commit. */
const BATCH = 5000;
const MINUTE_MS = 60_000;

interface FillOptions {
  readonly jid: BareJid;
  readonly service: string;
  readonly posts: number;
  readonly contacts: number;
}

async function fill(options: FillOptions): Promise<number> {
  const started = performance.now();
  const cache = await openAccountCache(options.jid);
  const publishers = Array.from({ length: options.contacts }, (_, i) =>
    contactJid(i + 1),
  );
  await cache.saveContacts(publishers.map(contactOf), null);

  for (let from = 0; from < options.posts; from += BATCH) {
    const size = Math.min(BATCH, options.posts - from);
    const batch = Array.from({ length: size }, (_, i) =>
      postOf(from + i, publishers),
    );
    await cache.putPosts(batch);
  }
  cache.close();
  saveLastAccount({ jid: options.jid, service: options.service });
  return performance.now() - started;
}

function contactJid(index: number): BareJid {
  return `c${index}@localhost` as BareJid;
}

function contactOf(jid: BareJid): Contact {
  return { jid, subscription: "both", pending: false, availability: "offline" };
}

function postOf(n: number, publishers: BareJid[]): Post {
  const publisher = publishers[n % publishers.length] as BareJid;
  const itemId = `cached-${n}`;
  const when = new Date(Date.UTC(2026, 0, 1) - n * MINUTE_MS).toISOString();
  const text = `Cached post ${n}: a line or two of text, as usual.`;
  return {
    key: `${publisher} ${itemId}`,
    publisher,
    itemId,
    authorName: publisher.split("@")[0] ?? publisher,
    title: "",
    body: { kind: "text", text },
    published: when,
    updated: when,
    approximateTime: false,
    sortTime: Date.parse(when),
  };
}

Object.assign(globalThis, { pepperBenchFill: fill });
