// The drafts behind each kind of entry Pepper writes besides a new post.
// Pure, so that the writing-rules test builds exactly what the stores send.
import { LIKE } from "./comment";
import type { Post, PostDraft, PostImage } from "./post";

/** A new draft under a fresh item id, written now, with any pictures. */
export function newDraft(
  text: string,
  now = new Date(),
  images: readonly PostImage[] = [],
): PostDraft {
  return {
    itemId: crypto.randomUUID(),
    text,
    createdAt: now.toISOString(),
    ...(images.length > 0 ? { images } : {}),
  };
}

/** A like: a comment whose title and text are "♥" (Movim, Converse). */
export function likeDraft(now = new Date()): PostDraft {
  return { ...newDraft(LIKE, now), title: LIKE };
}

/**
 * An edit replaces the item (same id, XEP-0060 §7.1.2), keeps when it was
 * first published and says when it changed (RFC 4287 §4.2.15). The
 * pictures stay: the new entry replaces the whole old one.
 */
export function editDraft(post: Post, text: string, now = new Date()) {
  const draft: PostDraft = {
    itemId: post.itemId,
    text,
    createdAt: post.published,
    updatedAt: now.toISOString(),
    ...(post.images ? { images: post.images } : {}),
  };
  return draft;
}

/**
 * A repost is our own entry with the original's text, linking the
 * original item (`link rel="via"`, XEP-0277 §5), so readers can show
 * whose it was.
 */
export function repostDraft(post: Post, via: string, now = new Date()) {
  return { ...newDraft(post.body.text, now), via };
}
