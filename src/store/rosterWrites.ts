// Writing the roster behind to the cache. A big roster (case-26) must not
// cost one transaction per push, nor a rewrite of every contact for each:
// what changed until the page is idle is written in one transaction, with
// the roster version (XEP-0237) that goes with it. Not sooner: cloning
// 1000 contacts for the write took 11 ms, in the frame that was to show
// the first posts of a login.
import type { BareJid, Contact } from "../model";
import { writeNow } from "./notices";
import { whenIdle } from "./pool";

/**
 * The latest a change is written, idle or not: a reload sooner than this
 * after a roster change paints the roster cached before it, and asks the
 * server for the whole roster again.
 */
const WRITE_WITHIN_MS = 250;

/** What the store holds when the writes go out. */
export interface RosterNow {
  readonly contacts: Readonly<Record<BareJid, Contact>>;
  readonly ver: string | null;
}

export interface RosterWrites {
  /** The whole roster was replaced (a login): write every contact. */
  all(): void;
  /** This contact changed, or left the roster. */
  one(jid: BareJid): void;
  /** Forgets what waits, e.g. when another account takes the screen. */
  cancel(): void;
}

/**
 * Collects changes and writes them once the page is idle, reading the
 * store through `now` then, so a contact changed twice is written once,
 * as it ended up. After a failed write the next one rewrites everything,
 * so the stored version never names contacts that were not stored.
 */
export function rosterWrites(now: () => RosterNow): RosterWrites {
  let all = false;
  let changed = new Set<BareJid>();
  let scheduled = false;
  let failed = false;

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    whenIdle(() => void flush(), WRITE_WITHIN_MS);
  }

  async function flush(): Promise<void> {
    if (!scheduled) return;
    const whole = all || failed;
    const jids = [...changed];
    scheduled = false;
    all = false;
    changed = new Set();

    const { contacts, ver } = now();
    const stored = await writeNow("save contacts", (cache) => {
      if (whole) return cache.saveContacts(Object.values(contacts), ver);
      const put = jids.flatMap((jid) => contacts[jid] ?? []);
      const gone = jids.filter((jid) => contacts[jid] === undefined);
      return cache.updateContacts(put, gone, ver);
    });
    failed = !stored;
  }

  return {
    all() {
      all = true;
      schedule();
    },
    one(jid) {
      changed.add(jid);
      schedule();
    },
    cancel() {
      scheduled = false;
      all = false;
      changed = new Set();
    },
  };
}
