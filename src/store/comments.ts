// The comments and likes under each post (XEP-0277 §4), kept apart from
// the timeline: a post renders whatever its comments node does (case-18).
import { create } from "zustand";
import {
  compareComments,
  LIKE,
  type BareJid,
  type Comment,
  type NodeRef,
  type Post,
} from "../model";
import { useAttentionStore } from "./attention";
import { errorCode, type ErrorCode } from "./errors";
import { live } from "./live";
import { gate } from "./pool";
import { useTimelineStore } from "./timeline";

/** Comments fetched at once; the rest wait (case-26: no bursts). */
const fetching = gate(4);

/** The thread of one post, by status; comments stay shown on a failure. */
export type Thread =
  | { readonly status: "loading"; readonly comments: readonly Comment[] }
  | { readonly status: "loaded"; readonly comments: readonly Comment[] }
  | {
      readonly status: "failed";
      readonly comments: readonly Comment[];
      readonly error: ErrorCode;
    };

/** How adding a comment or a like ended. */
export type CommentResult =
  { readonly ok: true } | { readonly ok: false; readonly error: ErrorCode };

export interface CommentsState {
  /** By post key; absent until the post's thread is first asked for. */
  readonly threads: Readonly<Record<string, Thread>>;

  /** Fetches a post's comments once; again only when asked (retry). */
  loadThread(post: Post, again?: boolean): Promise<void>;
  addComment(post: Post, text: string): Promise<CommentResult>;
  /** Likes the post, or takes our like back when there is one. */
  toggleLike(post: Post): Promise<CommentResult>;
  /**
   * Comments and likes pushed by the server into the thread of the post
   * that links `ref`; a thread not fetched yet is left to its fetch.
   */
  receiveComments(
    ref: NodeRef,
    comments: readonly Comment[],
    retracted: readonly string[],
  ): void;
  reset(): void;
}

export const useCommentsStore = create<CommentsState>()((set, get) => ({
  threads: {},

  async loadThread(post, again = false) {
    const ref = post.comments;
    const session = live.session;
    const known = get().threads[post.key];
    if (!ref || !session || (known && !again)) return;

    const generation = live.generation;
    setThread(post.key, { status: "loading", comments: known?.comments ?? [] });
    try {
      const comments = await fetching(() => session.fetchComments(ref));
      if (generation !== live.generation) return;
      setThread(post.key, { status: "loaded", comments });
    } catch (error) {
      if (generation !== live.generation) return;
      const comments = known?.comments ?? [];
      setThread(post.key, {
        status: "failed",
        comments,
        error: errorCode(error),
      });
    }
  },

  addComment: (post, text) => publish(post, text),

  async toggleLike(post) {
    const ref = post.comments;
    const session = live.session;
    const mine = ownLike(get().threads[post.key], session?.jid);
    if (!mine) return publish(post, LIKE, LIKE);
    if (!ref || !session) return { ok: false, error: "offline" };

    try {
      await session.retractComment(ref, mine.itemId);
    } catch (error) {
      return { ok: false, error: inThread(errorCode(error), "unlike") };
    }
    removeComment(post.key, mine.itemId);
    return { ok: true };
  },

  receiveComments(ref, comments, retracted) {
    const post = postLinking(ref);
    if (!post) return;
    useAttentionStore.getState().noticeComments(post, comments);
    const thread = get().threads[post.key];
    if (!thread) return;
    const gone = new Set(retracted);
    const held = new Set(thread.comments.map((c) => c.itemId));
    const kept = thread.comments.filter((c) => !gone.has(c.itemId));
    const fresh = comments.filter((c) => !held.has(c.itemId));
    if (fresh.length === 0 && kept.length === thread.comments.length) return;
    const merged = [...kept, ...fresh].sort(compareComments);
    setThread(post.key, { ...thread, comments: merged });
  },

  reset() {
    set({ threads: {} });
  },
}));

/** The post in the timeline whose comments node is `ref`. */
function postLinking(ref: NodeRef): Post | undefined {
  for (const post of useTimelineStore.getState().posts.values()) {
    const { comments } = post;
    if (comments?.service === ref.service && comments.node === ref.node) {
      return post;
    }
  }
  return undefined;
}

/**
 * Publishes a comment (or, titled ♥, a like). Nothing is retried by
 * itself: a refusal (case-18's forbidden) goes back to the caller, whose
 * text stays in its composer.
 */
async function publish(
  post: Post,
  text: string,
  title?: string,
): Promise<CommentResult> {
  const ref = post.comments;
  const session = live.session;
  if (!ref || !session) return { ok: false, error: "offline" };

  const draft = {
    itemId: crypto.randomUUID(),
    text,
    createdAt: new Date().toISOString(),
    ...(title ? { title } : {}),
  };
  try {
    const comment = await session.publishComment(ref, draft);
    appendComment(post.key, comment);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: inThread(errorCode(error), "comment") };
  }
}

/**
 * A refusal on someone's comments node means something else than on
 * their feed ("forbidden" there says they share with friends only), so
 * it gets a code of its own for errorText.
 */
function inThread(code: ErrorCode, action: "comment" | "unlike"): ErrorCode {
  return code === "forbidden" ? `${action}-forbidden` : code;
}

/** Our own like in a thread, if any. */
export function ownLike(
  thread: Thread | undefined,
  me: BareJid | undefined,
): Comment | undefined {
  return thread?.comments.find((c) => c.like && c.author === me);
}

function setThread(key: string, thread: Thread): void {
  const threads = { ...useCommentsStore.getState().threads, [key]: thread };
  useCommentsStore.setState({ threads });
}

function appendComment(key: string, comment: Comment): void {
  const thread = useCommentsStore.getState().threads[key];
  const comments = [...(thread?.comments ?? []), comment];
  setThread(key, { ...(thread ?? { status: "loaded" }), comments });
}

function removeComment(key: string, itemId: string): void {
  const thread = useCommentsStore.getState().threads[key];
  if (!thread) return;
  const comments = thread.comments.filter((c) => c.itemId !== itemId);
  setThread(key, { ...thread, comments });
}
