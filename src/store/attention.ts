// What the person missed while the tab was out of sight: friends' new posts
// counted for the page title, and shown as desktop notifications when they
// have allowed them.
import { create } from "zustand";
import {
  askNotificationPermission,
  notificationPermission,
  pageHidden,
  showNotification,
} from "../browser/notifications";
import type { Permission } from "../browser/notifications";
import { i18n } from "../i18n";
import type { Comment, Post } from "../model";
import { live } from "./live";
import { useTimelineStore } from "./timeline";

/** Characters of a post shown in its notification. */
const EXCERPT = 120;

interface AttentionState {
  /** Friends' posts that arrived while the page was hidden. */
  readonly unread: number;
  readonly permission: Permission;
  /** Counts and announces live posts; call before the timeline has them. */
  noticePosts(posts: readonly Post[]): void;
  /** Counts and announces others' comments and likes on our post. */
  noticeComments(post: Post, comments: readonly Comment[]): void;
  /** The page is in sight again: everything has been seen. */
  seen(): void;
  /** Asks for desktop notifications; only ever from a click. */
  askPermission(): Promise<void>;
}

export const useAttentionStore = create<AttentionState>()((set, get) => ({
  unread: 0,
  permission: notificationPermission(),

  noticePosts(posts) {
    if (!pageHidden()) return;
    const fresh = newFromFriends(posts);
    if (fresh.length === 0) return;

    set({ unread: get().unread + fresh.length });
    for (const post of fresh) announce(post);
  },

  noticeComments(post, comments) {
    const own = live.session?.jid;
    if (!pageHidden() || post.publisher !== own) return;
    const fresh = comments.filter((comment) => {
      const key = `${post.key} ${comment.itemId}`;
      if (comment.author === own || announced.has(key)) return false;
      announced.add(key);
      return true;
    });
    if (fresh.length === 0) return;

    set({ unread: get().unread + fresh.length });
    for (const comment of fresh) announceComment(post, comment);
  },

  seen() {
    if (get().unread !== 0) set({ unread: 0 });
  },

  async askPermission() {
    set({ permission: await askNotificationPermission() });
  },
}));

/**
 * Posts neither ours nor already held: Prosody sends each event twice, and
 * an edit comes as the same item again; neither is news.
 */
function newFromFriends(posts: readonly Post[]): Post[] {
  const held = useTimelineStore.getState().posts;
  const own = live.session?.jid;
  const seen = new Set<string>();
  return posts.filter((post) => {
    if (post.publisher === own || held.has(post.key) || seen.has(post.key)) {
      return false;
    }
    seen.add(post.key);
    return true;
  });
}

/**
 * Comments already announced, by post and item: Prosody sends each event
 * twice, and a thread not fetched yet cannot tell a repeat from news.
 */
const announced = new Set<string>();

function announceComment(post: Post, comment: Comment): void {
  const name = comment.authorName?.trim() || comment.author || "Someone";
  if (comment.like) {
    const about = excerpt(post.title || post.body.text);
    showNotification(i18n.t("notifications.liked", { name }), about, post.key);
  } else {
    const body = excerpt(comment.body.text);
    showNotification(
      i18n.t("notifications.commented", { name }),
      body,
      post.key,
    );
  }
}

function announce(post: Post): void {
  const name = post.authorName?.trim() || post.publisher;
  const text = [post.title, post.body.text].filter(Boolean).join(" — ");
  showNotification(
    i18n.t("notifications.posted", { name }),
    excerpt(text),
    post.key,
  );
}

/** The first EXCERPT characters as a reader counts them: no emoji split. */
function excerpt(text: string): string {
  const graphemes = Array.from(new Intl.Segmenter().segment(text));
  if (graphemes.length <= EXCERPT) return text;
  const kept = graphemes.slice(0, EXCERPT).map((g) => g.segment);
  return `${kept.join("")}…`;
}
