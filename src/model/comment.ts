import type { BareJid } from "./jid";
import type { PostBody } from "./post";

/**
 * One item of a post's comments node (XEP-0277 §4), read into our record.
 * A like is a comment too (Movim, Converse): its title is "♥".
 */
export interface Comment {
  readonly itemId: string;
  /**
   * Who wrote it: the service's publisher stamp when there is one, else
   * the JID the entry claims (then `verified` is false, case-02).
   */
  readonly author?: BareJid;
  readonly verified: boolean;
  /** atom:author/name, display only. */
  readonly authorName?: string;
  readonly body: PostBody;
  /** ISO 8601; the time of receipt when the entry carried none. */
  readonly published: string;
  readonly sortTime: number;
  /** A like ("♥" title and no other text), counted, not listed. */
  readonly like: boolean;
}

/** The text a like carries as its title and body. */
export const LIKE = "♥";

/** Oldest first: a thread reads top to bottom. */
export function compareComments(a: Comment, b: Comment): number {
  return a.sortTime - b.sortTime || (a.itemId < b.itemId ? -1 : 1);
}
