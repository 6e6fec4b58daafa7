// One attempt to publish a kept draft. The draft's item id is fixed when
// it is written, so publishing it twice would only replace the item
// (XEP-0060 §7.1.2); still, a second publish notifies every friend again,
// so tabs of the same account take a Web Lock per draft and skip a draft
// that another tab already published and removed from the cache.
import { withTabLock } from "../cache";
import type { Post, PostDraft } from "../model";
import type { Session } from "../xmpp";
import { errorCode, isTransient } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";
import { writeBehind, writeNow } from "./notices";
import type { PublishResult } from "./outbox";
import { dropItem, replaceItem, unkept, useOutboxStore } from "./outbox";
import { useTimelineStore } from "./timeline";

/**
 * Publishes `draft` on the current session. Resolves with the result; a
 * failure is also left on the item, as "waiting" when the connection is
 * to blame and "failed" when the server refused the post. Never rejects.
 */
export async function send(draft: PostDraft): Promise<PublishResult> {
  const session = live.session;
  const generation = live.generation;
  if (!session) return fail(draft, "offline");

  let post: Post | null;
  try {
    const lock = `pepper:outbox:${session.jid}:${draft.itemId}`;
    post = await withTabLock(lock, () => publishOnce(session, draft));
  } catch (error) {
    const code = errorCode(error);
    // The connection was lost and found again while this attempt hung on
    // the old one: the new session can send it now.
    const next = live.session;
    if (isTransient(code) && next && next !== session) return send(draft);
    return fail(draft, code);
  }

  // A session ended meanwhile: the stores now belong to another login.
  if (generation !== live.generation) return { ok: true };
  if (post) useTimelineStore.getState().receivePosts([post]);
  dropItem(draft.itemId);
  return { ok: true };
}

/**
 * Publishes unless another tab already did. Resolves with the stored post,
 * or with null when the draft is no longer in the cache.
 */
async function publishOnce(
  session: Session,
  draft: PostDraft,
): Promise<Post | null> {
  if (await sentElsewhere(draft.itemId)) return null;

  const post = await session.publish(draft);
  // Inside the lock, so that a tab waiting for it finds the draft gone.
  await writeNow("drop sent draft", (c) => c.deleteOutbox(draft.itemId));
  return post;
}

async function sentElsewhere(itemId: string): Promise<boolean> {
  const cache = live.cache;
  if (!cache || unkept.has(itemId)) return false;
  try {
    return !(await cache.hasOutbox(itemId));
  } catch {
    // Cannot tell: publishing again under the same item id is harmless.
    return false;
  }
}

function fail(draft: PostDraft, error: ErrorCode): PublishResult {
  const stillThere = useOutboxStore
    .getState()
    .items.some((i) => i.draft.itemId === draft.itemId);
  if (stillThere) {
    const status = isTransient(error) ? "waiting" : "failed";
    replaceItem({ status, draft, error });
    writeBehind("mark draft failed", (cache) =>
      cache.putOutbox({ draft, error }),
    );
  }
  return { ok: false, itemId: draft.itemId, error };
}
